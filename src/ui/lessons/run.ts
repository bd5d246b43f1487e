// A lesson run on the page: which lesson, where in the lab's history it started, and which `keep`
// objectives it has met. Kept in localStorage beside the lab (the lab itself lives in IndexedDB), so a
// reload carries on where the learner was. Pure: the hook (useLessonRun.ts) does the storing.
import type { Seen } from '../../core/lessons/types.ts';
import type { ExecDone, SimEvent } from '../../protocol/index.ts';

export const RUN_KEY = 'altdisk.lesson.run';

export interface LessonRun {
  lesson: string;
  /** Index in the lab's command history where this run began: earlier lines do not count. */
  historyStart: number;
  /** Length of the lab's history when the run was last saved. A shorter history means another lab. */
  seen: number;
  /** `keep` objectives met so far. */
  kept: string[];
  /** The run began on a lab that already had work in it (opened by address, not started fresh). */
  inherited: boolean;
  /** The saved lab the run is in (absent before there were many labs, or when the host names none). */
  lab?: string;
  /**
   * Every line entered in this run with what it printed (console answers included), oldest first: the
   * `seen` objectives judge readings from. Outputs are trimmed (seenTap.ts); the oldest entries go first
   * past RUN_OUTPUTS_MAX lines or RUN_OUTPUT_CHARS characters, so localStorage stays small.
   */
  outputs: Seen[];
}

export const RUN_OUTPUTS_MAX = 200;
export const RUN_OUTPUT_CHARS = 512 * 1024;

function isSeen(v: unknown): v is Seen {
  if (!v || typeof v !== 'object') return false;
  const s = v as Partial<Seen>;
  return typeof s.line === 'string' && typeof s.output === 'string' && typeof s.exitCode === 'number' && Number.isInteger(s.exitCode);
}

export function parseRun(text: string | null): LessonRun | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object') return null;
    const r = v as Partial<LessonRun>;
    const count = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (typeof r.lesson !== 'string' || !count(r.historyStart) || !count(r.seen) || !Array.isArray(r.kept)) return null;
    if (!r.kept.every((k) => typeof k === 'string') || r.historyStart > r.seen) return null;
    // Runs stored before outputs were kept have none; a damaged list is dropped, not the run.
    const outputs = Array.isArray(r.outputs) && r.outputs.every(isSeen) ? r.outputs.map((o) => ({ line: o.line, output: o.output, exitCode: o.exitCode })) : [];
    const run: LessonRun = { lesson: r.lesson, historyStart: r.historyStart, seen: r.seen, kept: [...r.kept], inherited: r.inherited === true, outputs };
    if (typeof r.lab === 'string') run.lab = r.lab;
    return run;
  } catch {
    return null;
  }
}

/**
 * The run for `lesson` on a lab whose history has `historyLength` lines: the stored one when it is this
 * lesson on this lab (a reload), otherwise a new run that starts now. `fresh`: the lab was just started
 * from its scenario for this lesson. `lab`: the saved lab's id, so a run in another lab never carries over.
 */
export function resumeRun(lesson: string, historyLength: number, stored: LessonRun | null, fresh: boolean, lab?: string): LessonRun {
  const sameLab = !lab || !stored?.lab || stored.lab === lab;
  if (!fresh && stored && sameLab && stored.lesson === lesson && stored.seen <= historyLength) return { ...stored, seen: historyLength, ...(lab ? { lab } : {}) };
  const start = fresh ? 0 : historyLength;
  return { lesson, historyStart: start, seen: historyLength, kept: [], inherited: start > 0, outputs: [], ...(lab ? { lab } : {}) };
}

/**
 * After a command: a `reset` of the lab (answered y) starts the run over; otherwise note the history
 * length and what the line printed (`entered`: null for a blank line, which is no entry).
 */
