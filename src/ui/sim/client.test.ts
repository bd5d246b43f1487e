import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPLY, type FromWorker, type HostError, type OpenResult, type ToWorker } from '../../protocol/index.ts';
import { referenceSnapshot } from '../testing/fixtures.ts';
import { createSimClient, createWorkerTransport, DEAD_AFTER_MS, HEARTBEAT_MS, LinkNeedsWorkerError, SimError, startSim, startSimOrPlain } from './client.ts';
import type { Transport } from './client.ts';

function fakeTransport(answer?: (msg: ToWorker, reply: (msg: FromWorker) => void) => void) {
  const sent: ToWorker[] = [];
  let onMessage: (msg: FromWorker) => void = () => {};
  let onFatal: (error: HostError) => void = () => {};
  let closed = false;
  const transport: Transport = {
    send(msg) {
      sent.push(msg);
      if (answer) queueMicrotask(() => answer(msg, (m) => onMessage(m)));
    },
    listen(m, f) {
      onMessage = m;
      onFatal = f;
    },
    close() {
      closed = true;
    },
  };
  return { transport, sent, emit: (msg: FromWorker) => onMessage(msg), die: (e: HostError) => onFatal(e), isClosed: () => closed };
}

const opened = (inPage = false): OpenResult => ({
  snapshot: referenceSnapshot(),
  scrollback: [],
  history: [],
  commands: ['lspv'],
  storage: { mode: 'indexeddb', message: null },
  inPage,
  notice: null,
  lab: { id: 'lab1', name: 'Reference lab 1', scenario: 'reference-lab', lesson: null, createdAt: 0, lastUsedAt: 0, commands: 0 },
  labs: [],
  setAside: [],
});

const answerOpen = (msg: ToWorker, reply: (msg: FromWorker) => void) => {
  if (msg.type === 'open') reply({ id: msg.id, type: 'opened', result: opened() });
};

describe('createSimClient', () => {
  it('correlates replies by id and streams chunks and events to the right exec', async () => {
    const t = fakeTransport();
    const api = createSimClient(t.transport);
    const chunks: string[] = [];
    const events: string[] = [];
    const a = api.exec('lspv', (c) => chunks.push(`a:${c.text}`), (e) => events.push(`a:${e.type}`));
    const b = api.exec('clear', (c) => chunks.push(`b:${c.text}`), (e) => events.push(`b:${e.type}`));
    const [ma, mb] = t.sent;
    expect(ma).toMatchObject({ type: 'exec', line: 'lspv' });
    expect(mb).toMatchObject({ type: 'exec', line: 'clear' });
    t.emit({ id: mb!.id, type: 'event', event: { type: 'clear' } });
    t.emit({ id: ma!.id, type: 'chunk', chunk: { stream: 'stdout', text: 'hdisk0\n', atMs: 0 } });
    t.emit({ id: 999, type: 'chunk', chunk: { stream: 'stdout', text: 'stray\n', atMs: 0 } });
    t.emit({ id: ma!.id, type: 'done', done: { exitCode: 0, snapshot: referenceSnapshot(), events: [] } });
    t.emit({ id: mb!.id, type: 'error', error: { code: 'busy', message: 'A command is still running' } });
    await expect(a).resolves.toMatchObject({ exitCode: 0 });
    await expect(b).rejects.toBeInstanceOf(SimError);
    await expect(b).rejects.toMatchObject({ code: 'busy' });
    expect(chunks).toEqual(['a:hdisk0\n']);
    expect(events).toEqual(['b:clear']);
  });

  it('settles a request only with the reply type REPLY names for it', async () => {
    const t = fakeTransport();
    const api = createSimClient(t.transport);
    let settled = false;
    const labs = api.labs().then((l) => {
      settled = true;
      return l;
    });
    const id = t.sent[0]!.id;
    t.emit({ id, type: 'linked', link: { payload: 'x', scenario: 'reference-lab', steps: 0 } });
    t.emit({ id, type: 'done', done: { exitCode: 0, snapshot: referenceSnapshot(), events: [] } });
    await Promise.resolve();
    expect(settled).toBe(false);
    t.emit({ id, type: 'labs', labs: [] });
    await expect(labs).resolves.toEqual([]);
    expect(REPLY).toMatchObject({ open: 'opened', exec: 'done', link: 'linked', labs: 'labs', interrupt: null });
  });

  it('sends interrupt and speed without waiting, and passes storage status to listeners', () => {
    const t = fakeTransport();
    const api = createSimClient(t.transport);
    const seen: string[] = [];
    api.onStorage((s) => seen.push(s.mode));
    api.interrupt();
    api.setSpeed('instant');
    expect(t.sent.map((m) => m.type)).toEqual(['interrupt', 'speed']);
    t.emit({ id: 0, type: 'storage', storage: { mode: 'memory', message: 'quota' } });
    expect(seen).toEqual(['memory']);
  });

  it('rejects everything pending when the host dies, and tells the fatal listener', async () => {
    const t = fakeTransport();
    const api = createSimClient(t.transport);
    const fatal: string[] = [];
    api.onFatal((e) => fatal.push(e.message));
    const p = api.exec('lspv', () => {}, () => {});
    t.die({ code: 'internal', message: 'worker crashed' });
    await expect(p).rejects.toMatchObject({ code: 'internal' });
    expect(fatal).toEqual(['worker crashed']);
  });
});

