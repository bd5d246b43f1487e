import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, OpenRequest, ToWorker } from '../protocol/index.ts';
import { openStore, type Store } from './persistence/db.ts';
import { StorageError } from './persistence/errors.ts';
import { createHostEndpoint, MAX_WAIT_MS, READ_ONLY_MESSAGE, WRITER_LOCK, type HostDeps } from './simHost.ts';
import { FakeClock, fakeCore, FakeLocks, until, type ToWorkerBody } from './testSupport.ts';

let counter = 0;
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

/** An endpoint over a fake core, a fake clock and its own IndexedDB database. */
function setup(options: { name?: string; deps?: Partial<HostDeps> } = {}) {
  const name = options.name ?? `host-test-${Date.now()}-${counter++}`;
  const clock = new FakeClock();
  const core = fakeCore();
  const msgs: FromWorker[] = [];
  const openedStores: Store[] = [];
  const endpoint = createHostEndpoint((m) => msgs.push(structuredClone(m)), {
    core,
    scheduler: clock.scheduler,
    now: clock.now,
    openStore: async (hooks) => {
      const s = await openStore({ requestPersist: null, ...hooks, name });
      stores.push(s);
      openedStores.push(s);
      return s;
    },
    ...options.deps,
  });
  let id = 100;
  const send = (m: ToWorkerBody) => {
    const msg = { ...m, id: ++id } as ToWorker;
    endpoint.receive(msg);
    return msg.id;
  };
  const replies = (rid: number) => msgs.filter((m) => m.id === rid);
  const final = (rid: number) => replies(rid).find((m) => m.type === 'opened' || m.type === 'done' || m.type === 'error');
  const settled = (rid: number) => until(() => !!final(rid), `reply to ${rid}`);
  async function open(request: Partial<OpenRequest> = {}) {
    const rid = send({ type: 'open', request: { speed: 'instant', ...request } });
    await settled(rid);
    const m = final(rid)!;
    if (m.type !== 'opened') throw new Error(`open failed: ${JSON.stringify(m)}`);
    return m.result;
  }
  async function exec(line: string) {
    const rid = send({ type: 'exec', line });
    await settled(rid);
    return { rid, all: replies(rid), final: final(rid)! };
  }
  return { name, clock, core, msgs, send, replies, final, settled, open, exec, openedStores, endpoint };
}

const shape = (ms: FromWorker[]) =>
  ms.map((m) => (m.type === 'chunk' ? `chunk:${m.chunk.text.trim()}` : m.type === 'event' ? `event:${m.event.type}` : m.type));

describe('open', () => {
  it('starts the default lab in IndexedDB mode and saves it', async () => {
    const t = setup();
    const r = await t.open();
    expect(r.snapshot).toMatchObject({ scenario: 'lab', counter: 0 });
    expect(r).toMatchObject({ scrollback: [], history: [], storage: { mode: 'indexeddb', message: null }, inPage: false, notice: null });
    expect((await t.openedStores[0].load()).state?.scenario).toBe('lab');
  });

  it('restores the saved session, scrollback and history in a new host (a reload)', async () => {
    const a = setup();
    await a.open();
    await a.exec('echo hello');
    await a.exec('fail');
    a.openedStores[0].close();
    const b = setup({ name: a.name, deps: { inPage: true } });
    const r = await b.open();
    expect(r.snapshot).toMatchObject({ scenario: 'lab', counter: 2 });
    expect(r.history).toEqual(['echo hello', 'fail']);
    expect(r.inPage).toBe(true);
    expect(r.scrollback).toEqual([
      { kind: 'input', text: '# echo hello' },
      { kind: 'stdout', text: 'hello' },
      { kind: 'input', text: '# fail' },
      { kind: 'stderr', text: 'ksh: fail: failed' },
    ]);
  });

  it('a different requested scenario replaces the saved lab; the same one keeps it', async () => {
    const a = setup();
    await a.open();
    await a.exec('echo x');
    expect((await a.open({ scenario: 'lab' })).history).toEqual(['echo x']);
    a.openedStores[0].close();
    const b = setup({ name: a.name });
    const r = await b.open({ scenario: 'other' });
    expect(r.snapshot).toMatchObject({ scenario: 'other', counter: 0 });
    expect(r.scrollback).toEqual([]);
    expect(await b.openedStores[0].load()).toMatchObject({ state: { scenario: 'other' }, logLength: 0, scrollback: [] });
  });

  it('fresh starts the requested scenario over even when the saved lab is of the same scenario (a lesson start)', async () => {
    const a = setup();
    await a.open();
    await a.exec('echo x');
    a.openedStores[0].close();
    const b = setup({ name: a.name });
    const r = await b.open({ scenario: 'lab', fresh: true });
    expect(r.snapshot).toMatchObject({ scenario: 'lab', counter: 0 });
    expect(r.history).toEqual([]);
    expect(r.scrollback).toEqual([]);
    expect(await b.openedStores[0].load()).toMatchObject({ state: { scenario: 'lab', history: [] }, logLength: 0, scrollback: [] });
  });

  it('an unknown scenario opens the default lab with a notice, or keeps the saved lab', async () => {
    const a = setup();
    const r = await a.open({ scenario: 'nope' });
    expect(r.snapshot).toMatchObject({ scenario: 'lab' });
    expect(r.notice).toEqual({ code: 'unknown-scenario', message: expect.stringContaining('"nope"') });
    expect(r.notice?.message).toContain('reference lab');
    await a.exec('echo kept');
    a.openedStores[0].close();
    const b = setup({ name: a.name });
    const again = await b.open({ scenario: 'nope' });
    expect(again.history).toEqual(['echo kept']);
    expect(again.notice?.message).toContain('saved lab');
  });

  it('a saved record that cannot be rebuilt starts a fresh lab and says so', async () => {
    const name = `host-test-broken-${counter++}`;
    const s = await openStore({ name, requestPersist: null });
    await s.clear({ format: 'something-else' } as never);
    s.close();
    const t = setup({ name });
    const r = await t.open();
    expect(r.snapshot).toMatchObject({ scenario: 'lab' });
    expect(r.notice?.code).toBe('storage');
  });
});

