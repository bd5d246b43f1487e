// touch — creates empty files. The simulator keeps no file times, so on an existing file touch has
// nothing to change; -a, -m, -f, -t, -r and a date operand are accepted for that reason.
import { putFile, resolvePath, stat } from '../engine/fs.ts';
import { fileMessages } from '../messages/files.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const M = fileMessages.touch;
type Args = { create: boolean; files: string[] };

export const touch = defineCommand<Args>({
  name: 'touch',
  synopsis: M.usage,
  summary: 'Creates empty files (file times are not kept).',
  manual: `touch — creates each named file that does not exist yet, empty.

  touch /tmp/marker       creates it
  touch -c /tmp/marker    only if it exists (so: does nothing here)
The simulator keeps no access or modification times, so the time flags (-a -m -t -r, or a
date operand) are accepted and change nothing.`,
  flags: { spec: 'amcft:r:', usage: M.usage,
    meanings: {
      a: 'Change only the access time.',
      m: 'Change only the modification time.',
      c: 'Do not create a file that does not exist.',
      f: 'Try the change even without write permission.',
      t: ['time', 'Use this time ([[CC]YY]MMDDhhmm[.SS]) instead of now.'],
      r: ['file', 'Use the times of this file instead of now.'],
    },
    operandMeaning: 'The file(s) to touch.',
  },
  parse(o) {
    let files = o.operands;
    // An old-style date operand comes first: mmddhhmm[yy] (8 or 10 digits), when more operands follow.
    if (files.length > 1 && /^\d{8}(\d{2})?$/.test(files[0]) && !hasFlag(o, 't') && !hasFlag(o, 'r')) files = files.slice(1);
    if (files.length === 0) return usage(M.usage);
    return ok({ create: !hasFlag(o, 'c'), files });
  },
  run(ctx, a) {
    let status = 0;
    for (const f of a.files) {
      const abs = resolvePath(ctx.host, f);
      if (stat(ctx.world, ctx.host, abs) || !a.create) continue;
      const r = putFile(ctx.world, ctx.host, abs, { kind: 'file', text: '' });
      if (!r.ok) {
        ctx.err(M.cannotCreate(f) + '\n');
        status = 1;
      }
    }
    return status;
  },
});
