// The trainer's IndexedDB: the only module that imports idb. One database, four stores:
//   session     the SessionState, one record under the key 'current'
//   log         one record per command, keyed by seq (1, 2, 3, …)
//   scrollback  terminal lines, keyed by a running seq; only the last SCROLLBACK_CAP are kept
//   meta        schema information ({ key: 'schema', version, … })
//   inflight    (v2) the command whose output is still playing: the state before it and how far it got,
//               so a tab closed mid-clone comes back as AIX leaves an interrupted clone
// A command's state, log entry and terminal lines are written in ONE readwrite transaction, so a tab
// closed mid-command leaves storage exactly before or after it. Every failure leaves this module as a
// StorageError (see errors.ts); the host turns it into a banner and keeps the lab running in memory.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SessionState } from '../../core/session/api.ts';
import type { TerminalLine } from '../../protocol/index.ts';
import { StorageError, toStorageError } from './errors.ts';

export const DB_NAME = 'altdisk-trainer';
/** Bump together with a new `case` in upgradeSchema. */
export const DB_VERSION = 2;
export const SCROLLBACK_CAP = 5000;
const SESSION_KEY = 'current';
/** The scenario's start world, written once: it never changes while the session lives (P3). */
const START_KEY = 'start';

/** The session record as stored: its start world lives under START_KEY. */
type SessionRecord = Omit<SessionState, 'start'> & { start: SessionState['start'] | null };

export interface LogEntry {
  /** 1-based position of the command in this session's log. */
  seq: number;
  line: string;
  exitCode: number;
  /** Simulated clock (world ms) when the command started. */
  atMs: number;
  /** Simulated duration of the command. */
  durationMs: number;
  /** Set when this entry records that the line was interrupted (Ctrl-C, tab closed) this far into it. */
  interruptedAtMs?: number;
}

/** A long command still playing back: where it started from and how far (simulated ms) it got. */
export interface InflightRecord {
  line: string;
  before: SessionState;
  atMs: number;
}

export interface MetaRecord {
  key: 'schema';
  app: 'altdisk-trainer';
  version: number;
  /** The version the database had before the last upgrade (0: created). */
  upgradedFrom: number;
}

interface TrainerDB extends DBSchema {
  session: { key: string; value: SessionRecord | SessionState['start'] };
  log: { key: number; value: LogEntry };
  scrollback: { key: number; value: TerminalLine };
  meta: { key: string; value: MetaRecord };
  inflight: { key: string; value: InflightRecord };
}

type TrainerDatabase = IDBPDatabase<TrainerDB>;

export interface StoredSession {
  /** The saved session, or null when nothing was saved yet (not validated: the host checks it). */
  state: SessionState | null;
  /** The saved terminal lines, oldest first (at most SCROLLBACK_CAP). */
  scrollback: TerminalLine[];
  /** Number of commands in the log. */
  logLength: number;
  /** A command that was still playing when the page went away, or null. */
  inflight: InflightRecord | null;
}

export interface CommitRequest {
  state: SessionState;
  logEntry: Omit<LogEntry, 'seq'>;
  lines: readonly TerminalLine[];
  /** Drop the stored scrollback first (the command cleared the screen). */
  replaceScrollback?: boolean;
  /** Written in the same transaction: the command is long and starts playing (or null: nothing plays). */
  inflight?: InflightRecord | null;
}

export interface ReplaceRequest {
  state: SessionState;
  /** The log, oldest first (seq 1, 2, …). */
  entries: readonly Omit<LogEntry, 'seq'>[];
  /** The terminal lines; only the last SCROLLBACK_CAP are kept. */
  lines: readonly TerminalLine[];
}

