// A lab's timeline: its steps (every console line since the scenario started, answers to questions
// included, with where Ctrl-C cut a line) replayed from the scenario's start world. The session is
// deterministic (the world carries its simulated clock and seeded random source), so step N rebuilt by
// replay is exactly the lab as it was after its Nth line. A full state is kept every CHECKPOINT_EVERY
// steps, so the state at any step costs at most that many lines from the checkpoint before it.
// Pure: no real clock (a `shouldStop` callback bounds the work), no I/O.
import { classifyLifecycle } from '../lifecycle/index.ts';
import { clonePlain } from '../model/clone.ts';
import type { Session, SessionState } from '../session/api.ts';
import { createSession } from '../session/session.ts';
import type { ExecResult } from '../session/types.ts';
import { groupOf, type StepGroup } from './groups.ts';

export const CHECKPOINT_EVERY = 25;

/** One console line of the lab, and where it was cut (simulated ms after its start) if it was. */
export interface TimelineStep {
  line: string;
  cutAtMs?: number;
}

/** What the timeline shows of a step (index from 1: the state after the index-th line). */
export interface TimelineEntry {
  index: number;
  line: string;
  exitCode: number;
  /** The lifecycle machine's state after the line. */
  lifecycle: string;
  group: StepGroup;
  /** Simulated clock when the line started. */
  startedAtMs: number;
  /** The line was cut by Ctrl-C (or a closed tab). */
  cut: boolean;
}

/** A step as it ran, for the host's transcript (the prompt it was typed at, its result or cut result). */
export interface RanStep {
  index: number;
  line: string;
  prompt: string;
  result: ExecResult;
}

export interface BuildOptions {
  /** Checked before each step; true stops the build there (the caller's time budget). */
  shouldStop?: () => boolean;
  /** Called with every step run (after checkpoints are taken). */
  onStep?: (step: RanStep) => void;
  checkpointEvery?: number;
}

/** The state a lab's scenario started from: its start world, no history, no question. */
export function startState(state: SessionState): SessionState {
  return {
    format: 'altdisk-session',
    version: 1,
    scenario: state.scenario,
    start: state.start,
    world: clonePlain(state.start),
    history: [],
    pending: null,
    lifecycle: { state: classifyLifecycle(state.start), recent: [] },
  };
}

function sameStep(a: TimelineStep, b: TimelineStep): boolean {
  return a.line === b.line && a.cutAtMs === b.cutAtMs;
}

/** Runs one step on `session`; the prompt is read only when asked (a snapshot costs a projection). */
function runStep(session: Session, step: TimelineStep, withPrompt: boolean): { prompt: string; startedAtMs: number; result: ExecResult } {
  const prompt = withPrompt ? (session.snapshot().prompt ?? '# ') : '';
  const startedAtMs = session.world().clock.nowMs;
  let result = session.exec(step.line);
  if (step.cutAtMs !== undefined) {
    const cut = session.interruptLast(step.cutAtMs);
    if (cut) result = cut;
  }
  return { prompt, startedAtMs, result };
}

/**
 * The timeline of a lab: entries for every step and checkpoints. Built from the start state and grown
 * (or cut back to a common prefix) as steps change; `stateAt(n)` rebuilds any step.
 */
export class Timeline {
  readonly entries: TimelineEntry[] = [];
  private readonly steps: TimelineStep[] = [];
  /** checkpoints[k] is the state after step k * every. */
  private readonly checkpoints: SessionState[];
  private readonly every: number;

  constructor(readonly start: SessionState, every = CHECKPOINT_EVERY) {
    this.every = Math.max(1, Math.floor(every));
    this.checkpoints = [start];
  }

  get length(): number {
    return this.steps.length;
  }

  stepList(): readonly TimelineStep[] {
    return this.steps;
  }

  /** Steps this timeline shares with `steps` from the start. */
  commonPrefix(steps: readonly TimelineStep[]): number {
    const n = Math.min(steps.length, this.steps.length);
    let i = 0;
    while (i < n && sameStep(steps[i], this.steps[i])) i++;
    return i;
  }

