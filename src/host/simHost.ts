// The host: owns the open lab's session, persists every command before acknowledging it, and streams
// output on simulated time. The same endpoint runs inside the worker (sim.worker.ts) and, when workers
// are unavailable, inside the page (ui/sim/inPageHost.ts): it only needs a `post` function and timers.
// This file is the dispatcher and the one-request-at-a-time queue; the work is done on a HostContext by
// writerLock.ts (one writer per lab), openLab.ts (which lab, restore, resume, link) and runLine.ts
// (exec, interrupt, finish); labRequests.ts answers the labs menu; timeTravel.ts the timeline (undo, jump, branch, compare, files).
import type { FromWorker, OpenRequest, ReplyTo, ToWorker } from '../protocol/index.ts';
import { createSession, newSessionState } from '../core/session/session.ts';
import { restoreSessionState } from '../core/session/restore.ts';
import { DEFAULT_SCENARIO, findScenario } from '../core/scenario/builtins.ts';
import { DEFAULT_PROMPT, errorText, isSpeed, READ_ONLY_MESSAGE, readOnly, type HostContext, type HostCore, type HostDeps, type LockManagerLike, type Reply } from './hostContext.ts';
import { createLab } from './createLab.ts';
import { labRequest } from './labRequests.ts';
import { open } from './openLab.ts';
import { createPreviewer } from './preview.ts';
import type { Scheduler } from './playback.ts';
import { exec } from './runLine.ts';
import { timeTravel } from './timeTravel.ts';
import { shareLink, StepLog } from './sharedLink.ts';
import { twinStartOfState } from '../core/twin/fromWorld.ts';
import { TWIN_SCENARIO, type TwinStart } from '../core/twin/start.ts';
import { WRITER_LOCK, WriterLock } from './writerLock.ts';

export type { Scheduler } from './playback.ts';
export { MAX_WAIT_MS } from './playback.ts';
export type { HostCore, HostDeps, LockManagerLike, StoreHooks } from './hostContext.ts';
export { READ_ONLY_MESSAGE } from './hostContext.ts';
export { LINK_NEEDS_WORKER, STORE_OPEN_TIMEOUT_MS } from './openLab.ts';
export { LOCK_WAIT_MS, RESTART_LOCK_WAIT_MS, WRITER_LOCK, labLockName } from './writerLock.ts';

export interface HostEndpoint {
  receive(msg: ToWorker): void;
  /** Stops this host for good: releases the writer lock, closes storage, ignores later messages. */
  dispose(): void;
}

const REAL_CORE: HostCore = {
  createSession,
  newSessionState,
  restoreSessionState,
  scenarioTitle: (id) => findScenario(id)?.title ?? null,
  defaultScenario: DEFAULT_SCENARIO,
};

const globalScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

function defaultLocks(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : null;
}

