// Two tabs, one writer per lab (Web Locks, BUDGETS R3), and a restarted worker (R5).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenRequest } from '../protocol/index.ts';
import { StorageError } from './persistence/errors.ts';
import { READ_ONLY_MESSAGE, RESTART_LOCK_WAIT_MS } from './simHost.ts';
import { FakeLocks, until } from './testSupport.ts';
import { closeStores, held, records, setup, type Tab } from './testHarness.ts';

let counter = 0;
afterEach(closeStores);

/** A tab: its own host, clock and IndexedDB connection over the shared database and lock manager. */
const tab = (name: string, locks: FakeLocks) => setup({ name, deps: { locks, storeOpenTimeoutMs: 1e9 } });
/** Opens, moving the tab's clock on so the wait for the lock can run out. */
async function openTab(t: Tab, request: Partial<OpenRequest> = {}) {
  const rid = t.send({ type: 'open', request: { speed: 'instant', ...request } });
  await until(() => {
    t.clock.advance(100);
    return !!t.final(rid);
  }, 'open');
  const m = t.final(rid)!;
  if (m.type !== 'opened') throw new Error(`open failed: ${JSON.stringify(m)}`);
  return m.result;
}
const reopened = (t: Tab) => t.msgs.filter((m) => m.type === 'reopened');
const dbName = () => `two-tabs-${Date.now()}-${counter++}`;

