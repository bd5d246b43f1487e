// A shared link made mid-lesson (core/scenario/link.ts `lesson`): the sender's page adds the lesson run
// to the link the simulator made; the receiver's page reads it back, checked against the lesson index,
// and, once the link's lab has opened, starts the same lesson run on it: the same start in the command
// history, the same kept objectives, and what the learner saw of the run's lines (taken from the
// replay's own output, never from the link). Pure; its own chunk, loaded only on Share or for a link.
import type { Seen } from '../../core/lessons/types.ts';
import { decodeLink, encodeLink, type LinkLesson, type LinkOptions, type LinkPayload } from '../../core/scenario/link.ts';
import { lessonScenario } from '../../lessons/scenarios.ts';
import type { OpenResult, TerminalLine } from '../../protocol/index.ts';
import type { LessonRun } from '../lessons/run.ts';
import { storeCustomLesson } from '../lessons/customLesson.ts';

/** The lesson index: a link may name only a lesson this trainer has, on the lab that lesson is written for. */
export const LESSON_OPTIONS: LinkOptions = { isLesson: (id, scenario) => lessonScenario(id) === scenario };

/** What the page knows of the open lesson run when Share is pressed. */
export interface RunForLink {
  lesson: string;
  historyStart: number;
  kept: readonly string[];
  /** Lines entered in the run (its `seen` outputs), when the page keeps them. */
  outputs?: readonly unknown[];
}

/**
 * The link text with the lesson run added, or the text as it was (and why) when it cannot carry it:
 * the link does not decode, the lesson is not one of this trainer's, or the link would grow too long.
 */
export function addLesson(text: string, run: RunForLink): { text: string; lesson: boolean; note: string | null } {
  const decoded = decodeLink(text);
  if (!decoded.ok) return { text, lesson: false, note: null };
  const payload = decoded.value;
  const lesson: LinkLesson = { id: run.lesson, start: Math.min(run.historyStart, payload.steps.length) };
  if (run.kept.length > 0) lesson.kept = [...new Set(run.kept)];
  const seen = Math.min(run.outputs?.length ?? 0, payload.steps.length);
  if (seen > 0) lesson.seen = seen;
  const encoded = encodeLink({ ...payload, lesson }, LESSON_OPTIONS);
  if (!encoded.ok) return { text, lesson: false, note: `The link holds the lab but not the lesson: ${encoded.error.message}` };
  return { text: encoded.value, lesson: true, note: null };
}

/** A lesson made in the builder that the link carries is stored for the Lesson tab (lessons/customLesson.ts). */
export function keepCustomLesson(link: { lesson: LinkLesson; payload: LinkPayload }): void {
  if (link.lesson.custom) storeCustomLesson(link.payload.scenario, link.lesson.custom);
}

/** The link's lesson run and steps, when it has one this trainer knows; null otherwise (the lab still opens). */
export function readLinkLesson(text: string): { lesson: LinkLesson; payload: LinkPayload } | null {
  const decoded = decodeLink(text, LESSON_OPTIONS);
  if (!decoded.ok || !decoded.value.lesson) return null;
  return { lesson: decoded.value.lesson, payload: decoded.value };
}

/**
 * The scrollback of a replayed link as one entry per step, aligned from the end (a `clear` drops the
 * entries before it): each step's output as the terminal showed it, stdout and stderr in order.
 */
export function stepOutputs(scrollback: readonly TerminalLine[], steps: readonly string[]): (string | null)[] {
  const groups: string[][] = [];
  for (const line of scrollback) {
    if (line.kind === 'input') groups.push([]);
    else if (line.kind !== 'system' && groups.length > 0) groups[groups.length - 1].push(line.text);
  }
  const out: (string | null)[] = steps.map(() => null);
  for (let i = 1; i <= Math.min(groups.length, steps.length); i++) {
    const lines = groups[groups.length - i];
    out[steps.length - i] = lines.length > 0 ? lines.join('\n') + '\n' : '';
  }
  return out;
}

/** The last `count` non-blank steps with their output: what the learner of the run saw. */
export function seenFromReplay(scrollback: readonly TerminalLine[], steps: readonly string[], count: number): Seen[] {
  if (count <= 0) return [];
  const outputs = stepOutputs(scrollback, steps);
  const seen: Seen[] = [];
  for (let i = 0; i < steps.length; i++) {
    const line = steps[i].trim();
    if (line === '') continue;
    // exitCode: the page is not told each replayed line's status; lessons judge readings by their output.
    seen.push({ line, output: outputs[i] ?? '', exitCode: 0 });
  }
  return seen.slice(-count);
}

/**
 * The lesson run the receiver starts on the link's lab, or null when that lab did not open (the link
 * was refused and a saved lab opened instead). `start` past the lab's history is not trusted: the run
 * then starts where the history ends.
 */
export function runFromLink(link: { lesson: LinkLesson; payload: LinkPayload }, opened: Pick<OpenResult, 'history' | 'historyBase' | 'notice' | 'scrollback' | 'lab'>): LessonRun | null {
  if (opened.notice?.code === 'bad-link' || opened.lab.scenario !== link.payload.scenario) return null;
  const historyLength = (opened.historyBase ?? 0) + opened.history.length;
  const start = link.lesson.start <= historyLength ? link.lesson.start : historyLength;
  const run: LessonRun = {
    lesson: link.lesson.id,
    historyStart: start,
    seen: historyLength,
    kept: [...(link.lesson.kept ?? [])],
    inherited: false,
    outputs: seenFromReplay(opened.scrollback, link.payload.steps, link.lesson.seen ?? 0),
  };
  if (!opened.lab.id.startsWith('unsaved-')) run.lab = opened.lab.id;
  return run;
}

/** The address with `lesson=<id>` in its query (kept by the lab address once the lab opens), or null when it has it. */
export function withLessonParam(href: string, lesson: string): string | null {
  const url = new URL(href);
  if (url.searchParams.get('lesson') === lesson) return null;
  url.searchParams.set('lesson', lesson);
  return url.toString();
}
