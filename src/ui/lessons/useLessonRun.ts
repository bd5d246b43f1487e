// The lesson side of the page: which lesson is open, the lab's command history as the session keeps it,
// the last snapshot the worker sent, and the run (where it started, what it has kept). The checker runs
// on every snapshot that ends a command (and the one the lab opened with), never on the live in-between
// views of a reboot. The lesson content loads lazily (load.ts); the history is followed from the start.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { checkLesson } from '../../core/lessons/checker.ts';
import type { Lesson, LessonCheck } from '../../core/lessons/types.ts';
import type { ExecDone, OpenResult, SimApi, SimSnapshot } from '../../protocol/index.ts';
import { onTravel as onTravelNotice } from '../timeline/travelEvents.ts';
import type { TravelNotice } from '../timeline/travelEvents.ts';
import { readStored, writeStored } from '../layout/theme.ts';
import { loadLessons } from './load.ts';
import { isCustomLessonId, loadCustomLesson } from './customLesson.ts';
import { advanceRun, historyAfterDone, parseRun, resumeRun, rewindRun, RUN_KEY, withKept, withoutFresh } from './run.ts';
import type { LessonRun } from './run.ts';
import { createSeenTap } from './seenTap.ts';
import { focusNodeIds } from './focus.ts';
import { climb, ladderFor, NO_LADDER } from './ladder.ts';
import type { LadderState } from './ladder.ts';
import type { CourseProgress } from './progress.ts';
import { useCourse } from './useCourse.ts';

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
  /** The lab as the last finished command left it. */
  snapshot: SimSnapshot | null;
  /** The hint ladder of the current objective. */
  ladder: LadderState;
  /** What the current objective concerns: focus references ('disk:hdisk1') and their diagram node ids. */
  focus: { refs: string[]; nodes: string[] };
  /** The course progress (null until read from storage). */
  progress: CourseProgress | null;
  /** Shows the next hint rung (and records it in the progress). */
  climb(): void;
  /** Joins imported progress to the stored one. */
  importProgress(p: CourseProgress): void;
}

export interface LessonHooks {
  /** A line ended: its snapshot, and the history as the session keeps it (ExecDone.history). */
  onDone(done: ExecDone): void;
  /** Wraps the terminal's SimApi so each line's output reaches the run (what the learner saw). */
  wrapApi(api: SimApi): SimApi;
}

interface Lab {
  snapshot: SimSnapshot;
  history: readonly string[];
  /** Lines the session's history let go before history[0] (ksh HISTSIZE): run positions stay absolute. */
  base: number;
}

/** The checker loads with the content (BUDGETS P1: a page without a lesson never needs it). */
type Content = { kind: 'none' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; lesson: Lesson | null; check: typeof checkLesson };

