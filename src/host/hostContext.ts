// What the parts of the host share: its dependencies, the open lab and its session, and storage. The
// dispatcher (simHost.ts) owns one HostContext; the writer lock (writerLock.ts), opening a lab
// (openLab.ts) and running a line (runLine.ts) work on it.
import type { AnsweredType, ErrorReply, FromWorker, HostError, LabSummary, ReplyTo, SetAside, Speed, StorageStatus, TerminalLine } from '../protocol/index.ts';
import type { Session, SessionState } from '../core/session/api.ts';
import type { LabStore, OpenStoreOptions, Store } from './persistence/db.ts';
import type { SessionGate } from './persistence/records.ts';
import { memoryStatus, type StorageError } from './persistence/errors.ts';
import type { Playback, Scheduler } from './playback.ts';
import type { StepLog } from './sharedLink.ts';
import type { WriterLock } from './writerLock.ts';

export const DEFAULT_PROMPT = '# ';

/** The core functions the host uses (injectable for tests). */
export interface HostCore {
  createSession(state: SessionState): Session;
  newSessionState(scenarioId: string): SessionState | null;
  /** The load gate every stored session passes (core/session/restore.ts restoreSessionState). */
  restoreSessionState: SessionGate;
  /** A built-in scenario's title, for lab names (null: unknown id). */
  scenarioTitle(scenarioId: string): string | null;
  defaultScenario: string;
}

export type StoreHooks = Pick<OpenStoreOptions, 'onLost' | 'requestPersist' | 'gate' | 'legacyName'>;

/** The part of the Web Locks API the host uses (navigator.locks). */
export interface LockManagerLike {
  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => unknown): Promise<unknown>;
}

export interface HostDeps {
  /** Opens storage. Default: IndexedDB (persistence/db.ts). null: memory only, said so in the status. */
  openStore?: ((hooks: StoreHooks) => Promise<Store>) | null;
  /**
   * Asks for persistent storage after the first save. Default: navigator.storage.persist when present
   * (window-only: the worker passes a function that asks the page).
   */
  requestPersist?: (() => Promise<boolean>) | null;
  /** Timers for playback and the storage-open timeout. Default: the global setTimeout/clearTimeout. */
  scheduler?: Scheduler;
  /** Reported in OpenResult.inPage: true when running in the page instead of a worker (links are refused). */
  inPage?: boolean;
  /** Real clock in ms for budgets. Default: performance.now. */
  now?: () => number;
  /** Real time for lab summaries (ms since the epoch). Default: Date.now. */
  wallClock?: () => number;
  core?: HostCore;
  storeOpenTimeoutMs?: number;
  /**
   * Web Locks (BUDGETS R3: exactly one writer per lab). Default: navigator.locks. null, or an
   * environment without it (node tests over fake-indexeddb): this host assumes it is the only writer.
   */
  locks?: LockManagerLike | null;
  lockName?: string;
  lockWaitMs?: number;
  restartLockWaitMs?: number;
}

export interface HostContext {
  readonly core: HostCore;
  readonly deps: HostDeps;
  readonly scheduler: Scheduler;
  readonly now: () => number;
  readonly wallClock: () => number;
  post(msg: FromWorker): void;
  speed: Speed;
  /** Whether an 'opened' was posted (later storage failures are posted unsolicited). */
  opened: boolean;
  session: Session | null;
  /** The last committed state (a private deep copy): what an internal error goes back to. */
  good: SessionState | null;
  prompt: string;
  scrollback: TerminalLine[];
  /** The database, or null (memory only). */
  store: Store | null;
  /** Whether opening storage was tried (once per host). */
  storeTried: boolean;
  /** What opening storage repaired, reported with the first 'opened'. */
  repairs: SetAside[];
  /** The open lab's summary (in memory only when there is no storage). */
  lab: LabSummary | null;
  /** The open lab's records, or null (memory only). */
  records: LabStore | null;
  storage: StorageStatus;
  /** Every line of the open lab since its scenario started: what Share turns into a link. */
  steps: StepLog;
  /** A shared link's lab still being saved after 'opened' was posted: open and exec write only after it. */
  linkSave: Promise<void> | null;
  playback: Playback | null;
  interruptPending: boolean;
  lock: WriterLock;
  disposed: boolean;
}

/** Posts the message that ends a request of type T: its reply from the protocol's REPLY map, or an error. */
export type Reply<T extends AnsweredType> = (msg: ReplyTo<T> | ErrorReply) => void;

export const READ_ONLY_MESSAGE =
  'This lab is open in another tab of the trainer; this tab is read-only until that one closes, then it takes over.';
const READ_ONLY: StorageStatus = { mode: 'read-only', message: READ_ONLY_MESSAGE };

/** Storage works but another tab writes this lab: show it, refuse commands. */
export function readOnly(ctx: HostContext): boolean {
  return ctx.lock.writer === false && ctx.store !== null;
}

export function status(ctx: HostContext): StorageStatus {
  return readOnly(ctx) ? READ_ONLY : ctx.storage;
}

/** Storage failed: drop it, keep running in memory, and say so (unsolicited once the page is open). */
export function storageFailed(ctx: HostContext, err: StorageError): void {
  const failed = ctx.store;
  ctx.store = null;
  ctx.records = null;
  try {
    failed?.close();
  } catch {
    // already closed
  }
  // A tab that no longer saves is no longer the writer: another tab may take over.
  ctx.lock.drop();
  if (ctx.storage.mode === 'memory') return; // already reported
  ctx.storage = memoryStatus(err);
  if (ctx.opened) ctx.post({ id: 0, type: 'storage', storage: ctx.storage });
}

export function hostError(code: HostError['code'], message: string): HostError {
  return { code, message };
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function isSpeed(value: unknown): value is Speed {
  return value === 'instant' || value === '1x' || value === '10x';
}
