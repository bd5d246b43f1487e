// Course progress, pure: per lesson whether it was finished, the highest hint rung used (kept apart from
// completion), the commands the finishing run took against the lesson's "par" (its solution's length)
// and when it was last opened. The store (progressStore.ts) keeps it in IndexedDB; export and import go
// through a JSON file that is validated before anything is replaced.
import { err, ok, type Result } from '../../core/result.ts';

export const PROGRESS_FORMAT = 'altdisk-course-progress';
export const PROGRESS_VERSION = 1;
/** An import file larger than this is refused unread (a real one is a few kilobytes). */
export const MAX_PROGRESS_BYTES = 256 * 1024;
const MAX_LESSONS = 500;
const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export interface LessonProgress {
  done: boolean;
  /** The highest hint rung shown in this lesson (0: none; the last rung is the solution). */
  hints: number;
  /** Commands the best finishing run took (null while not done). */
  commands: number | null;
  /** The lesson's par: how many lines its solution has. */
  par: number;
  /** When it was last opened (ms since the epoch; 0 when never). */
  lastOpened: number;
  /** Steps taken back with undo in this lesson (counted like hints, apart from completion). */
  undos?: number;
}

export interface CourseProgress {
  lessons: Record<string, LessonProgress>;
}

export const EMPTY_PROGRESS: CourseProgress = { lessons: {} };

function entry(p: CourseProgress, id: string, par: number): LessonProgress {
  return p.lessons[id] ?? { done: false, hints: 0, commands: null, par, lastOpened: 0 };
}

function withEntry(p: CourseProgress, id: string, next: LessonProgress): CourseProgress {
  return { lessons: { ...p.lessons, [id]: next } };
}

/** The lesson was opened now. */
export function markOpened(p: CourseProgress, id: string, par: number, now: number): CourseProgress {
  const e = entry(p, id, par);
  return withEntry(p, id, { ...e, par, lastOpened: Math.max(e.lastOpened, now) });
}

/** A hint rung (1-based) was shown: the highest one is kept. The same object when nothing changes. */
export function markHint(p: CourseProgress, id: string, par: number, rung: number): CourseProgress {
  const e = entry(p, id, par);
  if (rung <= e.hints) return p;
  return withEntry(p, id, { ...e, par, hints: rung });
}

/** A step was taken back (undo) in the lesson. */
export function markUndo(p: CourseProgress, id: string, par: number): CourseProgress {
  const e = entry(p, id, par);
  return withEntry(p, id, { ...e, undos: (e.undos ?? 0) + 1 });
}

/** The lesson was finished with `commands` lines: done for good, the best count kept. */
export function markDone(p: CourseProgress, id: string, par: number, commands: number): CourseProgress {
  const e = entry(p, id, par);
  const best = e.commands === null ? commands : Math.min(e.commands, commands);
  if (e.done && best === e.commands && e.par === par) return p;
  return withEntry(p, id, { ...e, par, done: true, commands: best });
}

/**
 * Where "Continue where you left off" goes: the lesson opened last when it is not done, else the first
 * lesson in course order that is not done; null when every lesson is done.
 */
export function continueTarget(p: CourseProgress, order: readonly string[]): string | null {
  let last: string | null = null;
  let when = 0;
  for (const id of order) {
    const e = p.lessons[id];
    if (e && !e.done && e.lastOpened > when) {
      last = id;
      when = e.lastOpened;
    }
  }
  return last ?? order.find((id) => !p.lessons[id]?.done) ?? null;
}

export interface CourseSummary {
  total: number;
  done: number;
  /** Lessons finished without any hint. */
  unaided: number;
  /** Hint rungs shown, summed over the lessons. */
  hints: number;
  /** Lessons finished in no more commands than their par. */
  atPar: number;
  commands: number;
  par: number;
  complete: boolean;
}

