// The host endpoint over the real core (src/core/session/session.ts) and fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Speed } from '../protocol/index.ts';
import { DEFAULT_SCENARIO } from '../core/scenario/builtins.ts';
import type { Store } from './persistence/db.ts';
import type { HostDeps } from './simHost.ts';
import { closeStores, realSetup } from './testHarness.ts';
import { FakeLocks, turns, until } from './testSupport.ts';

let counter = 0;
afterEach(closeStores);

/** The records of the most recently used lab in a store. */
async function lab(store: Store) {
  return store.lab((await store.labs()).labs[0].id);
}

/** The harness over the real core, with interrupt and speed. */
function realHost(name: string, deps: Partial<HostDeps> = {}) {
  const t = realSetup({ name, deps });
  return { ...t, interrupt: () => t.send({ type: 'interrupt' }), speed: (speed: Speed) => t.send({ type: 'speed', speed }) };
}

describe('host over the real core', () => {
  it('opens the reference lab, runs commands, and restores them after a reload', async () => {
    const name = `real-host-${Date.now()}-${counter++}`;
    const a = realHost(name);
    const opened = await a.open();
    expect(opened.snapshot.scenario).toBe(DEFAULT_SCENARIO);
    expect(opened.snapshot.prompt).toBe('# ');
    expect(opened.storage).toEqual({ mode: 'indexeddb', message: null });
    expect(opened.notice).toBeNull();

    const lspv = await a.exec('lspv');
    expect(lspv.final).toMatchObject({ type: 'done', done: { exitCode: 0 } });
    const out = lspv.all.filter((m) => m.type === 'chunk').map((m) => (m.type === 'chunk' ? m.chunk.text : '')).join('');
    expect(out).toMatch(/^hdisk0\s+00f6db0a6c7aece5\s+rootvg\s+active/);
    const last = (await a.exec('nosuchcommand')).final;
    expect(last).toMatchObject({ done: { exitCode: 127 } });

    closeStores();
    const b = realHost(name);
    const again = await b.open();
    expect(again.history).toEqual(['lspv', 'nosuchcommand']);
    expect(again.scrollback[0]).toEqual({ kind: 'input', text: '# lspv' });
    expect(again.scrollback.some((l) => l.kind === 'stderr' && l.text.includes('nosuchcommand'))).toBe(true);
    expect(last.type === 'done' && again.snapshot).toEqual(last.type === 'done' && last.done.snapshot);
  });

  it('answers an unknown scenario with the reference lab and a notice', async () => {
    const h = realHost(`real-host-${Date.now()}-${counter++}`);
    const r = await h.open({ scenario: 'no-such-lab' });
    expect(r.snapshot.scenario).toBe(DEFAULT_SCENARIO);
    expect(r.notice?.code).toBe('unknown-scenario');
  });

  it('keeps pending questions across the prompt (reset asks, y answers) and logs both lines', async () => {
    const name = `real-host-${Date.now()}-${counter++}`;
    const h = realHost(name);
    await h.open();
    const ask = await h.exec('reset');
    expect(ask.final).toMatchObject({ done: { snapshot: { mode: 'confirm' } } });
    const yes = await h.exec('y');
    expect(yes.final).toMatchObject({ done: { exitCode: 0, snapshot: { mode: 'shell' } } });
    const log = await (await lab(h.openedStores[0])).readLog();
    expect(log.map((e) => e.line)).toEqual(['reset', 'y']);
    const { scrollback } = await (await lab(h.openedStores[0])).load();
    expect(scrollback.filter((l) => l.kind === 'input').map((l) => l.text)).toEqual(['# reset', expect.stringMatching(/\(y\/n\) y$/)]);
  });
});

/** Advances the fake clock until `check` holds (the playback posts on timers). */
async function playUntil(h: { clock: { advance(ms: number): void } }, check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) {
    await new Promise((r) => setTimeout(r, 2));
    h.clock.advance(2000);
  }
  if (!check()) throw new Error('playback did not get there');
}

describe('a garbage start record (issue 9)', () => {
  it('is rebuilt from its scenario when the lab opens, named, and reset works again', async () => {
    const name = `real-host-${Date.now()}-${counter++}`;
    const a = realHost(name);
    const first = await a.open();
    await a.exec('bootlist -m normal hdisk1');
    closeStores();
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
    });
    await new Promise<void>((resolve) => {
      const tx = raw.transaction('labParts', 'readwrite');
      tx.objectStore('labParts').put({ hosts: 'not a world', clock: { nowMs: 'soon' } }, [first.lab.id, 'start']);
      tx.oncomplete = () => resolve();
    });
    raw.close();
    const b = realHost(name);
    const opened = await b.open({ lab: first.lab.id });
    expect(opened.setAside).toEqual([{ what: 'part of the saved session', why: expect.stringMatching(/start world was unreadable/) }]);
    expect(opened.history).toEqual(['bootlist -m normal hdisk1']);
    await b.exec('reset');
    expect((await b.exec('y')).final).toMatchObject({ type: 'done', done: { exitCode: 0 } });
    const after = await b.exec('bootlist -m normal -o');
    const text = after.all.map((m) => (m.type === 'chunk' ? m.chunk.text : '')).join('');
    expect(text).toMatch(/^hdisk0/);
  });
});

