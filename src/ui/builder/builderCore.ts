// The core parts the builder dialog needs, in one lazily loaded chunk (not needed before the first command).
import { checkCustomLesson, proposeSpecs, type CustomLessonSpec } from '../../core/lessons/custom.ts';
import { checkSpec, describeSpec, type ObjectiveSpec } from '../../core/lessons/vocabulary.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { buildSession, builderLink, builderScenarios, compileBuilder, type BuilderState } from '../../core/scenario/builder.ts';
import { findScenario } from '../../core/scenario/builtins.ts';
import { createSession } from '../../core/session/session.ts';

export { buildSession, builderLink, builderScenarios };

export function scenarioText(id: string): string {
  return findScenario(id)?.description ?? '';
}

/** An objective field as words, or why it cannot be read. */
export function readSpecText(text: string): string {
  const s = parseSpec(text);
  return s.ok ? describeSpec(s.value) : s.error;
}

function parseSpec(text: string): Result<ObjectiveSpec> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return err('Not JSON: write it like {"bootlistFirst": "hdisk1"}.');
  }
  return checkSpec(v);
}

export function readLesson(title: string, fields: readonly string[]): Result<CustomLessonSpec> {
  const specs: unknown[] = [];
  for (const f of fields) {
    const s = parseSpec(f);
    if (!s.ok) return err(`Objective ${specs.length + 1}: ${s.error}`);
    specs.push(s.value);
  }
  return checkCustomLesson({ title, objectives: specs });
}

/** Objectives proposed from the state the author's solution ends in, on the builder's start lab. */
export function proposeFrom(b: BuilderState, lines: readonly string[]): Result<ObjectiveSpec[]> {
  const built = buildSession(b);
  if (!built.ok) return built;
  const session = createSession(built.value);
  const own = lines.map((l) => l.trim()).filter((l) => l !== '').slice(0, 50);
  for (const l of own) session.exec(l);
  return ok(proposeSpecs(session.snapshot()).slice(0, 12));
}

export { compileBuilder };
export { builderFileText, readBuilderFile } from '../../core/scenario/builderFile.ts';
export { DEFAULT_SERVER, SERVER_LEVELS } from '../../core/scenario/serverForm.ts';

/** What the form builds, in a few words, or what is wrong with it. */
export function formCheck(b: BuilderState): { ok: boolean; text: string } {
  const c = compileBuilder(b);
  if (!c.ok) return { ok: false, text: c.error };
  if (c.value.steps.some((l) => !l.startsWith('lab ') && l !== 'cfgmgr')) {
    // A setup step that is a real command (a clone) can fail on this start: run it to know.
    const built = buildSession(b);
    if (!built.ok) return { ok: false, text: built.error };
  }
  const start = c.value.twin ? `${c.value.twin.facts.hostname} on AIX ${c.value.twin.facts.level}` : (findScenario(b.scenario)?.title ?? b.scenario);
  return { ok: true, text: `Ready: ${start}, ${c.value.steps.length} setup step${c.value.steps.length === 1 ? '' : 's'}.` };
}
