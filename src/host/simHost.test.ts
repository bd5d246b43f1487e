import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from './persistence/db.ts';
import { StorageError } from './persistence/errors.ts';
import { MAX_WAIT_MS } from './simHost.ts';
import { fakeCore, until } from './testSupport.ts';
import { closeStores, records, setup, shape } from './testHarness.ts';

let counter = 0;
afterEach(closeStores);

describe('open', () => {
  it('starts the default lab in IndexedDB mode and saves it', async () => {
    const t = setup();
    const r = await t.open();
    expect(r.snapshot).toMatchObject({ scenario: 'lab', counter: 0 });
    expect(r).toMatchObject({ scrollback: [], history: [], storage: { mode: 'indexeddb', message: null }, inPage: false, notice: null });
    expect((await (await records(t)).load()).state?.scenario).toBe('lab');
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

  it('a scenario or a lesson opens a NEW lab, named and numbered; the saved one stays in the list as it was', async () => {
    const a = setup();
    const first = await a.open();
    expect(first.lab).toMatchObject({ name: 'Lab 1', scenario: 'lab', lesson: null, commands: 0 });
    await a.exec('echo x');
    a.openedStores[0].close();
    const b = setup({ name: a.name });
    const r = await b.open({ scenario: 'other' });
    expect(r.snapshot).toMatchObject({ scenario: 'other', counter: 0 });
    expect(r.scrollback).toEqual([]);
    expect(r.lab).toMatchObject({ name: 'Other lab 1', scenario: 'other' });
    expect(r.labs.map((l) => [l.name, l.commands])).toEqual([['Other lab 1', 0], ['Lab 1', 1]]);
    const lesson = await b.open({ scenario: 'lab', lesson: 'basic-clone', lessonTitle: 'A first clone' });
    expect(lesson.lab).toMatchObject({ name: 'A first clone 1', lesson: 'basic-clone' });
    expect((await b.open({ scenario: 'lab' })).lab.name).toBe('Lab 2');
    const kept = await b.open({ lab: first.lab.id });
    expect(kept.history).toEqual(['echo x']);
    expect(kept.labs[0].id).toBe(first.lab.id); // opening it made it the most recently used
  });

  it('nothing asked opens the most recently used lab; an unknown ?lab= says so and opens it too', async () => {
    const a = setup();
    await a.open();
    await a.open({ scenario: 'other' });
    await a.exec('echo newest');
    a.openedStores[0].close();
    const b = setup({ name: a.name });
    expect((await b.open()).history).toEqual(['echo newest']);
    const c = setup({ name: a.name });
    const r = await c.open({ lab: 'no-such-lab' });
    expect(r.history).toEqual(['echo newest']);
    expect(r.notice).toMatchObject({ code: 'unknown-lab' });
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

  it('a saved lab that cannot be rebuilt is set aside and named; a fresh lab opens', async () => {
    const name = `host-test-broken-${counter++}`;
    const s = await openStore({ name, requestPersist: null, gate: fakeCore().restoreSessionState });
    await s.createLab({ name: 'Broken', scenario: 'lab', lesson: null, state: { format: 'something-else' } as never });
    s.close();
    const t = setup({ name });
    const r = await t.open();
    expect(r.snapshot).toMatchObject({ scenario: 'lab' });
    expect(r.setAside).toEqual([{ what: 'lab “Broken”', why: expect.stringContaining('cannot be opened') }]);
    expect(r.labs.map((l) => l.name)).toEqual(['Lab 1']);
  });

  it('the in-page host never replays a link: it says why and opens the saved lab', async () => {
    const a = setup();
    await a.open();
    await a.exec('echo mine');
    a.openedStores[0].close();
    const b = setup({ name: a.name, deps: { inPage: true } });
    const r = await b.open({ shared: 'anything' });
    expect(r.notice).toEqual({ code: 'bad-link', message: expect.stringMatching(/background worker.*Your saved lab was opened instead/) });
    expect(r.history).toEqual(['echo mine']);
    expect(b.core.created).toBe(1); // only the saved lab was built: nothing was replayed
  });
});

describe('exec', () => {
  it('commits before acknowledging: nothing is posted for a command until its transaction is done', async () => {
    const t = setup();
    await t.open();
    const store = await records(t);
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
    expect(await (await records(t)).load()).toMatchObject({ state: { history: ['slow'] }, logLength: 1 });
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
    expect(await (await records(t)).load()).toMatchObject({ state: { history: ['echo one', 'echo two'] }, logLength: 2 });
  });

  it('a clear replaces the stored scrollback', async () => {
    const t = setup();
    await t.open();
    await t.exec('echo a');
    await t.exec('clear');
    await t.exec('echo b');
    const { scrollback } = await (await records(t)).load();
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
    const store = await records(t);
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
