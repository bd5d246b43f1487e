// The exam: one assessed, hint-free run of a realistic change, judged item by item like a lesson's
// objectives (predicates over the state, the command history and what the learner saw), with feedback for
// a pass and for a fail. Pure. The exam itself is data (src/lessons/exam.ts); the page runs stepExam after
// every finished command and scoreExam when the learner finishes.
//
// Semantics: an item is passed once it has been met after some command of the run (an exam judges what
// was done, so a later step that moves the state on does not take a pass back), unless a mistake spoiled
// it first: `spoils` is checked after every command and, once true, fails the item for good (rebooting
// with the clone awake spoils "boot the updated clone", however the learner recovers afterwards).
import type { SimSnapshot } from '../session/snapshot.ts';
import type { Seen, Track } from './types.ts';

export interface ExamItem {
  /** Stable id, unique in the exam: the page's `data-testid="exam.item.<id>"`. */
  id: string;
  /** The part of the change it assesses, in a few words ("Pre-check: the disks"). */
  title: string;
  /** Feedback when passed: what was right and why it matters. */
  pass: string;
  /** Feedback when failed: what was expected, with the command that does it. */
  fail: string;
  /** Met now? Judged after every command of the run; once met it stays passed. */
  met(snapshot: SimSnapshot, history: readonly string[], seen: readonly Seen[]): boolean;
  /** Counts only once the item with this id (an earlier one) has passed. */
  after?: string;
  /** A mistake that fails the item for good once it happens (checked after every command, before `met`). */
  spoils?(snapshot: SimSnapshot, history: readonly string[], seen: readonly Seen[]): boolean;
  /** Feedback when spoiled (instead of `fail`). */
  spoiled?: string;
}

export interface Exam {
  id: string;
  title: string;
  /** Built-in scenario the exam's new lab starts from. */
  scenario: string;
  /** The brief the learner reads: the change to make, without the commands. Paragraphs split by a blank line. */
  brief: string;
  items: ExamItem[];
  /** The model answer: the lines that pass every item from a fresh lab (proved by the exam test). */
  solution: string[];
  /** Tracks whose knowledge questions come after the practical part, in order. */
  quizTracks: readonly Track[];
}

/** What the run has earned so far (stored with the exam run). */
export interface ExamProgress {
  met: string[];
  spoiled: string[];
}

export const NO_PROGRESS: ExamProgress = { met: [], spoiled: [] };

/** The progress after one more command (the same object when nothing changed). */
export function stepExam(exam: Exam, progress: ExamProgress, snapshot: SimSnapshot, history: readonly string[], seen: readonly Seen[]): ExamProgress {
  const met = new Set(progress.met);
  const spoiled = new Set(progress.spoiled);
  for (const item of exam.items) {
    if (met.has(item.id) || spoiled.has(item.id)) continue;
    if (item.spoils && safely(() => item.spoils!(snapshot, history, seen))) {
      spoiled.add(item.id);
      continue;
    }
    if (item.after && !met.has(item.after)) continue;
    if (safely(() => item.met(snapshot, history, seen))) met.add(item.id);
  }
  if (met.size === progress.met.length && spoiled.size === progress.spoiled.length) return progress;
  return { met: exam.items.filter((i) => met.has(i.id)).map((i) => i.id), spoiled: exam.items.filter((i) => spoiled.has(i.id)).map((i) => i.id) };
}

export interface ItemResult {
  id: string;
  title: string;
  passed: boolean;
  feedback: string;
}

export interface ExamScore {
  items: ItemResult[];
  passed: number;
  total: number;
  /** Whole percent, rounded down (100 only when every item passed). */
  percent: number;
}

export function scoreExam(exam: Exam, progress: ExamProgress): ExamScore {
  const items = exam.items.map((item): ItemResult => {
    const passed = progress.met.includes(item.id) && !progress.spoiled.includes(item.id);
    const feedback = passed ? item.pass : progress.spoiled.includes(item.id) ? (item.spoiled ?? item.fail) : item.fail;
    return { id: item.id, title: item.title, passed, feedback };
  });
  const passed = items.filter((i) => i.passed).length;
  const total = items.length;
  return { items, passed, total, percent: total === 0 ? 0 : Math.floor((passed * 100) / total) };
}

/** Reads stored progress back, keeping only ids the exam has (stored text is not trusted). */
export function parseProgress(exam: Exam, value: unknown): ExamProgress {
  if (!value || typeof value !== 'object') return NO_PROGRESS;
  const v = value as Partial<Record<keyof ExamProgress, unknown>>;
  const ids = new Set(exam.items.map((i) => i.id));
  const pick = (list: unknown) => (Array.isArray(list) ? [...new Set(list.filter((x): x is string => typeof x === 'string' && ids.has(x)))] : []);
  return { met: pick(v.met), spoiled: pick(v.spoiled) };
}

function safely(f: () => boolean): boolean {
  try {
    return f() === true;
  } catch {
    return false;
  }
}
