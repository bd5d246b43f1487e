// The course progress on the page: read once from IndexedDB (progressStore.ts), changed through pure
// steps (progress.ts) and written back after each change. One store for the page, so the picker, the
// open lesson and the summary agree.
import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_PROGRESS } from './progress.ts';
import type { CourseProgress } from './progress.ts';
import { createProgressStore } from './progressStore.ts';
import type { ProgressStore } from './progressStore.ts';

let shared: ProgressStore | null = null;
const store = (): ProgressStore => (shared ??= createProgressStore());

export interface CourseHandle {
  /** null until the stored progress has been read. */
  progress: CourseProgress | null;
  update(step: (p: CourseProgress) => CourseProgress): void;
}

export function useCourse(): CourseHandle {
  const [progress, setProgress] = useState<CourseProgress | null>(null);
  // Steps asked for before the stored progress arrived are applied on top of it.
  const pending = useRef<((p: CourseProgress) => CourseProgress)[]>([]);
  const dirty = useRef(false);

  useEffect(() => {
    let live = true;
    store()
      .load()
      .catch(() => EMPTY_PROGRESS)
      .then((loaded) => {
        if (!live) return;
        const steps = pending.current;
        pending.current = [];
        const next = steps.reduce((p, step) => step(p), loaded);
        if (next !== loaded) dirty.current = true;
        setProgress(next);
      });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (progress && dirty.current) {
      dirty.current = false;
      void store().save(progress);
    }
  }, [progress]);

  const update = useCallback((step: (p: CourseProgress) => CourseProgress) => {
    setProgress((p) => {
      if (!p) {
        pending.current.push(step);
        return p;
      }
      const next = step(p);
      if (next !== p) dirty.current = true;
      return next;
    });
  }, []);

  return { progress, update };
}
