// cp — copies files (and with -r or -R directory trees) between any mounted file systems, e.g.
// `cp /alt_inst/etc/hosts /tmp/` copies from the clone's root file system into the running /tmp.
// Files kept as a size only are copied as a size only; a copy that does not fit fails with ENOSPC.
// Messages follow AIX's cp.c and catalogue: errors are "cp: path: <errno text>".
import { baseName, resolvePath, stat } from '../engine/fs.ts';
import { fileMessages } from '../messages/files.ts';
import { hasFlag } from '../shell/getopt.ts';
import { copyTree, type CopyFailure } from './lib/fileio.ts';
import { defineCommand, ok, usage } from './types.ts';

const M = fileMessages.cp;
type Args = { recursive: boolean; sources: string[]; target: string };

export const cp = defineCommand<Args>({
  name: 'cp',
  synopsis: M.usage('cp'),
  summary: 'Copies files and directories.',
  manual: `cp — copies files; with -r (or -R) whole directories.

  cp /alt_inst/etc/hosts /tmp/     from the awake clone's / into the running system's /tmp
  cp FILE1 FILE2 DIR               several files into a directory
  cp -r /etc /tmp/etc.save         a directory tree

Paths cross mounts freely: the file system (and so the disk) is chosen by the mount table.
Big files the simulator keeps as a size only are copied as a size only, and take space in the
target file system: a copy that does not fit fails with "There is not enough space in the file
system." -f and -p are accepted (owners, modes and times are not kept); -h and -i are not simulated.`,
  flags: { spec: 'Rhiprf', notSimulated: 'hi', usage: M.usage('cp'), exitCode: 2,
    meanings: {
      R: 'Copy directories and everything in them.',
      h: "An AIX flag the trainer does not describe; see IBM's manual.",
      i: 'Ask before overwriting a file.',
      p: 'Keep the modification time and permissions.',
      r: 'Copy directories and everything in them.',
      f: 'Remove a target that cannot be opened and try again.',
    },
    operandMeaning: 'The source file(s), then the target file or directory.',
  },
  parse(o) {
    if (o.operands.length < 2) return usage(M.usage('cp'), 2);
    if (hasFlag(o, 'R') && hasFlag(o, 'r')) return usage(M.bothR);
    return ok({ recursive: hasFlag(o, 'R') || hasFlag(o, 'r'), sources: o.operands.slice(0, -1), target: o.operands[o.operands.length - 1] });
  },
  run(ctx, a) {
    const targetAbs = resolvePath(ctx.host, a.target);
    const targetIsDir = stat(ctx.world, ctx.host, targetAbs)?.kind === 'dir';
    if (!targetIsDir && a.sources.length > 1) {
      ctx.err(M.usage('cp') + '\n');
      return 2;
    }
    let status = 0;
    for (const src of a.sources) {
      const fromAbs = resolvePath(ctx.host, src);
      const shownTo = targetIsDir ? `${a.target.replace(/\/+$/, '')}/${baseName(src)}` : a.target;
      const toAbs = targetIsDir ? resolvePath(ctx.host, shownTo) : targetAbs;
      const st = stat(ctx.world, ctx.host, fromAbs);
      if (!st) {
        ctx.err(M.error(src, 'ENOENT') + '\n');
        status = 1;
        continue;
      }
      if (fromAbs === toAbs) {
        ctx.err(M.identical(shownTo, src) + '\n');
        status = 1;
        continue;
      }
      if (st.kind === 'dir' && !a.recursive) {
        ctx.err(M.isDir(src) + '\n');
        status = 1;
        continue;
      }
      const existing = stat(ctx.world, ctx.host, toAbs);
      if (st.kind === 'dir' && existing && existing.kind !== 'dir') {
        ctx.err(M.notDir(shownTo) + '\n');
        status = 1;
        continue;
      }
      const failures: CopyFailure[] = [];
      copyTree(ctx, fromAbs, toAbs, failures);
      for (const f of failures) {
        ctx.err(M.error(f.path === toAbs ? shownTo : f.path, f.errno) + '\n');
        status = 1;
      }
    }
    return status;
  },
});