describe('startSim', () => {
  it('uses the worker when it answers open', async () => {
    const worker = fakeTransport(answerOpen);
    const started = await startSim({ speed: 'instant' }, { createTransport: () => worker.transport, createFallback: () => Promise.reject(new Error('unused')) });
    expect(started.fallbackReason).toBeNull();
    expect(worker.sent[0]).toMatchObject({ type: 'open', request: { speed: 'instant' } });
  });

  it('falls back to the in-page host when a worker cannot be created', async () => {
    const page = fakeTransport(answerOpen);
    const started = await startSim({ speed: '1x' }, {
      createTransport: () => {
        throw new Error('Worker is not defined');
      },
      createFallback: async () => page.transport,
    });
    expect(started.fallbackReason).toMatch(/a worker could not be created \(Worker is not defined\)/);
  });

  it('falls back when the worker does not answer in time, and closes it', async () => {
    const silent = fakeTransport();
    const page = fakeTransport(answerOpen);
    const started = await startSim({ speed: '1x' }, { createTransport: () => silent.transport, createFallback: async () => page.transport, timeoutMs: 20 });
    expect(started.fallbackReason).toMatch(/did not answer within/);
    expect(silent.isClosed()).toBe(true);
  });

  it('falls back when the worker dies while opening', async () => {
    const dying = fakeTransport();
    const page = fakeTransport(answerOpen);
    const pending = startSim({ speed: '1x' }, { createTransport: () => dying.transport, createFallback: async () => page.transport, timeoutMs: 1000 });
    dying.die({ code: 'internal', message: 'The background worker failed: SyntaxError' });
    const started = await pending;
    expect(started.fallbackReason).toMatch(/SyntaxError/);
  });

  it('does not fall back on a refused request, and startSimOrPlain opens a plain lab with a notice', async () => {
    const refuse = (msg: ToWorker, reply: (msg: FromWorker) => void) => {
      if (msg.type !== 'open') return;
      if (msg.request.shared) reply({ id: msg.id, type: 'error', error: { code: 'bad-link', message: 'This link is damaged.' } });
      else reply({ id: msg.id, type: 'opened', result: opened() });
    };
    const w = fakeTransport(refuse);
    await expect(
      startSim({ speed: '1x', shared: 'xx' }, { createTransport: () => w.transport, createFallback: () => Promise.reject(new Error('no')) }),
    ).rejects.toMatchObject({ code: 'bad-link' });
    const plain = await startSimOrPlain({ speed: '1x', shared: 'xx' }, { createTransport: () => fakeTransport(refuse).transport });
    expect(plain.fallbackReason).toBeNull();
    expect(plain.opened.notice).toEqual({ code: 'bad-link', message: 'This link is damaged.' });
  });
});