describe('exec', () => {
  it('commits before acknowledging: nothing is posted for a command until its transaction is done', async () => {
    const t = setup();
    await t.open();
    const store = t.openedStores[0];
    const realCommit = store.commit.bind(store);
    let rid = -1;
    const order: string[] = [];
    store.commit = async (req) => {
      const r = await realCommit(req);
      order.push(`committed with ${t.replies(rid).length} replies posted`);
      return r;
    };
    rid = t.send({ type: 'exec', line: 'echo hi' });
    await t.settled(rid);
    expect(order).toEqual(['committed with 0 replies posted']);
    expect(shape(t.replies(rid))).toEqual(['chunk:hi', 'done']);
    expect(t.final(rid)).toMatchObject({ type: 'done', done: { exitCode: 0, snapshot: { counter: 1 }, events: [] } });
    expect(await store.readLog()).toEqual([{ seq: 1, line: 'echo hi', exitCode: 0, atMs: 0, durationMs: 0 }]);
    expect((await store.load()).state?.history).toEqual(['echo hi']);
  });

  it('streams on simulated time at 1x: open → chunks/events as time passes → done', async () => {
    const t = setup();
    await t.open({ speed: '1x' });
    const rid = t.send({ type: 'exec', line: 'slow' });
    await until(() => t.replies(rid).length > 0, 'first chunk');
    expect(shape(t.replies(rid))).toEqual(['chunk:phase 1']);
    t.clock.advance(1000);
    expect(shape(t.replies(rid))).toEqual(['chunk:phase 1', 'chunk:phase 2']);
    t.clock.advance(4000);
    expect(shape(t.replies(rid)).slice(2)).toEqual(['event:progress', 'chunk:done']);
    t.clock.advance(1000);
    expect(shape(t.replies(rid)).slice(4)).toEqual(['event:lifecycle', 'done']);
    expect(t.final(rid)).toMatchObject({ done: { exitCode: 0, events: [{ type: 'progress' }, { type: 'lifecycle' }] } });
  });

  it('rejects a second exec while one is playing, then accepts the next one', async () => {
    const t = setup();
    await t.open({ speed: '1x' });
    const first = t.send({ type: 'exec', line: 'slow' });
    const second = t.send({ type: 'exec', line: 'echo no' });
    expect(t.final(second)).toMatchObject({ type: 'error', error: { code: 'busy' } });
    await until(() => t.replies(first).length > 0, 'first chunk');
    expect(t.final(t.send({ type: 'exec', line: 'echo no' }))).toMatchObject({ error: { code: 'busy' } });
    t.clock.advance(10_000);
    expect(t.final(first)?.type).toBe('done');
    const third = await t.exec('echo yes');
    expect(third.final).toMatchObject({ type: 'done', done: { snapshot: { counter: 2 } } });
  });

  it('an exec before open, or while opening, is refused', async () => {
    const t = setup();
    expect(t.final(t.send({ type: 'exec', line: 'echo a' }))).toMatchObject({ error: { code: 'internal' } });
    t.send({ type: 'open', request: { speed: 'instant' } });
    expect(t.final(t.send({ type: 'exec', line: 'echo a' }))).toMatchObject({ error: { code: 'busy' } });
  });

  it('interrupt stops playback with ^C and a done carrying the exit code; the state stays committed', async () => {
    const t = setup();
    await t.open({ speed: '1x' });
    const rid = t.send({ type: 'exec', line: 'slow' });
    await until(() => t.replies(rid).length > 0, 'first chunk');
    t.clock.advance(1500);
    t.send({ type: 'interrupt' });
    expect(shape(t.replies(rid))).toEqual(['chunk:phase 1', 'chunk:phase 2', 'chunk:^C', 'done']);
    expect(t.replies(rid)[2]).toMatchObject({ chunk: { text: '^C\n', atMs: 1500 } });
    expect(t.clock.pending).toEqual([]);
    expect(await t.openedStores[0].load()).toMatchObject({ state: { history: ['slow'] }, logLength: 1 });
    t.send({ type: 'interrupt' }); // nothing running: ignored
    expect((await t.exec('echo next')).final.type).toBe('done');
  });

  it('speed changes apply to the playback in progress', async () => {
    const t = setup();
    await t.open({ speed: '1x' });
    const rid = t.send({ type: 'exec', line: 'quiet' });
    await until(() => t.replies(rid).length > 0, 'first chunk');
    expect(t.clock.pending).toEqual([MAX_WAIT_MS]); // 60 s of silence capped
    t.send({ type: 'speed', speed: 'instant' });
    expect(shape(t.replies(rid))).toEqual(['chunk:start', 'chunk:end', 'done']);
  });

  it('a core exception answers internal and keeps the state from before the command', async () => {
    const t = setup();
    await t.open();
    await t.exec('echo one');
    const created = t.core.created;
    const boom = await t.exec('boom');
    expect(boom.all).toEqual([{ id: boom.rid, type: 'error', error: { code: 'internal', message: expect.stringContaining('kaboom') } }]);
    expect(t.core.created).toBe(created + 1); // rebuilt from the last good state
    const next = await t.exec('echo two');
    expect(next.final).toMatchObject({ done: { snapshot: { counter: 2 } } }); // not 102
    const bad = await t.exec('unclonable');
    expect(bad.final).toMatchObject({ type: 'error', error: { code: 'internal' } });
    expect(await t.openedStores[0].load()).toMatchObject({ state: { history: ['echo one', 'echo two'] }, logLength: 2 });
  });

  it('a clear replaces the stored scrollback', async () => {
    const t = setup();
    await t.open();
    await t.exec('echo a');
    await t.exec('clear');
    await t.exec('echo b');
    const { scrollback } = await t.openedStores[0].load();
    expect(scrollback).toEqual([{ kind: 'input', text: '# echo b' }, { kind: 'stdout', text: 'b' }]);
  });
});

