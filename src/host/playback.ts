// Plays a command's timed output back on simulated time at the learner's speed. The command itself has
// already run (and been committed): this only decides WHEN each chunk and event is posted.
//
// Time mapping: an item at simulated offset atMs is posted when (atMs - previous offset) / factor real
// ms have passed since the previous item (factor 1 for '1x', 10 for '10x'; 'instant' posts at once).
// Cap: no single wait is longer than MAX_WAIT_MS of real time, at any speed. AIX's alt_disk_copy
// prints nothing for minutes between phases; played at 1x that would look like a frozen terminal, so
// a quiet stretch is shortened to MAX_WAIT_MS while the order of everything is kept.
import type { OutputChunk, SimEvent, Speed } from '../protocol/index.ts';
import type { ExecResult } from '../core/session/types.ts';

export const MAX_WAIT_MS = 2000;

export type TimelineItem =
  | { atMs: number; kind: 'chunk'; chunk: OutputChunk }
  | { atMs: number; kind: 'event'; event: SimEvent };

export interface Timeline {
  items: TimelineItem[];
  /** Simulated offset at which the command completes (its duration, at least the last item). */
  endMs: number;
}

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

function offset(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Orders a result's chunks and events on one time line. Events without an offset are placed by
 * meaning: 'clear' and 'reset' before everything (the screen clears first), the others (lifecycle
 * transitions) at the end, when the command has completed. Chunks come before events at equal offsets.
 */
export function buildTimeline(result: ExecResult): Timeline {
  const first: TimelineItem[] = [];
  const timed: TimelineItem[] = result.chunks.map((chunk) => ({ atMs: offset(chunk.atMs), kind: 'chunk', chunk }));
  const last: SimEvent[] = [];
  for (const event of result.events) {
    if ('atMs' in event) timed.push({ atMs: offset(event.atMs), kind: 'event', event });
    else if (event.type === 'clear' || event.type === 'reset') first.push({ atMs: 0, kind: 'event', event });
    else last.push(event);
  }
  timed.sort((a, b) => a.atMs - b.atMs); // stable: chunks keep their order and precede events on ties
  const lastAt = timed.length > 0 ? timed[timed.length - 1].atMs : 0;
  const endMs = Math.max(offset(result.durationMs), lastAt);
  const items = [...first, ...timed, ...last.map((event): TimelineItem => ({ atMs: endMs, kind: 'event', event }))];
  return { items, endMs };
}

export function speedFactor(speed: Speed): number {
  return speed === 'instant' ? Infinity : speed === '10x' ? 10 : 1;
}

export interface PlaybackOptions {
  timeline: Timeline;
  speed: Speed;
  scheduler: Scheduler;
  /** Real clock in ms (performance.now), used to keep progress when the speed changes mid-wait. */
  now: () => number;
  deliver: (item: TimelineItem) => void;
  /** Called once: after the last item (and the command's remaining duration), or on interrupt. */
  finish: (how: { interrupted: boolean; atMs: number }) => void;
}

export interface Playback {
  setSpeed(speed: Speed): void;
  interrupt(): void;
  readonly finished: boolean;
}

/** Starts playing; at 'instant' everything is delivered (and finish called) before this returns. */
export function startPlayback(options: PlaybackOptions): Playback {
  const { timeline, scheduler, now, deliver, finish } = options;
  let speed = options.speed;
  let index = 0;
  let simPos = 0;
  let finished = false;
  let wait: { handle: unknown; startedAt: number; fromMs: number; toMs: number; realMs: number } | null = null;

  const cancelWait = () => {
    if (!wait) return;
    scheduler.clearTimeout(wait.handle);
    wait = null;
  };

  const end = (interrupted: boolean) => {
    if (finished) return;
    finished = true;
    cancelWait();
    finish({ interrupted, atMs: Math.round(simPos) });
  };

  const waitUntil = (toMs: number) => {
    const realMs = Math.min((toMs - simPos) / speedFactor(speed), MAX_WAIT_MS);
    const w = { handle: undefined as unknown, startedAt: now(), fromMs: simPos, toMs, realMs };
    w.handle = scheduler.setTimeout(() => {
      if (wait !== w) return;
      wait = null;
      simPos = toMs;
      run();
    }, realMs);
    wait = w;
  };

  function run(): void {
    while (!finished) {
      const item = index < timeline.items.length ? timeline.items[index] : null;
      const target = item ? item.atMs : timeline.endMs;
      if (speed !== 'instant' && target > simPos) {
        waitUntil(target);
        return;
      }
      if (target > simPos) simPos = target;
      if (!item) {
        end(false);
        return;
      }
      index++;
      deliver(item);
    }
  }

  run();

  return {
    setSpeed(next: Speed) {
      if (finished || next === speed) return;
      if (wait) {
        // Keep the simulated progress made so far in this wait, then wait the rest at the new speed.
        const w = wait;
        const done = w.realMs > 0 ? Math.min(1, Math.max(0, (now() - w.startedAt) / w.realMs)) : 1;
        cancelWait();
        simPos = w.fromMs + (w.toMs - w.fromMs) * done;
      }
      speed = next;
      run();
    },
    interrupt() {
      if (wait) {
        const w = wait;
        const done = w.realMs > 0 ? Math.min(1, Math.max(0, (now() - w.startedAt) / w.realMs)) : 1;
        simPos = w.fromMs + (w.toMs - w.fromMs) * done;
      }
      end(true);
    },
    get finished() {
      return finished;
    },
  };
}
