import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../../core/session/api.ts';
import type { TerminalLine } from '../../protocol/index.ts';
import { DB_VERSION, openStore, SCROLLBACK_CAP, type Store } from './db.ts';
import { memoryStatus, StorageError } from './errors.ts';

let counter = 0;
const freshName = () => `db-test-${Date.now()}-${counter++}`;
const opened: Store[] = [];

async function open(name = freshName(), options: Parameters<typeof openStore>[0] = {}) {
  const store = await openStore({ name, requestPersist: null, ...options });
  opened.push(store);
  return store;
}

function state(n: number): SessionState {
  const world = { schema: 1, clock: { nowMs: n * 1000 }, rng: { state: n }, hosts: {}, console: 'h', disks: {}, vgs: {} };
  return {
    format: 'altdisk-session',
    version: 1,
    scenario: 'lab',
    start: structuredClone(world),
    world,
    history: Array.from({ length: n }, (_, i) => `cmd ${i + 1}`),
    pending: null,
  } as unknown as SessionState;
}

const entry = (line: string) => ({ line, exitCode: 0, atMs: 0, durationMs: 0 });
const out = (text: string): TerminalLine => ({ kind: 'stdout', text });

function rawOpen(name: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const s of opened.splice(0)) s.close();
});

describe('schema', () => {
  it('creates every store at the current version and records it in meta', async () => {
    const name = freshName();
    const store = await open(name);
    expect(await store.meta()).toEqual({ key: 'schema', app: 'altdisk-trainer', version: DB_VERSION, upgradedFrom: 0 });
    store.close();
    const raw = await rawOpen(name);
    expect(raw.version).toBe(DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['inflight', 'log', 'meta', 'scrollback', 'session']);
    const tx = raw.transaction(['log', 'meta']);
    expect(tx.objectStore('log').keyPath).toBe('seq');
    expect(tx.objectStore('meta').keyPath).toBe('key');
    raw.close();
  });

  it('reopening an existing database keeps its data (no upgrade runs)', async () => {
    const name = freshName();
    const a = await open(name);
    await a.commit({ state: state(1), logEntry: entry('cmd 1'), lines: [out('x')] });
    a.close();
    const b = await open(name);
    expect((await b.load()).state).toEqual(state(1));
    expect((await b.meta())?.upgradedFrom).toBe(0);
  });

  it('an empty database loads as nothing saved', async () => {
    const store = await open();
    expect(await store.load()).toEqual({ state: null, scrollback: [], logLength: 0, inflight: null });
  });
});

