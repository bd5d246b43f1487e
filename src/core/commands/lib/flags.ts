// The flags a command declares, checked in one place before its parse sees them: getopt's own errors
// (libc wording, then the command's usage), a flag AIX has that the trainer does not model, and the
// operand count. The order is the one the commands used by hand, so messages are unchanged.
import { trainerMessages } from '../../messages/index.ts';
import { err, ok, type Result } from '../../result.ts';
import { getopt, type Options } from '../../shell/getopt.ts';

export interface FlagDeclaration {
  /** getopt string: every flag AIX has, a letter followed by ':' takes an argument ("LlpMn:v:"). */
  spec: string;
  /** Printed under getopt's error and for a wrong operand count: the synopsis or AIX's usage message. */
  usage: string;
  /** Flags AIX has that are not modelled, in the order checked; the first present is named. */
  notSimulated?: string;
  /** Operands allowed, [min, max]; outside it the answer is the usage text. */
  operands?: readonly [number, number];
  /** Exit code of a usage error (1, or 2 for the file commands). */
  exitCode?: number;
  /** Exit code of "… is not simulated" (1 unless the command's usage errors say otherwise). */
  notSimulatedExitCode?: number;
  /** Operands may stand between flags (chpv). */
  permute?: boolean;
  /** The name getopt's messages carry when it is not the command's own (bosboot's says "getopt"). */
  prog?: string;
}

/** A usage error: what the command prints on stderr and its exit code. */
export type UsageError = { stderr: string; exitCode: number };

export function checkFlags(name: string, decl: FlagDeclaration, args: string[]): Result<Options, UsageError> {
  const exitCode = decl.exitCode ?? 1;
  const r = getopt(decl.prog ?? name, args, decl.spec, decl.permute ?? false);
  if (!r.ok) return err({ stderr: `${r.error}\n${decl.usage}`, exitCode });
  for (const f of decl.notSimulated ?? '') {
    if (r.value.flags.has(f)) return err({ stderr: trainerMessages.notSimulated(name, `-${f}`), exitCode: decl.notSimulatedExitCode ?? 1 });
  }
  const n = r.value.operands.length;
  if (decl.operands && (n < decl.operands[0] || n > decl.operands[1])) return err({ stderr: decl.usage, exitCode });
  return ok(r.value);
}
