// Acceptance 1 of issue 16, per command: a command with a case in cases.ts is previewed with that line; any
// other command of the registry with its bare name, and that preview must equal a real run too (so adding a
// command stays one file, one test file and one registry line). For a state-changing command the preview of its line equals the
// diff of actually running that line on a copy of the lab (changes, warnings, output, exit code and the
// snapshot after), and it does change something; a read-only command's preview changes nothing; trainer
// commands and SMIT are not previewed. After every preview the real state is deep-equal to before.
import { describe, expect, it } from 'vitest';
import { allCommands } from '../commands/registry.ts';
import { clonePlain } from '../model/clone.ts';
import type { SessionState } from '../session/api.ts';
import { project } from '../session/project.ts';
import { createSession, PROMPT } from '../session/session.ts';
import { lab } from '../testing/lab.ts';
import { COMMAND_CASES } from './cases.ts';
import { diffSides } from './diff.ts';
import { previewLine } from './preview.ts';
import { previewWarnings } from './warnings.ts';

function stateAfter(scenario: string | undefined, setup: readonly string[] = []): SessionState {
  const s = lab(scenario);
  for (const line of setup) {
    const r = s.exec(line);
    if (r.exitCode !== 0) throw new Error(`setup "${line}" failed: ${r.stderr}`);
  }
  return s.state();
}

/** The line run for real, as the host runs it: a session on the state, exec, and the two sides compared. */
function runForReal(state: SessionState, line: string) {
  const before = { snapshot: project(state, PROMPT, 'shell'), world: clonePlain(state.world) };
  const session = createSession(clonePlain(state));
  const result = session.exec(line);
  const after = { snapshot: session.snapshot(), world: session.world() };
  return { result, after, changes: diffSides(before, after), warnings: previewWarnings({ before, after }) };
}

describe('the preview cases', () => {
  it('name only commands of the registry', () => {
    const registry = allCommands();
    expect(Object.keys(COMMAND_CASES).filter((name) => !(name in registry))).toEqual([]);
  });

  // A command without a case: its bare name, previewed and run for real from the reference lab, agree.
  const uncovered = Object.keys(allCommands()).filter((name) => !(name in COMMAND_CASES));
  it.each(uncovered.length ? uncovered : ['lspv'])('%s (bare name) previews as it runs', (name) => {
    const state = stateAfter(undefined);
    const kept = structuredClone(state);
    const p = previewLine(state, name);
    expect(state).toEqual(kept);
    if (p.kind !== 'preview') return;
    const real = runForReal(state, name);
    expect(p.changes).toEqual(real.changes);
    expect(p.after).toEqual(real.after.snapshot);
    expect({ exitCode: p.exitCode, stderr: p.stderr }).toEqual({ exitCode: real.result.exitCode, stderr: real.result.stderr.slice(0, 4096) });
  });
});

const entries = Object.entries(COMMAND_CASES);

describe('a state-changing command: the preview is the diff of running it for real', () => {
  const changing = entries.flatMap(([name, c]) => ('changes' in c ? [[name, c] as const] : []));
  it.each(changing)('%s', (_name, c) => {
    const state = stateAfter(c.scenario, c.setup);
    const kept = structuredClone(state);
    const p = previewLine(state, c.changes);
    expect(state).toEqual(kept);
    if (p.kind !== 'preview') throw new Error(`no preview: ${p.text}`);
    const real = runForReal(state, c.changes);
    expect(p.changes.length).toBeGreaterThan(0);
    expect(p.changes).toEqual(real.changes);
    expect(p.warnings).toEqual(real.warnings);
    expect(p.after).toEqual(real.after.snapshot);
    expect({ exitCode: p.exitCode, stderr: p.stderr, durationMs: p.durationMs }).toEqual({
      exitCode: real.result.exitCode,
      stderr: real.result.stderr.slice(0, 4096),
      durationMs: real.result.durationMs,
    });
    expect(p.exitCode).toBe(0);
  });
});

describe('a read-only command changes nothing', () => {
  const readOnly = entries.flatMap(([name, c]) => ('readOnly' in c ? [[name, c] as const] : []));
  it.each(readOnly)('%s', (_name, c) => {
    const state = stateAfter(c.scenario, c.setup);
    const kept = structuredClone(state);
    const p = previewLine(state, c.readOnly);
    expect(state).toEqual(kept);
    expect(p.kind).toBe('preview');
    if (p.kind === 'preview') expect(p.changes).toEqual([]);
  });
});

describe('trainer commands and SMIT are not previewed', () => {
  const none = entries.flatMap(([name, c]) => ('none' in c ? [[name, c.none] as const] : []));
  it.each(none)('%s', (name, reason) => {
    const state = stateAfter(undefined);
    expect(previewLine(state, name)).toMatchObject({ kind: 'none', reason });
    expect(previewLine(state, `lspv && ${name}`)).toMatchObject({ kind: 'none', reason });
  });
});
