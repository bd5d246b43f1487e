// Argument parsing and start-state loading for the headless CLI; pure so it can be unit-tested.
import type { SessionState } from '../core/session/api.ts';
import { newSessionState } from '../core/session/session.ts';
import { SCENARIOS } from '../core/scenario/builtins.ts';
import { restoreSessionState } from '../core/session/restore.ts';

export interface CliOptions {
  scenario: string | null;
  stateFile: string | null;
  json: boolean;
  commands: string[];
}

export const CLI_USAGE = 'Usage: sim [--scenario ID|FILE] [--state FILE] [--json] [-c "command line"]...';

export function parseCliArgs(argv: string[]): { ok: true; options: CliOptions } | { ok: false; message: string } {
  const o: CliOptions = { scenario: null, stateFile: null, json: false, commands: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : null);
    if (a === '--json') o.json = true;
    else if (a === '--scenario' || a === '--state' || a === '-c') {
      const v = value();
      if (v === null) return { ok: false, message: `sim: ${a} needs a value\n${CLI_USAGE}` };
      if (a === '--scenario') o.scenario = v;
      else if (a === '--state') o.stateFile = v;
      else o.commands.push(v);
    } else if (a === '-h' || a === '--help') return { ok: false, message: CLI_USAGE };
    else return { ok: false, message: `sim: unknown argument ${a}\n${CLI_USAGE}` };
  }
  return { ok: true, options: o };
}

/**
 * Start state: --state FILE when it exists (else it is created at the end), otherwise --scenario:
 * a built-in id, or a file holding a saved session.
 */
export type Loaded = { ok: true; state: SessionState; repaired: string[] } | { ok: false; message: string };

export function loadInitialState(o: CliOptions, read: (path: string) => string | null): Loaded {
  if (o.stateFile) {
    const text = read(o.stateFile);
    if (text !== null) return parseStateText(text, o.stateFile);
  }
  const id = o.scenario ?? 'reference-lab';
  const builtin = newSessionState(id);
  if (builtin) return { ok: true, state: builtin, repaired: [] };
  const text = read(id);
  if (text === null) {
    return { ok: false, message: `sim: no scenario or file named ${id}. Built-in scenarios: ${SCENARIOS.map((s) => s.id).join(', ')}` };
  }
  return parseStateText(text, id);
}

/** A saved session through the same load gate as the browser's (core/session/restore.ts). */
function parseStateText(text: string, path: string): Loaded {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: `sim: ${path} is not JSON; it is left as it is.` };
  }
  const r = restoreSessionState(data);
  return r.ok ? { ok: true, state: r.value, repaired: r.repaired } : { ok: false, message: `sim: ${path}: ${r.error} The file is left as it is.` };
}
