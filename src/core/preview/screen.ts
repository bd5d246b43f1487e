// Which typed lines a preview runs on its copy of the lab, and which it declines with a reason: trainer
// commands that act on the lab itself, SMIT's full-screen panels, answers to a console question, and lines
// past what a preview reads while the learner types. The shell's own tokenizer and parser read the line,
// so a command anywhere in it (after ; && || or |) counts, as the session would run it.
import { parse } from '../shell/parse.ts';
import { tokenize, type Segment } from '../shell/tokenize.ts';
import { err, ok, type Result } from '../result.ts';
import { previewMessages } from '../messages/preview.ts';
import { PREVIEW_LIMITS, type NoPreviewReason } from './types.ts';

/** Trainer commands that act on the lab, its timeline, storage or the terminal: never previewed. */
export const NEVER_PREVIEWED: readonly string[] = ['undo', 'redo', 'reset', 'lab', 'timeline', 'clear'];
/** Interactive, full-screen commands: their panels run ordinary lines, which are previewed. */
export const INTERACTIVE: readonly string[] = ['smit', 'smitty'];

export interface Declined {
  reason: NoPreviewReason;
  text: string;
}

/** The command name a word names when it is written literally (no parameter to expand), or null. */
function literalName(word: Segment[]): string | null {
  if (word.some((s) => s.quote !== 'single' && s.text.includes('$'))) return null;
  const text = word.map((s) => s.text).join('');
  return text.slice(text.lastIndexOf('/') + 1);
}

/** ok: the line may be previewed; err: why not. Lines the shell refuses are previewed (their error is the preview). */
export function screenLine(line: string, pending: boolean): Result<void, Declined> {
  const n = previewMessages.none;
  if (pending) return err({ reason: 'pending', text: n.pending });
  const trimmed = line.trim();
  if (trimmed === '') return err({ reason: 'empty', text: n.empty });
  if (line.length > PREVIEW_LIMITS.lineChars) return err({ reason: 'too-long', text: n.tooLong(PREVIEW_LIMITS.lineChars) });
  const tokens = tokenize(trimmed);
  if (!tokens.ok) return ok(undefined);
  const parsed = parse(tokens.value);
  if (!parsed.ok) return ok(undefined);
  const commands = parsed.value.flatMap((item) => item.pipeline);
  if (commands.length > PREVIEW_LIMITS.commands) return err({ reason: 'too-many-commands', text: n.tooManyCommands(PREVIEW_LIMITS.commands) });
  for (const cmd of commands) {
    const name = cmd.words[0] ? literalName(cmd.words[0]) : null;
    if (name === null) continue;
    if (NEVER_PREVIEWED.includes(name)) return err({ reason: 'trainer-command', text: n.trainerCommand(name) });
    if (INTERACTIVE.includes(name)) return err({ reason: 'interactive', text: n.interactive(name) });
  }
  return ok(undefined);
}
