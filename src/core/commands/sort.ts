// sort — sorts lines: byte order by default, -n numeric, -r reversed, -u unique, -f fold case, -b ignore
// leading blanks, -t separator, -k field keys (POSIX form "f[.c][flags][,f[.c][flags]]"), -o output file.
import { resolvePath, writeFile } from '../engine/fs.ts';
import { fileMessages } from '../messages/files.ts';
import { trainerMessages } from '../messages/index.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { checkFlags } from './lib/flags.ts';
import { readInput, splitLines, isDirectory, joinLines } from './lib/fileio.ts';
import { err } from '../result.ts';
import { defineCommand, ok, usage } from './types.ts';

const M = fileMessages.sort;

interface KeyOpts {
  numeric: boolean;
  reverse: boolean;
  fold: boolean;
  blanks: boolean;
}
interface Key extends KeyOpts {
  startField: number;
  startChar: number;
  endField: number | null;
  endChar: number;
}
type Args = { keys: Key[]; global: KeyOpts; unique: boolean; sep: string | null; output: string | null; files: string[] };

function parseKey(def: string, global: KeyOpts): Key | null {
  const m = /^(\d+)(?:\.(\d+))?([bdfinr]*)(?:,(\d+)(?:\.(\d+))?([bdfinr]*))?$/.exec(def);
  if (!m || Number(m[1]) < 1 || (m[2] !== undefined && Number(m[2]) < 1)) return null;
  const flags = (m[3] ?? '') + (m[6] ?? '');
  const own = flags.replace(/[di]/g, '') !== '';
  return {
    startField: Number(m[1]),
    startChar: m[2] ? Number(m[2]) : 1,
    endField: m[4] ? Number(m[4]) : null,
    endChar: m[5] ? Number(m[5]) : 0,
    numeric: own ? flags.includes('n') : global.numeric,
    reverse: own ? flags.includes('r') : global.reverse,
    fold: own ? flags.includes('f') : global.fold,
    blanks: own ? flags.includes('b') : global.blanks,
  };
}

/** Start offsets of each field: with -t every separator starts a field; without, a run of blanks does. */
function fieldStarts(line: string, sep: string | null): number[] {
  const starts = [0];
  if (sep !== null) {
    for (let i = 0; i < line.length; i++) if (line[i] === sep) starts.push(i + 1);
    return starts;
  }
  for (let i = 1; i < line.length; i++) {
    if (/[ \t]/.test(line[i]) && !/[ \t]/.test(line[i - 1])) starts.push(i);
  }
  return starts;
}

function keyText(line: string, k: Key, sep: string | null): string {
  const starts = fieldStarts(line, sep);
  const fieldEnd = (f: number) => (f < starts.length ? (sep !== null ? starts[f] - 1 : starts[f]) : line.length);
  let from = k.startField - 1 < starts.length ? starts[k.startField - 1] : line.length;
  if (k.blanks || sep === null) {
    // the blanks that start a field belong to it unless b is given
    if (k.blanks) while (from < line.length && /[ \t]/.test(line[from])) from++;
  }
  from = Math.min(line.length, from + k.startChar - 1);
  let to = line.length;
  if (k.endField !== null) {
    if (k.endChar === 0) to = fieldEnd(k.endField);
    else {
      let s = k.endField - 1 < starts.length ? starts[k.endField - 1] : line.length;
      if (k.blanks) while (s < line.length && /[ \t]/.test(line[s])) s++;
      to = Math.min(line.length, s + k.endChar);
    }
  }
  return from < to ? line.slice(from, to) : '';
}

function numericValue(s: string): number {
  const m = /^\s*(-?\d*(?:\.\d*)?)/.exec(s);
  const n = m ? Number(m[1]) : NaN;
  return Number.isFinite(n) ? n : 0;
}

function compareBy(a: string, b: string, o: KeyOpts): number {
  let r: number;
  if (o.numeric) r = numericValue(a) - numericValue(b);
  else {
    let x = a;
    let y = b;
    if (o.blanks) {
      x = x.replace(/^[ \t]+/, '');
      y = y.replace(/^[ \t]+/, '');
    }
    if (o.fold) {
      x = x.toUpperCase();
      y = y.toUpperCase();
    }
    r = x < y ? -1 : x > y ? 1 : 0;
  }
  return o.reverse ? -r : r;
}

export const sort = defineCommand<Args>({
  name: 'sort',
  synopsis: M.usage,
  summary: 'Sorts lines of text.',
  manual: `sort — sorts the lines of files or of standard input.

  lsvg -l rootvg | sort -k 3 -n     by the third column, numerically
  sort -u FILE                      one line of each
  sort -t: -k 2 FILE                fields separated by ":"
  -n numeric   -r reverse   -u unique   -f fold case   -b ignore leading blanks   -o FILE output file
A key -k f[.c][flags][,f[.c][flags]] names fields from 1. -A, -c, -d, -i, -m, -T, -y, -z and the
old +pos/-pos keys are not simulated.`,
  parse(args) {
    if (args.some((x) => /^\+\d/.test(x))) return usage(trainerMessages.notSimulated('sort', '+Position'), 2);
    const r = checkFlags('sort', { spec: 'AbcdfimnruT:t:o:y:z:k:', notSimulated: 'AcdimTyz', usage: M.usage, exitCode: 2, notSimulatedExitCode: 2 }, args);
    if (!r.ok) return usage(r.error.stderr, r.error.exitCode);
    const o = r.value;
    const global: KeyOpts = { numeric: hasFlag(o, 'n'), reverse: hasFlag(o, 'r'), fold: hasFlag(o, 'f'), blanks: hasFlag(o, 'b') };
    const keys: Key[] = [];
    for (const x of o.all.filter((e) => e.flag === 'k')) {
      const k = parseKey(String(x.value), global);
      if (!k) return usage(M.usage, 2);
      keys.push(k);
    }
    const sep = flagValue(o, 't') ?? null;
    if (sep !== null && [...sep].length !== 1) return usage(M.usage, 2);
    return ok({ keys, global, unique: hasFlag(o, 'u'), sep, output: flagValue(o, 'o') ?? null, files: o.operands });
  },
  run(ctx, a) {
    const lines: string[] = [];
    for (const f of a.files.length ? a.files : ['-']) {
      const r = isDirectory(ctx, f) ? err('is-dir' as const) : readInput(ctx, f);
      if (!r.ok) {
        ctx.err(M.cannotOpen(f) + '\n');
        return 2;
      }
      lines.push(...splitLines(r.value));
    }
    const cmpKeys = (x: string, y: string) => {
      if (a.keys.length === 0) return compareBy(x, y, a.global);
      for (const k of a.keys) {
        const c = compareBy(keyText(x, k, a.sep), keyText(y, k, a.sep), k);
        if (c !== 0) return c;
      }
      return 0;
    };
    const sorted = [...lines].sort((x, y) => {
      const c = cmpKeys(x, y);
      if (c !== 0 || a.unique) return c;
      const whole = x < y ? -1 : x > y ? 1 : 0; // last resort: the whole line, in byte order
      return a.global.reverse ? -whole : whole;
    });
    const result = a.unique ? sorted.filter((l, i) => i === 0 || cmpKeys(sorted[i - 1], l) !== 0) : sorted;
    const text = joinLines(result);
    if (a.output !== null) {
      const w = writeFile(ctx.world, ctx.host, resolvePath(ctx.host, a.output), text, false);
      if (!w.ok) {
        ctx.err(M.cannotCreate(a.output) + '\n');
        return 2;
      }
      return 0;
    }
    ctx.out(text);
    return 0;
  },
});
