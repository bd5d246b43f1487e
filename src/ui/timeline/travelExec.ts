// `undo` or `redo` typed on its own at the shell prompt is the timeline's undo / redo, not a command for
// the console: this wraps the terminal's exec so such a line becomes the time-travel request. The host
// moves the lab; the page then shows the lab as at that step (a new terminal, like a reopen). A refusal
// ("Nothing to undo…", an exam) is printed where the command's output would be.
import type { ExecDone, SimApi, SimSnapshot, TimeTravelRequest, Travelled } from '../../protocol/index.ts';

export interface TravelExecOptions {
  /** The time-travel request (SimClient.timeTravel). */
  travel(body: Extract<TimeTravelRequest, { type: 'undo' | 'redo' }>): Promise<{ travel: Travelled }>;
  /** The lab as shown (its mode tells a shell prompt from a question). */
  snapshot(): SimSnapshot | null;
  /** False in an exam: undo and redo are refused. */
  allowed(): boolean;
  onTravelled(travel: Travelled): void;
}

export const EXAM_REFUSAL = 'undo: not available during an exam.';

/** The travel word a line is, when typed on its own. */
export function travelWord(line: string): 'undo' | 'redo' | null {
  const word = line.trim();
  return word === 'undo' || word === 'redo' ? word : null;
}

export function withTravel<A extends Pick<SimApi, 'exec'>>(api: A, options: TravelExecOptions): A {
  const exec: SimApi['exec'] = (line, onChunk, onEvent) => {
    const word = travelWord(line);
    const shown = options.snapshot();
    if (!word || !shown || shown.mode !== 'shell') return api.exec(line, onChunk, onEvent);
    const refuse = (message: string): ExecDone => {
      onChunk({ stream: 'stderr', text: `${message}\n`, atMs: 0 });
      return { exitCode: 1, snapshot: shown, events: [] };
    };
    if (!options.allowed()) return Promise.resolve(refuse(EXAM_REFUSAL.replace('undo', word)));
    return options.travel({ type: word }).then(
      ({ travel }) => {
        options.onTravelled(travel);
        return { exitCode: 0, snapshot: travel.snapshot, events: [] };
      },
      (err: unknown) => refuse(`${word}: ${err instanceof Error ? err.message : String(err)}`),
    );
  };
  return { ...api, exec } as A;
}
