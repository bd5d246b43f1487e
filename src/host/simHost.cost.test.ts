// Flat cost per command (issue 9), counted, not timed: over a long clone / wake / sleep / -X session on
// the real core, the bytes a command writes to IndexedDB do not grow with the number of commands run.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeStores, realSetup } from './testHarness.ts';

afterEach(() => {
  vi.restoreAllMocks();
  closeStores();
});

const CYCLE = ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'lspv', 'alt_rootvg_op -S', 'alt_rootvg_op -X altinst_rootvg', 'bootlist -m normal -o'];

describe('flat cost per command', () => {
  it('once the capped logs are full, each 48 commands of a 240-command session write the same; a command writes part of the session', async () => {
    const name = `cost-${Date.now()}`;
    const bytes: number[] = [];
    let current = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      current += JSON.stringify(args[0])?.length ?? 0;
      return put.apply(this, args);
    });
    const h = realSetup({ name, deps: { locks: null } });
    await h.request({ type: 'open', request: { speed: 'instant' } });
    for (let i = 0; i < 240; i++) {
      current = 0;
      const done = await h.request({ type: 'exec', line: CYCLE[i % CYCLE.length] });
      expect(done.type).toBe('done');
      bytes.push(current);
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    // Windows of 48 commands (8 cycles). The first ones grow while the logs AIX caps fill up
    // (alt_disk_inst.log keeps its last 10 runs); from then on the cost is flat.
    const windows = [0, 1, 2, 3, 4].map((w) => sum(bytes.slice(w * 48, w * 48 + 48)));
    for (const w of windows.slice(3)) expect(w).toBeLessThanOrEqual(windows[2] * 1.02);
    const first = windows[0];
    // Each command writes a fraction of the session, not the whole of it.
    const store = h.openedStores[0];
    const lab = store.lab((await store.labs()).labs[0].id);
    const loaded = await lab.load();
    expect(loaded.logLength).toBe(240);
    expect(JSON.stringify(loaded.state).length).toBeGreaterThan((first / 48) * 2);
  }, 120_000);
});
