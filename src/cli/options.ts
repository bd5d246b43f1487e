// Argument parsing and start-state loading for the headless CLI; pure so it can be unit-tested.
import type { SessionState } from '../core/session/api.ts';
import { newSessionState } from '../core/session/session.ts';
import { SCENARIOS } from '../core/scenario/builtins.ts';
import { restoreSessionState } from '../core/session/restore.ts';
import { err, ok, type Result } from '../core/result.ts';

export interface CliOptions {
  scenario: string | null;
  stateFile: string | null;
  json: boolean;
  commands: string[];
}

export const CLI_USAGE = 'Usage: sim [--scenario ID|FILE] [--state FILE] [--json] [-c "command line"]...';

/** The options, or the message to print (the usage for --help). */
export function parseCliArgs(argv: string[]): Result<CliOptions> {
  const o: CliOptions = { scenario: null, stateFile: null, json: false, commands: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : null);
    if (a === '--json') o.json = true;
    else if (a === '--scenario' || a === '--state' || a === '-c') {
      const v = value();
      if (v === null) return err(`sim: ${a} needs a value\n${CLI_USAGE}`);
      if (a === '--scenario') o.scenario = v;
      else if (a === '--state') o.stateFile = v;
      else o.commands.push(v);
    } else if (a === '-h' || a === '--help') return err(CLI_USAGE);
    else return err(`sim: unknown argument ${a}\n${CLI_USAGE}`);
  }
  return ok(o);
}

/**
 * Start state: --state FILE when it exists (else it is created at the end), otherwise --scenario:
 * a built-in id, or a file holding a saved session.
 */
export type Loaded = Result<{ state: SessionState; repaired: string[] }>;

export function loadInitialState(o: CliOptions, read: (path: string) => string | null): Loaded {
  if (o.stateFile) {
    const text = read(o.stateFile);
    if (text !== null) return parseStateText(text, o.stateFile);
  }
  const id = o.scenario ?? 'reference-lab';
  const builtin = newSessionState(id);
  if (builtin) return ok({ state: builtin, repaired: [] });
  const text = read(id);
  if (text === null) {
    return err(`sim: no scenario or file named ${id}. Built-in scenarios: ${SCENARIOS.map((s) => s.id).join(', ')}`);
  }
  return parseStateText(text, id);
}

/** A saved session through the same load gate as the browser's (core/session/restore.ts). */
function parseStateText(text: string, path: string): Loaded {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err(`sim: ${path} is not JSON; it is left as it is.`);
  }
  const r = restoreSessionState(data);
  return r.ok ? ok({ state: r.value.restored, repaired: r.value.repaired }) : err(`sim: ${path}: ${r.error} The file is left as it is.`);
}
