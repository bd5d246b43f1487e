// The twin: a new lab built from what an admin pasted of their own server (issue 15).
export { readPaste, splitPaste, TWIN_COMMANDS, MAX_PASTE_CHARS, MAX_PASTE_LINES, MAX_LINE_CHARS } from './split.ts';
export { buildTwin, TWIN_SCENARIO, type Twin, type TwinDefault, type TwinOptions } from './build.ts';
export { problemText, type Problem, type TwinFacts } from './types.ts';
import { buildTwin, type Twin, type TwinOptions } from './build.ts';
import { readPaste } from './split.ts';
import type { Problem } from './types.ts';

/** Paste → twin, or every problem found (lines of the paste, or line 0 for the layout as a whole). */
export function twinFromPaste(text: string, options: TwinOptions = {}): { ok: true; value: Twin } | { ok: false; error: Problem[] } {
  const facts = readPaste(text);
  if (!facts.ok) return facts;
  return buildTwin(facts.value, options);
}
