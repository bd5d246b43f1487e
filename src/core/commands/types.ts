// The shape of every command: one file per AIX command declares its synopsis, a pure parser that
// returns a usage error instead of throwing, the run step, and our own manual page.
import type { CommandContext } from '../engine/context.ts';

export type { CommandContext };

export type Parsed<T> = { ok: true; value: T } | { ok: false; stderr: string; exitCode: number };

export interface CommandDef<T = unknown> {
  name: string;
  /** Usage lines as AIX prints them. */
  synopsis: string;
  /** One line for `help`. */
  summary: string;
  /** Our own manual page (`man <command>`). */
  manual: string;
  /** Installed fileset the command comes with; without it ksh says "not found". */
  fileset?: string;
  /** Trainer meta commands (help, man, reset, lab) are not AIX commands. */
  meta?: boolean;
  parse(args: string[]): Parsed<T>;
  run(ctx: CommandContext, parsed: T): number;
}

export function defineCommand<T>(def: CommandDef<T>): CommandDef<T> {
  return def;
}

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const usage = (stderr: string, exitCode = 1): Parsed<never> => ({ ok: false, stderr, exitCode });