export interface Store {
  load(): Promise<StoredSession>;
  /** Writes a command's state, log entry and lines atomically; resolves with the entry's seq. */
  commit(request: CommitRequest): Promise<{ seq: number }>;
  /** Empties session, log and scrollback (a new scenario); with `initial`, saves it as the session. */
  clear(initial?: SessionState): Promise<void>;
  /**
   * Replaces the saved lab with one whose commands already ran (a shared link): session, start world,
   * log and scrollback in ONE transaction, so a tab closed meanwhile keeps the old lab or the new one.
   */
  replace(request: ReplaceRequest): Promise<void>;
  readLog(): Promise<LogEntry[]>;
  /** How far the playing command got (simulated ms after its start). */
  progress(atMs: number): Promise<void>;
  /** The playing command finished: its output lines join the scrollback and nothing is in flight. */
  settle(lines: readonly TerminalLine[]): Promise<void>;
  meta(): Promise<MetaRecord | null>;
  /** Closes the connection; later calls reject with a StorageError. */
  close(): void;
}

export interface OpenStoreOptions {
  /** Database name (tests use their own). */
  name?: string;
  /** The connection was lost after opening: a newer tab is upgrading ('versionchange'), or 'terminated'. */
  onLost?: (error: StorageError) => void;
  /** Another tab keeps an older connection open; the open waits until it closes. */
  onBlocked?: () => void;
  /** Asked once after the first successful save; null to never ask. Default: navigator.storage.persist. */
  requestPersist?: (() => Promise<boolean>) | null;
}

const noop = () => {};

/**
 * The upgrade ladder: one `case` per version step, falling through so a database at any older
 * version climbs every step in order. Add `case 1:` (v1 → v2) below `case 0:` when the schema changes.
 */
function upgradeSchema(
  db: TrainerDatabase,
  oldVersion: number,
  newVersion: number,
  tx: IDBPTransaction<TrainerDB, StoreNames<TrainerDB>[], 'versionchange'>,
): void {
  switch (oldVersion) {
    case 0:
      db.createObjectStore('session');
      db.createObjectStore('log', { keyPath: 'seq' });
      db.createObjectStore('scrollback');
      db.createObjectStore('meta', { keyPath: 'key' });
    // falls through
    case 1:
      db.createObjectStore('inflight');
    // falls through
    default:
      break;
  }
  tx.objectStore('meta')
    .put({ key: 'schema', app: 'altdisk-trainer', version: newVersion, upgradedFrom: oldVersion })
    .catch(noop); // a failure aborts the upgrade and openDB rejects: reported there
}

function errorName(err: unknown): string {
  return err && typeof err === 'object' && 'name' in err ? String((err as { name: unknown }).name) : '';
}

function defaultRequestPersist(): Promise<boolean> {
  const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } }).navigator?.storage;
  if (storage && typeof storage.persist === 'function') return storage.persist();
  return Promise.resolve(false);
}

