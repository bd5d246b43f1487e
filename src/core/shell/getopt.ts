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

/** One step of getopt's walk over a command's words. */
export type GetoptStep =
  /** A declared flag; `value` its argument (null for a flag that takes none), `attached` when given as -lvalue. */
  | { kind: 'flag'; flag: string; value: string | null; attached: boolean }
  | { kind: 'operand'; word: string }
  /** A flag not declared: getopt stops here; `rest` are the words after it, never read. */
  | { kind: 'unknown'; flag: string; rest: string[] }
  /** A flag that takes an argument, last on the line: getopt stops here. */
  | { kind: 'needs-arg'; flag: string };

/**
 * getopt's walk, step by step: clusters, attached or separate arguments, "--" and the first operand end the
 * options (with `permute`, operands may come between flags). One walk for getopt and the explainer
 * (commands/lib/explain.ts); it ends at the first 'unknown' or 'needs-arg' step.
 */
export function getoptSteps(args: readonly string[], takesArg: ReadonlyMap<string, boolean>, permute = false): GetoptStep[] {
  const steps: GetoptStep[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      if (permute) {
        steps.push({ kind: 'operand', word: a });
        continue;
      }
      break;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j];
      const needs = takesArg.get(f);
      if (needs === undefined) {
        steps.push({ kind: 'unknown', flag: f, rest: args.slice(i + 1) });
        return steps;
      }
      if (!needs) {
        steps.push({ kind: 'flag', flag: f, value: null, attached: false });
        continue;
      }
      const attached = a.slice(j + 1);
      if (attached !== '') steps.push({ kind: 'flag', flag: f, value: attached, attached: true });
      else if (i + 1 >= args.length) {
        steps.push({ kind: 'needs-arg', flag: f });
        return steps;
      } else steps.push({ kind: 'flag', flag: f, value: args[++i], attached: false });
      break;
    }
  }
  for (; i < args.length; i++) steps.push({ kind: 'operand', word: args[i] });
  return steps;
}

/** `spec` like "Bd:l:": a letter followed by ':' takes an argument. */
export function getopt(prog: string, args: string[], spec: string, permute = false): GetoptResult {
  const takesArg = new Map<string, boolean>();
  for (let i = 0; i < spec.length; i++) {
    if (spec[i] === ':') continue;
    takesArg.set(spec[i], spec[i + 1] === ':');
  }
  const opts: Options = { flags: new Map(), all: [], operands: [] };
  for (const step of getoptSteps(args, takesArg, permute)) {
    if (step.kind === 'unknown') return err(shellMessages.unknownFlag(prog, step.flag));
    if (step.kind === 'needs-arg') return err(shellMessages.flagNeedsArg(prog, step.flag));
    if (step.kind === 'operand') opts.operands.push(step.word);
    else {
      const value = step.value ?? true;
      opts.flags.set(step.flag, value);
      opts.all.push({ flag: step.flag, value });
    }
  }
  return ok(opts);
}

export function flagValue(opts: Options, f: string): string | undefined {
  const v = opts.flags.get(f);
  return typeof v === 'string' ? v : undefined;
}

export function hasFlag(opts: Options, f: string): boolean {
  return opts.flags.has(f);
}