describe('storage failures', () => {
  it('an open failure runs the lab in memory with a plain message, and exec still answers', async () => {
    const t = setup({ deps: { openStore: () => Promise.reject(new DOMException('no', 'SecurityError')) } });
    const r = await t.open();
    expect(r.storage).toEqual({ mode: 'memory', message: expect.stringContaining('does not let the trainer save') });
    expect((await t.exec('echo still')).final).toMatchObject({ type: 'done', done: { exitCode: 0 } });
    expect((await t.open()).history).toEqual(['echo still']); // a re-open keeps the memory session
  });

  it('a quota error on commit switches to memory, tells the page once, and keeps the command', async () => {
    const t = setup();
    await t.open();
    const store = t.openedStores[0];
    store.commit = () => Promise.reject(new StorageError('quota', 'QuotaExceededError'));
    const first = await t.exec('echo a');
    expect(first.final).toMatchObject({ type: 'done', done: { snapshot: { counter: 1 } } });
    const storageMsgs = () => t.msgs.filter((m) => m.type === 'storage');
    expect(storageMsgs()).toEqual([{ id: 0, type: 'storage', storage: { mode: 'memory', message: expect.stringMatching(/full/) } }]);
    expect((await t.exec('echo b')).final).toMatchObject({ done: { snapshot: { counter: 2 } } });
    expect(storageMsgs()).toHaveLength(1);
  });

  it('a connection lost to a newer tab is reported as a storage message', async () => {
    const t = setup();
    await t.open();
    const req = indexedDB.open(t.name, 99);
    await new Promise((resolve) => (req.onsuccess = resolve));
    req.result.close();
    expect(t.msgs.filter((m) => m.type === 'storage')).toEqual([
      { id: 0, type: 'storage', storage: { mode: 'memory', message: expect.stringContaining('another tab') } },
    ]);
    expect((await t.exec('echo a')).final.type).toBe('done');
  });

  it('a storage open that hangs (blocked) gives up after the timeout and starts in memory', async () => {
    let resolveLate: (s: Store) => void = () => {};
    const lateClose = vi.fn();
    const t = setup({ deps: { openStore: () => new Promise<Store>((r) => (resolveLate = r)), storeOpenTimeoutMs: 1000 } });
    const rid = t.send({ type: 'open', request: { speed: 'instant' } });
    t.clock.advance(1000);
    await t.settled(rid);
    expect(t.final(rid)).toMatchObject({ result: { storage: { mode: 'memory', message: expect.stringContaining('another open tab') } } });
    resolveLate({ close: lateClose } as unknown as Store);
    await until(() => lateClose.mock.calls.length === 1, 'late store closed');
  });

  it('asks for persistent storage once, after the first save', async () => {
    const requestPersist = vi.fn(() => Promise.resolve(true));
    const t = setup({ deps: { requestPersist } });
    await t.open(); // the new lab is saved: the first save
    await t.exec('echo a');
    await t.exec('echo b');
    expect(requestPersist).toHaveBeenCalledTimes(1);
  });

  it('openStore: null means memory only, said plainly', async () => {
    const t = setup({ deps: { openStore: null } });
    expect((await t.open()).storage).toEqual({ mode: 'memory', message: expect.stringContaining('nothing is kept') });
  });
});

