// Repair on load (issue 9): each damaged-store case as a node test — what cannot be used is set aside
// and named, the rest opens; an older database migrates; a newer one is refused in plain words.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../../core/session/api.ts';
import { restoreSessionState } from '../../core/session/restore.ts';
import { newSessionState } from '../../core/session/session.ts';
import { DB_VERSION, openStore, type Store } from './db.ts';
import { STORES } from './layout.ts';
import { memoryStatus, StorageError } from './errors.ts';

let counter = 0;
const freshName = () => `db-repair-${Date.now()}-${counter++}`;
const opened: Store[] = [];
async function open(name: string) {
  const store = await openStore({ name, requestPersist: null, gate: restoreSessionState, legacyName: (s) => `${s} 1` });
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const reference = (): SessionState => newSessionState('reference-lab')!;

/** A raw IndexedDB open that runs `upgrade` when the version is new (fixtures of older or damaged databases). */
function raw(name: string, version?: number, upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result, req.transaction!);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Writes `value` at `key` of `store` in a database closed afterwards. */
async function poke(name: string, store: string, key: IDBValidKey | null, value: unknown): Promise<void> {
  const db = await raw(name);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    if (key === null) tx.objectStore(store).put(value);
    else tx.objectStore(store).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function labWithWork(name: string) {
  const store = await open(name);
  const summary = await store.createLab({ name: 'Reference lab 1', scenario: 'reference-lab', lesson: null, state: reference(), lines: [{ kind: 'stdout', text: 'kept' }] });
  store.close();
  return summary.id;
}

describe('a v2 database migrates into the labs list', () => {
  it('its single lab becomes the first saved lab, session, start world, log, scrollback and in-flight command whole', async () => {
    const name = freshName();
    const s = reference();
    const db = await raw(name, 2, (db, tx) => {
      db.createObjectStore('session');
      db.createObjectStore('log', { keyPath: 'seq' });
      db.createObjectStore('scrollback');
      db.createObjectStore('meta', { keyPath: 'key' });
      db.createObjectStore('inflight');
      tx.objectStore('session').put({ ...s, start: null }, 'current');
      tx.objectStore('session').put(s.start, 'start');
      tx.objectStore('log').put({ seq: 1, line: 'lspv', exitCode: 0, atMs: 0, durationMs: 0 });
      tx.objectStore('log').put({ seq: 2, line: 'date', exitCode: 0, atMs: 0, durationMs: 0 });
      tx.objectStore('scrollback').put({ kind: 'input', text: '# lspv' }, 1);
      tx.objectStore('inflight').put({ line: 'alt_disk_copy -d hdisk1', before: s, atMs: 7 }, 'current');
    });
    db.close();
    const store = await open(name);
    expect(await store.meta()).toMatchObject({ version: DB_VERSION, upgradedFrom: 2 });
    const { labs } = await store.labs();
    expect(labs).toMatchObject([{ name: 'reference-lab 1', scenario: 'reference-lab', lesson: null, commands: 2 }]);
    const loaded = await store.lab(labs[0].id).load();
    expect(loaded.state).toEqual(s);
    expect(loaded).toMatchObject({ logLength: 2, scrollback: [{ kind: 'input', text: '# lspv' }], setAside: [], inflight: { atMs: 7 } });
    expect((await store.lab(labs[0].id).readLog()).map((e) => e.line)).toEqual(['lspv', 'date']);
  });

  it('a v1 database (start world inside the session, no in-flight store) migrates too', async () => {
    const name = freshName();
    const s = reference();
    (await raw(name, 1, (db, tx) => {
      db.createObjectStore('session');
      db.createObjectStore('log', { keyPath: 'seq' });
      db.createObjectStore('scrollback');
      db.createObjectStore('meta', { keyPath: 'key' });
      tx.objectStore('session').put(s, 'current');
      tx.objectStore('log').put({ seq: 1, line: 'lspv', exitCode: 0, atMs: 0, durationMs: 0 });
    })).close();
    const store = await open(name);
    const { labs } = await store.labs();
    expect(await store.lab(labs[0].id).load()).toMatchObject({ state: s, logLength: 1, inflight: null, setAside: [] });
  });

  it('a v2 database with nothing saved opens with no labs', async () => {
    const name = freshName();
    (await raw(name, 2, (db) => ['session', 'scrollback', 'inflight'].forEach((n) => db.createObjectStore(n)))).close();
    expect((await (await open(name)).labs()).labs).toEqual([]);
  });
});

describe('damaged records are set aside and named; the rest opens', () => {
  it('garbage scrollback records', async () => {
    const name = freshName();
    const id = await labWithWork(name);
    await poke(name, 'labLines', [id, 2], { kind: 'evil', text: 42 });
    await poke(name, 'labLines', [id, 3], 'garbage');
    const lab = (await open(name)).lab(id);
    const loaded = await lab.load();
    expect(loaded.state).not.toBeNull();
    expect(loaded.scrollback).toEqual([{ kind: 'stdout', text: 'kept' }]);
    expect(loaded.setAside).toEqual([{ what: 'terminal scrollback', why: expect.stringMatching(/2 of its 3 stored lines/) }]);
    expect((await lab.load()).setAside).toEqual([]); // removed: the next open is clean
  });

  it('a read-only load reports what it would set aside but writes nothing', async () => {
    const name = freshName();
    const id = await labWithWork(name);
    await poke(name, 'labLines', [id, 2], 'garbage');
    const lab = (await open(name)).lab(id);
    expect((await lab.load({ readOnly: true })).setAside).toHaveLength(1);
    expect((await lab.load({ readOnly: true })).setAside).toHaveLength(1); // still there
    expect((await lab.load()).setAside).toHaveLength(1);
    expect((await lab.load()).setAside).toEqual([]);
  });

  it('a bad in-flight record: the lab opens as saved before it', async () => {
    const name = freshName();
    const id = await labWithWork(name);
    await poke(name, 'labInflight', id, { line: 'alt_disk_copy -d hdisk1', before: { nonsense: true }, atMs: 5 });
    const loaded = await (await open(name)).lab(id).load();
    expect(loaded).toMatchObject({ inflight: null, setAside: [{ what: 'interrupted command' }] });
    expect(loaded.state?.scenario).toBe('reference-lab');
  });

  it('a garbage start record is rebuilt from its scenario and written back (reset works again)', async () => {
    const name = freshName();
    const id = await labWithWork(name);
    await poke(name, 'labParts', [id, 'start'], { hosts: 'garbage' });
    const loaded = await (await open(name)).lab(id).load();
    expect(loaded.repaired.join(' ')).toMatch(/start world was unreadable/);
    expect(loaded.setAside).toEqual([{ what: 'part of the saved session', why: expect.stringMatching(/start world was unreadable.*rebuilt/) }]);
    expect(loaded.state?.start).toEqual(reference().start);
    const again = await (await open(name)).lab(id).load();
    expect(again.repaired).toEqual([]);
  });

  it('a lab whose session cannot be read is unusable (the host sets it aside); setAsideLab removes it from the list', async () => {
    const name = freshName();
    const id = await labWithWork(name);
    await poke(name, 'labParts', [id, 'head'], 'garbage');
    const store = await open(name);
    const loaded = await store.lab(id).load();
    expect(loaded.state).toBeNull();
    expect(loaded.unusable).toMatch(/cannot be opened/);
    await store.setAsideLab(id, loaded.unusable!);
    expect((await store.labs()).labs).toEqual([]);
  });

  it('a damaged labs list entry: a bad name is filled in again, a record with no id is set aside', async () => {
    const name = freshName();
    const id = await labWithWork(name);
    const db = await raw(name);
    const summary = await new Promise<Record<string, unknown>>((r) => {
      const req = db.transaction('labs').objectStore('labs').get(id);
      req.onsuccess = () => r(req.result);
    });
    db.close();
    await poke(name, 'labs', null, { ...summary, name: 17 });
    await poke(name, 'labs', null, { id: '../../x', name: 'bad' });
    const store = await open(name);
    const first = await store.labs();
    expect(first.labs).toMatchObject([{ id, name: 'Recovered lab' }]);
    expect(first.setAside.map((s) => s.what)).toEqual(['an entry of the labs list', 'the name or details of lab “Recovered lab”']);
    expect((await store.labs()).setAside).toEqual([]);
  });

  it('a missing object store is created again (reopened one version up) and named; later opens work', async () => {
    const name = freshName();
    // Schema v3 at its own version with one store gone, as a botched copy or a hand edit leaves it.
    (await raw(name, DB_VERSION, (db, tx) => {
      for (const s of STORES) if (s.name !== 'labLines') db.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: !!s.autoIncrement });
      tx.objectStore('meta').put({ key: 'schema', app: 'altdisk-trainer', version: DB_VERSION, upgradedFrom: 0 });
    })).close();
    const store = await open(name);
    expect(store.repairs).toEqual([{ what: 'storage area “labLines”', why: expect.stringMatching(/created again/) }]);
    const lab = await store.createLab({ name: 'L', scenario: 'reference-lab', lesson: null, state: reference() });
    await store.lab(lab.id).commit({ state: reference(), logEntry: { line: 'x', exitCode: 0, atMs: 0, durationMs: 0 }, lines: [{ kind: 'stdout', text: 'x' }] });
    store.close();
    const again = await open(name); // above DB_VERSION now, and known to be ours
    expect(again.repairs).toEqual([]);
    expect((await again.lab(lab.id).load()).scrollback).toEqual([{ kind: 'stdout', text: 'x' }]);
  });

  it('an unreadable schema record is written again and named', async () => {
    const name = freshName();
    await labWithWork(name);
    await poke(name, 'meta', null, { key: 'schema', app: 'something else' });
    const store = await open(name);
    expect(store.repairs).toEqual([{ what: 'the schema record', why: expect.stringContaining('written again') }]);
    expect(await store.meta()).toMatchObject({ version: DB_VERSION });
    expect((await store.labs()).labs).toHaveLength(1);
  });

  it('a database a newer version wrote is refused, saying so', async () => {
    const name = freshName();
    (await raw(name, DB_VERSION + 5, (db, tx) => {
      db.createObjectStore('meta', { keyPath: 'key' });
      tx.objectStore('meta').put({ key: 'schema', app: 'altdisk-trainer', version: DB_VERSION + 5, upgradedFrom: 0 });
    })).close();
    const err = (await open(name).catch((e: unknown) => e)) as StorageError;
    expect(err).toBeInstanceOf(StorageError);
    expect(err.kind).toBe('version');
    expect(memoryStatus(err).message).toMatch(/written by a newer version of the trainer/);
  });

  it('a database bumped to a higher version by anything but our own repair is refused as newer too', async () => {
    const name = freshName();
    await labWithWork(name);
    (await raw(name, 1000)).close();
    expect(await open(name).catch((e: unknown) => e)).toMatchObject({ kind: 'version' });
  });
});
