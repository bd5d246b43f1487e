// What one command line produces. Output arrives in timed chunks so long operations (a clone takes
// tens of simulated minutes) can be played back at the learner's speed.
export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
  /** Simulated milliseconds after the start of the command line at which the chunk appears. */
  atMs: number;
}

export type SimEvent =
  | { type: 'clear' }
  | { type: 'reset' }
  /** Operator-panel code shown during shutdown/boot (e.g. 0551), at a simulated offset. */
  | { type: 'led'; host: string; code: string | null; atMs: number }
  | { type: 'power'; host: string; state: 'off' | 'firmware' | 'sms' | 'booting' | 'hung' | 'running'; atMs: number }
  | { type: 'lifecycle'; from: string; to: string; command: string }
  /**
   * The line's whole simulated duration, first on its time line (offset 0) when it is not instant: the
   * page can say how long a command will take and how far it is while its output plays.
   */
  | { type: 'duration'; durationMs: number; atMs: 0 }
  /** Progress figure (0–100) of a long operation, at a simulated offset. */
  | { type: 'progress'; percent: number; label: string; atMs: number }
  /**
   * smitty/smit opened a SMIT panel (`panel` is its fast path: alt_install, alt_clone, alt_mksysb). The UI
   * draws it; a command it runs comes back as an ordinary typed line. `note` is a trainer remark to show
   * with it (bare `smitty`: other SMIT menus are not simulated).
   */
  | { type: 'smit'; panel: string; note?: string };

export interface ExecResult {
  line: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  chunks: OutputChunk[];
  events: SimEvent[];
  /** Total simulated duration of the line. */
  durationMs: number;
}
