// The consequence preview (issue 16): what a typed line would do to this lab, before Enter. The line runs
// on a copy of the session state through the session's own exec (session/session.ts: the same shell, the
// same per-command step budget, long operations run to their end on simulated time at once) under one
// ceiling of steps for the whole line (PREVIEW_LIMITS.steps), and the state before is compared with the
// state after. The state passed in is never changed.
import { previewMessages } from '../messages/preview.ts';
import type { SessionState } from '../session/api.ts';
import { project } from '../session/project.ts';
import { createSession, PROMPT } from '../session/session.ts';
import { withCeiling } from '../shell/budget.ts';
import { diffSides } from './diff.ts';
import { screenLine } from './screen.ts';
import { PREVIEW_LIMITS, type Preview } from './types.ts';
import { previewWarnings } from './warnings.ts';

export * from './types.ts';
export { NEVER_PREVIEWED, INTERACTIVE } from './screen.ts';

const cut = (text: string) => (text.length > PREVIEW_LIMITS.outputChars ? text.slice(0, PREVIEW_LIMITS.outputChars) : text);

/** What `line` would do to the lab in `state`; `state` is left exactly as it was. */
export function previewLine(state: SessionState, line: string): Preview {
  const screened = screenLine(line, state.pending !== null);
  if (!screened.ok) return { kind: 'none', line, ...screened.error };
  try {
    // The snapshot the diagram draws now: read from the state, nothing copied or changed.
    const before = { snapshot: project(state, PROMPT, 'shell'), world: state.world };
    // createSession copies the state it is given: the line runs on that copy only.
    const session = createSession(state);
    // One ceiling of steps over the whole line (every command's budget spends from it too).
    const { value: result, exhausted } = withCeiling(PREVIEW_LIMITS.steps, () => session.exec(line));
    if (exhausted) return { kind: 'none', line, reason: 'too-much-work', text: previewMessages.none.tooMuchWork };
    const after = { snapshot: session.snapshot(), world: session.world() };
    return {
      kind: 'preview',
      line,
      exitCode: result.exitCode,
      stdout: cut(result.stdout),
      stderr: cut(result.stderr),
      fails: result.exitCode !== 0,
      durationMs: result.durationMs,
      lifecycle: { from: state.lifecycle.state, to: after.snapshot.lifecycle.state },
      changes: diffSides(before, after),
      warnings: previewWarnings({ before, after }),
      after: after.snapshot,
    };
  } catch {
    return { kind: 'none', line, reason: 'internal', text: previewMessages.none.internal };
  }
}
