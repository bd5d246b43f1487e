// POSIX getopt as AIX commands use it: clustered flags (-Bd hdisk1), option arguments attached or
// separate, "--" ends options, the first operand ends options. Errors use libc's wording.
import { shellMessages } from '../messages/index.ts';
import { err, ok, type Result } from '../result.ts';

export interface Options {
  /** Flags in the order given; a flag with an argument keeps its last value. */
  flags: Map<string, string | true>;
  /** Every occurrence, for flags that may repeat. */
  all: { flag: string; value: string | true }[];
  operands: string[];
}

/** The options, or libc's error line. */
export type GetoptResult = Result<Options, string>;

/** `spec` like "Bd:l:": a letter followed by ':' takes an argument. */
export function getopt(prog: string, args: string[], spec: string, permute = false): GetoptResult {
  const takesArg = new Map<string, boolean>();
  for (let i = 0; i < spec.length; i++) {
    if (spec[i] === ':') continue;
    takesArg.set(spec[i], spec[i + 1] === ':');
  }
  const opts: Options = { flags: new Map(), all: [], operands: [] };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      if (permute) {
        opts.operands.push(a);
        continue;
      }
      break;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      const needs = takesArg.get(f);
      if (needs === undefined) return err(shellMessages.unknownFlag(prog, f));
      if (!needs) {
        opts.flags.set(f, true);
        opts.all.push({ flag: f, value: true });
        continue;
      }
      let value = a.slice(j + 1);
      if (value === '') {
        if (i + 1 >= args.length) return err(shellMessages.flagNeedsArg(prog, f));
        value = args[++i];
      }
      opts.flags.set(f, value);
      opts.all.push({ flag: f, value });
      break;
    }
  }
  opts.operands.push(...args.slice(i));
  return ok(opts);
}

export function flagValue(opts: Options, f: string): string | undefined {
  const v = opts.flags.get(f);
  return typeof v === 'string' ? v : undefined;
}

export function hasFlag(opts: Options, f: string): boolean {
  return opts.flags.has(f);
}
