// wc — counts lines, words and bytes. Output as AIX's wc.c prints it: each count " %7ld", then
// " name" for a file operand, and a " total" line after two files or more.
import { fileMessages } from '../messages/files.ts';
import { hasFlag } from '../shell/getopt.ts';
import { utf8Length } from '../engine/fs.ts';
import { readInput, isDirectory } from './lib/fileio.ts';
import { defineCommand, ok, usage } from './types.ts';

const M = fileMessages.wc;
type Args = { l: boolean; w: boolean; c: boolean; m: boolean; files: string[] };
type Counts = { lines: number; words: number; bytes: number; chars: number };

function count(text: string): Counts {
  let lines = 0;
  let words = 0;
  let inWord = false;
  for (const ch of text) {
    if (ch === '\n') lines++;
    if (/\s/.test(ch)) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return { lines, words, bytes: utf8Length(text), chars: [...text].length };
}

export const wc = defineCommand<Args>({
  name: 'wc',
  synopsis: M.usage,
  summary: 'Counts lines, words and bytes.',
  manual: `wc — counts the lines, words and bytes of files or of standard input.

  lspv | wc -l       how many disks the system knows
  wc FILE            lines, words and bytes, then the file name
  -l lines   -w words   -c bytes   -m (or -k) characters
Each count is printed right-aligned in 7 columns, after a space, as AIX prints it.`,
  flags: { spec: 'cklmw', usage: M.usage, exitCode: 2 },
  parse(o) {
    const m = hasFlag(o, 'm') || hasFlag(o, 'k');
    if (hasFlag(o, 'c') && hasFlag(o, 'm')) return usage(M.usage, 2);
    return ok({ l: hasFlag(o, 'l'), w: hasFlag(o, 'w'), c: hasFlag(o, 'c'), m, files: o.operands });
  },
  run(ctx, a) {
    const fmt = (n: number) => ' ' + String(n).padStart(7);
    const show = (c: Counts) => {
      if (!a.l && !a.w && !a.c && !a.m) return fmt(c.lines) + fmt(c.words) + fmt(a.m ? c.chars : c.bytes);
      return (a.l ? fmt(c.lines) : '') + (a.w ? fmt(c.words) : '') + (a.c ? fmt(c.bytes) : a.m ? fmt(c.chars) : '');
    };
    if (a.files.length === 0) {
      ctx.out(show(count(ctx.stdin)) + '\n');
      return 0;
    }
    let status = 0;
    let opened = 0;
    const total: Counts = { lines: 0, words: 0, bytes: 0, chars: 0 };
    let out = '';
    for (const f of a.files) {
      const r = isDirectory(ctx, f) ? ok('') : readInput(ctx, f);
      if (!r.ok) {
        ctx.out(out);
        out = '';
        ctx.err(M.cannotOpen(f) + '\n');
        status = 2;
        continue;
      }
      opened++;
      const c = count(r.value);
      total.lines += c.lines;
      total.words += c.words;
      total.bytes += c.bytes;
      total.chars += c.chars;
      out += `${show(c)} ${f}\n`;
    }
    if (opened >= 2) out += `${show(total)} ${M.total}\n`;
    ctx.out(out);
    return status;
  },
});