export function summarize(p: CourseProgress, order: readonly string[]): CourseSummary {
  const s: CourseSummary = { total: order.length, done: 0, unaided: 0, hints: 0, atPar: 0, commands: 0, par: 0, complete: false };
  for (const id of order) {
    const e = p.lessons[id];
    if (!e) continue;
    s.hints += e.hints;
    if (!e.done) continue;
    s.done += 1;
    if (e.hints === 0) s.unaided += 1;
    if (e.commands !== null) {
      s.commands += e.commands;
      s.par += e.par;
      if (e.commands <= e.par) s.atPar += 1;
    }
  }
  s.complete = order.length > 0 && s.done === order.length;
  return s;
}

/** The file "Export progress" saves. */
export function exportProgress(p: CourseProgress, now: number): string {
  return `${JSON.stringify({ format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exported: new Date(now).toISOString(), lessons: p.lessons }, null, 2)}\n`;
}

export type ParsedProgress = Result<CourseProgress>;

const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e6;

/** Reads an exported file. Anything unexpected refuses the whole file, with a reason a person can act on. */
export function parseProgress(text: string): ParsedProgress {
  if (text.length > MAX_PROGRESS_BYTES) return err(`The file is too large (${text.length} characters) to be exported progress.`);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return err('The file is not JSON, so it is not exported progress.');
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return err('The file holds no progress object.');
  const o = v as Record<string, unknown>;
  if (o.format !== PROGRESS_FORMAT) return err(`The file is not progress exported by this trainer (no "format": "${PROGRESS_FORMAT}").`);
  if (o.version !== PROGRESS_VERSION) return err(`The file is version ${String(o.version)}; this trainer reads version ${PROGRESS_VERSION}.`);
  const lessons = o.lessons;
  if (!lessons || typeof lessons !== 'object' || Array.isArray(lessons)) return err('The file has no "lessons" object.');
  const ids = Object.keys(lessons);
  if (ids.length > MAX_LESSONS) return err(`The file lists ${ids.length} lessons, more than a course can hold.`);
  const out: Record<string, LessonProgress> = {};
  for (const id of ids) {
    if (!LESSON_ID.test(id)) return err(`“${id.slice(0, 40)}” is not a lesson id.`);
    const e = (lessons as Record<string, unknown>)[id];
    if (!e || typeof e !== 'object') return err(`The entry of lesson ${id} is not an object.`);
    const r = e as Record<string, unknown>;
    if (typeof r.done !== 'boolean') return err(`Lesson ${id}: "done" must be true or false.`);
    if (!count(r.hints)) return err(`Lesson ${id}: "hints" must be a whole number.`);
    if (r.commands !== null && !count(r.commands)) return err(`Lesson ${id}: "commands" must be a whole number or null.`);
    if (!count(r.par)) return err(`Lesson ${id}: "par" must be a whole number.`);
    if (typeof r.lastOpened !== 'number' || !Number.isFinite(r.lastOpened) || r.lastOpened < 0) return err(`Lesson ${id}: "lastOpened" must be a time.`);
    if (r.done && r.commands === null) return err(`Lesson ${id} is done but says no command count.`);
    if (r.undos !== undefined && !count(r.undos)) return err(`Lesson ${id}: "undos" must be a whole number.`);
    out[id] = { done: r.done, hints: r.hints, commands: r.commands as number | null, par: r.par, lastOpened: r.lastOpened, ...(r.undos ? { undos: r.undos } : {}) };
  }
  return ok({ lessons: out });
}

/** Imported progress joined to what is here: done stays done, the highest hint and the best count win. */
export function mergeProgress(here: CourseProgress, imported: CourseProgress): CourseProgress {
  const lessons = { ...here.lessons };
  for (const [id, b] of Object.entries(imported.lessons)) {
    const a = lessons[id];
    if (!a) {
      lessons[id] = b;
      continue;
    }
    const commands = a.commands === null ? b.commands : b.commands === null ? a.commands : Math.min(a.commands, b.commands);
    const undos = Math.max(a.undos ?? 0, b.undos ?? 0);
    lessons[id] = { done: a.done || b.done, hints: Math.max(a.hints, b.hints), commands, par: a.par, lastOpened: Math.max(a.lastOpened, b.lastOpened), ...(undos ? { undos } : {}) };
  }
  return { lessons };
}
