// tail — the end of a file (or standard input). Argument forms follow AIX's tail.c: -n N, -c N (+N counts
// from the start), the old -N / +N with an l, b, c, k or m suffix, -r for reverse order. One file at most.
import { fileMessages, perror } from '../messages/files.ts';
import { trainerMessages } from '../messages/index.ts';
import { readInput, splitLines, isDirectory } from './lib/fileio.ts';
import { err } from '../result.ts';
import { defineCommand, ok, usage } from './types.ts';

const M = fileMessages.tail;
type Unit = 'lines' | 'bytes' | 'chars';
type Args = { n: number; fromTop: boolean; unit: Unit; reverse: boolean; explicit: boolean; file: string | null };

const bad = () => usage(M.usage, 2);

export const tail = defineCommand<Args>({
  name: 'tail',
  synopsis: M.usage,
  summary: 'Shows the last lines of a file or of standard input.',
  manual: `tail — the last 10 lines of a file (or of standard input).

  tail -20 FILE   tail -n 20 FILE     the last 20 lines
  tail +5 FILE    tail -n +5 FILE     from line 5 to the end
  tail -c 100 FILE                    the last 100 bytes (-b 512-byte blocks, -k 1024-byte blocks)
  tail -r FILE                        the lines in reverse order, last first

tail reads one file at a time. -f is not simulated: commands here finish before the
prompt returns, so there is nothing to follow.`,
  parse(args) {
    const a: Args = { n: 10, fromTop: false, unit: 'lines', reverse: false, explicit: false, file: null };
    let mult = 1;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--') {
        if (i + 2 < args.length) return usage(`${M.oneFile}\n${M.usage}`, 2);
        a.file = args[i + 1] ?? null;
        break;
      }
      const m = /^([+-])(\d*)([lbckm]?)([fr]?)$/.exec(arg);
      if (m && (m[2] !== '' || m[1] === '+')) {
        a.fromTop = m[1] === '+';
        if (m[2] !== '') {
          a.n = Number(m[2]);
          a.explicit = true;
        }
        if (m[3] === 'b' || m[3] === 'k') mult = m[3] === 'b' ? 512 : 1024;
        if (m[3] && m[3] !== 'l') a.unit = m[3] === 'm' ? 'chars' : 'bytes';
        if (m[4] === 'f') return usage(trainerMessages.notSimulated('tail', '-f'));
        if (m[4] === 'r') a.reverse = true;
        continue;
      }
      if (arg.startsWith('-') && arg.length > 1) {
        for (let j = 1; j < arg.length; j++) {
          const f = arg[j];
          if (f === 'f') return usage(trainerMessages.notSimulated('tail', '-f'));
          if (f === 'r') {
            a.reverse = true;
            continue;
          }
          if ('ncbkm'.includes(f)) {
            const rest = arg.slice(j + 1);
            const value = rest !== '' ? rest : args[++i];
            const v = /^([+-]?)(\d+)$/.exec(value ?? '');
            if (!v) return bad();
            a.n = Number(v[2]);
            a.explicit = true;
            a.fromTop = v[1] === '+';
            a.unit = f === 'n' ? 'lines' : f === 'm' ? 'chars' : 'bytes';
            mult = f === 'b' ? 512 : f === 'k' ? 1024 : 1;
            break;
          }
          return bad();
        }
        continue;
      }
      if (a.file !== null || i < args.length - 1) return usage(`${M.oneFile}\n${M.usage}`, 2);
      a.file = arg;
    }
    if (a.reverse && a.unit !== 'lines') return bad();
    a.n *= mult;
    return ok(a);
  },
  run(ctx, a) {
    let text = ctx.stdin;
    if (a.file !== null) {
      const r = isDirectory(ctx, a.file) ? err('is-dir' as const) : readInput(ctx, a.file);
      if (!r.ok) {
        ctx.err(perror(a.file, r.error === 'is-dir' ? 'EISDIR' : 'ENOENT') + '\n');
        return 1;
      }
      text = r.value;
    }
    if (a.reverse) {
      const lines = splitLines(text);
      const n = a.explicit ? a.n : lines.length;
      ctx.out(lines.reverse().slice(0, n).map((l) => l + '\n').join(''));
      return 0;
    }
    if (a.unit !== 'lines') {
      const units = a.unit === 'chars' ? [...text] : [...text];
      const start = a.fromTop ? Math.max(0, a.n - 1) : Math.max(0, units.length - a.n);
      ctx.out(units.slice(start).join(''));
      return 0;
    }
    const parts = text.split('\n');
    const trailing = parts[parts.length - 1] === '';
    if (trailing) parts.pop();
    const start = a.fromTop ? Math.max(0, a.n - 1) : Math.max(0, parts.length - a.n);
    const chosen = parts.slice(start);
    ctx.out(chosen.join('\n') + (chosen.length && trailing ? '\n' : ''));
    return 0;
  },
});
