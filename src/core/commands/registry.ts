// Every command the console understands, by name. Completion, help and man read this table.
// Built on first use, so help/man (which list the table) can import it without an import cycle.
import type { CommandDef } from './types.ts';
import { alt_disk_copy } from './alt_disk_copy.ts';
import { alt_rootvg_op } from './alt_rootvg_op.ts';
import { bootlist } from './bootlist.ts';
import { clear } from './clear.ts';
import { echo } from './echo.ts';
import { help } from './help.ts';
import { history } from './history.ts';
import { lspv } from './lspv.ts';
import { lsvg } from './lsvg.ts';
import { man } from './man.ts';
import { oslevel } from './oslevel.ts';
import { reset } from './reset.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each command has its own parsed type
export type AnyCommand = CommandDef<any>;

let table: Record<string, AnyCommand> | null = null;

export function allCommands(): Record<string, AnyCommand> {
  table ??= Object.fromEntries(
    ([alt_disk_copy, alt_rootvg_op, bootlist, clear, echo, help, history, lspv, lsvg, man, oslevel, reset] as AnyCommand[]).map((c) => [c.name, c]),
  );
  return table;
}

export function lookupCommand(name: string): AnyCommand | null {
  const t = allCommands();
  return Object.prototype.hasOwnProperty.call(t, name) ? t[name] : null;
}
