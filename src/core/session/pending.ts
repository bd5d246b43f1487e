// Lines that answer a question instead of running a command (reset's confirmation).
import { trainerMessages } from '../messages/index.ts';
import { findScenario } from '../scenario/builtins.ts';
import type { PendingInput, SessionState } from './api.ts';
import type { LineRecorder } from './session.ts';

export function pendingPrompt(p: PendingInput): string {
  switch (p.kind) {
    case 'confirm-reset':
      return trainerMessages.resetAsk;
  }
}

export function answerPending(state: SessionState, p: PendingInput, line: string, rec: LineRecorder): number {
  switch (p.kind) {
    case 'confirm-reset': {
      const yes = /^\s*y(es)?\s*$/i.test(line);
      if (!yes) {
        rec.write('stdout', trainerMessages.resetKept + '\n');
        return 1;
      }
      state.world = structuredClone(state.start);
      rec.events.push({ type: 'reset' });
      rec.write('stdout', trainerMessages.resetDone(findScenario(state.scenario)?.title ?? state.scenario) + '\n');
      return 0;
    }
  }
}
