// The flags a command declares, checked in one place before its parse sees them: getopt's own errors
// (libc wording, then the command's usage), a flag AIX has that the trainer does not model, and the
// operand count. The order is the one the commands used by hand, so messages are unchanged.
import { trainerMessages } from '../../messages/index.ts';
import { err, ok, type Result } from '../../result.ts';
import { getopt, type Options } from '../../shell/getopt.ts';

export interface FlagDeclaration {
  /** getopt string: every flag AIX has, a letter followed by ':' takes an argument ("LlpMn:v:"). */
  spec: string;
  /** Printed under getopt's error and for a wrong operand count: the synopsis or AIX's usage message ('': getopt's error alone). */
  usage: string;
  /** Flags AIX has that are not modelled, in the order checked; the first present is named. */
  notSimulated?: string;
  /** Operands allowed, [min, max]; outside it the answer is the usage text. */
  operands?: readonly [number, number];
  /** Exit code of a usage error (1, or 2 for the file commands). */
  exitCode?: number;
  /**
   * The only flags modelled, when that is shorter to say ("C": every other flag of the spec is not): the first
   * other flag on the line is named, after the operand count is checked.
   */
  onlySimulated?: string;
  /** Exit code of "… is not simulated" (1 unless the command's usage errors say otherwise). */
  notSimulatedExitCode?: number;
  /** Operands may stand between flags (chpv). */
  permute?: boolean;
  /** The name getopt's messages carry when it is not the command's own (bosboot's says "getopt"). */
  prog?: string;
  /** Under getopt's error the usage goes to standard output, not error (shutdown prints its own with dspmsg). */
  usageOnStdout?: boolean;
  /**
   * What each flag does, in the trainer's words, by letter: a text, or [argument name, text] for a flag that
   * takes a value. One source for `man`, Tab completion and the explainer (lib/explain.ts).
   */
  meanings?: FlagMeanings;
  /** What the operands are ("the volume group to vary on"), when the command takes any. */
  operandMeaning?: string;
}

export type FlagMeaning = string | readonly [arg: string, text: string];
export type FlagMeanings = Readonly<Record<string, FlagMeaning>>;

/** The flag letters of a getopt spec, in order, and whether each takes a value. */
export function specFlags(spec: string): { flag: string; takesArg: boolean }[] {
  const out: { flag: string; takesArg: boolean }[] = [];
  for (let i = 0; i < spec.length; i++) if (spec[i] !== ':') out.push({ flag: spec[i], takesArg: spec[i + 1] === ':' });
  return out;
}

/** Whether the trainer models a declared flag. */
export function flagSimulated(decl: FlagDeclaration, flag: string): boolean {
  return !(decl.notSimulated ?? '').includes(flag) && (decl.onlySimulated === undefined || decl.onlySimulated.includes(flag));
}

/** One flag's help: "-d disks" and its text, "(not simulated in this trainer)" added for the unmodelled ones. */
export function flagHelp(decl: FlagDeclaration, flag: string): { label: string; text: string; simulated: boolean } | null {
  const m = decl.meanings?.[flag];
  if (m === undefined) return null;
  const [arg, text] = typeof m === 'string' ? [null, m] : m;
  const simulated = flagSimulated(decl, flag);
  return { label: arg ? `-${flag} ${arg}` : `-${flag}`, text, simulated };
}

/** The "Flags:" part of a manual page, generated from the declaration (empty when nothing is declared). */
export function manFlags(decl: FlagDeclaration | undefined): string {
  if (!decl?.meanings) return '';
  const rows = specFlags(decl.spec)
    .map(({ flag }) => flagHelp(decl, flag))
    .filter((h): h is NonNullable<typeof h> => h !== null);
  if (rows.length === 0 && !decl.operandMeaning) return '';
  const width = Math.min(18, Math.max(...rows.map((r) => r.label.length), 0) + 2);
  const lines = rows.map((r) => {
    const text = r.simulated ? r.text : `${r.text} (not simulated in this trainer)`;
    return r.label.length + 2 > width ? `  ${r.label}\n  ${' '.repeat(width)}${text}` : `  ${r.label.padEnd(width)}${text}`;
  });
  if (decl.operandMeaning) lines.push(`  Operands: ${decl.operandMeaning}`);
  return `Flags:\n${lines.join('\n')}`;
}

/** A usage error: what the command prints on stderr and its exit code. */
export type UsageError = { stderr: string; exitCode: number; /** Printed on standard output after stderr (shutdown's usage). */ stdout?: string };

export function checkFlags(name: string, decl: FlagDeclaration, args: string[]): Result<Options, UsageError> {
  const exitCode = decl.exitCode ?? 1;
  const r = getopt(decl.prog ?? name, args, decl.spec, decl.permute ?? false);
  if (!r.ok) return err(decl.usageOnStdout ? { stderr: r.error, stdout: `${decl.usage}\n`, exitCode } : { stderr: decl.usage ? `${r.error}\n${decl.usage}` : r.error, exitCode });
  for (const f of decl.notSimulated ?? '') {
    if (r.value.flags.has(f)) return err({ stderr: trainerMessages.notSimulated(name, `-${f}`), exitCode: decl.notSimulatedExitCode ?? 1 });
  }
  const n = r.value.operands.length;
  if (decl.operands && (n < decl.operands[0] || n > decl.operands[1])) return err({ stderr: decl.usage, exitCode });
  const only = decl.onlySimulated;
  const other = only === undefined ? undefined : r.value.all.find((x) => !only.includes(x.flag));
  if (other) return err({ stderr: trainerMessages.notSimulated(name, `-${other.flag}`), exitCode: decl.notSimulatedExitCode ?? 1 });
  return ok(r.value);
}