  /** Forgets every step after `n`. */
  truncate(n: number): void {
    if (n >= this.steps.length) return;
    this.steps.length = n;
    this.entries.length = n;
    this.checkpoints.length = Math.floor(n / this.every) + 1;
  }

  /**
   * Makes this timeline hold `steps`: keeps the common prefix, replays the rest. Returns false when
   * `shouldStop` stopped it (the timeline then holds the steps run so far).
   */
  sync(steps: readonly TimelineStep[], options: BuildOptions = {}): boolean {
    const keep = this.commonPrefix(steps);
    this.truncate(keep);
    if (keep === steps.length) return true;
    return this.extend(steps.slice(keep), options);
  }

  /** Runs `more` after the last step. */
  extend(more: readonly TimelineStep[], options: BuildOptions = {}): boolean {
    if (more.length === 0) return true;
    const session = createSession(this.stateAt(this.steps.length));
    const withPrompt = !!options.onStep;
    for (const step of more) {
      if (options.shouldStop?.()) return false;
      const powerBefore = session.world().hosts[session.world().console]?.power ?? null;
      const ran = runStep(session, step, withPrompt);
      const index = this.push(step, ran.result, ran.startedAtMs, powerBefore, () => session.state());
      options.onStep?.({ index, line: step.line, prompt: ran.prompt, result: ran.result });
    }
    return true;
  }

  /**
   * Records a step that was run elsewhere (the host's live session) instead of replaying it: `before` and
   * `after` are the states around it. The session is deterministic, so this is what a replay would give.
   */
  append(step: TimelineStep, result: ExecResult, before: SessionState, after: SessionState): number {
    return this.push(step, result, before.world.clock.nowMs, before.world.hosts[before.world.console]?.power ?? null, () => after);
  }

  private push(step: TimelineStep, result: ExecResult, startedAtMs: number, powerBefore: string | null, after: () => SessionState): number {
    const lifecycleBefore = this.entries.length > 0 ? this.entries[this.entries.length - 1].lifecycle : this.checkpoints[0].lifecycle.state;
    // The lifecycle after the line is the last transition it reported (the tracker reports every one).
    let lifecycle = lifecycleBefore;
    for (const e of result.events) if (e.type === 'lifecycle') lifecycle = e.to;
    const index = this.steps.length + 1;
    this.steps.push({ ...step });
    this.entries.push({
      index,
      line: step.line,
      exitCode: result.exitCode,
      lifecycle,
      group: groupOf(step.line, result.events, lifecycleBefore, lifecycle, powerBefore, result.exitCode),
      startedAtMs,
      cut: step.cutAtMs !== undefined,
    });
    if (index % this.every === 0) this.checkpoints[index / this.every] = after();
    return index;
  }

  /** The state after step `n` (0: the start), rebuilt from the checkpoint at or before it. A fresh copy. */
  stateAt(n: number): SessionState {
    if (!Number.isInteger(n) || n < 0 || n > this.steps.length) throw new RangeError(`no step ${n} in a timeline of ${this.steps.length}`);
    const k = Math.min(Math.floor(n / this.every), this.checkpoints.length - 1);
    const session = createSession(this.checkpoints[k]);
    for (let i = k * this.every; i < n; i++) runStep(session, this.steps[i], false);
    return session.state();
  }
}

/** The state after every step of `steps` replayed straight from `start` (no checkpoints): the reference. */
export function replayStraight(start: SessionState, steps: readonly TimelineStep[]): SessionState {
  const session = createSession(start);
  for (const step of steps) runStep(session, step, false);
  return session.state();
}

/** Whether two states hold the same lab (world, history, question, lifecycle); the start world is not compared. */
export function sameLab(a: SessionState, b: SessionState): boolean {
  const key = (s: SessionState) => canonical([s.scenario, s.world, s.history, s.historyBase ?? 0, s.pending, s.lifecycle]);
  return key(a) === key(b);
}

/** JSON with object keys sorted (a state read through the load gate has its keys in the gate's order). */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    // fromEntries defines own properties: a key named "__proto__" stays an ordinary key.
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
  });
}