export function createHostEndpoint(post: (msg: FromWorker) => void, deps: HostDeps = {}): HostEndpoint {
  const scheduler = deps.scheduler ?? globalScheduler;
  const ctx: HostContext = {
    core: deps.core ?? REAL_CORE,
    deps,
    scheduler,
    now: deps.now ?? (() => performance.now()),
    wallClock: deps.wallClock ?? Date.now,
    post,
    speed: '1x',
    opened: false,
    session: null,
    good: null,
    prompt: DEFAULT_PROMPT,
    scrollback: [],
    store: null,
    storeTried: false,
    repairs: [],
    lab: null,
    records: null,
    storage: { mode: 'indexeddb', message: null },
    steps: new StepLog(),
    linkSave: null,
    playback: null,
    interruptPending: false,
    lock: new WriterLock(deps.locks === undefined ? defaultLocks() : deps.locks, deps.lockName ?? WRITER_LOCK, scheduler, () => ctx.disposed),
    disposed: false,
  };
  let phase: 'idle' | 'opening' | 'exec' = 'idle';
  const previewer = createPreviewer(ctx);
  let takeoverPending = false;

  const error = (id: number, code: 'busy' | 'internal' | 'read-only' | 'storage' | 'bad-link', message: string) =>
    post({ id, type: 'error', error: { code, message } });

  /** The other tab closed and the open lab's lock is ours: reload it from storage as the writer. */
  function takeover(): void {
    if (ctx.disposed) return ctx.lock.drop();
    if (!ctx.store || !ctx.lab) {
      ctx.lock.drop(); // storage failed meanwhile: this tab works in memory, it writes nothing
      return;
    }
    if (phase !== 'idle') {
      takeoverPending = true; // after the request in progress
      return;
    }
    takeoverPending = false;
    // Only the lab, from storage: never the link or scenario this tab was opened with (newer work wins).
    const request: OpenRequest = { lab: ctx.lab.id, speed: ctx.speed };
    const previous = { session: ctx.session, good: ctx.good, prompt: ctx.prompt, scrollback: ctx.scrollback, lab: ctx.lab };
    ctx.session = null; // load from storage, not from this tab's copy
    ctx.good = null;
    ctx.lab = null;
    phase = 'opening';
    run(0, (reply) =>
      open(ctx, 0, request, (msg) => reply(msg.type === 'opened' ? { id: 0, type: 'reopened', result: msg.result } : msg), takeover).catch((err: unknown) => {
        ({ session: ctx.session, good: ctx.good, prompt: ctx.prompt, scrollback: ctx.scrollback, lab: ctx.lab } = previous);
        throw err;
      }),
    );
  }

  /** Share: the open lab as a shared link ('linked'), or why it cannot be one. */
  async function link(id: number): Promise<void> {
    const reply: Reply<'link'> = post;
    const lab = ctx.good;
    if (!lab) return error(id, 'internal', 'The simulator is not open yet.');
    const all = await ctx.steps.all();
    if (!all) return error(id, 'storage', 'The commands of this lab could not be read from storage, so no link can be made of it.');
    let twin: TwinStart | undefined;
    if (lab.scenario === TWIN_SCENARIO) {
      // A twin lab's server travels as facts read back from its start world, only if they rebuild it exactly.
      const start = twinStartOfState(lab);
      if (!start) return error(id, 'bad-link', "This lab's server cannot be put in a link exactly, so no link was made: export the lab as a file instead (Timeline tab).");
      twin = start;
    }
    const encoded = shareLink(ctx.core, lab.scenario, all, twin);
    if (!encoded.ok) error(id, 'bad-link', encoded.error.message);
    else reply({ id, type: 'linked', link: { payload: encoded.value, scenario: lab.scenario, steps: all.length } });
  }

  /**
   * Runs one request. `reply` posts its final message (opened, done or error) after marking the host
   * idle, so a request sent the moment the page sees that reply is never refused as busy.
   */
  function run(id: number, task: (reply: (msg: FromWorker) => void) => Promise<void>): void {
    let replied = false;
    const reply = (msg: FromWorker) => {
      if (replied) return;
      replied = true;
      phase = 'idle';
      ctx.playback = null;
      ctx.interruptPending = false;
      post(msg);
      if (takeoverPending) takeover();
    };
    task(reply).catch((err: unknown) => reply({ id, type: 'error', error: { code: 'internal', message: `The simulator failed: ${errorText(err)}` } }));
  }

  return {
    receive(msg: ToWorker): void {
      if (ctx.disposed) return;
      switch (msg.type) {
        case 'ping':
          post({ id: msg.id, type: 'pong' } satisfies ReplyTo<'ping'>);
          return;
        case 'link':
          if (phase === 'opening') error(msg.id, 'busy', 'The simulator is still starting.');
          else void link(msg.id).catch((err: unknown) => error(msg.id, 'internal', `No link could be made: ${errorText(err)}`));
          return;
        case 'labs':
        case 'lab-rename':
        case 'lab-duplicate':
        case 'lab-delete':
          if (phase === 'opening') error(msg.id, 'busy', 'The simulator is still starting.');
          else void labRequest(ctx, msg).catch((err: unknown) => error(msg.id, 'internal', `The saved labs could not be read: ${errorText(err)}`));
          return;
        case 'createLab':
          if (phase === 'opening') error(msg.id, 'busy', 'The simulator is still starting.');
          else void createLab(ctx, msg).catch((err: unknown) => error(msg.id, 'internal', `The new lab could not be made: ${errorText(err)}`));
          return;
        case 'preview':
          // Any time after open, even mid-command: it reads the last committed state and writes nothing.
          if (phase === 'opening') error(msg.id, 'busy', 'The simulator is still starting.');
          else previewer.receive(msg);
          return;
        case 'open':
          if (phase !== 'idle') return error(msg.id, 'busy', 'The simulator is busy; wait for the current command to finish.');
          phase = 'opening';
          run(msg.id, (reply) => open(ctx, msg.id, msg.request, reply, takeover));
          return;
        case 'exec':
          if (phase === 'opening') error(msg.id, 'busy', 'The simulator is still starting.');
          else if (phase === 'exec') error(msg.id, 'busy', 'A command is still running; wait for it or press Ctrl-C.');
          else if (!ctx.session || !ctx.good) error(msg.id, 'internal', 'The simulator is not open yet.');
          else if (readOnly(ctx)) error(msg.id, 'read-only', `${READ_ONLY_MESSAGE} Commands run in the tab that is saving this lab.`);
          else {
            phase = 'exec';
            run(msg.id, (reply) => exec(ctx, msg.id, msg.line, reply));
          }
          return;
        case 'timeline':
        case 'undo':
        case 'redo':
        case 'jump':
        case 'branch':
        case 'compare':
        case 'exportLab':
        case 'importLab':
          if (phase !== 'idle') error(msg.id, 'busy', phase === 'opening' ? 'The simulator is still starting.' : 'A command is still running; wait for it or press Ctrl-C.');
          else if (!ctx.session || !ctx.good) error(msg.id, 'internal', 'The simulator is not open yet.');
          else {
            phase = 'exec';
            run(msg.id, (reply) => timeTravel(ctx, msg, reply));
          }
          return;
        case 'interrupt':
          if (ctx.playback) ctx.playback.interrupt();
          else if (phase === 'exec') ctx.interruptPending = true; // still committing: stop as soon as playback starts
          return;
        case 'speed':
          if (isSpeed(msg.speed)) {
            ctx.speed = msg.speed;
            ctx.playback?.setSpeed(ctx.speed);
          }
          return;
      }
    },
    dispose(): void {
      if (ctx.disposed) return;
      ctx.disposed = true;
      const s = ctx.store;
      ctx.store = null; // first: nothing below may write (a command cut here resumes from its in-flight record)
      ctx.records = null;
      try {
        s?.close();
      } catch {
        // already closed
      }
      ctx.lock.drop();
      ctx.playback?.interrupt();
    },
  };
}
