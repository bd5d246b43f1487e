// The preview through the host (issue 16) over the real core and fake-indexeddb: a preview answers
// with what the line would do, and nothing of it is ever written — no IndexedDB write of any kind, the
// saved lab, its command log, its terminal and its timeline read back the same, the history does not take the line,
// and the writer lock is never asked for. Only the latest of several waiting previews runs.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, Preview } from '../protocol/index.ts';
import type { LockManagerLike } from './hostContext.ts';
import { closeStores, realSetup, records, type RealTab } from './testHarness.ts';
import { FakeLocks, until } from './testSupport.ts';

afterEach(() => {
  vi.restoreAllMocks();
  closeStores();
});


/** Web Locks that count every request (the writer lock is asked for only by open and takeover). */
function countingLocks(): LockManagerLike & { asked: number } {
  const locks = new FakeLocks();
  const counting = {
    asked: 0,
    request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => unknown) {
      counting.asked++;
      return locks.request(name, options, callback);
    },
  };
  return counting;
}

async function preview(t: RealTab, line: string): Promise<Preview> {
  const rid = t.send({ type: 'preview', line });
  t.clock.advance(0);
  await until(() => t.replies(rid).length > 0, `preview of ${line}`);
  const reply: FromWorker = t.replies(rid)[0];
  if (reply.type !== 'previewed') throw new Error(JSON.stringify(reply).slice(0, 300));
  return reply.preview;
}

async function timeline(t: RealTab): Promise<FromWorker> {
  const rid = t.send({ type: 'timeline' });
  await until(() => t.replies(rid).length > 0, 'timeline');
  return t.replies(rid)[0];
}

const WRITES = ['put', 'add', 'delete', 'clear'] as const;

describe('preview in the host', () => {
  it('answers what the line would do and writes nothing: no IndexedDB write, the same lab, log and terminal, no history, no lock', async () => {
    const locks = countingLocks();
    const t = realSetup({ deps: { locks } });
    await t.open({ scenario: 'reference-lab' });
    await t.exec('lspv');
    const done = await t.exec('alt_disk_copy -d hdisk1');
    expect(done.final.type).toBe('done');
    const store = await records(t);
    const savedBefore = await store.load();
    const logBefore = await store.readLog();
    const lockRequests = locks.asked;
    const timelineBefore = await timeline(t);
    expect(timelineBefore).toMatchObject({ type: 'timeline', timeline: { cursor: 2 } });

    const writes = WRITES.map((m) => vi.spyOn(IDBObjectStore.prototype, m));
    const wake = await preview(t, 'alt_rootvg_op -W -d hdisk1');
    const hang = await preview(t, 'alt_rootvg_op -W -d hdisk1; shutdown -Fr');
    const remove = await preview(t, 'rm -r /');
    for (const spy of writes) expect(spy).not.toHaveBeenCalled();
    vi.restoreAllMocks();

    expect(wake).toMatchObject({ kind: 'preview', exitCode: 0, lifecycle: { from: 'altinstAsleep', to: 'altinstAwake' } });
    if (wake.kind !== 'preview') return;
    expect(wake.changes.map((c) => c.kind)).toContain('disk-awake');
    expect(wake.warnings.map((w) => [w.kind, w.led])).toContainEqual(['next-boot', '0552']);
    expect(hang).toMatchObject({ kind: 'preview', lifecycle: { to: 'hung.led552' } });
    expect(remove.kind).toBe('preview');

    expect(await store.load()).toEqual(savedBefore);
    expect(await store.readLog()).toEqual(logBefore);
    expect(locks.asked).toBe(lockRequests);
    expect({ ...(await timeline(t)), id: 0 }).toEqual({ ...timelineBefore, id: 0 });
    // The lab is as it was: the terminal and the history took none of the previewed lines.
    const reopened = await t.open();
    expect(reopened.scrollback.some((l) => l.text.includes('rm -r /') || l.text.includes('shutdown'))).toBe(false);
    expect(reopened.history).toEqual(['lspv', 'alt_disk_copy -d hdisk1']);
    expect(reopened.snapshot.lifecycle.state).toBe('altinstAsleep');
    const next = await t.exec('lsvg');
    expect(next.final).toMatchObject({ type: 'done', done: { history: { added: 'lsvg', length: 3 } } });
  });

  it('several previews waiting: only the latest runs, the others are answered superseded', async () => {
    const t = realSetup();
    await t.open({ scenario: 'reference-lab' });
    const ids = ['b', 'bo', 'bootlist -m normal hdisk1'].map((line) => t.send({ type: 'preview', line }));
    t.clock.advance(0);
    await until(() => ids.every((id) => t.replies(id).length > 0), 'three replies');
    const answers = ids.map((id) => t.replies(id)[0]);
    expect(answers.map((a) => (a.type === 'previewed' ? `${a.preview.kind}:${a.preview.kind === 'none' ? a.preview.reason : a.preview.line}` : a.type))).toEqual([
      'none:superseded',
      'none:superseded',
      'preview:bootlist -m normal hdisk1',
    ]);
  });

  it('what the preview shows is what Enter gives: its snapshot after is the snapshot the line commits', async () => {
    const t = realSetup();
    await t.open({ scenario: 'reference-lab' });
    for (const line of ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr']) {
      const p = await preview(t, line);
      if (p.kind !== 'preview') throw new Error(p.text);
      const done = await t.exec(line);
      if (done.final.type !== 'done') throw new Error(JSON.stringify(done.final));
      expect(done.final.done.snapshot).toEqual(p.after);
      expect(done.final.done.exitCode).toBe(p.exitCode);
    }
  });

  it('causes only when asked: each flag with the changes it makes and prevents', async () => {
    const t = realSetup();
    await t.open({ scenario: 'reference-lab' });
    const plain = await preview(t, 'alt_disk_copy -B -d hdisk1');
    expect(plain).toMatchObject({ kind: 'preview' });
    expect(plain.kind === 'preview' && plain.causes).toBeUndefined();
    const rid = t.send({ type: 'preview', line: 'alt_disk_copy -B -d hdisk1', causes: true });
    t.clock.advance(0);
    await until(() => t.replies(rid).length > 0, 'preview with causes');
    const reply = t.replies(rid)[0];
    if (reply.type !== 'previewed' || reply.preview.kind !== 'preview') throw new Error(JSON.stringify(reply).slice(0, 300));
    expect(reply.preview.causes?.map((c) => c.flag).sort()).toEqual(['B', 'd']);
    expect(reply.preview.causes?.find((c) => c.flag === 'B')?.prevented.map((c) => c.kind)).toEqual(['bootlist']);
  });

  it('a trainer command gets no preview and changes nothing', async () => {
    const t = realSetup();
    await t.open({ scenario: 'reference-lab' });
    await t.exec('alt_disk_copy -d hdisk1');
    expect(await preview(t, 'reset')).toMatchObject({ kind: 'none', reason: 'trainer-command' });
    expect(await preview(t, 'undo')).toMatchObject({ kind: 'none', reason: 'trainer-command' });
    expect((await t.open()).snapshot.lifecycle.state).toBe('altinstAsleep');
  });
});