describe('commit', () => {
  it('load after commit returns the same state, lines and log', async () => {
    const store = await open();
    await store.commit({ state: state(1), logEntry: entry('cmd 1'), lines: [{ kind: 'input', text: '# cmd 1' }, out('a')] });
    const r = await store.commit({
      state: state(2),
      logEntry: { line: 'cmd 2', exitCode: 3, atMs: 1000, durationMs: 250 },
      lines: [{ kind: 'input', text: '# cmd 2' }, { kind: 'stderr', text: 'b' }],
    });
    expect(r.seq).toBe(2);
    const loaded = await store.load();
    expect(loaded.state).toEqual(state(2));
    expect(loaded.logLength).toBe(2);
    expect(loaded.scrollback).toEqual([
      { kind: 'input', text: '# cmd 1' },
      out('a'),
      { kind: 'input', text: '# cmd 2' },
      { kind: 'stderr', text: 'b' },
    ]);
    expect(await store.readLog()).toEqual([
      { seq: 1, line: 'cmd 1', exitCode: 0, atMs: 0, durationMs: 0 },
      { seq: 2, line: 'cmd 2', exitCode: 3, atMs: 1000, durationMs: 250 },
    ]);
  });

  it('is atomic: a write that fails inside the transaction leaves nothing of the command', async () => {
    const store = await open();
    await store.commit({ state: state(1), logEntry: entry('cmd 1'), lines: [out('one')] });
    // The session and log puts succeed, then the last line cannot be cloned: the whole command must vanish.
    const bad = { kind: 'stdout', text: () => 'not cloneable' } as unknown as TerminalLine;
    const err = await store.commit({ state: state(2), logEntry: entry('cmd 2'), lines: [out('two'), bad] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).kind).toBe('data');
    const loaded = await store.load();
    expect(loaded.state).toEqual(state(1));
    expect(loaded.scrollback).toEqual([out('one')]);
    expect(loaded.logLength).toBe(1);
    // The store still works afterwards.
    await store.commit({ state: state(3), logEntry: entry('cmd 3'), lines: [out('three')] });
    expect((await store.load()).scrollback).toEqual([out('one'), out('three')]);
  });

  it('turns a quota failure into a quota StorageError and writes nothing', async () => {
    const store = await open();
    await store.commit({ state: state(1), logEntry: entry('cmd 1'), lines: [out('one')] });
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'scrollback') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const err = (await store.commit({ state: state(2), logEntry: entry('cmd 2'), lines: [out('two')] }).catch((e: unknown) => e)) as StorageError;
    expect(err.kind).toBe('quota');
    expect(memoryStatus(err)).toEqual({ mode: 'memory', message: expect.stringMatching(/storage .* is full/) });
    vi.restoreAllMocks();
    const loaded = await store.load();
    expect(loaded.state).toEqual(state(1));
    expect(loaded.logLength).toBe(1);
  });

  it(`keeps only the last ${SCROLLBACK_CAP} scrollback lines`, async () => {
    const store = await open();
    let n = 0;
    for (let c = 0; c < 11; c++) {
      const lines = Array.from({ length: 500 }, () => out(`line ${++n}`));
      await store.commit({ state: state(c), logEntry: entry(`cmd ${c}`), lines });
    }
    const { scrollback } = await store.load();
    expect(scrollback).toHaveLength(SCROLLBACK_CAP);
    expect(scrollback[0]).toEqual(out(`line ${n - SCROLLBACK_CAP + 1}`));
    expect(scrollback[SCROLLBACK_CAP - 1]).toEqual(out(`line ${n}`));
  });

  it('replaceScrollback drops the earlier lines in the same transaction', async () => {
    const store = await open();
    await store.commit({ state: state(1), logEntry: entry('ls'), lines: [out('a'), out('b')] });
    await store.commit({ state: state(2), logEntry: entry('clear'), lines: [], replaceScrollback: true });
    await store.commit({ state: state(3), logEntry: entry('ls'), lines: [out('c')] });
    expect((await store.load()).scrollback).toEqual([out('c')]);
  });

  it('clear() empties everything and can save the first state of a new lab', async () => {
    const store = await open();
    await store.commit({ state: state(4), logEntry: entry('x'), lines: [out('x')] });
    await store.clear(state(0));
    expect(await store.load()).toEqual({ state: state(0), scrollback: [], logLength: 0, inflight: null });
    const r = await store.commit({ state: state(1), logEntry: entry('y'), lines: [] });
    expect(r.seq).toBe(1);
    await store.clear();
    expect((await store.load()).state).toBeNull();
  });

  it('asks for persistent storage once, after the first successful save', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const store = await open(freshName(), { requestPersist: persist });
    await store.load();
    expect(persist).not.toHaveBeenCalled();
    await store.commit({ state: state(1), logEntry: entry('a'), lines: [] });
    await store.commit({ state: state(2), logEntry: entry('b'), lines: [] });
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('works without the Storage API (no navigator.storage)', async () => {
    vi.stubGlobal('navigator', {});
    const store = await openStore({ name: freshName() });
    opened.push(store);
    await expect(store.commit({ state: state(1), logEntry: entry('a'), lines: [] })).resolves.toEqual({ seq: 1 });
  });
});

