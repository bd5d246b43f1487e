// Light and dark themes: the learner's choice (kept in localStorage) or, until they choose, the
// system's prefers-color-scheme.
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'altdisk.theme';

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

export function initialTheme(stored: string | null, prefersDark: boolean): Theme {
  return isTheme(stored) ? stored : prefersDark ? 'dark' : 'light';
}

/** Reads the stored choice; storage can be unavailable (private mode, blocked): then there is none. */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // not persisted: the choice still holds for this page
  }
}

export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}