describe('interrupted long commands', () => {
  it('Ctrl-C in the middle of alt_disk_copy leaves the partial altinst_rootvg AIX leaves (O10)', async () => {
    const name = `real-host-${Date.now()}-${counter++}`;
    const h = realHost(name);
    await h.open({ speed: '1x' });
    const rid = h.send({ type: 'exec', line: 'alt_disk_copy -d hdisk1' });
    // Let a few transcript lines play (1x, capped waits), then interrupt.
    await playUntil(h, () => h.msgs.filter((m) => m.id === rid && m.type === 'chunk').length >= 6);
    h.interrupt();
    await h.settled(rid);
    const final = h.final(rid)!;
    expect(final.type).toBe('done');
    if (final.type !== 'done') return;
    expect(final.done.snapshot.lifecycle.state).toBe('partialClone');
    h.speed('instant');
    const lspv = await h.exec('lspv');
    const text = lspv.all.map((m) => (m.type === 'chunk' ? m.chunk.text : '')).join('');
    expect(text).toMatch(/hdisk1\s+00f6db0a8f3a1c22\s+altinst_rootvg\s+active/);
    const clean = await h.exec('alt_rootvg_op -X altinst_rootvg');
    expect(clean.final).toMatchObject({ done: { exitCode: 0 } });
  });

  it('a tab closed mid-clone comes back cut where the output had got to', async () => {
    const name = `real-host-${Date.now()}-${counter++}`;
    const a = realHost(name);
    await a.open({ speed: '1x' });
    const rid = a.send({ type: 'exec', line: 'alt_disk_copy -d hdisk1' });
    await playUntil(a, () => a.msgs.filter((m) => m.id === rid && m.type === 'chunk').length >= 6);
    await turns(); // let the progress write land
    // The page goes away here: a new host opens the same database.
    const b = realHost(name);
    const reopened = await b.open({ speed: 'instant' });
    expect(reopened.snapshot.lifecycle.state).toBe('partialClone');
    expect(reopened.scrollback.some((l) => l.text.startsWith('Creating logical volume alt_hd5'))).toBe(true);
    expect(reopened.scrollback.some((l) => l.text.startsWith('Bootlist is set'))).toBe(false);
  });
});

describe('a tab closed right after a line of a long command was shown', () => {
  it('keeps that line and its effect: the cut falls just after the last output seen', async () => {
    const name = `real-host-${Date.now()}-${counter++}`;
    const a = realHost(name);
    await a.open({ speed: '1x' });
    const rid = a.send({ type: 'exec', line: 'alt_disk_copy -d hdisk1' });
    const shown = () => a.msgs.filter((m) => m.id === rid && m.type === 'chunk').map((m) => (m.type === 'chunk' ? m.chunk.text : ''));
    for (let i = 0; i < 500 && !shown().some((t) => t.includes('alt_hd5')); i++) {
      await new Promise((r) => setTimeout(r, 1));
      a.clock.advance(100);
    }
    expect(shown().at(-1)).toBe('Creating logical volume alt_hd5.\n'); // the last line seen
    await turns(); // let the progress write land
    const b = realHost(name);
    const reopened = await b.open({ speed: 'instant' });
    const texts = reopened.scrollback.map((l) => l.text);
    expect(texts.slice(-2)).toEqual(['Creating logical volume alt_hd5.', '^C']);
    expect(reopened.snapshot.lifecycle.state).toBe('partialClone');
  });
});

describe('a read-only tab takes over from a tab closed mid-clone', () => {
  it('comes back with the partial altinst_rootvg, saved, and can clean it up', async () => {
    const name = `real-host-${Date.now()}-${counter++}`;
    const locks = new FakeLocks();
    const a = realHost(name, { locks });
    await a.open({ speed: '1x' });
    const rid = a.send({ type: 'exec', line: 'alt_disk_copy -d hdisk1' });
    await playUntil(a, () => a.msgs.filter((m) => m.id === rid && m.type === 'chunk').length >= 6);
    await turns(); // let the progress write land

    const b = realHost(name, { locks, storeOpenTimeoutMs: 1e9 });
    const opening = b.open({ speed: 'instant' });
    await until(() => {
      b.clock.advance(100); // the short wait for the lock runs out
      return b.msgs.some((m) => m.type === 'opened');
    }, 'read-only open');
    const readOnly = await opening;
    expect(readOnly.storage.mode).toBe('read-only');
    expect(readOnly.snapshot.lifecycle.state).not.toBe('partialClone'); // the writer's clone is not cut by a reader

    a.endpoint.dispose(); // tab A closes mid-clone
    await until(() => b.msgs.some((m) => m.type === 'reopened'), 'takeover');
    const taken = b.msgs.find((m) => m.type === 'reopened');
    expect(taken?.type === 'reopened' && taken.result.snapshot.lifecycle.state).toBe('partialClone');
    expect(taken?.type === 'reopened' && taken.result.storage).toEqual({ mode: 'indexeddb', message: null });
    const clean = await b.exec('alt_rootvg_op -X altinst_rootvg');
    expect(clean.final).toMatchObject({ type: 'done', done: { exitCode: 0 } });
    const log = await (await lab(b.openedStores.at(-1)!)).readLog();
    expect(log.map((e) => e.line)).toEqual(['alt_disk_copy -d hdisk1', 'alt_disk_copy -d hdisk1', 'alt_rootvg_op -X altinst_rootvg']);
  });
});
