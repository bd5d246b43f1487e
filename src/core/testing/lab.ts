// The test set-up every command and engine test used to copy: a session on a built-in scenario and a
// line run on it, with its output under short names. Platform-free (no vitest here), so it is part of
// the pure program; a broken invariant after a checked line throws, which fails the calling test.
import type { CommandDef } from '../commands/types.ts';
import { checkInvariants } from '../model/invariants.ts';
import { consoleHost } from '../model/select.ts';
import type { Host, World } from '../model/types.ts';
import type { Session } from '../session/api.ts';
import type { ExecResult } from '../session/types.ts';
import { createSession, newSessionState } from '../session/session.ts';

export type Lab = Session;

/** A fresh session on a built-in scenario (the reference lab unless named); `mutate` edits its start world first. */
export function lab(scenario = 'reference-lab', mutate?: (world: World) => void): Lab {
  const state = newSessionState(scenario);
  if (!state) throw new Error(`no built-in scenario ${scenario}`);
  if (mutate) {
    mutate(state.world);
    state.start = structuredClone(state.world);
  }
  return createSession(state);
}

/** A fresh lab on which `lines` have run, in order (their results are not looked at). */
export function labAfter(lines: readonly string[], scenario = 'reference-lab'): Lab {
  const s = lab(scenario);
  for (const line of lines) s.exec(line);
  return s;
}

/** A scenario's start world with no session around it, and its console host: for tests that call the engine. */
export function worldLab(scenario = 'reference-lab'): { world: World; host: Host } {
  const state = newSessionState(scenario);
  if (!state) throw new Error(`no built-in scenario ${scenario}`);
  return { world: state.world, host: consoleHost(state.world) };
}

export interface Ran {
  out: string;
  err: string;
  code: number;
}

/** Runs one line and returns what it printed and its exit code. */
export function run(s: Lab, line: string): Ran {
  const r = s.exec(line);
  return { out: r.stdout, err: r.stderr, code: r.exitCode };
}

/** Runs one line and returns exec's own result; throws when the line hit a bug ("internal error") or broke
 *  the world's invariants (model/invariants.ts). */
export function execChecked(s: Lab, line: string): ExecResult {
  const r = s.exec(line);
  if (r.stderr.includes('internal error')) throw new Error(`"${line}" hit an internal error: ${r.stderr}`);
  const broken = checkInvariants(s.world());
  if (broken.length) throw new Error(`after "${line}": ${broken.join('; ')}`);
  return r;
}

/** Like run, checked as execChecked. */
export function runChecked(s: Lab, line: string): Ran {
  const r = execChecked(s, line);
  return { out: r.stdout, err: r.stderr, code: r.exitCode };
}

/** Runs lines in order on a fresh reference lab and returns the last one's result (exec's own shape). */
export function lastOf(...lines: string[]): ExecResult {
  const s = lab();
  let r = s.exec(lines[0]);
  for (const l of lines.slice(1)) r = s.exec(l);
  return r;
}

/** A parse table row: the words, then `null` for a parse that succeeds, or the usage error's stderr and exit code. */
export type ParseRow = readonly [args: string[], stderr: string | null, exitCode?: number];

/** The rows `parse` does not answer as they say, each with what it answered; empty when every row holds. */
export function parseMismatches(cmd: Pick<CommandDef, 'parse'>, rows: readonly ParseRow[]): string[] {
  return rows.flatMap(([args, stderr, exitCode = 1]) => {
    const p = cmd.parse(args);
    const holds = stderr === null ? p.ok : !p.ok && p.error.stderr === stderr && p.error.exitCode === exitCode;
    const want = stderr === null ? 'ok' : JSON.stringify({ stderr, exitCode });
    return holds ? [] : [`${JSON.stringify(args)}: ${JSON.stringify(p.ok ? 'ok' : p.error)}, not ${want}`];
  });
}
