// The page's layout preferences, each kept in localStorage: the theme and the two splitter fractions.
import { useCallback, useEffect, useState } from 'react';
import type { CSSProperties } from 'react';
import { readFraction } from './splitter.ts';
import { applyTheme, initialTheme, readStored, systemPrefersDark, THEME_KEY, writeStored } from './theme.ts';
import type { Theme } from './theme.ts';

export const SPLIT_X = { min: 0.25, max: 0.72 };
export const SPLIT_Y = { min: 0.25, max: 0.85 };
const SPLIT_X_KEY = 'altdisk.split.x';
const SPLIT_Y_KEY = 'altdisk.split.y';

export interface LayoutPrefs {
  theme: Theme;
  toggleTheme(): void;
  splitX: number;
  splitY: number;
  changeSplitX(value: number): void;
  changeSplitY(value: number): void;
  /** The main grid's split fractions as CSS custom properties. */
  mainStyle: CSSProperties;
}

export function useLayoutPrefs(): LayoutPrefs {
  const [theme, setTheme] = useState<Theme>(() => initialTheme(readStored(THEME_KEY), systemPrefersDark()));
  const [splitX, setSplitX] = useState(() => readFraction(readStored(SPLIT_X_KEY), 0.52, SPLIT_X));
  const [splitY, setSplitY] = useState(() => readFraction(readStored(SPLIT_Y_KEY), 0.58, SPLIT_Y));

  useEffect(() => {
    applyTheme(theme);
  }, [theme]);

  const toggleTheme = useCallback(() => {
    setTheme((t) => {
      const next = t === 'dark' ? 'light' : 'dark';
      writeStored(THEME_KEY, next);
      return next;
    });
  }, []);
  const changeSplitX = useCallback((v: number) => {
    setSplitX(v);
    writeStored(SPLIT_X_KEY, String(v));
  }, []);
  const changeSplitY = useCallback((v: number) => {
    setSplitY(v);
    writeStored(SPLIT_Y_KEY, String(v));
  }, []);

  const mainStyle = { '--split-x': `${(splitX * 100).toFixed(2)}%`, '--split-y': `${(splitY * 100).toFixed(2)}%` } as CSSProperties;
  return { theme, toggleTheme, splitX, splitY, changeSplitX, changeSplitY, mainStyle };
}
