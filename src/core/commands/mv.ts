// mv — renames within a file system; across file systems it copies and then removes the source, as
// AIX's mv does. Mount points cannot be moved (the rename fails with "resource is busy").
import { baseName, isMountPoint, locate, renameWithin, resolvePath, stat, listDir } from '../engine/fs.ts';
import { fileMessages, type Errno } from '../messages/files.ts';
import { copyTree, removeTree, type CopyFailure } from './lib/fileio.ts';
import { defineCommand, ok, usage } from './types.ts';

const M = fileMessages.mv;
type Args = { sources: string[]; target: string };

export const mv = defineCommand<Args>({
  name: 'mv',
  synopsis: M.usage,
  summary: 'Moves or renames files and directories.',
  manual: `mv — renames a file or directory, or moves it into a directory.

  mv /tmp/a /tmp/b            a rename inside one file system
  mv /tmp/hosts.save /home/   a move to another file system: copied, then the source removed
Mount points cannot be moved. -f is accepted; -i is not simulated.`,
  flags: { spec: 'if', notSimulated: 'i', usage: M.usage, exitCode: 2,
    meanings: {
      i: 'Ask before overwriting a file.',
      f: 'Never ask before overwriting.',
    },
    operandMeaning: 'The source file(s), then the target file or directory.',
  },
  parse(o) {
    const ops = o.operands;
    if (ops.length < 2) return usage(M.usage, 2);
    return ok({ sources: ops.slice(0, -1), target: ops[ops.length - 1] });
  },
  run(ctx, a) {
    const targetAbs = resolvePath(ctx.host, a.target);
    const targetIsDir = stat(ctx.world, ctx.host, targetAbs)?.kind === 'dir';
    if (!targetIsDir && a.sources.length > 1) {
      ctx.err(M.usage + '\n');
      return 2;
    }
    let status = 0;
    for (const src of a.sources) {
      const shownTo = targetIsDir ? `${a.target.replace(/\/+$/, '')}/${baseName(src)}` : a.target;
      const e = move(ctx, resolvePath(ctx.host, src), resolvePath(ctx.host, shownTo));
      if (e === 'identical') {
        ctx.err(M.identical(src, shownTo) + '\n');
        status = 2;
      } else if (e) {
        ctx.err(M.cannotRename(src, shownTo, e) + '\n');
        status = 2;
      }
    }
    return status;
  },
});

function move(ctx: Parameters<typeof mv.run>[0], fromAbs: string, toAbs: string): Errno | 'identical' | null {
  const { world, host } = ctx;
  const st = stat(world, host, fromAbs);
  if (!st) return 'ENOENT';
  if (fromAbs === toAbs) return 'identical';
  if (isMountPoint(host, fromAbs) || host.run?.mounts.some((m) => m.mount.startsWith(fromAbs + '/'))) return 'EBUSY';
  if (toAbs.startsWith(fromAbs + '/')) return 'EINVAL';
  const existing = stat(world, host, toAbs);
  if (existing) {
    if (st.kind === 'dir' && existing.kind !== 'dir') return 'ENOTDIR';
    if (st.kind !== 'dir' && existing.kind === 'dir') return 'EISDIR';
    if (existing.kind === 'dir' && listDir(world, host, toAbs).length > 0) return 'EEXIST';
    if (isMountPoint(host, toAbs)) return 'EBUSY';
  }
  const parent = stat(world, host, toAbs.slice(0, toAbs.lastIndexOf('/')) || '/');
  if (!parent) return 'ENOENT';
  if (parent.kind !== 'dir') return 'ENOTDIR';
  const sameFs = locate(world, host, fromAbs)?.fs === locate(world, host, toAbs)?.fs;
  if (sameFs) {
    const r = renameWithin(world, host, fromAbs, toAbs);
    return r.ok ? null : r.error;
  }
  const failures: CopyFailure[] = [];
  copyTree(ctx, fromAbs, toAbs, failures);
  if (failures.length) return failures[0].errno;
  removeTree(ctx, fromAbs, failures);
  return failures.length ? failures[0].errno : null;
}