describe('failures and other tabs', () => {
  it('closes itself when a newer tab upgrades, and reports the lost connection', async () => {
    const name = freshName();
    const onLost = vi.fn();
    const store = await open(name, { onLost });
    const newer = await rawOpen(name, DB_VERSION + 1); // would stay blocked if the old connection did not close
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    expect(onLost).toHaveBeenCalledTimes(1);
    expect(onLost.mock.calls[0][0]).toMatchObject({ kind: 'versionchange' });
    await expect(store.commit({ state: state(1), logEntry: entry('a'), lines: [] })).rejects.toMatchObject({ kind: 'versionchange' });
    await expect(store.load()).rejects.toBeInstanceOf(StorageError);
  });

  it('refuses a database written by a newer version as a version error', async () => {
    const name = freshName();
    (await rawOpen(name, DB_VERSION + 4)).close();
    await expect(open(name)).rejects.toMatchObject({ name: 'StorageError', kind: 'version' });
  });

  it('reports an open that the browser refuses as unavailable', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await expect(open()).rejects.toMatchObject({ name: 'StorageError', kind: 'unavailable' });
  });

  it('reports a missing indexedDB as unavailable', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const err = (await open().catch((e: unknown) => e)) as StorageError;
    expect(err.kind).toBe('unavailable');
    expect(memoryStatus(err).message).toMatch(/nothing is kept after you close the tab/);
  });
});

describe('in-flight commands (schema v2)', () => {
  it('upgrades a version-1 database without losing its session, log or scrollback', async () => {
    const name = freshName();
    // A v1 database as the first release wrote it.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        const db = req.result;
        db.createObjectStore('session');
        db.createObjectStore('log', { keyPath: 'seq' });
        db.createObjectStore('scrollback');
        db.createObjectStore('meta', { keyPath: 'key' });
        const tx = req.transaction!;
        tx.objectStore('session').put(state(2), 'current');
        tx.objectStore('log').put({ seq: 1, ...entry('lspv') });
        tx.objectStore('scrollback').put(out('hdisk0'), 1);
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const store = await open(name);
    const loaded = await store.load();
    expect(loaded.state).toEqual(state(2));
    expect(loaded.logLength).toBe(1);
    expect(loaded.scrollback).toEqual([out('hdisk0')]);
    expect(loaded.inflight).toBeNull();
    expect(await store.meta()).toMatchObject({ version: DB_VERSION, upgradedFrom: 1 });
  });

  it('keeps the in-flight marker with the commit, tracks progress, and settle() adds the output lines', async () => {
    const store = await open();
    await store.commit({ state: state(1), logEntry: entry('alt_disk_copy -d hdisk1'), lines: [out('# alt_disk_copy -d hdisk1')], inflight: { line: 'alt_disk_copy -d hdisk1', before: state(0), atMs: 0 } });
    await store.progress(42_000);
    let loaded = await store.load();
    expect(loaded.inflight).toEqual({ line: 'alt_disk_copy -d hdisk1', before: state(0), atMs: 42_000 });
    await store.settle([out('Checking disk sizes.')]);
    loaded = await store.load();
    expect(loaded.inflight).toBeNull();
    expect(loaded.scrollback.map((l) => l.text)).toEqual(['# alt_disk_copy -d hdisk1', 'Checking disk sizes.']);
  });
});

describe('the start world is stored once', () => {
  it('keeps it under its own key, not in every session record, and loads the session whole', async () => {
    const name = freshName();
    const store = await open(name);
    const s1 = state(1);
    const s2 = { ...state(2), start: s1.start };
    await store.commit({ state: s1, logEntry: entry('a'), lines: [] });
    await store.commit({ state: s2, logEntry: entry('b'), lines: [] });
    expect((await store.load()).state).toEqual(s2);
    const raw = await rawOpen(name);
    const record = await new Promise<{ start: unknown }>((resolve) => {
      const req = raw.transaction('session').objectStore('session').get('current');
      req.onsuccess = () => resolve(req.result);
    });
    raw.close();
    expect(record.start).toBeNull();
  });
});

describe('storage full while creating the database', () => {
  it('says quota (not "unavailable") and leaves no unhandled rejection behind', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'meta') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const err = (await open().catch((e: unknown) => e)) as StorageError;
    expect(err).toBeInstanceOf(StorageError);
    expect(err.kind).toBe('quota');
    expect(memoryStatus(err).message).toMatch(/storage for this site is full/);
    await new Promise((r) => setTimeout(r, 20)); // an unhandled rejection would fail the run here
  });
});
