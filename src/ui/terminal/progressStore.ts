// The running command's progress, shared from the terminal (which receives the stream) with the disk
// nodes of the diagram (which draw it on the target disk) without threading it through the page.
import { useSyncExternalStore } from 'react';
import type { RunProgress } from './runProgress.ts';

let current: RunProgress | null = null;
const listeners = new Set<() => void>();

export function publishRunProgress(run: RunProgress | null): void {
  if (run === current) return;
  current = run;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const read = () => current;

/** The command running now with its progress, or null when none runs. */
export function useRunProgress(): RunProgress | null {
  return useSyncExternalStore(subscribe, read, read);
}
