import { describe, expect, it } from 'vitest';
import type { FromWorker, HostError, OpenResult, ToWorker } from '../../protocol/index.ts';
import { referenceSnapshot } from '../testing/fixtures.ts';
import { createSimClient, SimError, startSim, startSimOrPlain } from './client.ts';
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
