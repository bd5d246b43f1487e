// Test doubles for the host tests (imported by *.test.ts only): a manual clock with timers, a tiny fake
// core, and a helper that waits for async work (IndexedDB) to settle.
import type { Session, SessionState } from '../core/session/api.ts';
import { err, ok } from '../core/result.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';
import type { ExecResult, OutputChunk, SimEvent } from '../core/session/types.ts';
import type { World } from '../core/model/types.ts';
import type { Scheduler } from './playback.ts';
import type { HostCore, LockManagerLike } from './simHost.ts';
import type { ToWorker } from '../protocol/index.ts';

/** A ToWorker message without its id (distributed over the union). */
export type ToWorkerBody = ToWorker extends infer M ? (M extends ToWorker ? Omit<M, 'id'> : never) : never;

/** setTimeout/clearTimeout and a clock that move only when advance() is called. */
export class FakeClock {
  t = 0;
  private nextId = 1;
  private timers = new Map<number, { at: number; fn: () => void }>();
  readonly scheduler: Scheduler = {
    setTimeout: (fn, ms) => {
      const id = this.nextId++;
      this.timers.set(id, { at: this.t + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout: (handle) => {
      this.timers.delete(handle as number);
    },
  };
  readonly now = () => this.t;
  get pending(): number[] {
    return [...this.timers.values()].map((t) => t.at - this.t).sort((a, b) => a - b);
  }
  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | null = null;
      for (const entry of this.timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.t = next[1].at;
      next[1].fn();
    }
    this.t = end;
  }
}

/**
 * Waits until `check` holds, giving the event loop up to `maxTurns` turns (IndexedDB work in fake-indexeddb
 * runs on macrotasks). Counted in turns, not milliseconds: a loaded CI machine makes each turn slower, never
 * fewer, so a wait that succeeds idle succeeds under load (a 2 s wall-clock limit did not).
 */
export async function until(check: () => boolean, what = 'condition', maxTurns = 20_000): Promise<void> {
  for (let turn = 0; !check(); turn++) {
    if (turn >= maxTurns) throw new Error(`gave up waiting for ${what} after ${maxTurns} event-loop turns`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

/** Lets `n` event-loop turns pass (pending fake-indexeddb work lands), counted in turns, not milliseconds. */
export async function turns(n = 50): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 1));
}

export function fakeState(scenario: string): SessionState {
  const world = { schema: 1, clock: { nowMs: 0 }, rng: { state: 1 }, hosts: {}, console: 'lab01', disks: {}, vgs: {}, counter: 0 };
  return {
    format: 'altdisk-session',
    version: 1,
    scenario,
    start: structuredClone(world) as unknown as World,
    world: world as unknown as World,
    history: [],
    pending: null,
    lifecycle: { state: 'noAlternate', recent: [] },
  };
}

const chunk = (stream: OutputChunk['stream'], text: string, atMs: number): OutputChunk => ({ stream, text, atMs });

/**
 * A fake core with scenarios 'lab' (default) and 'other'. Lines:
 *   echo X    → stdout "X\n", instant;          fail  → stderr, exit 2
 *   slow      → chunks at 0, 1000 and 5000 ms, a progress event at 3000, a lifecycle event; 6000 ms
 *   quiet     → one chunk at 0 and one at 60000 (longer than the playback cap); 60000 ms
 *   clear     → a 'clear' event;               boom  → the core throws (after mutating its state)
 *   unclonable → returns a state IndexedDB cannot store
 * Every accepted line increments world.counter and advances world.clock by its duration.
 */
export function fakeCore(): HostCore & { created: number } {
  const core = {
    created: 0,
    defaultScenario: 'lab',
    scenarioTitle: (id: string) => (id === 'lab' ? 'Lab' : id === 'other' ? 'Other lab' : null),
    // The real gate checks every field (core/session/restore.ts); this one only the tag and a world.
    restoreSessionState: (v: unknown) =>
      v && typeof v === 'object' && (v as { format?: unknown }).format === 'altdisk-session' && (v as { world?: unknown }).world
        ? ok({ restored: v as SessionState, repaired: [] })
        : err('The saved lab cannot be opened: it is not a saved session.'),
    newSessionState: (id: string) => (id === 'lab' || id === 'other' ? fakeState(id) : null),
    createSession(initial: SessionState): Session {
      core.created++;
      const state = structuredClone(initial);
      let poison = false;
      const world = () => state.world as unknown as { counter: number; clock: { nowMs: number } };
      const snapshot = () =>
        ({ scenario: state.scenario, clockMs: world().clock.nowMs, prompt: '# ', counter: world().counter }) as unknown as SimSnapshot;
      const run = (line: string): ExecResult => {
        let chunks: OutputChunk[] = [];
        let events: SimEvent[] = [];
        let exitCode = 0;
        let durationMs = 0;
        if (line === 'boom') {
          world().counter += 100; // a half-done change the host must throw away
          throw new Error('kaboom');
        } else if (line.startsWith('echo ')) {
          chunks = [chunk('stdout', line.slice(5) + '\n', 0)];
        } else if (line === 'fail') {
          chunks = [chunk('stderr', 'ksh: fail: failed\n', 0)];
          exitCode = 2;
        } else if (line === 'slow') {
          chunks = [chunk('stdout', 'phase 1\n', 0), chunk('stdout', 'phase 2\n', 1000), chunk('stdout', 'done\n', 5000)];
          events = [
            { type: 'progress', percent: 50, label: 'copy', atMs: 3000 },
            { type: 'lifecycle', from: 'none', to: 'asleep', command: 'slow' },
          ];
          durationMs = 6000;
        } else if (line === 'quiet') {
          chunks = [chunk('stdout', 'start\n', 0), chunk('stdout', 'end\n', 60000)];
          durationMs = 60000;
        } else if (line === 'clear') {
          events = [{ type: 'clear' }];
        } else if (line === 'unclonable') {
          poison = true;
        }
        world().counter++;
        world().clock.nowMs += durationMs;
        if (line.trim()) state.history.push(line);
        const text = (s: string) => chunks.filter((c) => c.stream === s).map((c) => c.text).join('');
        return { line, stdout: text('stdout'), stderr: text('stderr'), exitCode, chunks, events, durationMs };
      };
      return {
        exec: run,
        interruptLast: () => null,
        replay: (lines) => lines.map(run),
        world: () => state.world,
        snapshot,
        history: () => state.history,
        state: () => (poison ? ({ ...structuredClone(state), bad: () => 0 } as unknown as SessionState) : structuredClone(state)),
        completions: () => ({ commands: [], words: [] }),
      };
    },
  };
  return core;
}

/**
 * The Web Locks API in memory, as Chromium behaves for exclusive locks: granted in request order;
 * `ifAvailable` calls back with null when held; a waiting request rejects with AbortError on its signal;
 * a lock is held until the callback's promise settles. Hosts sharing one FakeLocks are tabs of one origin.
 */
export class FakeLocks implements LockManagerLike {
  private readonly holders = new Set<string>();
  private readonly waiting: { name: string; start: () => void }[] = [];

  isHeld(name: string): boolean {
    return this.holders.has(name);
  }

  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const start = () => {
        this.holders.add(name);
        Promise.resolve()
          .then(() => callback({ name, mode: 'exclusive' }))
          .then(
            (value) => {
              this.release(name);
              resolve(value);
            },
            (err: unknown) => {
              this.release(name);
              reject(err);
            },
          );
      };
      if (!this.holders.has(name) && !this.waiting.some((w) => w.name === name)) {
        start();
        return;
      }
      if (options.ifAvailable) {
        Promise.resolve()
          .then(() => callback(null))
          .then(resolve, reject);
        return;
      }
      const entry = { name, start };
      const signal = options.signal;
      if (signal) {
        if (signal.aborted) {
          reject(new DOMException('The request was aborted.', 'AbortError'));
          return;
        }
        signal.addEventListener('abort', () => {
          const i = this.waiting.indexOf(entry);
          if (i < 0) return;
          this.waiting.splice(i, 1);
          reject(new DOMException('The request was aborted.', 'AbortError'));
        });
      }
      this.waiting.push(entry);
    });
  }

  private release(name: string): void {
    this.holders.delete(name);
    const i = this.waiting.findIndex((w) => w.name === name);
    if (i >= 0) this.waiting.splice(i, 1)[0].start();
  }
}