export function useLessonRun(requested: string | null, fresh: boolean, opened: OpenResult | null): LessonHooks & { view: LessonView } {
  const [content, setContent] = useState<Content>(requested ? { kind: 'loading' } : { kind: 'none' });
  const [lab, setLab] = useState<Lab | null>(null);
  const [run, setRun] = useState<LessonRun | null>(null);
  const labRef = useRef<Lab | null>(null);
  // ?fresh=1 applies to the first open only: a simulator restarted later reopens the saved lab.
  const freshRef = useRef(fresh);
  /** How the lab looked when it opened: the run starts from there, whenever the content arrives. */
  const [openedWith, setOpenedWith] = useState<{ historyLength: number; fresh: boolean; lab?: string } | null>(null);
  const tap = useMemo(() => createSeenTap(), []);
  const course = useCourse();
  const [ladderState, setLadder] = useState<LadderState>(NO_LADDER);
  const consumedRef = useRef<object | null>(null);
  const wrapApi = useCallback((api: SimApi) => tap.wrap(api), [tap]);

  useEffect(() => {
    if (!requested) return;
    let live = true;
    // A lesson made in the builder is not in the index: the builder or the link stored it (customLesson.ts).
    const found = isCustomLessonId(requested) ? loadCustomLesson() : loadLessons().then((m) => m.findLesson(requested));
    Promise.all([found, import('../../core/lessons/checker.ts')]).then(
      ([lesson, checker]) => live && setContent({ kind: 'ready', lesson, check: checker.checkLesson }),
      () => live && setContent({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [requested]);

  // A time travel (undo, redo, jump: timeline/travelEvents.ts) reopens the same lab at another step; the
  // run follows it (rewindRun) instead of starting over as for another lab.
  const travelRef = useRef<TravelNotice | null>(null);
  const labIdRef = useRef<string | null>(null);
  useEffect(() => onTravelNotice((t) => (travelRef.current = t)), []);

  useEffect(() => {
    if (!opened) return;
    const next = { snapshot: opened.snapshot, history: opened.history, base: opened.historyBase ?? 0 };
    labRef.current = next;
    setLab(next);
    const travel = travelRef.current;
    travelRef.current = null;
    const sameLab = labIdRef.current !== null && labIdRef.current === (opened.lab?.id ?? null);
    labIdRef.current = opened.lab?.id ?? null;
    if (travel && sameLab) {
      setRun((r) => (r ? rewindRun(r, next.base + next.history.length, travel.from, travel.to) : r));
      return;
    }
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
  const checkFn = content.kind === 'ready' ? content.check : null;

  useEffect(() => {
    if (lesson && openedWith) setRun(resumeRun(lesson.id, openedWith.historyLength, parseRun(readStored(RUN_KEY)), openedWith.fresh, openedWith.lab));
  }, [lesson, openedWith]);

  const onDone = useCallback((done: ExecDone) => {
    const prev = labRef.current;
    if (!prev) return;
    const { history, base, length } = historyAfterDone(prev, done);
    const next = { snapshot: done.snapshot, history, base };
    labRef.current = next;
    setLab(next);
    // The tap saw this line end just before the terminal reported it; each entry is taken once.
    const last = tap.last();
    const entered = last && last !== consumedRef.current ? last : null;
    consumedRef.current = last;
    setRun((r) => (r ? advanceRun(r, length, done.events, entered) : r));
  }, [tap]);


  const check = useMemo(
    () => (lesson && checkFn && lab && run ? checkFn(lesson, lab.snapshot, lab.history.slice(Math.max(0, run.historyStart - lab.base)), run.kept, run.outputs) : null),
    [lesson, checkFn, lab, run],
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

  // Progress: opened when its run starts, done when the check completes (commands = lines entered).
  const { update } = course;
  const par = lesson?.solution.length ?? 0;
  const runLesson = run?.lesson ?? null;
  useEffect(() => {
    if (lesson && runLesson === lesson.id) update((p, m) => m.markOpened(p, lesson.id, lesson.solution.length, Date.now()));
  }, [lesson, runLesson, update]);
  const complete = check?.complete ?? false;
  const entered = run?.outputs.length ?? 0;
  useEffect(() => {
    if (lesson && complete && !otherScenario) update((p, m) => m.markDone(p, lesson.id, lesson.solution.length, entered));
  }, [lesson, complete, otherScenario, entered, update]);

  const current = check?.current ?? null;
  const ladder = useMemo(() => ladderFor(ladderState, current), [ladderState, current]);
  const onClimb = useCallback(() => {
    const next = climb(ladder);
    setLadder(next);
    if (lesson && next.rung > 0) update((p, m) => m.markHint(p, lesson.id, par, next.rung));
  }, [ladder, lesson, par, update]);
  // An undo in a lesson is counted like a hint (apart from completion).
  const lessonId = lesson?.id ?? null;
  useEffect(
    () =>
      onTravelNotice((t) => {
        if (t.kind === 'undo' && lessonId) update((p, m) => m.markUndo(p, lessonId, par));
      }),
    [lessonId, par, update],
  );
  const importProgress = useCallback((imported: CourseProgress) => update((p, m) => m.mergeProgress(p, imported)), [update]);

  const snapshot = lab?.snapshot ?? null;
  const focus = useMemo(() => {
    const objective = lesson?.objectives.find((o) => o.id === current);
    const refs = snapshot ? focusOf(objective, snapshot) : [];
    return { refs, nodes: snapshot ? focusNodeIds(snapshot, refs) : [] };
  }, [lesson, current, snapshot]);

  // One object per change, so the memoised panel renders only when the lesson view changes.
  const view = useMemo<LessonView>(
    () => ({
      requested,
      loading: content.kind === 'loading',
      failed: content.kind === 'failed',
      lesson,
      check,
      run,
      otherScenario,
      snapshot,
      ladder,
      focus,
      progress: course.progress,
      climb: onClimb,
      importProgress,
    }),
    [requested, content.kind, lesson, check, run, otherScenario, snapshot, ladder, focus, course.progress, onClimb, importProgress],
  );
  return { view, onDone, wrapApi };
}

/** An objective's focus references; one that throws shows nothing, like a predicate that throws. */
function focusOf(objective: Lesson['objectives'][number] | undefined, snapshot: SimSnapshot): string[] {
  try {
    return objective?.focus ? objective.focus(snapshot) : [];
  } catch {
    return [];
  }
}