describe('two tabs: one writer (Web Locks, R3)', () => {
  /** A tab: its own host, clock and IndexedDB connection over the shared database and lock manager. */
  const tab = (name: string, locks: FakeLocks) => setup({ name, deps: { locks, storeOpenTimeoutMs: 1e9 } });
  /** Opens, moving the tab's clock on so the short wait for the lock can run out. */
  async function openTab(t: ReturnType<typeof setup>, request: Partial<OpenRequest> = {}) {
    const rid = t.send({ type: 'open', request: { speed: 'instant', ...request } });
    await until(() => {
      t.clock.advance(100);
      return !!t.final(rid);
    }, 'open');
    const m = t.final(rid)!;
    if (m.type !== 'opened') throw new Error(`open failed: ${JSON.stringify(m)}`);
    return m.result;
  }
  const reopened = (t: ReturnType<typeof setup>) => t.msgs.filter((m) => m.type === 'reopened');

  it('the second tab is read-only, says so and refuses commands; it takes over the saved lab when the first closes', async () => {
    const locks = new FakeLocks();
    const name = `two-tabs-${Date.now()}-${counter++}`;
    const a = tab(name, locks);
    expect((await openTab(a)).storage).toEqual({ mode: 'indexeddb', message: null });
    await a.exec('echo one');

    const b = tab(name, locks);
    const rb = await openTab(b);
    expect(rb.storage).toEqual({ mode: 'read-only', message: READ_ONLY_MESSAGE });
    expect(rb.snapshot).toMatchObject({ counter: 1 }); // the saved lab, as the writer left it
    expect(rb.history).toEqual(['echo one']);
    const refused = await b.exec('echo two');
    expect(refused.final).toMatchObject({ type: 'error', error: { code: 'read-only', message: expect.stringContaining('open in another tab') } });
    expect(refused.all).toHaveLength(1); // nothing ran, nothing streamed

    await a.exec('echo three'); // the writer goes on
    expect(reopened(b)).toEqual([]);
    a.endpoint.dispose(); // tab A closes: its lock is released
    await until(() => reopened(b).length === 1, 'takeover');
    expect(reopened(b)[0]).toMatchObject({
      id: 0,
      result: { storage: { mode: 'indexeddb', message: null }, snapshot: { counter: 2 }, history: ['echo one', 'echo three'] },
    });
    expect((await b.exec('echo four')).final).toMatchObject({ type: 'done', done: { snapshot: { counter: 3 } } });
    expect(locks.isHeld(WRITER_LOCK)).toBe(true);

    const c = setup({ name, deps: { locks: null } }); // what B saved
    expect((await c.open()).history).toEqual(['echo one', 'echo three', 'echo four']);
  });

  it('a lock released during the short wait (a closing tab, a restarted worker) makes the new host the writer at once', async () => {
    const locks = new FakeLocks();
    const name = `two-tabs-${Date.now()}-${counter++}`;
    const a = tab(name, locks);
    await openTab(a);
    const b = tab(name, locks);
    const rid = b.send({ type: 'open', request: { speed: 'instant' } });
    await until(() => b.clock.pending.includes(500), 'waiting for the lock');
    a.endpoint.dispose();
    await b.settled(rid);
    expect(b.final(rid)).toMatchObject({ type: 'opened', result: { storage: { mode: 'indexeddb', message: null } } });
    expect((await b.exec('echo x')).final.type).toBe('done');
    expect(reopened(b)).toEqual([]);
  });

  it('a writer whose storage fails stops being the writer, and the read-only tab takes over', async () => {
    const locks = new FakeLocks();
    const name = `two-tabs-${Date.now()}-${counter++}`;
    const a = tab(name, locks);
    await openTab(a);
    await a.exec('echo saved');
    const b = tab(name, locks);
    expect((await openTab(b)).storage.mode).toBe('read-only');
    a.openedStores[0].commit = () => Promise.reject(new StorageError('quota', 'QuotaExceededError'));
    expect((await a.exec('echo lost')).final.type).toBe('done'); // A keeps working in memory
    await until(() => reopened(b).length === 1, 'takeover');
    expect(reopened(b)[0]).toMatchObject({ result: { history: ['echo saved'], storage: { mode: 'indexeddb' } } });
  });

  it('a read-only tab writes nothing: a different scenario is shown, not saved over the writer\'s lab', async () => {
    const locks = new FakeLocks();
    const name = `two-tabs-${Date.now()}-${counter++}`;
    const a = tab(name, locks);
    await openTab(a);
    await a.exec('echo mine');
    const b = tab(name, locks);
    const rb = await openTab(b, { scenario: 'other' });
    expect(rb.storage.mode).toBe('read-only');
    expect(rb.snapshot).toMatchObject({ scenario: 'other' });
    const stored = await a.openedStores[0].load();
    expect(stored.state?.scenario).toBe('lab');
    expect(stored.state?.history).toEqual(['echo mine']);
  });

  it('a read-only tab whose storage fails runs in memory like any tab without storage', async () => {
    const locks = new FakeLocks();
    const name = `two-tabs-${Date.now()}-${counter++}`;
    const a = tab(name, locks);
    await openTab(a);
    const b = tab(name, locks);
    await openTab(b);
    const req = indexedDB.open(name, 99); // a newer version elsewhere: both connections step aside
    await new Promise((resolve) => (req.onsuccess = resolve));
    req.result.close();
    expect(b.msgs.filter((m) => m.type === 'storage')).toEqual([{ id: 0, type: 'storage', storage: { mode: 'memory', message: expect.stringContaining('another tab') } }]);
    expect((await b.exec('echo here')).final).toMatchObject({ type: 'done' });
    expect(locks.isHeld(WRITER_LOCK)).toBe(false); // A let it go too: nobody writes to a database it cannot open
  });

  it('without Web Locks (node, older browsers) a host assumes it is the only writer', async () => {
    const name = `two-tabs-${Date.now()}-${counter++}`;
    const a = setup({ name });
    const b = setup({ name });
    expect((await a.open()).storage.mode).toBe('indexeddb');
    expect((await b.open()).storage.mode).toBe('indexeddb');
  });

  it('dispose() lets the lock go and ignores later messages', async () => {
    const locks = new FakeLocks();
    const t = tab(`two-tabs-${Date.now()}-${counter++}`, locks);
    await openTab(t);
    expect(locks.isHeld(WRITER_LOCK)).toBe(true);
    t.endpoint.dispose();
    await until(() => !locks.isHeld(WRITER_LOCK), 'lock released');
    const before = t.msgs.length;
    t.send({ type: 'exec', line: 'echo x' });
    await new Promise((r) => setTimeout(r, 5));
    expect(t.msgs.length).toBe(before);
  });
});

describe('heartbeat', () => {
  it('answers ping with pong at once, even while a command plays', async () => {
    const t = setup();
    await t.open({ speed: '1x' });
    const rid = t.send({ type: 'exec', line: 'slow' });
    await until(() => t.replies(rid).length > 0, 'playing');
    const ping = t.send({ type: 'ping' });
    expect(t.replies(ping)).toEqual([{ id: ping, type: 'pong' }]);
  });
});
