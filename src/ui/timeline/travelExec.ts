// `undo` or `redo` typed on its own at the shell prompt is the timeline's undo / redo, not a command for
// the console: this wraps the terminal's exec so such a line becomes the time-travel request. The host
// moves the lab; the page then shows the lab as at that step (a new terminal, like a reopen). A refusal
// ("Nothing to undo…", an exam) is printed where the command's output would be.
import type { ExecDone, SimApi, SimSnapshot, TimelineView, TimeTravelRequest, Travelled } from '../../protocol/index.ts';

export interface TravelExecOptions {
  /** The time-travel request (SimClient.timeTravel). */
  travel(body: Extract<TimeTravelRequest, { type: 'undo' | 'redo' }>): Promise<{ travel: Travelled }>;
  /** The lab's steps (typed `timeline`). */
  timeline(): Promise<{ timeline: TimelineView }>;
  /** The lab as shown (its mode tells a shell prompt from a question). */
  snapshot(): SimSnapshot | null;
  /** False in an exam: undo and redo are refused. */
  allowed(): boolean;
  onTravelled(travel: Travelled): void;
}

export const EXAM_REFUSAL = 'undo: not available during an exam.';

/** The travel word a line is, when typed on its own. */
export function travelWord(line: string): 'undo' | 'redo' | 'timeline' | null {
  const word = line.trim();
  return word === 'undo' || word === 'redo' || word === 'timeline' ? word : null;
}

/** The timeline as `history` prints it: number, line, lifecycle after it, kind; ">" marks where the lab stands. */
export function timelineText(view: TimelineView): string {
  const rows = [`  ${'0'.padStart(4)}  ${'(start of the scenario)'.padEnd(40)} ${view.startLifecycle}`];
  for (const e of view.entries) {
    const line = e.line.length > 40 ? `${e.line.slice(0, 39)}…` : e.line;
    const notes = [e.group === 'other' ? '' : e.group, e.exitCode !== 0 ? `exit ${e.exitCode}` : '', e.cut ? '^C' : '', e.index > view.cursor ? 'undone' : ''].filter(Boolean).join(', ');
    rows.push(`${e.index === view.cursor ? '>' : ' '} ${String(e.index).padStart(4)}  ${line.padEnd(40)} ${e.lifecycle.padEnd(18)} ${notes}`.trimEnd());
  }
  if (view.cursor === 0) rows[0] = `>${rows[0].slice(1)}`;
  return rows.join('\n') + '\n';
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
    if (word === 'timeline') {
      return options.timeline().then(
        ({ timeline }) => {
          onChunk({ stream: 'stdout', text: timelineText(timeline), atMs: 0 });
          return { exitCode: 0, snapshot: shown, events: [] };
        },
        (err: unknown) => refuse(`timeline: ${err instanceof Error ? err.message : String(err)}`),
      );
    }
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
