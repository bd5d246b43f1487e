// Reads the page address into an OpenRequest: ?speed=instant|1x|10x, ?lab=<id> (a saved lab),
// ?scenario=<id>, ?lesson=<id> (which brings its own scenario unless ?scenario= is given), ?fresh=1,
// ?exam=1 (the exam: a new lab of its scenario unless ?lab= names the exam's lab),
// #s=<payload>. A scenario, a lesson or a link opens a NEW lab; ?lab= alone reopens a saved one (and a
// ?lesson= beside it only says which lesson that lab is for). Pure (takes the search and hash strings).
import { lessonScenario } from '../lessons/scenarios.ts';
import type { OpenRequest, Speed } from '../protocol/index.ts';
import { EXAM_SCENARIO } from './exam/examIds.ts';

export const SPEEDS: readonly Speed[] = ['1x', '10x', 'instant'];
export const DEFAULT_SPEED: Speed = '1x';

export function isSpeed(value: unknown): value is Speed {
  return typeof value === 'string' && (SPEEDS as readonly string[]).includes(value);
}

export interface PageParams {
  request: OpenRequest;
  /** ?lesson=<id>: the lesson the side panel opens (an unknown id is shown as such, with the picker). */
  lesson: string | null;
  /** ?exam=1: the lab is an exam (no hints, no solution, no undo; the Lesson tab shows the exam). */
  exam: boolean;
}

export function readPageParams(search: string, hash: string): PageParams {
  const query = new URLSearchParams(search);
  const speedParam = query.get('speed');
  const speed: Speed = isSpeed(speedParam) ? speedParam : DEFAULT_SPEED;
  const request: OpenRequest = { speed };
  const lesson = query.get('lesson') || null;
  const lab = query.get('lab') || null;
  const exam = query.get('exam') === '1';
  if (lab) request.lab = lab;
  // Beside ?lab= the lesson is the lab's own: it does not start a new lab of the lesson's scenario.
  const scenario = query.get('scenario') || (exam && !lab ? EXAM_SCENARIO : null) || (lesson && !lab ? lessonScenario(lesson) : null);
  if (scenario) request.scenario = scenario;
  if (lesson && !lab && !exam) request.lesson = lesson;
  if (query.get('fresh') === '1') request.fresh = true;
  const shared = readHashPayload(hash);
  if (shared) request.shared = shared;
  return { request, lesson: exam ? null : lesson, exam };
}

/** The `s=` value of a `#s=<payload>` fragment (other fragment keys are ignored). */
export function readHashPayload(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment) return null;
  for (const part of fragment.split('&')) {
    if (part.startsWith('s=')) {
      const value = part.slice(2);
      return value.length > 0 ? value : null;
    }
  }
  return null;
}
