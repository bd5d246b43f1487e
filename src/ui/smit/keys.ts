// Keys to SMIT keys. Function keys work as themselves and, as smitty allows on terminals without them,
// as Esc followed by a digit (Esc 4 = F4, Esc 0 = F10). Esc on its own (or Esc Esc) goes back, like F3.
import type { SmitKey } from './state.ts';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export interface Translation {
  /** The SMIT key, or null when the key is left to the page (typing into a field). */
  key: SmitKey | null;
  /** An Esc is waiting for its digit. */
  escPending: boolean;
  /** Stop the browser's own handling (F5 reload, the digit after Esc landing in a field). */
  consume: boolean;
}

/** How long an Esc waits for its digit before it counts as a plain Esc (= F3). */
export const ESC_WAIT_MS = 1000;

const FKEYS: Record<string, SmitKey> = { F1: 'F1', F2: 'F2', F3: 'F3', F4: 'F4', F5: 'F5', F6: 'F6', F7: 'F7', F8: 'F8', F9: 'F9', F10: 'F10' };

/** `findKeys`: the COMMAND STATUS screen and lists take / and n (Find, Find Next); dialogs type them. */
export function translateKey(input: KeyInput, escPending: boolean, findKeys = false): Translation {
  const { key } = input;
  if (escPending) {
    if (/^[0-9]$/.test(key)) return { key: key === '0' ? 'F10' : (`F${key}` as SmitKey), escPending: false, consume: true };
    if (['Shift', 'Control', 'Alt', 'Meta'].includes(key)) return { key: null, escPending: true, consume: false };
    return { key: 'F3', escPending: false, consume: true };
  }
  if (input.ctrlKey || input.altKey || input.metaKey) return { key: null, escPending: false, consume: false };
  if (key === 'Escape') return { key: null, escPending: true, consume: true };
  const fkey = FKEYS[key];
  if (fkey) return { key: fkey, escPending: false, consume: true };
  switch (key) {
    case 'Enter':
      return { key: 'Enter', escPending: false, consume: true };
    case 'ArrowUp':
      return { key: 'Up', escPending: false, consume: true };
    case 'ArrowDown':
      return { key: 'Down', escPending: false, consume: true };
    case 'Tab':
      return { key: input.shiftKey ? 'ShiftTab' : 'Tab', escPending: false, consume: true };
    case '/':
    case 'n':
      return findKeys ? { key, escPending: false, consume: true } : { key: null, escPending: false, consume: false };
    default:
      return { key: null, escPending: false, consume: false };
  }
}
