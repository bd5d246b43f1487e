import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../../core/session/api.ts';
import { err, ok } from '../../core/result.ts';
import type { TerminalLine } from '../../protocol/index.ts';
import { DB_VERSION, openStore, SCROLLBACK_CAP, type Store } from './db.ts';
import type { SessionGate } from './records.ts';
import { memoryStatus, StorageError } from './errors.ts';

let counter = 0;
const freshName = () => `db-test-${Date.now()}-${counter++}`;
const opened: Store[] = [];
/** A gate that only checks the format tag (the real one is tested in core/session). */
const gate: SessionGate = (v) =>
  v && typeof v === 'object' && (v as { format?: unknown }).format === 'altdisk-session' && (v as { world?: unknown }).world
    ? ok({ restored: v as SessionState, repaired: [] })
    : err('The saved lab cannot be opened: not a session.');

let clock = 1_000_000;
async function open(name = freshName(), options: Partial<Parameters<typeof openStore>[0]> = {}) {
  const store = await openStore({ name, requestPersist: null, gate, wallClock: () => clock++, ...options });
  opened.push(store);
  return store;
}

const worldAt = (n: number) => ({ schema: 1, clock: { nowMs: n * 1000 }, rng: { state: n }, hosts: { h: { files: n } }, console: 'h', disks: { hdisk0: { size: 1 } }, vgs: {} });
/** A lab's state after n commands (its start world never changes). */
function state(n: number): SessionState {
  return { format: 'altdisk-session', version: 1, scenario: 'lab', start: worldAt(0), world: worldAt(n), history: Array.from({ length: n }, (_, i) => `cmd ${i + 1}`), pending: null } as unknown as SessionState;
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

async function newLab(store: Store, n = 0) {
  const summary = await store.createLab({ name: 'Lab', scenario: 'lab', lesson: null, state: state(n) });
  return store.lab(summary.id);
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const s of opened.splice(0)) s.close();
});

describe('schema v3', () => {
  it('creates every store at the current version and records it in meta', async () => {
    const name = freshName();
    const store = await open(name);
    expect(await store.meta()).toEqual({ key: 'schema', app: 'altdisk-trainer', version: DB_VERSION, upgradedFrom: 0 });
    store.close();
    const raw = await rawOpen(name);
    expect(raw.version).toBe(DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['aside', 'labInflight', 'labLines', 'labLog', 'labParts', 'labs', 'meta']);
    raw.close();
  });

  it('load after commit returns the same state, lines and log; reopening keeps them', async () => {
    const name = freshName();
    const store = await open(name);
    const lab = await newLab(store);
    await lab.commit({ state: state(1), logEntry: entry('cmd 1'), lines: [{ kind: 'input', text: '# cmd 1' }, out('a')] });
    expect(await lab.commit({ state: state(2), logEntry: entry('cmd 2'), lines: [out('b')] })).toEqual({ seq: 2 });
    store.close();
    const again = (await open(name)).lab(lab.id);
    const loaded = await again.load();
    expect(loaded).toMatchObject({ state: state(2), logLength: 2, inflight: null, setAside: [], unusable: null });
    expect(loaded.scrollback.map((l) => l.text)).toEqual(['# cmd 1', 'a', 'b']);
    expect((await again.readLog()).map((e) => [e.seq, e.line])).toEqual([[1, 'cmd 1'], [2, 'cmd 2']]);
  });

  it('is atomic: a write that fails inside the transaction leaves nothing of the command', async () => {
    const store = await open();
    const lab = await newLab(store);
    await lab.commit({ state: state(1), logEntry: entry('cmd 1'), lines: [out('one')] });
    const bad = { kind: 'stdout', text: 'x', fn: () => 0 } as unknown as TerminalLine;
    const err = await lab.commit({ state: state(2), logEntry: entry('cmd 2'), lines: [out('two'), bad] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).kind).toBe('data');
    expect(await lab.load()).toMatchObject({ state: state(1), logLength: 1, scrollback: [out('one')] });
    expect((await lab.commit({ state: state(3), logEntry: entry('cmd 3'), lines: [] })).seq).toBe(2);
  });

  it(`keeps only the last ${SCROLLBACK_CAP} scrollback lines, and replaceScrollback drops the earlier ones`, async () => {
    const store = await open();
    const lab = await newLab(store);
    for (let c = 0; c < 3; c++) {
      const lines = Array.from({ length: 2000 }, (_, i) => out(`${c}-${i}`));
      await lab.commit({ state: state(c), logEntry: entry(`cmd ${c}`), lines });
    }
    const { scrollback } = await lab.load();
    expect(scrollback).toHaveLength(SCROLLBACK_CAP);
    expect(scrollback[SCROLLBACK_CAP - 1].text).toBe('2-1999');
    await lab.commit({ state: state(4), logEntry: entry('clear'), lines: [], replaceScrollback: true });
    await lab.commit({ state: state(5), logEntry: entry('ls'), lines: [out('c')] });
    expect((await lab.load()).scrollback).toEqual([out('c')]);
  });

  it('a command writes only the parts it changed (flat cost), and a removed part is deleted', async () => {
    const store = await open();
    const lab = await newLab(store, 1);
    await lab.load();
    const puts: string[] = [];
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'labParts') puts.push(String((args[1] as unknown[])[1]));
      return put.apply(this, args);
    });
    const next = state(1);
    next.world.clock.nowMs = 5;
    await lab.commit({ state: next, logEntry: entry('date'), lines: [] });
    expect(puts).toEqual(['head']);
    puts.length = 0;
    const grown = structuredClone(next);
    (grown.world.disks as Record<string, unknown>).hdisk1 = { size: 2 };
    delete (grown.world.disks as Record<string, unknown>).hdisk0;
    await lab.commit({ state: grown, logEntry: entry('cfgmgr'), lines: [] });
    expect(puts).toEqual(['disk:hdisk1']);
    expect((await lab.load()).state).toEqual(grown);
  });

  it('keeps the in-flight marker with the commit, tracks progress, and settle() adds the output lines', async () => {
    const store = await open();
    const lab = await newLab(store);
    await lab.commit({ state: state(1), logEntry: entry('alt_disk_copy -d hdisk1'), lines: [out('# alt_disk_copy -d hdisk1')], inflight: { line: 'alt_disk_copy -d hdisk1', before: state(0), atMs: 0 } });
    await lab.progress(42_000);
    expect((await lab.load()).inflight).toEqual({ line: 'alt_disk_copy -d hdisk1', before: state(0), atMs: 42_000 });
    await lab.settle([out('Checking disk sizes.')]);
    const loaded = await lab.load();
    expect(loaded.inflight).toBeNull();
    expect(loaded.scrollback.map((l) => l.text)).toEqual(['# alt_disk_copy -d hdisk1', 'Checking disk sizes.']);
  });
});

