// cat — writes files (or standard input) to standard output. /etc/filesystems is rendered from the
// running system's ODM (engine/fs.ts), so `cat /etc/filesystems` shows what the next mount uses.
import { fileMessages } from '../messages/files.ts';
import { hasFlag } from '../shell/getopt.ts';
import { readInput } from './lib/fileio.ts';
import { defineCommand, ok } from './types.ts';

const M = fileMessages.cat;
type Args = { files: string[]; number: boolean; numberNonBlank: boolean; quiet: boolean; squeeze: boolean };

export const cat = defineCommand<Args>({
  name: 'cat',
  synopsis: M.usage,
  summary: 'Writes files, or standard input, to standard output.',
  manual: `cat — concatenates files to standard output; "-" or no file reads standard input.

  cat /etc/filesystems      the stanzas of the running system's ODM, as AIX writes them
  cat -n FILE               numbers the lines (-b with -n skips empty lines)
  cat -q FILE  (or -s)      no message for a file that cannot be opened
  cat -S FILE  (or -r)      squeezes runs of empty lines into one

Files the simulator keeps only as a size (core dumps, images) print a one-line note instead
of their bytes. -u is accepted (output is never buffered here); -v, -e and -t are not simulated.`,
  flags: { spec: 'qrSsunbvet', notSimulated: 'vet', usage: M.usage, exitCode: 2 },
  parse(o) {
    return ok({
      files: o.operands.length ? o.operands : ['-'],
      number: hasFlag(o, 'n'),
      numberNonBlank: hasFlag(o, 'n') && hasFlag(o, 'b'),
      quiet: hasFlag(o, 'q') || hasFlag(o, 's'),
      squeeze: hasFlag(o, 'S') || hasFlag(o, 'r'),
    });
  },
  run(ctx, a) {
    let status = 0;
    let lineNo = 0;
    let lastBlank = false;
    for (const f of a.files) {
      const r = readInput(ctx, f);
      if (!r.ok) {
        if (!a.quiet) ctx.err(M.cannotOpen(f) + '\n');
        status = 2;
        continue;
      }
      if (!a.number && !a.squeeze) {
        ctx.out(r.value);
        continue;
      }
      let out = '';
      const parts = r.value.split('\n');
      parts.forEach((line, i) => {
        const last = i === parts.length - 1;
        if (last && line === '') return;
        const blank = line === '';
        if (a.squeeze && blank && lastBlank) return;
        lastBlank = blank;
        const numbered = a.number && !(a.numberNonBlank && blank);
        out += (numbered ? `${String(++lineNo).padStart(6)}\t` : '') + line + (last ? '' : '\n');
      });
      ctx.out(out);
    }
    return status;
  },
});
