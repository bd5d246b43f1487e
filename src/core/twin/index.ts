// The twin: a new lab built from what an admin pasted of their own server (issue 15).
export { readPaste, splitPaste, TWIN_COMMANDS, MAX_PASTE_CHARS, MAX_PASTE_LINES, MAX_LINE_CHARS } from './split.ts';
export { buildTwin, TWIN_SCENARIO, type Twin, type TwinDefault, type TwinOptions } from './build.ts';
export { problemText, type Problem, type TwinFacts } from './types.ts';
export { twinStartOf, checkTwinStart, type TwinStart } from './start.ts';
import { buildTwin, type Twin, type TwinOptions } from './build.ts';
import { readPaste } from './split.ts';
import { problemText, type Problem } from './types.ts';
import { encodeLink } from '../scenario/link.ts';
import { twinStartOf, TWIN_SCENARIO } from './start.ts';

/** Paste → twin, or every problem found (lines of the paste, or line 0 for the layout as a whole). */
export function twinFromPaste(text: string, options: TwinOptions = {}): { ok: true; value: Twin } | { ok: false; error: Problem[] } {
  const facts = readPaste(text);
  if (!facts.ok) return facts;
  return buildTwin(facts.value, options);
}

/**
 * The share-link text (after `#s=`) of the twin of a paste: its facts and changed defaults (start.ts), never
 * the pasted text; or why not. The link is checked on open like any other (link.ts).
 */
export function twinLinkFromPaste(text: string, options: TwinOptions = {}): { ok: true; value: string } | { ok: false; error: string } {
  const facts = readPaste(text);
  if (!facts.ok) return { ok: false, error: facts.error.map(problemText).join('; ') };
  const start = twinStartOf(facts.value, options);
  const built = buildTwin(start.facts, start.options ?? {});
  if (!built.ok) return { ok: false, error: built.error.map((p) => p.message).join('; ') };
  const link = encodeLink({ version: 1, scenario: TWIN_SCENARIO, steps: [], twin: start });
  return link.ok ? link : { ok: false, error: link.error.message };
}