describe('many labs', () => {
  it('lists labs most recently used first; rename, duplicate (log, lines, session) and delete', async () => {
    const store = await open();
    const a = await store.createLab({ name: 'A', scenario: 'lab', lesson: null, state: state(1), entries: [entry('x')], lines: [out('x')] });
    const b = await store.createLab({ name: 'B', scenario: 'other', lesson: 'basic-clone', state: state(2) });
    expect((await store.labs()).labs.map((l) => l.name)).toEqual(['B', 'A']);
    await store.touchLab(a.id);
    expect((await store.labs()).labs.map((l) => l.name)).toEqual(['A', 'B']);
    await store.renameLab(a.id, '  My\nlab  ');
    const copy = await store.duplicateLab(a.id);
    expect(copy).toMatchObject({ name: 'My lab (copy)', scenario: 'lab', commands: 1 });
    expect(await store.lab(copy.id).load()).toMatchObject({ state: state(1), logLength: 1, scrollback: [out('x')] });
    await store.deleteLab(b.id);
    expect((await store.labs()).labs.map((l) => l.name).sort()).toEqual(['My lab', 'My lab (copy)']);
    expect((await store.lab(b.id).load()).state).toBeNull();
    await expect(store.renameLab(a.id, '   ')).rejects.toBeInstanceOf(StorageError);
  });

  it('a commit counts the command in its lab summary and touches only that lab', async () => {
    const store = await open();
    const a = await store.createLab({ name: 'A', scenario: 'lab', lesson: null, state: state(1) });
    const b = await store.createLab({ name: 'B', scenario: 'lab', lesson: null, state: state(1) });
    await store.lab(a.id).commit({ state: state(2), logEntry: entry('y'), lines: [out('y')] });
    const { labs } = await store.labs();
    expect(labs.map((l) => [l.name, l.commands])).toEqual([['A', 1], ['B', 0]]);
    expect((await store.lab(b.id).load()).scrollback).toEqual([]);
  });
});

describe('open failures', () => {
  it('closes itself when a newer tab upgrades, and reports the lost connection', async () => {
    const name = freshName();
    const onLost = vi.fn();
    const store = await open(name, { onLost });
    const lab = await newLab(store);
    const raw = await rawOpen(name, DB_VERSION + 10);
    raw.close();
    expect(onLost).toHaveBeenCalledWith(expect.objectContaining({ kind: 'versionchange' }));
    await expect(lab.commit({ state: state(1), logEntry: entry('a'), lines: [] })).rejects.toMatchObject({ kind: 'versionchange' });
  });

  it('steps aside when another tab wipes the saved labs, and says so in those words', async () => {
    const name = freshName();
    const onLost = vi.fn();
    await open(name, { onLost });
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    expect(onLost).toHaveBeenCalledWith(expect.objectContaining({ kind: 'wiped' }));
    expect(memoryStatus(onLost.mock.calls[0][0] as StorageError).message).toMatch(/wiped from another tab/);
  });

  it('reports an open that the browser refuses as unavailable, and a missing indexedDB too', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    await expect(open()).rejects.toMatchObject({ kind: 'unavailable' });
    vi.restoreAllMocks();
    vi.stubGlobal('indexedDB', undefined);
    await expect(open()).rejects.toMatchObject({ kind: 'unavailable' });
    vi.unstubAllGlobals();
  });

  it('says quota when storage is full while creating the database, with no unhandled rejection', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'meta') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const err = (await open().catch((e: unknown) => e)) as StorageError;
    expect(err.kind).toBe('quota');
    expect(memoryStatus(err).message).toMatch(/storage for this site is full/);
    await new Promise((r) => setTimeout(r, 20));
  });
});
