// Lets the SMIT screen watch the one command it asked the terminal to run. SMIT does not call the
// simulator itself: the line goes through the terminal's own path (echo, history, queue, busy state),
// exactly as if typed; this wrapper around the SimApi the terminal uses copies that line's chunks and
// its end to SMIT's COMMAND STATUS screen.
import type { ExecDone, SimApi } from '../../protocol/index.ts';
import { withExec } from '../sim/withExec.ts';

export interface RunObserver {
  onChunk(stream: 'stdout' | 'stderr', text: string): void;
  onDone(exitCode: number): void;
}

export interface ExecTap {
  /** The next exec of exactly `line` reports to `observer`. */
  expect(line: string, observer: RunObserver): void;
  /** The SimApi to give the terminal. */
  wrap(api: SimApi): SimApi;
}

export function createExecTap(): ExecTap {
  let waiting: { line: string; observer: RunObserver } | null = null;
  return {
    expect(line, observer) {
      waiting = { line, observer };
    },
    wrap(api) {
      return withExec(api, (line, onChunk, onEvent) => {
          const observer = waiting && waiting.line === line ? waiting.observer : null;
          if (observer) waiting = null;
          const done = api.exec(
            line,
            (chunk) => {
              onChunk(chunk);
              observer?.onChunk(chunk.stream, chunk.text);
            },
            onEvent,
          );
          if (!observer) return done;
          return done.then(
            (d: ExecDone) => {
              observer.onDone(d.exitCode);
              return d;
            },
            (err: unknown) => {
              observer.onChunk('stderr', `${err instanceof Error ? err.message : String(err)}\n`);
              observer.onDone(1);
              throw err;
            },
          );
      });
    },
  };
}
