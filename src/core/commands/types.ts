// The shape of every command: one file per AIX command declares its synopsis, a pure parser that
// returns a usage error instead of throwing, the run step, and our own manual page.
import type { CommandContext } from '../engine/context.ts';
import { err, ok, type Result } from '../result.ts';
import type { Options } from '../shell/getopt.ts';
import { checkFlags, type FlagDeclaration, type UsageError } from './lib/flags.ts';

export type { CommandContext, FlagDeclaration, UsageError };

/** A parse: the command's arguments, or the usage error it prints (core's one Result). */
export type Parsed<T> = Result<T, UsageError>;

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
  /** The flags and operands, when the command declares them (checked by lib/flags.ts before its parse). */
  flags?: FlagDeclaration;
  parse(args: string[]): Parsed<T>;
  run(ctx: CommandContext, parsed: T): number;
}

/** A command that declares its flags: its parse receives options already checked against the declaration. */
export interface DeclaredCommandDef<T> extends Omit<CommandDef<T>, 'parse' | 'flags'> {
  flags: FlagDeclaration;
  parse(opts: Options): Parsed<T>;
}

export function defineCommand<T>(def: DeclaredCommandDef<T>): CommandDef<T>;
export function defineCommand<T>(def: CommandDef<T>): CommandDef<T>;
export function defineCommand<T>(def: CommandDef<T> | DeclaredCommandDef<T>): CommandDef<T> {
  if (!def.flags) return def as CommandDef<T>;
  const declared = def as DeclaredCommandDef<T>;
  return {
    ...declared,
    parse(args: string[]): Parsed<T> {
      const r = checkFlags(declared.name, declared.flags, args);
      return r.ok ? declared.parse(r.value) : r;
    },
  };
}

/** A parse that succeeded: core's Result ok, so commands use one `ok` for both. */
export { ok };
/** A parse that failed: what the command prints on stderr and its exit code. */
export const usage = (stderr: string, exitCode = 1): Parsed<never> => err({ stderr, exitCode });

/** A usage error as the shell writes it: its text ending in one newline. */
export const usageText = ({ stderr }: UsageError): string => (stderr.endsWith('\n') ? stderr : stderr + '\n');

/** Writes a usage error (stderr, then any stdout part) and answers its exit code. */
export function printUsageError(e: UsageError, writeErr: (text: string) => void, writeOut: (text: string) => void): number {
  if (e.stderr) writeErr(usageText(e));
  if (e.stdout) writeOut(e.stdout);
  return e.exitCode;
}
