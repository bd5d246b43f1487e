// Store.replace: the saved lab replaced by one whose commands already ran (a shared link), atomically.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../../core/session/api.ts';
import type { TerminalLine } from '../../protocol/index.ts';
import { openStore, SCROLLBACK_CAP, type Store } from './db.ts';
import { StorageError } from './errors.ts';

let counter = 0;
const opened: Store[] = [];
async function open() {
  const store = await openStore({ name: `db-replace-${Date.now()}-${counter++}`, requestPersist: null });
  opened.push(store);
  return store;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const s of opened.splice(0)) s.close();
});

function state(n: number): SessionState {
  const world = { schema: 1, clock: { nowMs: n * 1000 }, rng: { state: n }, hosts: {}, console: 'h', disks: {}, vgs: {} };
  return { format: 'altdisk-session', version: 1, scenario: 'lab', start: structuredClone(world), world, history: [], pending: null } as unknown as SessionState;
}
const entry = (line: string, extra: object = {}) => ({ line, exitCode: 0, atMs: 0, durationMs: 0, ...extra });
const out = (text: string): TerminalLine => ({ kind: 'stdout', text });

describe('replace', () => {
  it('replaces session, log, scrollback and in-flight marker in one go; later commits continue the log', async () => {
    const store = await open();
    await store.commit({ state: state(9), logEntry: entry('old'), lines: [out('old')], inflight: { line: 'old', before: state(8), atMs: 5 } });
    await store.replace({ state: state(2), entries: [entry('lspv'), entry('slow'), entry('slow', { interruptedAtMs: 40 })], lines: [out('a'), out('b')] });
    expect(await store.load()).toEqual({ state: state(2), scrollback: [out('a'), out('b')], logLength: 3, inflight: null });
    expect((await store.readLog()).map((e) => [e.seq, e.line, e.interruptedAtMs])).toEqual([
      [1, 'lspv', undefined],
      [2, 'slow', undefined],
      [3, 'slow', 40],
    ]);
    const r = await store.commit({ state: state(3), logEntry: entry('next'), lines: [out('c')] });
    expect(r.seq).toBe(4);
    expect((await store.load()).scrollback).toEqual([out('a'), out('b'), out('c')]);
  });

  it(`keeps only the last ${SCROLLBACK_CAP} lines`, async () => {
    const store = await open();
    const lines = Array.from({ length: SCROLLBACK_CAP + 10 }, (_, i) => out(`line ${i}`));
    await store.replace({ state: state(1), entries: [], lines });
    const { scrollback } = await store.load();
    expect(scrollback).toHaveLength(SCROLLBACK_CAP);
    expect(scrollback[0]).toEqual(out('line 10'));
  });

  it('is atomic: a failure leaves the old lab whole', async () => {
    const store = await open();
    await store.commit({ state: state(1), logEntry: entry('kept'), lines: [out('kept')] });
    const bad = { kind: 'stdout', text: () => 'not cloneable' } as unknown as TerminalLine;
    const err = await store.replace({ state: state(2), entries: [entry('x')], lines: [out('x'), bad] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(await store.load()).toEqual({ state: state(1), scrollback: [out('kept')], logLength: 1, inflight: null });
    expect((await store.commit({ state: state(3), logEntry: entry('after'), lines: [] })).seq).toBe(2);
  });
});
