// Which line the simulator is running and whether any of its output has arrived: when the worker dies,
// the page can tell a line that never took effect (the host saves a command before its first output)
// from one that did, and put the first back in the command line instead of losing it silently.
import type { SimApi } from '../../protocol/index.ts';
import { withExec } from '../sim/withExec.ts';

export interface RunningLine {
  line: string;
  /** Output or an event of this line arrived: the host had saved it, so it took effect (maybe cut). */
  started: boolean;
}

export interface CommandWatch {
  wrap(api: SimApi): SimApi;
  /** The line running now, or null. Read it when the simulator dies, before the rejection settles. */
  running(): RunningLine | null;
}

export function createCommandWatch(): CommandWatch {
  let current: RunningLine | null = null;
  return {
    running: () => current,
    wrap(api) {
      return withExec(api, (line, onChunk, onEvent) => {
          const mine: RunningLine = { line, started: false };
          current = mine;
          const settle = () => {
            if (current === mine) current = null;
          };
          const done = api.exec(
            line,
            (chunk) => {
              mine.started = true;
              onChunk(chunk);
            },
            (event) => {
              mine.started = true;
              onEvent(event);
            },
          );
          done.then(settle, settle);
          return done;
      });
    },
  };
}

/** The words of the restart notice for a simulator that died while `lost` ran (null: it was idle). */
export function restartText(reason: string, lost: RunningLine | null): string {
  if (!lost) return `The simulator stopped (${reason}); it was restarted from the saved lab.`;
  if (!lost.started) {
    return `The simulator stopped while running “${lost.line}” (${reason}). It was restarted from the saved lab, where that line never ran: it is back in the command line, unrun.`;
  }
  return `The simulator stopped while running “${lost.line}” (${reason}). It was restarted from the saved lab, which keeps what the command had done up to its last output.`;
}