describe('two tabs: one writer per lab (Web Locks, R3)', () => {
  it('a second tab on the same lab is read-only, says so and refuses commands; it takes over from storage when the first closes', async () => {
    const locks = new FakeLocks();
    const name = dbName();
    const a = tab(name, locks);
    const ra = await openTab(a);
    expect(ra.storage).toEqual({ mode: 'indexeddb', message: null });
    await a.exec('echo one');

    const b = tab(name, locks);
    const rb = await openTab(b); // nothing asked: the most recent lab, which A writes
    expect(rb.lab.id).toBe(ra.lab.id);
    expect(rb.storage).toEqual({ mode: 'read-only', message: READ_ONLY_MESSAGE });
    expect(rb.history).toEqual(['echo one']);
    const refused = await b.exec('echo two');
    expect(refused.final).toMatchObject({ type: 'error', error: { code: 'read-only', message: expect.stringContaining('open in another tab') } });
    expect(refused.all).toHaveLength(1);

    await a.exec('echo three');
    expect(reopened(b)).toEqual([]);
    a.endpoint.dispose();
    await until(() => reopened(b).length === 1, 'takeover');
    expect(reopened(b)[0]).toMatchObject({ id: 0, result: { storage: { mode: 'indexeddb', message: null }, snapshot: { counter: 2 }, history: ['echo one', 'echo three'] } });
    expect((await b.exec('echo four')).final).toMatchObject({ type: 'done', done: { snapshot: { counter: 3 } } });
    expect(held(locks)(ra.lab.id)).toBe(true);
    const c = setup({ name, deps: { locks: null } });
    expect((await c.open()).history).toEqual(['echo one', 'echo three', 'echo four']);
  });

  it('a second tab opened with another scenario writes its own new lab while the first keeps writing its own', async () => {
    const locks = new FakeLocks();
    const name = dbName();
    const a = tab(name, locks);
    const ra = await openTab(a);
    await a.exec('echo mine');
    const b = tab(name, locks);
    const rb = await openTab(b, { scenario: 'other' });
    expect(rb.storage.mode).toBe('indexeddb');
    expect(rb.lab.id).not.toBe(ra.lab.id);
    await b.exec('echo theirs');
    await a.exec('echo mine again');
    a.endpoint.dispose();
    await new Promise((r) => setTimeout(r, 10));
    expect(reopened(b)).toEqual([]); // B never takes over A's lab, and never replays anything over it
    const c = setup({ name, deps: { locks: null } });
    expect((await c.open({ lab: ra.lab.id })).history).toEqual(['echo mine', 'echo mine again']);
    expect((await c.open({ lab: rb.lab.id })).history).toEqual(['echo theirs']);
  });

  it('a read-only tab that takes over reloads the lab from storage, not the request it was opened with', async () => {
    const locks = new FakeLocks();
    const name = dbName();
    const a = tab(name, locks);
    const ra = await openTab(a);
    const b = tab(name, locks);
    await openTab(b, { lab: ra.lab.id });
    await a.exec('echo newer work');
    a.endpoint.dispose();
    await until(() => reopened(b).length === 1, 'takeover');
    expect(reopened(b)[0]).toMatchObject({ result: { lab: { id: ra.lab.id }, history: ['echo newer work'] } });
  });

  it('a lock released during the short wait (a closing tab) makes the new host the writer at once', async () => {
    const locks = new FakeLocks();
    const name = dbName();
    const a = tab(name, locks);
    await openTab(a);
    const b = tab(name, locks);
    const rid = b.send({ type: 'open', request: { speed: 'instant' } });
    await until(() => b.clock.pending.includes(500), 'waiting for the lock');
    a.endpoint.dispose();
    await b.settled(rid);
    expect(b.final(rid)).toMatchObject({ type: 'opened', result: { storage: { mode: 'indexeddb', message: null } } });
    expect(reopened(b)).toEqual([]);
  });

  it('a restarted worker waits longer, silently, for the lock the dead one held: never read-only, never "reopened"', async () => {
    const locks = new FakeLocks();
    const name = dbName();
    const dead = tab(name, locks);
    const r = await openTab(dead);
    await dead.exec('echo before the crash');
    const next = tab(name, locks);
    const rid = next.send({ type: 'open', request: { speed: 'instant', lab: r.lab.id, restarted: true } });
    await until(() => next.clock.pending.includes(RESTART_LOCK_WAIT_MS), 'waiting for the lock');
    next.clock.advance(900); // longer than a closing tab's wait: the browser is still tearing the worker down
    expect(next.final(rid)).toBeUndefined();
    dead.endpoint.dispose();
    await next.settled(rid);
    expect(next.final(rid)).toMatchObject({ type: 'opened', result: { storage: { mode: 'indexeddb', message: null }, history: ['echo before the crash'] } });
    expect(next.msgs.filter((m) => m.type === 'storage' || m.type === 'reopened')).toEqual([]);
  });

  it('a writer whose storage fails stops being the writer, and the read-only tab takes over', async () => {
    const locks = new FakeLocks();
    const name = dbName();
    const a = tab(name, locks);
    await openTab(a);
    await a.exec('echo saved');
    const b = tab(name, locks);
    expect((await openTab(b)).storage.mode).toBe('read-only');
    (await records(a)).commit = () => Promise.reject(new StorageError('quota', 'QuotaExceededError'));
    expect((await a.exec('echo lost')).final.type).toBe('done');
    await until(() => reopened(b).length === 1, 'takeover');
    expect(reopened(b)[0]).toMatchObject({ result: { history: ['echo saved'], storage: { mode: 'indexeddb' } } });
  });

  it('a read-only tab whose storage fails runs in memory like any tab without storage', async () => {
    const locks = new FakeLocks();
    const name = dbName();
    const a = tab(name, locks);
    const ra = await openTab(a);
    const b = tab(name, locks);
    await openTab(b);
    const req = indexedDB.open(name, 99);
    await new Promise((resolve) => (req.onsuccess = resolve));
    req.result.close();
    expect(b.msgs.filter((m) => m.type === 'storage')).toEqual([{ id: 0, type: 'storage', storage: { mode: 'memory', message: expect.stringContaining('another tab') } }]);
    expect((await b.exec('echo here')).final).toMatchObject({ type: 'done' });
    expect(held(locks)(ra.lab.id)).toBe(false);
  });

  it('without Web Locks (node, older browsers) a host assumes it is the only writer', async () => {
    const name = dbName();
    expect((await setup({ name }).open()).storage.mode).toBe('indexeddb');
    expect((await setup({ name }).open()).storage.mode).toBe('indexeddb');
  });

  it('dispose() lets the lock go and ignores later messages', async () => {
    const locks = new FakeLocks();
    const t = tab(dbName(), locks);
    const r = await openTab(t);
    expect(held(locks)(r.lab.id)).toBe(true);
    t.endpoint.dispose();
    await until(() => !held(locks)(r.lab.id), 'lock released');
    const before = t.msgs.length;
    t.send({ type: 'exec', line: 'echo x' });
    await new Promise((r) => setTimeout(r, 5));
    expect(t.msgs.length).toBe(before);
  });
});
