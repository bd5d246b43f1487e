// The trainer's IndexedDB: the only module (with its siblings here) that imports idb. One database, many
// saved labs (schema v3; the stores are in layout.ts):
//   labs         one LabSummary per lab (name, scenario, lesson, created / last used, commands)
//   labParts     each lab's session, a record per part ([labId, 'head' | 'start' | 'host:…' | 'disk:…' | 'vg:…'])
//   labLog       one record per command, [labId, seq]
//   labLines     terminal lines, [labId, n]; only the last SCROLLBACK_CAP are kept
//   labInflight  the command still playing in a lab (R1), keyed by lab id
//   aside        records that could not be used, kept (the last ASIDE_CAP) instead of deleted
//   meta         schema information ({ key: 'schema', version, … })
// Every failure leaves this module as a StorageError (errors.ts); the host turns it into a banner.
import { openDB, type IDBPTransaction, type StoreNames } from 'idb';
import type { SessionState } from '../../core/session/api.ts';
import type { LabSummary, SetAside, TerminalLine } from '../../protocol/index.ts';
import { StorageError, toStorageError } from './errors.ts';
import { labRange, STORES, type TrainerDatabase, type TrainerDB } from './layout.ts';
import { createLabStore, SCROLLBACK_CAP, writeParts, type LabStore } from './labStore.ts';
import { migrateLegacy } from './legacy.ts';
import { checkSummary, cleanLabName, isMeta, newLabId, type LogEntry, type MetaRecord, type SessionGate } from './records.ts';
import { inTransaction, type Tx } from './transaction.ts';

export { SCROLLBACK_CAP } from './labStore.ts';
export type { CommitRequest, LabStore, LoadedLab } from './labStore.ts';
export type { InflightRecord, LogEntry, MetaRecord } from './records.ts';

export const DB_NAME = 'altdisk-trainer';
/** The schema version. Bump together with a new step in upgradeSchema. */
export const DB_VERSION = 3;
/** Set-aside records kept (older ones go). */
export const ASIDE_CAP = 20;

/** A new lab: its summary (the id is made here) and what it holds already (a replayed link). */
export interface NewLab {
  /** Its id, when the host made one already (newLabId); else one is made here. */
  id?: string;
  name: string;
  scenario: string;
  lesson: string | null;
  state: SessionState;
  entries?: readonly Omit<LogEntry, 'seq'>[];
  lines?: readonly TerminalLine[];
}

export interface Store {
  /** Every lab, most recently used first; damaged summaries repaired, unusable ones set aside. */
  labs(): Promise<{ labs: LabSummary[]; setAside: SetAside[] }>;
  lab(id: string): LabStore;
  /** Creates a lab with its session, log and lines in ONE transaction. */
  createLab(lab: NewLab): Promise<LabSummary>;
  renameLab(id: string, name: string): Promise<void>;
  /** Copies a lab (session, log, lines, in-flight command) as "<name> (copy)". */
  duplicateLab(id: string): Promise<LabSummary>;
  deleteLab(id: string): Promise<void>;
  /** The lab cannot be opened: its records are set aside and it leaves the list. */
  setAsideLab(id: string, why: string): Promise<void>;
  /** The lab was opened: it moves to the top of the list. */
  touchLab(id: string): Promise<void>;
  meta(): Promise<MetaRecord | null>;
  /** What opening had to repair (a missing store recreated), named like set-aside records. */
  readonly repairs: SetAside[];
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
  /** The session gate (core restoreSessionState); every stored session passes it when read. */
  gate: SessionGate;
  /** Real time (ms since the epoch). Default: Date.now. */
  wallClock?: () => number;
  /** The name a lab migrated from an older database gets. */
  legacyName?: (scenario: string) => string;
}

const noop = () => {};

function errorName(err: unknown): string {
  return err && typeof err === 'object' && 'name' in err ? String((err as { name: unknown }).name) : '';
}

function defaultRequestPersist(): Promise<boolean> {
  const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } }).navigator?.storage;
  if (storage && typeof storage.persist === 'function') return storage.persist();
  return Promise.resolve(false);
}

/**
 * The upgrade ladder. v0 → v3 creates the stores; v1/v2 (one lab in 'session', 'log', 'scrollback',
 * 'inflight') move that lab into the lists as the first saved lab; at any version, a store of the
 * current schema that is missing is created again (a damaged database, reopened one version up).
 */
