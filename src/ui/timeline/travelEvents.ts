// Every undo, redo or jump the page makes (buttons, Ctrl+Z, a typed `undo`) is told to the listeners
// here: a lesson counts its undos like hints (an exam turns time travel off instead).
export interface TravelNotice {
  kind: 'undo' | 'redo' | 'jump';
  from: number;
  to: number;
}

const listeners = new Set<(t: TravelNotice) => void>();

/** Listens to every travel made in this page; returns the function that stops listening. */
export function onTravel(listener: (t: TravelNotice) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyTravel(t: TravelNotice): void {
  for (const l of [...listeners]) l(t);
}
