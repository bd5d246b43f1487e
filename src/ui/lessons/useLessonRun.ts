// The lesson side of the page: which lesson is open, the lab's command history as the session keeps it,
// the last snapshot the worker sent, and the run (where it started, what it has kept). The checker runs
// on every snapshot that ends a command (and the one the lab opened with), never on the live in-between
// views of a reboot. The lesson content loads lazily (load.ts); the history is followed from the start.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkLesson } from '../../core/lessons/checker.ts';
import type { Lesson, LessonCheck } from '../../core/lessons/types.ts';
import type { ExecDone, InputMode, OpenResult, SimSnapshot } from '../../protocol/index.ts';
import { readStored, writeStored } from '../layout/theme.ts';
import { loadLessons } from './load.ts';
import { advanceRun, historyAfter, parseRun, resumeRun, RUN_KEY, withKept, withoutFresh } from './run.ts';
import type { LessonRun } from './run.ts';

export interface LessonView {
  /** ?lesson= as given (null: no lesson asked for, the panel shows the picker). */
  requested: string | null;
  /** The lesson content is still loading. */
  loading: boolean;
  /** The lesson content could not be loaded. */
  failed: boolean;
  lesson: Lesson | null;
  check: LessonCheck | null;
  run: LessonRun | null;
  /** The lab's scenario, when it is not the one the lesson was written for. */
  otherScenario: string | null;
}

export interface LessonHooks {
  /** A line is about to run; `before` is the snapshot it runs against. */
  onCommandStart(line: string, before: SimSnapshot | null): void;
  onDone(done: ExecDone): void;
}

interface Lab {
  snapshot: SimSnapshot;
  history: readonly string[];
  /** Lines the session's history let go before history[0] (ksh HISTSIZE): run positions stay absolute. */
  base: number;
}

type Content = { kind: 'none' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; lesson: Lesson | null };

export function useLessonRun(requested: string | null, fresh: boolean, opened: OpenResult | null): LessonHooks & { view: LessonView } {
  const [content, setContent] = useState<Content>(requested ? { kind: 'loading' } : { kind: 'none' });
  const [lab, setLab] = useState<Lab | null>(null);
  const [run, setRun] = useState<LessonRun | null>(null);
  const labRef = useRef<Lab | null>(null);
  // ?fresh=1 applies to the first open only: a simulator restarted later reopens the saved lab.
  const freshRef = useRef(fresh);
  /** How the lab looked when it opened: the run starts from there, whenever the content arrives. */
  const [openedWith, setOpenedWith] = useState<{ historyLength: number; fresh: boolean; lab?: string } | null>(null);
  const pendingRef = useRef<{ line: string; before: { mode: InputMode; prompt: string } | null } | null>(null);

  useEffect(() => {
    if (!requested) return;
    let live = true;
    loadLessons().then(
      (m) => live && setContent({ kind: 'ready', lesson: m.findLesson(requested) }),
      () => live && setContent({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [requested]);

  useEffect(() => {
    if (!opened) return;
    const next = { snapshot: opened.snapshot, history: opened.history, base: opened.historyBase ?? 0 };
    labRef.current = next;
    setLab(next);
    const wasFresh = freshRef.current;
    freshRef.current = false;
    setOpenedWith({ historyLength: next.base + opened.history.length, fresh: wasFresh, ...(opened.lab ? { lab: opened.lab.id } : {}) });
    if (wasFresh) {
      // A reload should carry on with this lab, not start it over again.
      const search = withoutFresh(window.location.search);
      if (search !== null) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [opened]);

  const lesson = content.kind === 'ready' ? content.lesson : null;

  useEffect(() => {
    if (lesson && openedWith) setRun(resumeRun(lesson.id, openedWith.historyLength, parseRun(readStored(RUN_KEY)), openedWith.fresh, openedWith.lab));
  }, [lesson, openedWith]);

  const onCommandStart = useCallback((line: string, before: SimSnapshot | null) => {
    pendingRef.current = { line, before: before ? { mode: before.mode, prompt: before.prompt } : null };
  }, []);

  const onDone = useCallback((done: ExecDone) => {
    const prev = labRef.current;
    if (!prev) return;
    const pending = pendingRef.current;
    pendingRef.current = null;
    const history = pending ? historyAfter(prev.history, pending.line, pending.before) : prev.history;
    const next = { snapshot: done.snapshot, history, base: prev.base };
    labRef.current = next;
    setLab(next);
    setRun((r) => (r ? advanceRun(r, prev.base + history.length, done.events) : r));
  }, []);

  const check = useMemo(
    () => (lesson && lab && run ? checkLesson(lesson, lab.snapshot, lab.history.slice(Math.max(0, run.historyStart - lab.base)), run.kept) : null),
    [lesson, lab, run],
  );

  useEffect(() => {
    if (!run || !check) return;
    const next = withKept(run, check.kept);
    if (next !== run) setRun(next);
  }, [run, check]);

  useEffect(() => {
    if (run) writeStored(RUN_KEY, JSON.stringify(run));
  }, [run]);

  const otherScenario = lesson && lab && lab.snapshot.scenario !== lesson.scenario ? lab.snapshot.scenario : null;
  // One object per change, so the memoised panel renders only when the lesson view changes.
  const view = useMemo<LessonView>(
    () => ({ requested, loading: content.kind === 'loading', failed: content.kind === 'failed', lesson, check, run, otherScenario }),
    [requested, content.kind, lesson, check, run, otherScenario],
  );
  return { view, onCommandStart, onDone };
}