function upgradeSchema(
  db: TrainerDatabase,
  oldVersion: number,
  newVersion: number,
  tx: IDBPTransaction<TrainerDB, StoreNames<TrainerDB>[], 'versionchange'>,
  options: OpenStoreOptions,
  fail: (err: unknown) => void,
): void {
  for (const store of STORES) {
    if (db.objectStoreNames.contains(store.name)) continue;
    db.createObjectStore(store.name, { ...(store.keyPath ? { keyPath: store.keyPath } : {}), autoIncrement: !!store.autoIncrement });
  }
  if (oldVersion >= 1 && oldVersion <= 2) migrateLegacy(db, tx, options.wallClock ?? Date.now, options.legacyName ?? ((s) => s)).catch(fail);
  // A repair reopens above DB_VERSION: atVersion records it, so that version is known to be ours.
  const repaired = newVersion > DB_VERSION ? { atVersion: newVersion } : {};
  tx.objectStore('meta')
    .put({ key: 'schema', app: 'altdisk-trainer', version: DB_VERSION, upgradedFrom: oldVersion, ...repaired })
    .catch(noop); // a failure aborts the upgrade and openDB rejects: reported there
}

async function connect(name: string, version: number | undefined, options: OpenStoreOptions, hooks: { lost: (e: StorageError) => void }): Promise<TrainerDatabase> {
  let upgradeError: unknown = null;
  try {
    return await openDB<TrainerDB>(name, version, {
      upgrade(database, oldVersion, newVersion, tx) {
        // Handled here, or a failed upgrade (storage full) would also surface as an unhandled rejection.
        tx.done.catch((err: unknown) => {
          upgradeError ??= err;
        });
        const fail = (err: unknown) => {
          upgradeError ??= err;
          try {
            tx.abort();
          } catch {
            // already aborted
          }
        };
        try {
          upgradeSchema(database, oldVersion, newVersion ?? DB_VERSION, tx, options, fail);
        } catch (err) {
          upgradeError ??= err;
          throw err;
        }
      },
      blocked() {
        options.onBlocked?.();
      },
      blocking(_current, blocked, event) {
        // A newer tab wants to upgrade, or a wipe deletes the database (no new version): step aside and stop saving here.
        (event.target as IDBDatabase).close();
        hooks.lost(blocked === null ? new StorageError('wiped', 'another tab deleted the database') : new StorageError('versionchange', 'another tab is upgrading the database'));
      },
      terminated() {
        hooks.lost(new StorageError('terminated', 'the browser closed the connection'));
      },
    });
  } catch (err) {
    const cause = upgradeError && errorName(upgradeError) !== 'AbortError' ? upgradeError : err;
    throw toStorageError(cause, 'unavailable');
  }
}

/**
 * Opens the database at DB_VERSION. A database above it that a repair of ours left there (meta.atVersion
 * says so) is used as it is; any other is taken as written by a newer build and refused ('version'). A
 * store that is missing is recreated by reopening one version up.
 */
async function connectRepaired(name: string, options: OpenStoreOptions, hooks: { lost: (e: StorageError) => void }, repairs: SetAside[]): Promise<TrainerDatabase> {
  let db: TrainerDatabase;
  try {
    db = await connect(name, DB_VERSION, options, hooks);
  } catch (err) {
    if (!(err instanceof StorageError) || err.kind !== 'version') throw err;
    db = await connect(name, undefined, options, hooks);
    let meta: unknown;
    try {
      meta = db.objectStoreNames.contains('meta') ? await db.get('meta', 'schema') : null;
    } catch {
      meta = null;
    }
    // Ours only if a repair of ours left it at this version; anything else was written by a newer trainer.
    if (!isMeta(meta) || meta.version > DB_VERSION || meta.atVersion !== db.version) {
      db.close();
      throw err;
    }
  }
  const missing = STORES.filter((s) => !db.objectStoreNames.contains(s.name)).map((s) => s.name);
  if (missing.length === 0) {
    await repairMeta(db, repairs);
    return db;
  }
  const next = db.version + 1;
  db.close();
  for (const store of missing) repairs.push({ what: `storage area “${store}”`, why: 'it was missing from the database and was created again, empty' });
  return connect(name, next, options, hooks);
}

