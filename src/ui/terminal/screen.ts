// The terminal's screen as a pure value: a capped list of rendered lines. Output arrives in chunks that
// may end mid-line; a chunk continues the last line while that line is still open (no newline yet) and
// belongs to the same stream.
import type { TerminalLine } from '../../protocol/index.ts';

export type LineKind = TerminalLine['kind'];

export interface ScreenLine {
  /** Monotonic key for React: never reused, so memoised rows stay put. */
  readonly id: number;
  readonly kind: LineKind;
  readonly text: string;
}

export interface Screen {
  readonly lines: readonly ScreenLine[];
  /** The last line has had no newline yet, so the next chunk of the same stream continues it. */
  readonly open: boolean;
  readonly nextId: number;
}

/** How many lines stay rendered; older ones scroll away (the DOM stays light). */
export const MAX_SCREEN_LINES = 2000;

export const EMPTY_SCREEN: Screen = { lines: [], open: false, nextId: 1 };

export function clearScreen(screen: Screen): Screen {
  return { lines: [], open: false, nextId: screen.nextId };
}

/** Appends text of one kind; '\n' ends a line. Text without a final newline leaves the line open. */
export function appendText(screen: Screen, kind: LineKind, text: string, max = MAX_SCREEN_LINES): Screen {
  if (text === '') return screen;
  const parts = text.split('\n');
  const endsWithNewline = parts[parts.length - 1] === '';
  if (endsWithNewline) parts.pop();
  const lines = screen.lines.slice();
  let nextId = screen.nextId;
  let first = 0;
  const last = lines[lines.length - 1];
  if (screen.open && last && last.kind === kind && parts.length > 0) {
    lines[lines.length - 1] = { id: last.id, kind, text: last.text + (parts[0] ?? '') };
    first = 1;
  }
  for (let i = first; i < parts.length; i++) {
    lines.push({ id: nextId++, kind, text: parts[i] ?? '' });
  }
  const trimmed = lines.length > max ? lines.slice(lines.length - max) : lines;
  return { lines: trimmed, open: !endsWithNewline, nextId };
}

/** Appends whole lines (an echoed command, a notice): closes any open line first. */
export function appendLine(screen: Screen, kind: LineKind, text: string, max = MAX_SCREEN_LINES): Screen {
  return appendText({ ...screen, open: false }, kind, text + '\n', max);
}

/**
 * Builds the screen from stored scrollback. Each entry is a whole line (or a block of lines); input
 * entries are stored as echoed, prompt included ("# lspv").
 */
export function screenFromScrollback(scrollback: readonly TerminalLine[], max = MAX_SCREEN_LINES): Screen {
  let screen = EMPTY_SCREEN;
  for (const entry of scrollback.slice(-max)) {
    const text = entry.text;
    screen = appendText({ ...screen, open: false }, entry.kind, text.endsWith('\n') ? text : text + '\n', max);
  }
  return { ...screen, open: false };
}

/** How an accepted line is echoed: the prompt then the line (`# lspv`). */
export function echoText(prompt: string, line: string): string {
  return `${prompt}${line}`;
}
