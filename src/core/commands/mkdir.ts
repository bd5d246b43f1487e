// mkdir — creates directories (-p: with the missing parents). Messages follow AIX's mkdir.c: a missing
// or unusable parent is "Cannot access directory <parent>.", anything else "Cannot create <dir>.", each
// followed by perror's line.
import { makeDir, resolvePath, stat } from '../engine/fs.ts';
import { fileMessages } from '../messages/files.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

const M = fileMessages.mkdir;
type Args = { parents: boolean; dirs: string[] };

export const mkdir = defineCommand<Args>({
  name: 'mkdir',
  synopsis: M.usage,
  summary: 'Creates directories.',
  manual: `mkdir — creates directories on any mounted file system.

  mkdir /tmp/work            one directory (its parent must exist)
  mkdir -p /tmp/a/b/c        with every missing parent; an existing directory is fine
-m Mode is accepted (modes are not kept by the simulator).`,
  // The operand count is checked after a repeated -m (its own message, exit 2).
  flags: { spec: 'pm:', usage: M.usage,
    meanings: {
      p: 'Also make the missing parent directories; no error if the directory exists.',
      m: ['mode', 'The permissions of the new directory.'],
    },
    operandMeaning: 'The directories to make.',
  },
  parse(o) {
    if (o.all.filter((x) => x.flag === 'm').length > 1) return usage(M.multiple('m'), 2);
    if (o.operands.length === 0) return usage(M.usage);
    return ok({ parents: hasFlag(o, 'p'), dirs: o.operands });
  },
  run(ctx, a) {
    let status = 0;
    for (const d of a.dirs) {
      if (a.parents && !makeParents(ctx, d)) {
        status = 2;
        continue;
      }
      const abs = resolvePath(ctx.host, d);
      const r = makeDir(ctx.world, ctx.host, abs);
      if (r.ok) continue;
      if (a.parents && r.error === 'EEXIST' && stat(ctx.world, ctx.host, abs)?.kind === 'dir') continue;
      const trimmed = d.replace(/\/+$/, '') || '/';
      if (r.error === 'ENOENT' || r.error === 'EACCES' || r.error === 'ENOTDIR') {
        const slash = trimmed.lastIndexOf('/');
        const parent = slash < 0 ? '.' : slash === 0 ? '/' : trimmed.slice(0, slash);
        ctx.err(M.noAccess(parent, r.error) + '\n');
      } else ctx.err(M.noMake(d, r.error) + '\n');
      status = 2;
    }
    return status;
  },
});

/** mkdirp(): creates each missing component before the last. */
function makeParents(ctx: CommandContext, d: string): boolean {
  const parts = d.split('/');
  for (let i = 1; i < parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (prefix === '' || parts[i - 1] === '') continue;
    const abs = resolvePath(ctx.host, prefix);
    if (stat(ctx.world, ctx.host, abs)) continue;
    const r = makeDir(ctx.world, ctx.host, abs);
    if (!r.ok) {
      ctx.err(M.noMake(prefix, r.error) + '\n');
      return false;
    }
  }
  return true;
}
