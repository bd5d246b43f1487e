// The host: owns the session, persists every command before acknowledging it, and streams output on
// simulated time. The same endpoint runs inside the worker (sim.worker.ts) and, when workers are
// unavailable, inside the page (ui/sim/inPageHost.ts): it only needs a `post` function and timers.
//
// Order for one 'exec': run the line (pure, instant) → commit state + log entry + terminal lines in one
// IndexedDB transaction → post chunks/events as simulated time passes → post 'done'. So an
// acknowledged command is never lost, and a tab closed mid-command keeps exactly before or after.
import type { FromWorker, HostError, OpenRequest, Speed, StorageStatus, TerminalLine, ToWorker } from '../protocol/index.ts';
import type { Session, SessionState } from '../core/session/api.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';
import type { ExecResult } from '../core/session/types.ts';
import { createSession, newSessionState } from '../core/session/session.ts';
import { DEFAULT_SCENARIO } from '../core/scenario/builtins.ts';
import { openStore as openIndexedDbStore, SCROLLBACK_CAP, type InflightRecord, type OpenStoreOptions, type Store } from './persistence/db.ts';
import { memoryStatus, StorageError, toStorageError } from './persistence/errors.ts';
import { buildTimeline, startPlayback, type Playback, type Scheduler } from './playback.ts';
import { outputLines, transcript } from './transcript.ts';
import { LINK_REPLAY_BUDGET_MS, openLink, shareLink, StepLog, stepsFromLog } from './sharedLink.ts';

export type { Scheduler } from './playback.ts';
export { MAX_WAIT_MS } from './playback.ts';

/** Longest wait for IndexedDB to open before the lab starts in memory (the page gives 'open' 2 s). */
export const STORE_OPEN_TIMEOUT_MS = 1000;
/** The Web Lock that makes one tab the writer of the saved lab (BUDGETS R3). */
export const WRITER_LOCK = 'altdisk-trainer-writer';
/**
 * How long 'open' waits for the writer lock when another holder has it: a tab that is closing, or a
 * worker the page just restarted, releases it within this time. After it, this tab opens read-only.
 */
export const LOCK_WAIT_MS = 500;
const DEFAULT_PROMPT = '# ';

/** The core functions the host uses (injectable for tests). */
export interface HostCore {
  createSession(state: SessionState): Session;
  newSessionState(scenarioId: string): SessionState | null;
  defaultScenario: string;
}

export interface HostDeps {
  /** Opens storage. Default: IndexedDB (persistence/db.ts). null: memory only, said so in the status. */
  openStore?: ((hooks: StoreHooks) => Promise<Store>) | null;
  /**
   * Asks for persistent storage after the first save. Default: navigator.storage.persist when present.
   * StorageManager.persist() is exposed to windows only, so in a worker the default finds nothing to
   * call: the worker should pass a function that asks the page to do it (see the report / protocol).
   */
  requestPersist?: (() => Promise<boolean>) | null;
  /** Timers for playback and the storage-open timeout. Default: the global setTimeout/clearTimeout. */
  scheduler?: Scheduler;
  /** Reported in OpenResult.inPage: true when running in the page instead of a worker. */
  inPage?: boolean;
  /** Real clock in ms. Default: performance.now. */
  now?: () => number;
  core?: HostCore;
  storeOpenTimeoutMs?: number;
  /**
   * Web Locks (BUDGETS R3: exactly one writer). Default: navigator.locks (windows and workers). null, or
   * an environment without it (node tests over fake-indexeddb): this host assumes it is the only writer.
   */
  locks?: LockManagerLike | null;
  lockName?: string;
  lockWaitMs?: number;
}

/** The part of the Web Locks API the host uses (navigator.locks). */
export interface LockManagerLike {
  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => unknown): Promise<unknown>;
}

export type StoreHooks = Pick<OpenStoreOptions, 'onLost' | 'requestPersist'>;