export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    throw new StorageError('unavailable', 'indexedDB is not available in this context');
  }
  let lost: StorageError | null = null;
  let closed = false;
  let database: TrainerDatabase;
  /** Why the upgrade transaction failed (QuotaExceededError …): the open itself only says AbortError. */
  let upgradeError: unknown = null;
  const loseConnection = (error: StorageError) => {
    if (lost || closed) return;
    lost = error;
    options.onLost?.(error);
  };

  try {
    database = await openDB<TrainerDB>(options.name ?? DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion, newVersion, tx) {
        // Handled here, or a failed upgrade (storage full) would also surface as an unhandled rejection.
        tx.done.catch((err: unknown) => {
          upgradeError ??= err;
        });
        try {
          upgradeSchema(database, oldVersion, newVersion ?? DB_VERSION, tx);
        } catch (err) {
          upgradeError ??= err;
          throw err;
        }
      },
      blocked() {
        options.onBlocked?.();
      },
      blocking(_current, _blocked, event) {
        // A newer tab wants to upgrade: step aside so it can, and stop saving here.
        (event.target as IDBDatabase).close();
        loseConnection(new StorageError('versionchange', 'another tab is upgrading the database'));
      },
      terminated() {
        loseConnection(new StorageError('terminated', 'the browser closed the connection'));
      },
    });
  } catch (err) {
    const cause = upgradeError && errorName(upgradeError) !== 'AbortError' ? upgradeError : err;
    throw toStorageError(cause, 'unavailable');
  }

  let persistAsked = false;
  const askPersist = () => {
    if (persistAsked) return;
    persistAsked = true;
    const ask = options.requestPersist === undefined ? defaultRequestPersist : options.requestPersist;
    if (!ask) return;
    try {
      ask().catch(noop);
    } catch {
      // a browser without the Storage API: nothing to ask
    }
  };

  const live = (): TrainerDatabase => {
    if (lost) throw lost;
    if (closed) throw new StorageError('write', 'the store was closed');
    return database;
  };

  /** Runs `body` in a transaction; every request it issues is tracked so none rejects unhandled. */
  async function inTransaction<T, Mode extends IDBTransactionMode>(
    stores: StoreNames<TrainerDB>[],
    mode: Mode,
    fallback: 'read' | 'write',
    body: (tx: IDBPTransaction<TrainerDB, StoreNames<TrainerDB>[], Mode>, track: <P>(p: Promise<P>) => Promise<P>) => Promise<T>,
  ): Promise<T> {
    const conn = live();
    let tx: IDBPTransaction<TrainerDB, StoreNames<TrainerDB>[], Mode>;
    try {
      tx = conn.transaction(stores, mode, { durability: 'relaxed' });
    } catch (err) {
      throw toStorageError(err, fallback);
    }
    const requests: Promise<unknown>[] = [];
    const track = <P>(p: Promise<P>): Promise<P> => {
      p.catch(noop);
      requests.push(p);
      return p;
    };
    track(tx.done);
    try {
      const result = await body(tx, track);
      await Promise.all(requests);
      return result;
    } catch (err) {
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      const cause = err instanceof Error && err.name === 'AbortError' && tx.error ? tx.error : err;
      throw toStorageError(cause, fallback);
    }
  }

  /** Next log seq and scrollback key, once read; null means read them in the next transaction. */
  let keys: { seq: number; line: number } | null = null;
  let pendingKeys: { seq: number; line: number; start: SessionState['start'] } | null = null;
  /** The start world last written under START_KEY (by identity: a session shares it between states). */
  let writtenStart: SessionState['start'] | null = null;

  return {
    load() {
      return inTransaction(['session', 'scrollback', 'log', 'inflight'], 'readonly', 'read', async (tx, track) => {
        const [record, start, scrollback, logLength, inflight] = await Promise.all([
          track(tx.objectStore('session').get(SESSION_KEY)) as Promise<SessionRecord | undefined>,
          track(tx.objectStore('session').get(START_KEY)) as Promise<SessionState['start'] | undefined>,
          track(tx.objectStore('scrollback').getAll()),
          track(tx.objectStore('log').count()),
          track(tx.objectStore('inflight').get(SESSION_KEY)),
        ]);
        const state = record ? ({ ...record, start: record.start ?? start ?? null } as SessionState) : null;
        writtenStart = state?.start ?? null;
        return { state, scrollback, logLength, inflight: inflight ?? null };
      });
    },

    async commit({ state, logEntry, lines, replaceScrollback, inflight }) {
      const result = await inTransaction(['session', 'log', 'scrollback', 'inflight'], 'readwrite', 'write', async (tx, track) => {
        if (inflight) track(tx.objectStore('inflight').put(inflight, SESSION_KEY));
        else track(tx.objectStore('inflight').delete(SESSION_KEY));
        const sessionStore = tx.objectStore('session');
        const logStore = tx.objectStore('log');
        const lineStore = tx.objectStore('scrollback');
        // The next keys are read once per connection, then counted here (this tab is the only writer).
        if (!keys) {
          const [lastLog, lastLine] = await Promise.all([track(logStore.openKeyCursor(null, 'prev')), track(lineStore.openKeyCursor(null, 'prev'))]);
          keys = { seq: (lastLog ? Number(lastLog.key) : 0) + 1, line: (lastLine ? Number(lastLine.key) : 0) + 1 };
        }
        const seq = keys.seq;
        let next = keys.line;
        track(sessionStore.put({ ...state, start: null }, SESSION_KEY));
        if (state.start !== writtenStart) track(sessionStore.put(state.start, START_KEY));
        track(logStore.put({ ...logEntry, seq }));
        if (replaceScrollback) track(lineStore.clear());
        for (const line of lines) track(lineStore.put(line, next++));
        // Keys are consecutive, so the last SCROLLBACK_CAP lines are the keys >= next - CAP.
        const firstKept = next - SCROLLBACK_CAP;
        if (firstKept > 1) track(lineStore.delete(IDBKeyRange.upperBound(firstKept, true)));
        pendingKeys = { seq: seq + 1, line: next, start: state.start };
        return { seq };
      }).catch((err: unknown) => {
        keys = null; // the transaction did not land: read the keys again next time
        throw err;
      });
      keys = { seq: pendingKeys!.seq, line: pendingKeys!.line };
      writtenStart = pendingKeys!.start;
      askPersist();
      return result;
    },

    async progress(atMs) {
      await inTransaction(['inflight'], 'readwrite', 'write', async (tx, track) => {
        const store = tx.objectStore('inflight');
        const current = await track(store.get(SESSION_KEY));
        if (current) track(store.put({ ...current, atMs }, SESSION_KEY));
      });
    },

    async settle(lines) {
      await inTransaction(['inflight', 'scrollback'], 'readwrite', 'write', async (tx, track) => {
        track(tx.objectStore('inflight').delete(SESSION_KEY));
        const lineStore = tx.objectStore('scrollback');
        const lastLine = await track(lineStore.openKeyCursor(null, 'prev'));
        let next = (lastLine ? Number(lastLine.key) : 0) + 1;
        for (const line of lines) track(lineStore.put(line, next++));
        const firstKept = next - SCROLLBACK_CAP;
        if (firstKept > 1) track(lineStore.delete(IDBKeyRange.upperBound(firstKept, true)));
      });
      keys = null;
    },

    async clear(initial) {
      await inTransaction(['session', 'log', 'scrollback', 'inflight'], 'readwrite', 'write', async (tx, track) => {
        track(tx.objectStore('inflight').clear());
        track(tx.objectStore('session').clear());
        track(tx.objectStore('log').clear());
        track(tx.objectStore('scrollback').clear());
        if (initial) {
          track(tx.objectStore('session').put({ ...initial, start: null }, SESSION_KEY));
          track(tx.objectStore('session').put(initial.start, START_KEY));
        }
      });
      keys = null;
      writtenStart = initial?.start ?? null;
      if (initial) askPersist();
    },

    async replace({ state, entries, lines }) {
      const kept = lines.slice(-SCROLLBACK_CAP);
      await inTransaction(['session', 'log', 'scrollback', 'inflight'], 'readwrite', 'write', async (tx, track) => {
        track(tx.objectStore('inflight').clear());
        track(tx.objectStore('session').clear());
        track(tx.objectStore('log').clear());
        track(tx.objectStore('scrollback').clear());
        track(tx.objectStore('session').put({ ...state, start: null }, SESSION_KEY));
        track(tx.objectStore('session').put(state.start, START_KEY));
        const logStore = tx.objectStore('log');
        entries.forEach((entry, i) => track(logStore.put({ ...entry, seq: i + 1 })));
        const lineStore = tx.objectStore('scrollback');
        kept.forEach((line, i) => track(lineStore.put(line, i + 1)));
      }).catch((err: unknown) => {
        keys = null; // read the keys again next time
        throw err;
      });
      keys = { seq: entries.length + 1, line: kept.length + 1 };
      writtenStart = state.start;
      askPersist();
    },

    readLog() {
      return inTransaction(['log'], 'readonly', 'read', (tx, track) => track(tx.objectStore('log').getAll()));
    },

    meta() {
      return inTransaction(['meta'], 'readonly', 'read', async (tx, track) => {
        return (await track(tx.objectStore('meta').get('schema'))) ?? null;
      });
    },

    close() {
      if (closed) return;
      closed = true;
      database.close();
    },
  };
}
