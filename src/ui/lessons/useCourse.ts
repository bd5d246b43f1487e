// The course progress on the page: read once from IndexedDB (progressStore.ts), changed through pure
// steps (progress.ts) and written back after each change. One store for the page, so the picker, the
// open lesson and the summary agree. Both modules load after the first paint (BUDGETS P1): a step asked
// for before then waits, and gets the progress module with the progress.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CourseProgress } from './progress.ts';
import type { ProgressStore } from './progressStore.ts';

export type ProgressModule = typeof import('./progress.ts');
/** One change of the progress, made with progress.ts's pure steps. */
export type ProgressStep = (p: CourseProgress, steps: ProgressModule) => CourseProgress;

interface Loaded {
  store: ProgressStore;
  steps: ProgressModule;
}

let shared: Promise<Loaded> | null = null;
const loadCourse = (): Promise<Loaded> =>
  (shared ??= Promise.all([import('./progressStore.ts'), import('./progress.ts')]).then(
    ([s, steps]) => ({ store: s.createProgressStore(), steps }),
    (err: unknown) => {
      shared = null; // a failed fetch may be tried again
      throw err;
    },
  ));

export interface CourseHandle {
  /** null until the stored progress has been read. */
  progress: CourseProgress | null;
  update(step: ProgressStep): void;
}

export function useCourse(): CourseHandle {
  const [progress, setProgress] = useState<CourseProgress | null>(null);
  // Steps asked for before the stored progress arrived are applied on top of it.
  const pending = useRef<ProgressStep[]>([]);
  const loaded = useRef<Loaded | null>(null);
  const dirty = useRef(false);

  useEffect(() => {
    let live = true;
    void loadCourse().then(
      async (course) => {
        const stored = await course.store.load().catch(() => course.steps.EMPTY_PROGRESS);
        if (!live) return;
        loaded.current = course;
        const queued = pending.current;
        pending.current = [];
        const next = queued.reduce((p, step) => step(p, course.steps), stored);
        if (next !== stored) dirty.current = true;
        setProgress(next);
      },
      () => undefined, // the code did not load: the course shows as still loading, the lab works on
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (progress && dirty.current && loaded.current) {
      dirty.current = false;
      void loaded.current.store.save(progress);
    }
  }, [progress]);

  const update = useCallback((step: ProgressStep) => {
    setProgress((p) => {
      const course = loaded.current;
      if (!p || !course) {
        pending.current.push(step);
        return p;
      }
      const next = step(p, course.steps);
      if (next !== p) dirty.current = true;
      return next;
    });
  }, []);

  return { progress, update };
}
