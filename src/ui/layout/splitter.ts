// Pure helpers for the panel splitters: the size of the first pane as a fraction of its container,
// moved by keys (arrows by a step, Shift for a bigger one, Home/End to the limits) or by a pointer.

export interface SplitLimits {
  min: number;
  max: number;
}

export const STEP = 0.02;
export const BIG_STEP = 0.08;

export function clampFraction(value: number, { min, max }: SplitLimits): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, value));
}

/**
 * The new fraction after a key on a splitter, or null when the key is not the splitter's.
 * A vertical splitter (between side-by-side panes) takes Left/Right; a horizontal one Up/Down.
 */
export function fractionAfterKey(
  key: string,
  shift: boolean,
  value: number,
  orientation: 'vertical' | 'horizontal',
  limits: SplitLimits,
): number | null {
  const step = shift ? BIG_STEP : STEP;
  const less = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
  const more = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
  if (key === less) return clampFraction(value - step, limits);
  if (key === more) return clampFraction(value + step, limits);
  if (key === 'Home') return limits.min;
  if (key === 'End') return limits.max;
  return null;
}

/** Fraction of a pointer position within the container (x for vertical splitters, y for horizontal). */
export function fractionAt(pointer: number, start: number, size: number, limits: SplitLimits): number {
  return size > 0 ? clampFraction((pointer - start) / size, limits) : limits.min;
}

/** A stored fraction (localStorage text) or the default when missing or out of range. */
export function readFraction(stored: string | null, fallback: number, limits: SplitLimits): number {
  const n = stored === null ? NaN : Number(stored);
  return Number.isFinite(n) && n >= limits.min && n <= limits.max ? n : fallback;
}
