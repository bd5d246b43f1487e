// The consequence preview's page state, shared without threading it through the page: the line typed
// at the prompt (the terminal publishes it), the preview shown for it (the preview panel publishes it,
// the diagram draws its ghosts from it), and the learner's on/off choice, kept in localStorage apart
// for exams (off until turned on) and practice (on until turned off).
import { useSyncExternalStore } from 'react';
import type { PreviewShown } from './types.ts';

function store<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: T) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

const typed = store('');
const shown = store<PreviewShown | null>(null);

/** The text of the command line now ('' while a command runs). */
export function publishTypedLine(line: string): void {
  typed.set(line);
}

export function useTypedLine(): string {
  return useSyncExternalStore(typed.subscribe, typed.get, typed.get);
}

/** The preview on screen now, or null: the diagram's ghosts follow it. */
export function publishPreview(view: PreviewShown | null): void {
  shown.set(view);
}

export function useShownPreview(): PreviewShown | null {
  return useSyncExternalStore(shown.subscribe, shown.get, shown.get);
}

export const PREVIEW_KEY = 'altdisk.preview';
export const PREVIEW_EXAM_KEY = 'altdisk.preview.exam';

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Whether the preview is on: the stored choice, else off in an exam and on elsewhere. */
export function previewOnByDefault(stored: string | null, exam: boolean): boolean {
  if (stored === 'on') return true;
  if (stored === 'off') return false;
  return !exam;
}

const choice = store(0);

export function usePreviewEnabled(exam: boolean): [boolean, (on: boolean) => void] {
  useSyncExternalStore(choice.subscribe, choice.get, choice.get);
  const key = exam ? PREVIEW_EXAM_KEY : PREVIEW_KEY;
  const on = previewOnByDefault(readStored(key), exam);
  const set = (next: boolean) => {
    try {
      window.localStorage.setItem(key, next ? 'on' : 'off');
    } catch {
      // not persisted: the choice holds until the page reloads
      memory.set(key, next);
    }
    choice.set(choice.get() + 1);
  };
  return [memory.has(key) ? memory.get(key)! : on, set];
}

/** Choices made while localStorage is unavailable. */
const memory = new Map<string, boolean>();