describe('startSim with a shared link', () => {
  it('never replays a link in the page: without a worker it rejects with LinkNeedsWorkerError and opens nothing', async () => {
    let fallbacks = 0;
    const err = await startSim({ speed: '1x', shared: 'zAB' }, {
      createTransport: () => {
        throw new Error('Worker is not defined');
      },
      createFallback: async () => {
        fallbacks++;
        return fakeTransport(answerOpen).transport;
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LinkNeedsWorkerError);
    expect((err as LinkNeedsWorkerError).reason).toMatch(/Worker is not defined/);
    expect(fallbacks).toBe(0);
  });

  it('a worker that times out on a link is closed and the link is not handed to the page', async () => {
    const silent = fakeTransport();
    const err = await startSim({ speed: '1x', shared: 'zAB' }, { createTransport: () => silent.transport, createFallback: () => Promise.reject(new Error('unused')), timeoutMs: 20 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LinkNeedsWorkerError);
    expect(silent.isClosed()).toBe(true);
  });

  it('without a link the same failure still falls back to the page', async () => {
    const started = await startSim({ speed: '1x', lab: 'L1' }, { createTransport: () => fakeTransport().transport, createFallback: async () => fakeTransport(answerOpen).transport, timeoutMs: 20 });
    expect(started.fallbackReason).toMatch(/did not answer/);
  });
});

describe('createSimClient: saved labs', () => {
  const lab = (id: string, name: string) => ({ id, name, scenario: 'reference-lab', lesson: null, createdAt: 1, lastUsedAt: 2, commands: 3 });

  it('sends labs, rename, duplicate and delete, each answered with the list', async () => {
    const t = fakeTransport((msg, reply) => reply({ id: msg.id, type: 'labs', labs: [lab('a', `after ${msg.type}`)] }));
    const api = createSimClient(t.transport);
    await expect(api.labs()).resolves.toEqual([lab('a', 'after labs')]);
    await expect(api.renameLab('a', 'clone practice')).resolves.toEqual([lab('a', 'after lab-rename')]);
    await expect(api.duplicateLab('a')).resolves.toEqual([lab('a', 'after lab-duplicate')]);
    await expect(api.deleteLab('b')).resolves.toEqual([lab('a', 'after lab-delete')]);
    expect(t.sent.map(({ id: _id, ...body }) => body)).toEqual([
      { type: 'labs' },
      { type: 'lab-rename', lab: 'a', name: 'clone practice' },
      { type: 'lab-duplicate', lab: 'a' },
      { type: 'lab-delete', lab: 'b' },
    ]);
  });

  it('rejects with the host error (deleting the open lab)', async () => {
    const t = fakeTransport((msg, reply) => reply({ id: msg.id, type: 'error', error: { code: 'internal', message: 'The open lab cannot be deleted.' } }));
    const err = await createSimClient(t.transport).deleteLab('a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimError);
    expect(err).toMatchObject({ message: 'The open lab cannot be deleted.' });
  });
});

describe('createSimClient: takeover and heartbeat messages', () => {
  it('passes a reopened session to onReopen listeners and swallows pongs', () => {
    const t = fakeTransport();
    const api = createSimClient(t.transport);
    const seen: OpenResult[] = [];
    api.onReopen((r) => seen.push(r));
    t.emit({ id: 0, type: 'pong' });
    t.emit({ id: 0, type: 'reopened', result: opened() });
    expect(seen).toEqual([opened()]);
  });
});

/** A stand-in for the DOM Worker: records what the page posts; the test plays the worker's side. */
class FakeWorker {
  static last: FakeWorker | null = null;
  posted: ToWorker[] = [];
  terminated = false;
  /** When true, answers every ping with a pong (a live worker). */
  alive = true;
  onmessage: ((e: { data: FromWorker }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(msg: ToWorker) {
    this.posted.push(msg);
    if (msg.type === 'ping' && this.alive && !this.terminated) queueMicrotask(() => this.onmessage?.({ data: { id: msg.id, type: 'pong' } }));
  }
  terminate() {
    this.terminated = true;
  }
  emit(msg: FromWorker) {
    this.onmessage?.({ data: msg });
  }
}

describe('createWorkerTransport: heartbeat (R5)', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function start() {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const transport = createWorkerTransport({ now: () => Date.now() });
    const worker = FakeWorker.last!;
    const messages: FromWorker[] = [];
    const fatal: HostError[] = [];
    transport.listen((m) => messages.push(m), (e) => fatal.push(e));
    return { transport, worker, messages, fatal };
  }

  it('pings a started worker and leaves a live one alone', async () => {
    const { worker, fatal } = start();
    await vi.advanceTimersByTimeAsync(5000);
    expect(worker.posted).toEqual([]); // not started yet: the open timeout watches that
    worker.emit({ id: 1, type: 'opened', result: opened() });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(worker.posted.filter((m) => m.type === 'ping').length).toBeGreaterThanOrEqual(10_000 / HEARTBEAT_MS - 1);
    expect(fatal).toEqual([]);
    expect(worker.terminated).toBe(false);
  });

  it('a worker that goes silent (closed, stuck in a loop) is terminated and reported within 2 s', async () => {
    const { worker, fatal, messages } = start();
    worker.emit({ id: 1, type: 'opened', result: opened() });
    await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_MS);
    worker.alive = false; // dies now
    const diedAt = Date.now();
    while (fatal.length === 0 && Date.now() - diedAt < 5000) await vi.advanceTimersByTimeAsync(50);
    expect(Date.now() - diedAt).toBeLessThanOrEqual(2000);
    expect(Date.now() - diedAt).toBeGreaterThanOrEqual(DEAD_AFTER_MS - HEARTBEAT_MS);
    expect(fatal).toEqual([{ code: 'internal', message: expect.stringContaining('stopped answering') }]);
    expect(worker.terminated).toBe(true);
    expect(messages.map((m) => m.type)).toEqual(['opened']); // pongs are not passed on as replies
  });

  it('a page that was itself busy gives no verdict on that late tick', async () => {
    const { worker, fatal } = start();
    worker.emit({ id: 1, type: 'opened', result: opened() });
    worker.alive = false;
    // The page's thread is blocked for 3 s: the next tick runs late, and the worker's pong for the ping
    // it then sends is what decides.
    vi.setSystemTime(Date.now() + 3000);
    worker.alive = true;
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    await vi.advanceTimersByTimeAsync(5 * HEARTBEAT_MS);
    expect(fatal).toEqual([]);
  });

  it('an error event reports the worker dead once and terminates it', () => {
    const { worker, fatal } = start();
    worker.onerror?.({ message: 'Uncaught Error: boom', preventDefault() {} });
    worker.onerror?.({ message: 'again', preventDefault() {} });
    expect(fatal).toEqual([{ code: 'internal', message: 'The background worker failed: Uncaught Error: boom' }]);
    expect(worker.terminated).toBe(true);
  });
});
