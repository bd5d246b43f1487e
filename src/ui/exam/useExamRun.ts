// The exam side of the page (?exam=1): follows the lab's command history and each line's output from the
// exam's start, judges the exam after every finished command (stepExam) until the learner finishes, and
// keeps the run in localStorage. The exam content (src/lessons/exam.ts, quiz.ts) loads lazily.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Exam, stepExam } from '../../core/lessons/exam.ts';
import type { QuizQuestion, Seen } from '../../core/lessons/types.ts';
import type { ExecDone, OpenResult, SimApi, SimSnapshot } from '../../protocol/index.ts';
import { readStored, writeStored } from '../layout/theme.ts';
import { historyAfterDone } from '../lessons/run.ts';
import { createSeenTap } from '../lessons/seenTap.ts';
import { EXAM_KEY } from './examIds.ts';
import type { ExamRun } from './examRun.ts';

export interface ExamContent {
  exam: Exam;
  questions: readonly QuizQuestion[];
  /** The judge (core/lessons/exam.ts), loaded with the content so it stays out of the page's first JS. */
  step: typeof stepExam;
  /** The run's bookkeeping (examRun.ts), loaded with the content for the same reason. */
  runs: typeof import('./examRun.ts');
}

export interface ExamView {
  loading: boolean;
  failed: boolean;
  content: ExamContent | null;
  run: ExamRun | null;
}

export interface ExamHooks {
  view: ExamView;
  /** A line ended (the history as the session keeps it comes in ExecDone.history) (what it printed comes from the tap `wrapApi` puts around the terminal's api). */
  onDone(done: ExecDone): void;
  /** Wraps the terminal's api so the exam sees each line's output. */
  wrapApi(api: SimApi): SimApi;
  finish(): void;
  answer(question: string, option: number): void;
}

interface Lab {
  snapshot: SimSnapshot;
  history: readonly string[];
  base: number;
}

export function loadExamContent(): Promise<ExamContent> {
  return Promise.all([import('../../lessons/exam.ts'), import('../../lessons/quiz.ts'), import('../../core/lessons/exam.ts'), import('./examRun.ts')]).then(([e, q, judge, runs]) => ({
    exam: e.exam,
    step: judge.stepExam,
    runs,
    questions: q.QUIZ.filter((x) => e.exam.quizTracks.includes(x.track)),
  }));
}

export function useExamRun(active: boolean, opened: OpenResult | null): ExamHooks {
  const [content, setContent] = useState<{ kind: 'loading' | 'failed' } | { kind: 'ready'; value: ExamContent }>({ kind: 'loading' });
  const [run, setRun] = useState<ExamRun | null>(null);
  const labRef = useRef<Lab | null>(null);
  const examRef = useRef<ExamContent | null>(null);
  const tap = useMemo(() => createSeenTap(), []);
  const consumedRef = useRef<Seen | null>(null);
  const wrapApi = useCallback((api: SimApi) => tap.wrap(api), [tap]);

  useEffect(() => {
    if (!active) return;
    let live = true;
    loadExamContent().then(
      (value) => {
        if (!live) return;
        examRef.current = value;
        setContent({ kind: 'ready', value });
      },
      () => live && setContent({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [active]);

  const exam = content.kind === 'ready' ? content.value : null;

  useEffect(() => {
    if (!active || !opened || !exam) return;
    const lab = { snapshot: opened.snapshot, history: opened.history, base: opened.historyBase ?? 0 };
    labRef.current = lab;
    const { resumeExamRun, parseExamRun } = exam.runs;
    const start = resumeExamRun(lab.base + lab.history.length, parseExamRun(readStored(EXAM_KEY)), opened.lab.id.startsWith('unsaved-') ? undefined : opened.lab.id);
    setRun(judge(exam, start, lab));
  }, [active, opened, exam]);

  useEffect(() => {
    if (run) writeStored(EXAM_KEY, JSON.stringify(run));
  }, [run]);

  const onDone = useCallback((done: ExecDone) => {
    const prev = labRef.current;
    if (!prev) return;
    const { history, base, length } = historyAfterDone(prev, done);
    const lab = { snapshot: done.snapshot, history, base };
    labRef.current = lab;
    const current = examRef.current;
    // The tap saw this line end just before the terminal reported it; each entry is taken once.
    const last = tap.last();
    const entered = last && last !== consumedRef.current ? last : null;
    consumedRef.current = last;
    setRun((r) => {
      if (!r || !current) return r;
      const next = current.runs.advanceExamRun(r, length, entered);
      return judge(current, next, lab);
    });
  }, [tap]);

  const finish = useCallback(() => setRun((r) => (r && !r.finished ? { ...r, finished: true } : r)), []);
  const answer = useCallback(
    (question: string, option: number) => setRun((r) => (r && r.finished && r.answers[question] === undefined ? { ...r, answers: { ...r.answers, [question]: option } } : r)),
    [],
  );

  const view = useMemo<ExamView>(
    () => ({ loading: content.kind === 'loading', failed: content.kind === 'failed', content: content.kind === 'ready' ? content.value : null, run }),
    [content, run],
  );
  return { view, onDone, wrapApi, finish, answer };
}

/** The run judged on the lab as it is now (a finished exam is not judged any more). */
function judge({ exam, step }: Pick<ExamContent, 'exam' | 'step'>, run: ExamRun, lab: Lab): ExamRun {
  if (run.finished) return run;
  const history = lab.history.slice(Math.max(0, run.historyStart - lab.base));
  const progress = step(exam, run.progress, lab.snapshot, history, run.outputs);
  return progress === run.progress ? run : { ...run, progress };
}
