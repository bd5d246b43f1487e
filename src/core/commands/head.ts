// head — the first lines (or bytes) of files. Argument handling follows AIX's head.c: -Count, -n Number,
// -c Number; "==> name <==" headers between several files; a file that cannot be opened is perror'd.
import { fileMessages, perror } from '../messages/files.ts';
import { readInput, parseCount, isDirectory } from './lib/fileio.ts';
import { err } from '../result.ts';
import { defineCommand, ok, usage } from './types.ts';

const M = fileMessages.head;
type Args = { count: number; bytes: boolean; files: string[] };

export const head = defineCommand<Args>({
  name: 'head',
  synopsis: M.usage,
  summary: 'Shows the first lines of files or standard input.',
  manual: `head — the first 10 lines of each file (or of standard input).

  head -5 FILE      head -n 5 FILE      the first five lines
  head -c 100 FILE  the first 100 bytes
With several files each one is introduced by "==> name <==".`,
  parse(args) {
    let count = 10;
    let bytes = false;
    let i = 0;
    const bad = () => usage(`${M.badNumber}\n${M.usage}`);
    if (args[0]?.startsWith('+')) return usage(M.usage);
    while (i < args.length && args[i].startsWith('-') && args[i] !== '-') {
      const a = args[i];
      if (a === '--') {
        i++;
        break;
      }
      const flag = a[1];
      if (flag === 'n' || flag === 'c') {
        const value = a.length > 2 ? a.slice(2) : args[i + 1];
        const n = parseCount(value);
        if (n === null || n < 0) return bad();
        count = n;
        bytes = flag === 'c';
        i += a.length > 2 ? 1 : 2;
        break;
      }
      if (/^\d/.test(flag)) {
        const n = parseCount(a.slice(1));
        if (n === null) return bad();
        count = n;
        i++;
        break;
      }
      return usage(M.usage);
    }
    if (args[i] === '--') i++;
    return ok({ count, bytes, files: args.slice(i) });
  },
  run(ctx, a) {
    const inputs = a.files.length ? a.files : ['-'];
    let status = 0;
    let first = true;
    for (const f of inputs) {
      const r = isDirectory(ctx, f) ? err('is-dir' as const) : readInput(ctx, f);
      if (!r.ok) {
        ctx.err(perror(f, r.error === 'is-dir' ? 'EISDIR' : 'ENOENT') + '\n');
        status = 1;
        continue;
      }
      let out = first ? '' : '\n';
      first = false;
      if (a.files.length > 1) out += `==> ${f} <==\n`;
      if (a.bytes) {
        const chunk = [...r.value].slice(0, a.count).join('');
        out += chunk + (chunk.endsWith('\n') ? '' : '\n');
      } else {
        const parts = r.value.split('\n');
        const lines = parts.slice(0, a.count);
        out += lines.join('\n') + (parts.length > a.count ? '\n' : '');
      }
      ctx.out(out);
    }
    return status;
  },
});
