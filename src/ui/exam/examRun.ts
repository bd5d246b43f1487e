// An exam run on the page: the lab it runs in, where in the lab's command history it began, what it has
// earned (core/lessons/exam.ts ExamProgress), the lines it entered with what they printed (the exam
// judges readings such as "oslevel -s showed 7200-05-04"), whether it was finished, and the answers to the
// knowledge questions. Kept in localStorage beside the lab, so a reload carries on. Pure.
import type { ExamProgress } from '../../core/lessons/exam.ts';
import type { Seen } from '../../core/lessons/types.ts';

export { EXAM_KEY, EXAM_SCENARIO } from './examIds.ts';
/** Lines kept with their output: an exam is a few dozen lines; older ones go first past this. */
export const EXAM_OUTPUTS_MAX = 200;
const OUTPUT_CHARS = 4 * 1024;

export interface ExamRun {
  /** The saved lab the exam runs in (absent when the host names none). */
  lab?: string;
  historyStart: number;
  /** Length of the lab's history when last saved: a shorter history means another lab. */
  seen: number;
  progress: ExamProgress;
  outputs: Seen[];
  finished: boolean;
  /** Question id → index of the option chosen. */
  answers: Record<string, number>;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Stored text back into a run, or null when it is not one (stored text is not trusted). */
export function parseExamRun(text: string | null): ExamRun | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object') return null;
    const r = v as Record<string, unknown>;
    if (!isCount(r.historyStart) || !isCount(r.seen) || r.historyStart > r.seen) return null;
    const progress = r.progress && typeof r.progress === 'object' ? (r.progress as Record<string, unknown>) : {};
    const ids = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
    const outputs = Array.isArray(r.outputs)
      ? r.outputs
          .filter((o): o is Seen => !!o && typeof o === 'object' && typeof o.line === 'string' && typeof o.output === 'string' && Number.isInteger(o.exitCode))
          .map((o) => ({ line: o.line, output: o.output, exitCode: o.exitCode }))
      : [];
    const answers: Record<string, number> = {};
    if (r.answers && typeof r.answers === 'object' && !Array.isArray(r.answers)) {
      for (const [k, n] of Object.entries(r.answers)) if (isCount(n) && n < 16 && /^[a-z0-9-]{1,80}$/.test(k)) answers[k] = n;
    }
    const run: ExamRun = { historyStart: r.historyStart, seen: r.seen, progress: { met: ids(progress.met), spoiled: ids(progress.spoiled) }, outputs, finished: r.finished === true, answers };
    if (typeof r.lab === 'string') run.lab = r.lab;
    return run;
  } catch {
    return null;
  }
}

/** The stored run when it is this lab's (a reload), else a new run that starts where the lab's history ends now. */
export function resumeExamRun(historyLength: number, stored: ExamRun | null, lab?: string): ExamRun {
  const sameLab = !!lab && stored?.lab === lab;
  if (stored && sameLab && stored.seen <= historyLength) return { ...stored, seen: historyLength };
  return { historyStart: historyLength, seen: historyLength, progress: { met: [], spoiled: [] }, outputs: [], finished: false, answers: {}, ...(lab ? { lab } : {}) };
}

/** After a line: the history length, and the line with its output (null for a blank line). */
export function advanceExamRun(run: ExamRun, historyLength: number, entered: Seen | null): ExamRun {
  if (!entered || entered.line === '') return run.seen === historyLength ? run : { ...run, seen: historyLength };
  const kept = { line: entered.line, output: entered.output.slice(0, OUTPUT_CHARS), exitCode: entered.exitCode };
  return { ...run, seen: historyLength, outputs: [...run.outputs, kept].slice(-EXAM_OUTPUTS_MAX) };
}

/**
 * The address that starts the exam in a new lab: the current query with `exam=1`, without a lab, a
 * scenario or a lesson (the exam brings its own lab), keeping the speed.
 */
export function examHref(search: string): string {
  const q = new URLSearchParams(search);
  const next = new URLSearchParams();
  const speed = q.get('speed');
  if (speed) next.set('speed', speed);
  next.set('exam', '1');
  return `?${next.toString()}`;
}
