// rm — removes files, and with -r whole trees, on any mounted file system. Follows AIX's rm.c: a missing
// file is perror'd unless -f, a directory needs -r, and a directory that cannot go (a mount point, the
// current directory, one still holding something) gets rm_msg's texts. `rm -r /alt_inst` empties the
// clone's file systems and leaves the mount points: it is as destructive here as on AIX.
import { listDir, removeDir, resolvePath, stat, unlinkFile } from '../engine/fs.ts';
import { fileMessages, type Errno } from '../messages/files.ts';
import { trainerMessages } from '../messages/index.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

const M = fileMessages.rm;
type Args = { force: boolean; recursive: boolean; verbose: boolean; files: string[] };

export const rm = defineCommand<Args>({
  name: 'rm',
  synopsis: M.usage,
  summary: 'Removes files and directories.',
  manual: `rm — removes files; -r (or -R) removes directories with everything in them.

  rm /tmp/x              a file
  rm -r /tmp/olddir      a directory tree
  rm -f /tmp/maybe       no message when the file does not exist
  rm -e FILE             tells each removal

Mount points are never removed (their file systems' contents are). -i is not simulated.`,
  flags: { spec: 'fiRre', usage: M.usage, exitCode: 2,
    meanings: {
      f: 'Never ask; no error for a file that does not exist.',
      i: 'Ask before removing each file.',
      R: 'Remove directories and everything in them.',
      r: 'Remove directories and everything in them.',
      e: 'Report each file as it is removed.',
    },
    operandMeaning: 'The file(s) or directories to remove.',
  },
  parse(o) {
    const iLast = o.all.map((x) => x.flag).filter((f) => f === 'i' || f === 'f').pop();
    if (iLast === 'i') return usage(trainerMessages.notSimulated('rm', '-i'));
    const force = iLast === 'f';
    if (o.operands.length === 0 && !force) return usage(M.usage, 2);
    return ok({ force, recursive: hasFlag(o, 'r') || hasFlag(o, 'R'), verbose: hasFlag(o, 'e'), files: o.operands });
  },
  run(ctx, a) {
    let errors = 0;
    for (const f of a.files) {
      const base = f.replace(/\/+$/, '').split('/').pop() ?? f;
      if (base === '.' || base === '..') {
        ctx.err(M.dotNames + '\n');
        errors++;
        continue;
      }
      errors += remove(ctx, a, f, resolvePath(ctx.host, f), 0);
    }
    return errors ? 2 : 0;
  },
});

/** Removes one path as rm.c's rm() does; returns the number of errors. */
function remove(ctx: CommandContext, a: Args, shown: string, abs: string, depth: number): number {
  const { world, host } = ctx;
  const st = stat(world, host, abs);
  if (!st) {
    if (a.force) return 0;
    ctx.err(M.missing(shown) + '\n');
    return 1;
  }
  if (st.kind === 'file') {
    const r = unlinkFile(world, host, abs);
    if (!r.ok) {
      ctx.err(M.notRemoved(shown, r.error) + '\n');
      return 1;
    }
    if (a.verbose) ctx.err(`rm: Removing ${shown}\n`);
    return 0;
  }
  if (!a.recursive) {
    ctx.err(M.isDir(shown) + '\n');
    return 1;
  }
  if (depth > 40) return 0;
  let errors = 0;
  for (const e of listDir(world, host, abs)) {
    errors += remove(ctx, a, `${shown.replace(/\/+$/, '')}/${e.name}`, abs === '/' ? `/${e.name}` : `${abs}/${e.name}`, depth + 1);
  }
  if (abs === host.run?.cwd) return errors + rmMsg(ctx, shown, abs, 'EBUSY');
  const r = removeDir(world, host, abs);
  if (!r.ok) return errors + rmMsg(ctx, shown, abs, r.error);
  if (a.verbose) ctx.err(`rm: Removing directory ${shown}\n`);
  return errors;
}

function rmMsg(ctx: CommandContext, shown: string, abs: string, errno: Errno): number {
  // rm_msg(): EEXIST, or EBUSY on a directory, is "current directory" or "not empty"; the rest is perror'd.
  if (errno === 'ENOTEMPTY' || errno === 'EEXIST' || errno === 'EBUSY') {
    ctx.err((abs === ctx.host.run?.cwd ? M.currentDir(shown) : M.notEmpty(shown)) + '\n');
  } else ctx.err(M.notRemoved(shown, errno) + '\n');
  return 1;
}
