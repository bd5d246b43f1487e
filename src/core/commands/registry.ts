// Every command the console understands, by name. Completion, help and man read this table; the commands
// themselves are listed in list.ts (one line each). Built on first use, so help/man (which list the table)
// can import it without an import cycle.
import type { CommandDef } from './types.ts';
import * as listed from './list.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each command has its own parsed type
export type AnyCommand = CommandDef<any>;

let table: Record<string, AnyCommand> | null = null;

export function allCommands(): Record<string, AnyCommand> {
  table ??= Object.fromEntries((Object.values(listed) as AnyCommand[]).map((c) => [c.name, c]));
  return table;
}

export function lookupCommand(name: string): AnyCommand | null {
  const t = allCommands();
  return Object.prototype.hasOwnProperty.call(t, name) ? t[name] : null;
}
