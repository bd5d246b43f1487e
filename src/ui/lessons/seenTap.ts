// What the learner saw: a wrapper around the SimApi the terminal uses that copies each line's output
// (stdout and stderr, as shown) and reports it with its exit code once the line ends. Lessons judge
// readings from it (`Seen` in core/lessons/types.ts: "the bootlist printed hdisk0 first"). Each output is
// trimmed to SEEN_OUTPUT_MAX characters (a lesson reads the head of a listing, never 8 KB of it).
import type { Seen } from '../../core/lessons/types.ts';
import type { SimApi } from '../../protocol/index.ts';
import { withExec } from '../sim/withExec.ts';

export const SEEN_OUTPUT_MAX = 8 * 1024;

export interface SeenTap {
  wrap(api: SimApi): SimApi;
  /** The last line that ended (null before any): read in the terminal's onDone, which runs after it. */
  last(): Seen | null;
}

export function createSeenTap(): SeenTap {
  let last: Seen | null = null;
  return {
    last: () => last,
    wrap(api) {
      return withExec(api, (line, onChunk, onEvent) => {
          let output = '';
          return api
            .exec(
              line,
              (chunk) => {
                if (output.length < SEEN_OUTPUT_MAX) output = (output + chunk.text).slice(0, SEEN_OUTPUT_MAX);
                onChunk(chunk);
              },
              onEvent,
            )
            .then((done) => {
              last = { line: line.trim(), output, exitCode: done.exitCode };
              return done;
            });
      });
    },
  };
}