export function advanceRun(run: LessonRun, historyLength: number, events: readonly SimEvent[], entered: Seen | null = null): LessonRun {
  if (events.some((e) => e.type === 'reset')) return { ...run, historyStart: historyLength, seen: historyLength, kept: [], inherited: false, outputs: [] };
  if (entered && entered.line !== '') return { ...run, seen: historyLength, outputs: boundOutputs([...run.outputs, entered]) };
  return run.seen === historyLength ? run : { ...run, seen: historyLength };
}

/**
 * After a time travel (undo, redo, jump) the lab's history is `historyLength` lines long. Going back by
 * `from - to` steps takes back that many entered lines with their outputs; a run that began after the
 * step travelled to begins there; going forward brings lines back without their outputs (not kept).
 */
export function rewindRun(run: LessonRun, historyLength: number, from: number, to: number): LessonRun {
  const back = Math.max(0, from - to);
  const historyStart = Math.min(run.historyStart, historyLength);
  return { ...run, historyStart, seen: historyLength, outputs: back > 0 ? run.outputs.slice(0, Math.max(0, run.outputs.length - back)) : run.outputs };
}

/** The newest outputs within RUN_OUTPUTS_MAX entries and RUN_OUTPUT_CHARS characters. */
export function boundOutputs(outputs: readonly Seen[]): Seen[] {
  const kept: Seen[] = [];
  let chars = 0;
  for (let i = outputs.length - 1; i >= 0 && kept.length < RUN_OUTPUTS_MAX; i--) {
    chars += outputs[i]!.output.length + outputs[i]!.line.length;
    if (chars > RUN_OUTPUT_CHARS) break;
    kept.push(outputs[i]!);
  }
  return kept.reverse();
}

/** The same run with these kept objectives (the same object when nothing new was kept). */
export function withKept(run: LessonRun, kept: readonly string[]): LessonRun {
  const next = [...new Set([...run.kept, ...kept])];
  return next.length === run.kept.length ? run : { ...run, kept: next };
}

/** The page's copy of the lab's ksh history: `history[i]` is line `base + i` of the lab. */
export interface HistoryMirror {
  history: readonly string[];
  base: number;
}

/**
 * The copy after a finished line, by the session's own rule: the host says what the line added
 * (ExecDone.history: blank lines and answers to a console question add nothing). A reply the page made
 * itself (a refused or travelled `undo`) carries none and leaves the history as it was. `length`: lines
 * since the lab began, where a run's positions count from.
 */
export function historyAfterDone(lab: HistoryMirror, done: Pick<ExecDone, 'history'>): HistoryMirror & { length: number } {
  const added = done.history?.added ?? null;
  const history = added === null ? lab.history : [...lab.history, added];
  const length = done.history?.length ?? lab.base + history.length;
  return { history, base: length - history.length, length };
}

/**
 * The address that starts `lesson`: the current page's query with `lesson` set and `scenario` and `lab`
 * dropped (the lesson brings its own, in a new lab), and `fresh=1` when the lab must be started over for it.
 */
export function lessonHref(search: string, lesson: string | null, fresh: boolean): string {
  const q = new URLSearchParams(search);
  q.delete('scenario');
  q.delete('fresh');
  q.delete('lab'); // a lesson starts a new lab of its own
  if (lesson) q.set('lesson', lesson);
  else q.delete('lesson');
  if (fresh) q.set('fresh', '1');
  const s = q.toString();
  return s ? `?${s}` : '?';
}

/** The current query without `fresh`, so that a reload continues the lesson instead of starting it over. */
export function withoutFresh(search: string): string | null {
  const q = new URLSearchParams(search);
  if (!q.has('fresh')) return null;
  q.delete('fresh');
  const s = q.toString();
  return s ? `?${s}` : '';
}

export interface TextPart {
  code: boolean;
  text: string;
}

/** Splits a hint at its backticks: `lspv` parts are commands, shown as code. */
export function hintParts(hint: string): TextPart[] {
  const parts: TextPart[] = [];
  hint.split('`').forEach((text, i) => {
    if (text) parts.push({ code: i % 2 === 1, text });
  });
  return parts;
}
