// The twin: a new lab built from what an admin pasted of their own server (issue 15).
export { readPaste, splitPaste, TWIN_COMMANDS, MAX_PASTE_CHARS, MAX_PASTE_LINES, MAX_LINE_CHARS } from './split.ts';
export { buildTwin, TWIN_SCENARIO, type Twin, type TwinDefault, type TwinOptions } from './build.ts';
export { problemText, type Problem, type TwinFacts } from './types.ts';
export { twinStartOf, checkTwinStart, type TwinStart } from './start.ts';
import { err, type Result } from '../result.ts';
import { buildTwin, type Twin, type TwinOptions } from './build.ts';
import { readPaste } from './split.ts';
import { problemText, type Problem } from './types.ts';
import { encodeLink } from '../scenario/link.ts';
import { twinStartOf, TWIN_SCENARIO } from './start.ts';

/** Paste → twin, or every problem found (lines of the paste, or line 0 for the layout as a whole). */
export function twinFromPaste(text: string, options: TwinOptions = {}): Result<Twin, Problem[]> {
  const facts = readPaste(text);
  if (!facts.ok) return facts;
  return buildTwin(facts.value, options);
}

/**
 * The share-link text (after `#s=`) of the twin of a paste: its facts and changed defaults (start.ts), never
 * the pasted text; or why not. The link is checked on open like any other (link.ts).
 */
export function twinLinkFromPaste(text: string, options: TwinOptions = {}): Result<string, string> {
  const facts = readPaste(text);
  if (!facts.ok) return err(facts.error.map(problemText).join('; '));
  const start = twinStartOf(facts.value, options);
  const built = buildTwin(start.facts, start.options ?? {});
  if (!built.ok) return err(built.error.map((p) => p.message).join('; '));
  const link = encodeLink({ version: 1, scenario: TWIN_SCENARIO, steps: [], twin: start });
  return link.ok ? link : err(link.error.message);
}
