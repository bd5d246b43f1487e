// A custom lesson: a title and objectives in the vocabulary (vocabulary.ts), made in the builder and
// carried in a share link. checkCustomLesson validates an untrusted one; compileCustomLesson makes a
// Lesson (types.ts) the checker and the lesson panel use exactly like a built-in one. proposeSpecs
// derives candidate objectives from a snapshot ("propose from end state").
import type { LifecycleStateOrGroup } from '../lifecycle/index.ts';
import { err, ok, type Result } from '../result.ts';
import type { SimSnapshot } from '../session/snapshot.ts';
import { bootedDisk, bootlistFirst, consoleView, hangDeadEnd, isRunning } from './checker.ts';
import type { Lesson } from './types.ts';
import { checkSpec, compileObjective, describeSpec, type ObjectiveSpec } from './vocabulary.ts';

export interface CustomLessonSpec {
  title: string;
  objectives: ObjectiveSpec[];
}

/** The id a custom lesson has in the page and in links (`lesson.id`). */
export const CUSTOM_LESSON_ID = 'custom';

export const CUSTOM_LIMITS = { maxTitleChars: 80, maxObjectives: 12 } as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates an untrusted custom lesson; a clean copy, or why not in plain words. */
export function checkCustomLesson(value: unknown): Result<CustomLessonSpec> {
  const no = (error: string): Result<CustomLessonSpec> => err(error);
  if (!isRecord(value)) return no('The custom lesson is not a record.');
  if (Object.keys(value).some((k) => k !== 'title' && k !== 'objectives')) return no('The custom lesson has keys the trainer does not know.');
  const { title, objectives } = value;
  // eslint-disable-next-line no-control-regex
  if (typeof title !== 'string' || title.trim() === '' || title.length > CUSTOM_LIMITS.maxTitleChars || /[\u0000-\u001f\u007f]/.test(title)) {
    return no(`The custom lesson needs a title of 1 to ${CUSTOM_LIMITS.maxTitleChars} characters on one line.`);
  }
  if (!Array.isArray(objectives) || objectives.length === 0 || objectives.length > CUSTOM_LIMITS.maxObjectives) {
    return no(`The custom lesson needs 1 to ${CUSTOM_LIMITS.maxObjectives} objectives.`);
  }
  const clean: ObjectiveSpec[] = [];
  for (let i = 0; i < objectives.length; i++) {
    const c = checkSpec(objectives[i]);
    if (!c.ok) return no(`Objective ${i + 1}: ${c.error}`);
    clean.push(c.value);
  }
  return ok({ title: title.trim(), objectives: clean });
}

/** The Lesson for a checked custom lesson on `scenario`. Objectives are `o1`, `o2`…, checked live, in any order. */
export function compileCustomLesson(spec: CustomLessonSpec, scenario: string): Lesson {
  return {
    id: CUSTOM_LESSON_ID,
    title: spec.title,
    summary: `A lesson made in the scenario builder: ${spec.objectives.length} objective${spec.objectives.length === 1 ? '' : 's'}.`,
    track: 'advanced',
    scenario,
    intro: `This lesson was made with the scenario builder and shared by link. Reach the state its objectives describe:\n\n${spec.objectives.map((o) => `- ${describeSpec(o)}`).join('\n')}`,
    objectives: spec.objectives.map((o, i) => compileObjective(`o${i + 1}`, o)),
    solution: [],
    deadEnd: (s) => hangDeadEnd(s),
    negatives: [],
  };
}

/** Candidate objectives from a snapshot: each disk's role, the bootlist's first disk, the boot disk, the lifecycle state. */
export function proposeSpecs(s: SimSnapshot): ObjectiveSpec[] {
  const out: ObjectiveSpec[] = [];
  const host = consoleView(s);
  if (host && isRunning(s)) {
    for (const d of host.disks) {
      if (!d.name || d.role === 'other') continue;
      out.push(d.role === 'altinst_rootvg' || d.role === 'old_rootvg' ? { disk: d.name, role: d.role, awake: d.awake } : { disk: d.name, role: d.role });
    }
    const first = bootlistFirst(s);
    if (first) out.push({ bootlistFirst: first });
    const booted = bootedDisk(s)?.name;
    if (booted) out.push({ bootedFrom: booted });
  }
  out.push({ lifecycle: s.lifecycle.state as LifecycleStateOrGroup });
  return out;
}