export interface HostEndpoint {
  receive(msg: ToWorker): void;
  /** Stops this host for good: releases the writer lock, closes storage, ignores later messages. */
  dispose(): void;
}

const REAL_CORE: HostCore = { createSession, newSessionState, defaultScenario: DEFAULT_SCENARIO };

const globalScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

const MEMORY_ONLY: StorageStatus = {
  mode: 'memory',
  message: 'Saving is turned off for this session: the lab works, but nothing is kept after you close the tab.',
};

export const READ_ONLY_MESSAGE =
  'This lab is open in another tab of the trainer; this tab is read-only until that one closes, then it takes over.';
const READ_ONLY: StorageStatus = { mode: 'read-only', message: READ_ONLY_MESSAGE };

function defaultLocks(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : null;
}

type Reply = (msg: FromWorker) => void;

function isSpeed(value: unknown): value is Speed {
  return value === 'instant' || value === '1x' || value === '10x';
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A light shape check of a stored session before the core is asked to rebuild it. */
function looksLikeSessionState(value: unknown): value is SessionState {
  if (!value || typeof value !== 'object') return false;
  const s = value as Partial<SessionState>;
  return (
    s.format === 'altdisk-session' &&
    s.version === 1 &&
    typeof s.scenario === 'string' &&
    !!s.world &&
    typeof s.world === 'object' &&
    !!s.start &&
    Array.isArray(s.history)
  );
}

export function createHostEndpoint(post: (msg: FromWorker) => void, deps: HostDeps = {}): HostEndpoint {
  const core = deps.core ?? REAL_CORE;
  const scheduler = deps.scheduler ?? globalScheduler;
  const now = deps.now ?? (() => performance.now());
  const storeOpenTimeoutMs = deps.storeOpenTimeoutMs ?? STORE_OPEN_TIMEOUT_MS;
  const locks = deps.locks === undefined ? defaultLocks() : deps.locks;
  const lockName = deps.lockName ?? WRITER_LOCK;
  const lockWaitMs = deps.lockWaitMs ?? LOCK_WAIT_MS;

  let phase: 'idle' | 'opening' | 'exec' = 'idle';
  let opened = false;
  let speed: Speed = '1x';
  let session: Session | null = null;
  /** The last committed state (a private deep copy): what an internal error goes back to. */
  let good: SessionState | null = null;
  let prompt = DEFAULT_PROMPT;
  let scrollback: TerminalLine[] = [];
  let store: Store | null = null;
  let storeTried = false;
  let storage: StorageStatus = { mode: 'indexeddb', message: null };
  let playback: Playback | null = null;
  let interruptPending = false;
  /** Every line of the open lab since its scenario started: what Share turns into a link (sharedLink.ts). */
  const steps = new StepLog();
  /** A shared link's lab still being saved after 'opened' was posted: open and exec write only after it. */
  let linkSave: Promise<void> | null = null;
  /** Whether this host may write: true with the writer lock (or without Web Locks); false: read-only. */
  let writer: boolean | null = null;
  let releaseLock: (() => void) | null = null;
  let lockWait: AbortController | null = null;
  /** The request of the first open, run again when this read-only host takes over. */
  let openRequest: OpenRequest | null = null;
  let takeoverPending = false;
  let disposed = false;

  /** Storage works but another tab writes: show the saved lab, refuse commands. */
  const readOnly = () => writer === false && store !== null;
  const status = (): StorageStatus => (readOnly() ? READ_ONLY : storage);

  const error = (id: number, code: HostError['code'], message: string) =>
    post({ id, type: 'error', error: { code, message } });

  /** Storage failed: drop it, keep running in memory, and say so (unsolicited once the page is open). */
  function storageFailed(err: StorageError): void {
    const failed = store;
    store = null;
    try {
      failed?.close();
    } catch {
      // already closed
    }
    // A tab that no longer saves is no longer the writer: another tab may take over.
    dropLock();
    if (storage.mode === 'memory') return; // already reported
    storage = memoryStatus(err);
    if (opened) post({ id: 0, type: 'storage', storage });
  }

  async function ensureStore(): Promise<void> {
    if (storeTried) return;
    storeTried = true;
    if (deps.openStore === null) {
      storage = MEMORY_ONLY;
      return;
    }
    const open = deps.openStore ?? openIndexedDbStore;
    const hooks: StoreHooks = { onLost: (err: StorageError) => storageFailed(err) };
    if (deps.requestPersist !== undefined) hooks.requestPersist = deps.requestPersist;
    try {
      store = await new Promise<Store>((resolve, reject) => {
        let settled = false;
        const timer = scheduler.setTimeout(() => {
          settled = true;
          reject(new StorageError('blocked', `storage did not open within ${storeOpenTimeoutMs} ms`));
        }, storeOpenTimeoutMs);
        open(hooks).then(
          (s) => {
            if (settled) s.close(); // too late: the lab already started in memory
            else resolve(s);
            settled = true;
            scheduler.clearTimeout(timer);
          },
          (err: unknown) => {
            settled = true;
            scheduler.clearTimeout(timer);
            reject(err);
          },
        );
      });
      storage = { mode: 'indexeddb', message: null };
    } catch (err) {
      storageFailed(toStorageError(err, 'unavailable'));
    }
  }

  function dropLock(): void {
    lockWait?.abort();
    lockWait = null;
    releaseLock?.();
    releaseLock = null;
  }

  /** Asks for the writer lock; resolves true once held (kept until dropLock), false if not granted. */
  function requestLock(manager: LockManagerLike, options: { ifAvailable?: boolean; signal?: AbortSignal }): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      manager
        .request(lockName, options, (lock: unknown) => {
          if (!lock || disposed) {
            resolve(false);
            return undefined;
          }
          resolve(true);
          return new Promise<void>((release) => (releaseLock = release));
        })
        .catch(() => resolve(false)); // aborted (storage failed, disposed) or refused
    });
  }

  /**
   * Decides once whether this host writes (BUDGETS R3). With storage and Web Locks: the lock if free;
   * else a short wait (a closing tab or a just-restarted worker is releasing it); else read-only, with
   * the request left waiting so this tab takes over when the other one closes.
   */
  async function ensureWriter(): Promise<void> {
    if (writer !== null) return;
    if (!locks || !store) {
      writer = true; // no Web Locks, or nothing shared to protect: single writer assumed
      return;
    }
    try {
      if (await requestLock(locks, { ifAvailable: true })) {
        writer = true;
        return;
      }
      lockWait = new AbortController();
      const waiting = requestLock(locks, { signal: lockWait.signal });
      let timer: unknown;
      const got = await Promise.race([
        waiting,
        new Promise<boolean>((resolve) => (timer = scheduler.setTimeout(() => resolve(false), lockWaitMs))),
      ]);
      scheduler.clearTimeout(timer);
      writer = got;
      if (!got) {
        void waiting.then((granted) => {
          if (granted) takeover();
        });
      } else {
        lockWait = null;
      }
    } catch {
      writer = true; // a Web Locks implementation that throws: behave as before locks existed
    }
  }

  /** The other tab closed and the lock is ours: reload the saved lab as the writer and tell the page. */
  function takeover(): void {
    lockWait = null;
    if (disposed) return dropLock();
    if (!store) {
      dropLock(); // storage failed meanwhile: this tab works in memory, it writes nothing
      return;
    }
    if (phase !== 'idle' || !openRequest) {
      takeoverPending = true; // after the request in progress
      return;
    }
    takeoverPending = false;
    writer = true;
    const request = openRequest;
    const previous = { session, good, prompt, scrollback };
    session = null; // load from storage, not from this tab's copy
    good = null;
    phase = 'opening';
    run(0, (reply) =>
      open(0, request, (msg) => {
        if (msg.type === 'opened') reply({ id: 0, type: 'reopened', result: msg.result });
        else reply(msg);
      }).catch((err: unknown) => {
        ({ session, good, prompt, scrollback } = previous);
        throw err;
      }),
    );
  }

  /** Builds a session from a state; throws when the state is not usable. */
  function restore(state: SessionState): { session: Session; snapshot: SimSnapshot } {
    if (!looksLikeSessionState(state)) throw new Error('not a saved session');
    const s = core.createSession(structuredClone(state));
    return { session: s, snapshot: s.snapshot() };
  }

  function adopt(next: { session: Session; snapshot: SimSnapshot }, lines: TerminalLine[]): SimSnapshot {
    session = next.session;
    good = structuredClone(session.state());
    prompt = next.snapshot.prompt ?? DEFAULT_PROMPT;
    scrollback = lines.slice(-SCROLLBACK_CAP);
    return next.snapshot;
  }

  async function open(id: number, request: OpenRequest, reply: Reply): Promise<void> {
    if (isSpeed(request.speed)) speed = request.speed;
    if (linkSave) await linkSave; // a shared link's lab is saved before anything else is read or written
    await ensureStore();
    openRequest ??= request;
    await ensureWriter();
    // ---- shared link (#s=): replaces the lab when it opens; else a notice, and the lab opens as usual.
    let linkNotice: HostError | null = null;
    if (request.shared !== undefined) {
      const linked = await openShared(request.shared);
      if ('code' in linked) {
        linkNotice = linked;
      } else {
        opened = true;
        reply({
          id,
          type: 'opened',
          result: {
            snapshot: linked.snapshot,
            scrollback: [...scrollback],
            history: [...session!.history()],
            historyBase: session!.historyBase?.() ?? 0,
            commands: session!.completions().commands,
            storage: status(),
            inPage: deps.inPage ?? false,
            notice: null,
          },
        });
        return;
      }
    }
    const fromMemory = !!(session && good);
    // ---- end shared link
    let saved: { state: SessionState; scrollback: TerminalLine[] } | null = null;
    if (session && good) {
      saved = { state: good, scrollback }; // re-open in the same host: memory is the newest copy
    } else if (store) {
      try {
        const loaded = await store.load();
        if (loaded.state) saved = { state: loaded.state, scrollback: loaded.scrollback };
        // A read-only tab leaves an in-flight command to the writer that is playing it.
        if (loaded.inflight && !readOnly()) saved = await resumeInterrupted(loaded.inflight, loaded.scrollback) ?? saved;
      } catch (err) {
        storageFailed(toStorageError(err, 'read'));
      }
    }

    const requested = request.scenario;
    let notice: HostError | null = null;
    let snapshot: SimSnapshot | null = null;
    const tryRestoreSaved = (): boolean => {
      if (!saved) return false;
      try {
        snapshot = adopt(restore(saved.state), saved.scrollback);
        return true;
      } catch {
        notice = {
          code: 'storage',
          message: 'Your saved lab could not be restored (it may come from an older version), so a fresh lab was started.',
        };
        saved = null;
        return false;
      }
    };

    let restored = false;
    // request.fresh (a lesson started from the picker): the scenario starts over even if it matches.
    if (saved && !request.fresh && (requested === undefined || saved.state.scenario === requested)) restored = tryRestoreSaved();
    if (!restored) {
      let fresh = requested !== undefined ? core.newSessionState(requested) : null;
      if (requested !== undefined && !fresh) {
        notice = {
          code: 'unknown-scenario',
          message: `There is no built-in scenario called "${requested}", so ${
            saved ? 'your saved lab was' : 'the reference lab was'
          } opened instead.`,
        };
        restored = tryRestoreSaved();
      }
      if (!restored) {
        fresh ??= core.newSessionState(core.defaultScenario);
        if (!fresh) throw new Error(`the default scenario "${core.defaultScenario}" is missing`);
        snapshot = adopt(restore(fresh), []);
        if (store && !readOnly()) {
          try {
            await store.clear(good ?? fresh); // a new lab replaces the saved one
          } catch (err) {
            storageFailed(toStorageError(err, 'write'));
          }
        }
      }
    }

    // The steps Share puts in a link: none for a fresh lab; a restored one's are in the stored log.
    if (!restored) steps.reset([]);
    else if (!fromMemory) steps.reset(store ? store.readLog().then(stepsFromLog) : null);
    if (linkNotice) {
      const instead = restored ? 'Your saved lab was opened instead.' : 'A fresh lab was opened instead.';
      notice = { code: 'bad-link', message: `${linkNotice.message} ${instead}` };
    }

    opened = true;
    reply({
      id,
      type: 'opened',
      result: {
        snapshot: snapshot!,
        scrollback: [...scrollback],
        history: [...session!.history()],
        historyBase: session!.historyBase?.() ?? 0,
        commands: session!.completions().commands,
        storage: status(),
        inPage: deps.inPage ?? false,
        notice,
      },
    });
  }

  /**
   * A shared link: its scenario, fresh, with every step replayed as if typed (the scrollback shows the
   * lines and their output, the log holds them), saved in place of the lab that was there, as a new
   * scenario is. Returns the lab's snapshot, or the notice saying why the link was not opened.
   */
  async function openShared(text: string): Promise<{ snapshot: SimSnapshot } | HostError> {
    const started = now();
    const linked = openLink(core, text, () => now() - started > LINK_REPLAY_BUDGET_MS);
    if (!linked.ok) return { code: 'bad-link', message: linked.message };
    const { session: next, lines, entries } = linked.value;
    const snapshot = adopt({ session: next, snapshot: next.snapshot() }, lines);
    steps.reset(linked.value.steps);
    if (store && !readOnly()) {
      // One transaction, finished after 'opened' is posted (the lab shows ~100 ms sooner, BUDGETS P6);
      // open and exec wait for it, so nothing is written before it. A tab closed before it lands keeps
      // the old lab whole.
      const saving = store.replace({ state: good!, entries, lines: scrollback }).catch((err: unknown) => storageFailed(toStorageError(err, 'write')));
      linkSave = saving;
      void saving.then(() => {
        if (linkSave === saving) linkSave = null;
      });
    }
    return { snapshot };
  }

  /** Share: the open lab as a shared link ('linked'), or why it cannot be one. */
  async function link(id: number): Promise<void> {
    const lab = good;
    if (!lab) {
      error(id, 'internal', 'The simulator is not open yet.');
      return;
    }
    const all = await steps.all();
    if (!all) {
      error(id, 'storage', 'The commands of this lab could not be read from storage, so no link can be made of it.');
      return;
    }
    const encoded = shareLink(core, lab.scenario, all);
    if (!encoded.ok) error(id, 'bad-link', encoded.error.message);
    else post({ id, type: 'linked', link: { payload: encoded.value, scenario: lab.scenario, steps: all.length } });
  }

  /**
   * The page went away while a long command was playing: the command is cut where its output had got
   * to, as AIX leaves a clone whose terminal died (OUTCOMES O10), and that state is committed.
   */
  async function resumeInterrupted(inflight: InflightRecord, stored: TerminalLine[]): Promise<{ state: SessionState; scrollback: TerminalLine[] } | null> {
    try {
      const replay = core.createSession(inflight.before);
      replay.exec(inflight.line);
      // inflight.atMs is the time of the last output the learner saw; the core's cut keeps only what
      // happened before the cut, so the cut falls just after it (that line and its effect stay).
      const cutAtMs = inflight.atMs + 1;
      const cut = replay.interruptLast(cutAtMs);
      if (!cut) return null;
      const state = replay.state();
      const lines = outputLines(cut.chunks);
      await store!.commit({
        state,
        logEntry: { line: inflight.line, exitCode: cut.exitCode, atMs: inflight.before.world.clock.nowMs, durationMs: cut.durationMs, interruptedAtMs: cutAtMs },
        lines,
        inflight: null,
      });
      return { state, scrollback: [...stored, ...lines] };
    } catch (err) {
      storageFailed(toStorageError(err, 'write'));
      return null;
    }
  }

  /** The core threw: go back to the last committed state with a fresh session built from it. */
  function recover(id: number, err: unknown, reply: Reply): void {
    try {
      session = good ? core.createSession(structuredClone(good)) : null;
    } catch {
      session = null;
    }
    const message = `The simulator failed on this command and kept the state from before it (${errorText(err)}).`;
    reply({ id, type: 'error', error: { code: 'internal', message } });
  }

  async function exec(id: number, line: string, reply: Reply): Promise<void> {
    if (linkSave) await linkSave; // a shared link's lab is saved first: its log comes before this line
    const current = session!;
    const before = good!;
    let result: ExecResult;
    let state: SessionState;
    let snapshot: SimSnapshot;
    try {
      result = current.exec(line);
      snapshot = current.snapshot();
      state = current.state(); // already a copy
    } catch (err) {
      recover(id, err, reply);
      return;
    }
    const { lines, replace } = transcript(prompt, line, result);
    // A command whose output plays over time is committed with an in-flight marker: if the page goes
    // away before the end, the next open cuts the command where it was (resumeInterrupted).
    const long = speed !== 'instant' && result.durationMs > 0 && !replace;
    const committedLines = long ? lines.slice(0, 1) : lines;
    if (store) {
      try {
        await store.commit({
          state,
          logEntry: { line, exitCode: result.exitCode, atMs: before.world.clock.nowMs, durationMs: result.durationMs },
          lines: committedLines,
          replaceScrollback: replace,
          inflight: long ? { line, before, atMs: 0 } : null,
        });
      } catch (err) {
        const failure = toStorageError(err, 'write');
        if (failure.kind === 'data') {
          recover(id, failure, reply); // the core produced a state that cannot be stored: nothing was written
          return;
        }
        storageFailed(failure);
      }
    }
    good = state;
    steps.push(line);
    prompt = snapshot.prompt ?? DEFAULT_PROMPT;
    scrollback = replace ? lines.slice(-SCROLLBACK_CAP) : [...scrollback, ...lines];
    if (scrollback.length > SCROLLBACK_CAP + 500) scrollback = scrollback.slice(-SCROLLBACK_CAP);

    let reported = 0;
    const p = startPlayback({
      timeline: buildTimeline(result),
      speed,
      scheduler,
      now,
      deliver: (item) => {
        post(item.kind === 'chunk' ? { id, type: 'chunk', chunk: item.chunk } : { id, type: 'event', event: item.event });
        if (long && store && item.atMs > reported) {
          reported = item.atMs;
          store.progress(item.atMs).catch((err) => storageFailed(toStorageError(err, 'write')));
        }
      },
      finish: ({ interrupted, atMs }) => {
        if (interrupted && atMs < result.durationMs) {
          void finishInterrupted(id, line, before, current, atMs, lines.length - 1, result.exitCode, snapshot, reply);
          return;
        }
        if (long && store) store.settle(lines.slice(1)).catch((err) => storageFailed(toStorageError(err, 'write')));
        reply({ id, type: 'done', done: { exitCode: result.exitCode, snapshot, events: result.events } });
      },
    });
    if (!p.finished) {
      playback = p;
      if (interruptPending) p.interrupt();
    }
  }

  /** Ctrl-C while a long command plays: the command stops where it was, as AIX would leave it. */
  async function finishInterrupted(
    id: number,
    line: string,
    before: SessionState,
    current: Session,
    atMs: number,
    playedLines: number,
    fullExit: number,
    fullSnapshot: SimSnapshot,
    reply: Reply,
  ): Promise<void> {
    post({ id, type: 'chunk', chunk: { stream: 'stdout', text: '^C\n', atMs } });
    const cut = current.interruptLast(atMs);
    if (!cut) {
      reply({ id, type: 'done', done: { exitCode: fullExit, snapshot: fullSnapshot, events: [] } });
      return;
    }
    const state = current.state(); // already a copy
    const snapshot = current.snapshot();
    const lines = outputLines(cut.chunks);
    if (store) {
      try {
        await store.commit({
          state,
          logEntry: { line, exitCode: cut.exitCode, atMs: before.world.clock.nowMs, durationMs: cut.durationMs, interruptedAtMs: atMs },
          lines,
          inflight: null,
        });
      } catch (err) {
        storageFailed(toStorageError(err, 'write'));
      }
    }
    good = state;
    steps.cutLast(atMs);
    scrollback = [...scrollback.slice(0, scrollback.length - playedLines), ...lines];
    reply({ id, type: 'done', done: { exitCode: cut.exitCode, snapshot, events: cut.events.filter((e) => e.type === 'lifecycle') } });
  }

  /**
   * Runs one request. `reply` posts its final message (opened, done or error) after marking the host
   * idle, so a request sent the moment the page sees that reply is never refused as busy.
   */
  function run(id: number, task: (reply: Reply) => Promise<void>): void {
    let replied = false;
    const reply: Reply = (msg) => {
      if (replied) return;
      replied = true;
      phase = 'idle';
      playback = null;
      interruptPending = false;
      post(msg);
      if (takeoverPending) takeover();
    };
    task(reply).catch((err: unknown) =>
      reply({ id, type: 'error', error: { code: 'internal', message: `The simulator failed: ${errorText(err)}` } }),
    );
  }

  return {
    receive(msg: ToWorker): void {
      if (disposed) return;
      switch (msg.type) {
        case 'ping':
          post({ id: msg.id, type: 'pong' });
          return;
        case 'link':
          if (phase === 'opening') error(msg.id, 'busy', 'The simulator is still starting.');
          else void link(msg.id).catch((err: unknown) => error(msg.id, 'internal', `No link could be made: ${errorText(err)}`));
          return;
        case 'open':
          if (phase !== 'idle') {
            error(msg.id, 'busy', 'The simulator is busy; wait for the current command to finish.');
            return;
          }
          phase = 'opening';
          run(msg.id, (reply) => open(msg.id, msg.request, reply));
          return;
        case 'exec':
          if (phase === 'opening') {
            error(msg.id, 'busy', 'The simulator is still starting.');
          } else if (phase === 'exec') {
            error(msg.id, 'busy', 'A command is still running; wait for it or press Ctrl-C.');
          } else if (!session || !good) {
            error(msg.id, 'internal', 'The simulator is not open yet.');
          } else if (readOnly()) {
            error(msg.id, 'read-only', `${READ_ONLY_MESSAGE} Commands run in the tab that is saving this lab.`);
          } else {
            phase = 'exec';
            run(msg.id, (reply) => exec(msg.id, msg.line, reply));
          }
          return;
        case 'interrupt':
          if (playback) playback.interrupt();
          else if (phase === 'exec') interruptPending = true; // still committing: stop as soon as playback starts
          return;
        case 'speed':
          if (isSpeed(msg.speed)) {
            speed = msg.speed;
            playback?.setSpeed(speed);
          }
          return;
      }
    },
    dispose(): void {
      if (disposed) return;
      disposed = true;
      const s = store;
      store = null; // first: nothing below may write (a command cut here resumes from its in-flight record)
      try {
        s?.close();
      } catch {
        // already closed
      }
      dropLock();
      playback?.interrupt();
    },
  };
}