/** A schema record that cannot be read is written again (the stores say which schema this is). */
async function repairMeta(db: TrainerDatabase, repairs: SetAside[]): Promise<void> {
  try {
    const meta = await db.get('meta', 'schema');
    if (isMeta(meta)) return;
    const atVersion = db.version > DB_VERSION ? { atVersion: db.version } : {};
    await db.put('meta', { key: 'schema', app: 'altdisk-trainer', version: DB_VERSION, upgradedFrom: DB_VERSION, ...atVersion });
    repairs.push({ what: 'the schema record', why: 'it could not be read and was written again' });
  } catch {
    // unreadable meta does not stop the labs: the next open tries again
  }
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    throw new StorageError('unavailable', 'indexedDB is not available in this context');
  }
  const wallClock = options.wallClock ?? Date.now;
  /** Real time, strictly increasing on this connection, so "most recently used" has no ties within a tab. */
  let lastStamp = 0;
  const stamp = () => (lastStamp = Math.max(wallClock(), lastStamp + 1));
  let lost: StorageError | null = null;
  let closed = false;
  const hooks = {
    lost(error: StorageError) {
      if (lost || closed) return;
      lost = error;
      options.onLost?.(error);
    },
  };
  const repairs: SetAside[] = [];
  const database = await connectRepaired(options.name ?? DB_NAME, options, hooks, repairs);

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

  const putAside = (tx: Tx<'readwrite'>, what: string, why: string, value: unknown) => {
    const aside = tx.objectStore('aside');
    void aside.add({ at: wallClock(), what, why, value }).catch(noop);
    // Keep the newest ASIDE_CAP: delete keys below the (newest - CAP)th.
    void aside.openKeyCursor(null, 'prev').then(async (cursor) => {
      let c = cursor;
      for (let i = 0; c && i < ASIDE_CAP; i++) c = await c.continue();
      if (c) await aside.delete(IDBKeyRange.upperBound(c.key));
    }).catch(noop);
  };

  const labStores = new Map<string, LabStore>();
  const lab = (id: string): LabStore => {
    let s = labStores.get(id);
    if (!s) {
      s = createLabStore(id, { live, gate: options.gate, wallClock: stamp, putAside, committed: askPersist });
      labStores.set(id, s);
    }
    return s;
  };

  const LAB_STORES: StoreNames<TrainerDB>[] = ['labs', 'labParts', 'labLog', 'labLines', 'labInflight'];

  function removeLab(tx: Tx<'readwrite'>, id: string): void {
    void tx.objectStore('labs').delete(id).catch(noop);
    for (const store of ['labParts', 'labLog', 'labLines'] as const) void tx.objectStore(store).delete(labRange(id)).catch(noop);
    void tx.objectStore('labInflight').delete(id).catch(noop);
    labStores.delete(id);
  }

  async function summaryOf(id: string): Promise<LabSummary> {
    const summary = await inTransaction(live(), ['labs'], 'readonly', 'read', (tx, track) => track(tx.objectStore('labs').get(id)));
    if (!summary) throw new StorageError('read', `there is no saved lab ${id}`);
    return summary;
  }

  return {
    repairs,

    async labs() {
      const setAside: SetAside[] = [];
      const raw = await inTransaction(live(), ['labs'], 'readonly', 'read', async (tx, track) => {
        const store = tx.objectStore('labs');
        const [keys, values] = await Promise.all([track(store.getAllKeys()), track(store.getAll())]);
        return { keys, values };
      });
      const labs: LabSummary[] = [];
      const fixes: LabSummary[] = [];
      const bad: { key: IDBValidKey; value: unknown }[] = [];
      raw.values.forEach((value, i) => {
        const checked = checkSummary(value, () => ({ name: 'Recovered lab', scenario: 'unknown', lesson: null, createdAt: wallClock(), lastUsedAt: 0, commands: 0 }));
        if (!checked || checked.summary.id !== raw.keys[i]) bad.push({ key: raw.keys[i], value });
        else {
          labs.push(checked.summary);
          if (checked.repaired) fixes.push(checked.summary);
        }
      });
      if (bad.length > 0 || fixes.length > 0) {
        for (let i = 0; i < bad.length; i++) setAside.push({ what: 'an entry of the labs list', why: 'it does not describe a saved lab' });
        for (const f of fixes) setAside.push({ what: `the name or details of lab “${f.name}”`, why: 'they could not be read and were filled in again' });
        await inTransaction(live(), ['labs', 'aside'], 'readwrite', 'write', async (tx) => {
          for (const b of bad) {
            putAside(tx, 'labs list entry', 'not a lab summary', b.value);
            void tx.objectStore('labs').delete(b.key as string).catch(noop);
          }
          for (const f of fixes) void tx.objectStore('labs').put(f).catch(noop);
        });
      }
      labs.sort((a, b) => b.lastUsedAt - a.lastUsedAt || b.createdAt - a.createdAt);
      return { labs, setAside };
    },

    lab,

    async createLab({ id, name, scenario, lesson, state, entries = [], lines = [] }) {
      const at = stamp();
      const summary: LabSummary = { id: id ?? newLabId(at), name, scenario, lesson, createdAt: at, lastUsedAt: at, commands: entries.length };
      const kept = lines.slice(-SCROLLBACK_CAP);
      await inTransaction(live(), LAB_STORES, 'readwrite', 'write', async (tx, track) => {
        track(tx.objectStore('labs').put(summary));
        writeParts(tx, summary.id, state, null);
        entries.forEach((entry, i) => track(tx.objectStore('labLog').put({ ...entry, seq: i + 1 }, [summary.id, i + 1])));
        kept.forEach((line, i) => track(tx.objectStore('labLines').put(line, [summary.id, i + 1])));
      });
      askPersist();
      return summary;
    },

    async renameLab(id, name) {
      const clean = cleanLabName(name);
      if (!clean) throw new StorageError('data', 'a lab needs a name');
      await inTransaction(live(), ['labs'], 'readwrite', 'write', async (tx, track) => {
        const summary = await track(tx.objectStore('labs').get(id));
        if (!summary) throw new StorageError('read', `there is no saved lab ${id}`);
        track(tx.objectStore('labs').put({ ...summary, name: clean }));
      });
    },

    async duplicateLab(id) {
      const source = await summaryOf(id);
      const at = stamp();
      const copy: LabSummary = { ...source, id: newLabId(at), name: `${source.name} (copy)`.slice(0, 80), createdAt: at, lastUsedAt: at };
      await inTransaction(live(), LAB_STORES, 'readwrite', 'write', async (tx, track) => {
        track(tx.objectStore('labs').put(copy));
        for (const store of ['labParts', 'labLog', 'labLines'] as const) {
          const s = tx.objectStore(store);
          const [keys, values] = await Promise.all([track(s.getAllKeys(labRange(id))), track(s.getAll(labRange(id)))]);
          keys.forEach((k, i) => track(s.put(values[i] as never, [copy.id, k[1]])));
        }
        const inflight = await track(tx.objectStore('labInflight').get(id));
        if (inflight) track(tx.objectStore('labInflight').put(inflight, copy.id));
      });
      return copy;
    },

    async deleteLab(id) {
      await inTransaction(live(), LAB_STORES, 'readwrite', 'write', async (tx) => removeLab(tx, id));
    },

    async setAsideLab(id, why) {
      await inTransaction(live(), [...LAB_STORES, 'aside'], 'readwrite', 'write', async (tx, track) => {
        const [summary, parts] = await Promise.all([track(tx.objectStore('labs').get(id)), track(tx.objectStore('labParts').getAll(labRange(id)))]);
        putAside(tx, `lab ${id}`, why, { summary, parts });
        removeLab(tx, id);
      });
    },

    async touchLab(id) {
      await inTransaction(live(), ['labs'], 'readwrite', 'write', async (tx, track) => {
        const summary = await track(tx.objectStore('labs').get(id));
        if (summary) track(tx.objectStore('labs').put({ ...summary, lastUsedAt: Math.max(stamp(), summary.lastUsedAt + 1) }));
      });
    },

    meta() {
      return inTransaction(live(), ['meta'], 'readonly', 'read', async (tx, track) => {
        const meta = await track(tx.objectStore('meta').get('schema'));
        return isMeta(meta) ? meta : null;
      });
    },

    close() {
      if (closed) return;
      closed = true;
      database.close();
    },
  };
}
