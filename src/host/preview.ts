// The consequence preview in the worker (issue 16): a typed line is run on a copy of the open lab's last
// committed state (core/preview) and the answer posted. Nothing is written: no storage, no command log,
// no history, no timeline, no scrollback, and the writer lock is not asked for. Previews come on every
// keystroke, so only the latest waiting one runs: an older one still waiting is answered 'superseded'.
import type { FromWorker, RequestOf } from '../protocol/index.ts';
import { previewMessages } from '../core/messages/preview.ts';
import { previewLine } from '../core/preview/preview.ts';
import { previewCauses } from '../core/preview/causes.ts';
import { explainLine } from '../core/commands/lib/explain.ts';
import type { HostContext } from './hostContext.ts';

export interface Previewer {
  receive(msg: RequestOf<'preview'> & { id: number }): void;
}

export function createPreviewer(ctx: Pick<HostContext, 'good' | 'scheduler' | 'post' | 'disposed'>): Previewer {
  let waiting: { id: number; line: string; causes: boolean } | null = null;
  let scheduled = false;

  function answer(msg: FromWorker): void {
    if (!ctx.disposed) ctx.post(msg);
  }

  function runLatest(): void {
    scheduled = false;
    const next = waiting;
    waiting = null;
    if (!next) return;
    const state = ctx.good;
    if (!state) {
      answer({ id: next.id, type: 'error', error: { code: 'internal', message: 'The simulator is not open yet.' } });
      return;
    }
    try {
      const preview = previewLine(state, next.line);
      // What each flag causes, when asked: one more preview per flag (core/preview/causes.ts).
      const causes = next.causes && preview.kind === 'preview' ? { causes: previewCauses(state, preview) } : {};
      // The explainer's reading of the same line (bounded like the preview: ≤ 4096 characters, ≤ 16 commands).
      answer({ id: next.id, type: 'previewed', preview: { ...preview, ...causes, explained: explainLine(next.line) } });
    } catch (err) {
      answer({ id: next.id, type: 'error', error: { code: 'internal', message: `No preview: ${err instanceof Error ? err.message : String(err)}` } });
    }
  }

  return {
    receive(msg) {
      const line = typeof msg.line === 'string' ? msg.line : '';
      if (waiting) {
        const old = waiting;
        answer({ id: old.id, type: 'previewed', preview: { kind: 'none', line: old.line, reason: 'superseded', text: previewMessages.none.superseded } });
      }
      waiting = { id: msg.id, line, causes: msg.causes === true };
      if (scheduled) return;
      scheduled = true;
      ctx.scheduler.setTimeout(runLatest, 0);
    },
  };
}
