// Time travel through the host over the real core and fake-indexeddb: undo / redo / jump commit the lab
// as it was at that step (state, terminal, log), a new command drops the redo steps, branch and import
// make new labs, a bad file is refused and nothing is written.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FromWorker, TimeTravelReply } from '../protocol/index.ts';
import { closeStores, realSetup, type RealTab } from './testHarness.ts';
import { until, type ToWorkerBody } from './testSupport.ts';

afterEach(closeStores);

const real = (name?: string) => realSetup({ name });

async function ask<T extends TimeTravelReply['type']>(t: RealTab, m: ToWorkerBody, type: T): Promise<Extract<FromWorker, { type: T }>> {
  const r = await request(t, m);
  if (r.type !== type) throw new Error(`${m.type}: ${JSON.stringify(r).slice(0, 300)}`);
  return r as Extract<FromWorker, { type: T }>;
}
async function request(t: RealTab, m: ToWorkerBody): Promise<FromWorker> {
  const rid = t.send(m);
  await until(() => t.replies(rid).length > 0, m.type);
  return t.replies(rid)[0];
}

const LINES = ['lspv', 'alt_disk_copy -d hdisk1', 'lsvg', 'alt_rootvg_op -W -d hdisk1', 'lsvg -o', 'bootlist -m normal hdisk1', 'bootlist -m normal -o', 'date'];

async function eightCommands(t: RealTab) {
  const opened = await t.open({ scenario: 'reference-lab' });
  const scrollbacks = [opened.scrollback];
  for (const line of LINES) {
    await t.exec(line);
    const again = await t.open(); // the same host re-opens its lab from memory: what the page would show
    scrollbacks.push(again.scrollback);
  }
  return scrollbacks;
}

describe('time travel in the host', () => {
  it('the timeline lists every step with its lifecycle and group', async () => {
    const t = real();
    await eightCommands(t);
    const { timeline } = await ask(t, { type: 'timeline' }, 'timeline');
    expect(timeline.cursor).toBe(8);
    expect(timeline.replayable).toBe(true);
    expect(timeline.entries.map((e) => e.line)).toEqual(LINES);
    expect(timeline.entries[1]).toMatchObject({ group: 'clone', lifecycle: 'altinstAsleep', exitCode: 0 });
    expect(timeline.entries[3]).toMatchObject({ group: 'wake', lifecycle: 'altinstAwake' });
  });

  it('undo twice, redo once, jump to 3: each the state and terminal of that step; a new command drops redo', async () => {
    const t = real();
    const scrollbacks = await eightCommands(t);
    const u1 = await ask(t, { type: 'undo' }, 'travelled');
    expect(u1.travel).toMatchObject({ kind: 'undo', from: 8, to: 7 });
    expect(u1.travel.scrollback).toEqual(scrollbacks[7]);
    const u2 = await ask(t, { type: 'undo' }, 'travelled');
    expect(u2.travel.to).toBe(6);
    expect(u2.travel.scrollback).toEqual(scrollbacks[6]);
    const r1 = await ask(t, { type: 'redo' }, 'travelled');
    expect(r1.travel.to).toBe(7);
    expect(r1.travel.timeline.entries).toHaveLength(8);
    const j = await ask(t, { type: 'jump', step: 3 }, 'travelled');
    expect(j.travel.scrollback).toEqual(scrollbacks[3]);
    expect(j.travel.snapshot.lifecycle.state).toBe('altinstAsleep');
    expect(j.travel.history).toEqual(LINES.slice(0, 3));
    // The lab is at step 3: a reload shows it there, with the redo steps still listed.
    const reopened = real(t.name);
    const again = await reopened.open();
    expect(again.scrollback).toEqual(scrollbacks[3]);
    expect(again.snapshot.lifecycle.state).toBe('altinstAsleep');
    const tl = await ask(reopened, { type: 'timeline' }, 'timeline');
    expect(tl.timeline).toMatchObject({ cursor: 3 });
    expect(tl.timeline.entries).toHaveLength(8);
    // A new command at step 3 drops the steps after it.
    await reopened.exec('alt_rootvg_op -X altinst_rootvg');
    const after = await ask(reopened, { type: 'timeline' }, 'timeline');
    expect(after.timeline.cursor).toBe(4);
    expect(after.timeline.entries.map((e) => e.line)).toEqual([...LINES.slice(0, 3), 'alt_rootvg_op -X altinst_rootvg']);
    expect(await request(reopened, { type: 'redo' })).toMatchObject({ type: 'error', error: { code: 'time-travel', message: expect.stringContaining('Nothing to redo') } });
  });

  it('branch from step 3 is a new saved lab named after its parent, at that step', async () => {
    const t = real();
    const scrollbacks = await eightCommands(t);
    const b = await ask(t, { type: 'branch', step: 3 }, 'branched');
    expect(b.result.lab.name).toBe('Reference lab 1 — from step 3');
    expect(b.result.labs.map((l) => l.id)).toContain(b.result.lab.id);
    // Compared with the branch (another saved lab): the wake after step 3 is the difference.
    const c = await ask(t, { type: 'compare', a: { step: 8 }, b: { lab: b.result.lab.id } }, 'compared');
    expect(c.comparison.b).toBe('lab “Reference lab 1 — from step 3”');
    expect(c.comparison.differences).toContainEqual(expect.objectContaining({ area: 'lifecycle', a: 'altinstAwake', b: 'altinstAsleep' }));
    const opened = await t.open({ lab: b.result.lab.id });
    expect(opened.scrollback).toEqual(scrollbacks[3]);
    expect(opened.history).toEqual(LINES.slice(0, 3));
    const tl = await ask(t, { type: 'timeline' }, 'timeline');
    expect(tl.timeline).toMatchObject({ cursor: 3, replayable: true });
  });

  it('compare step 3 with the end lists the wake (lifecycle, VG mounts, ODM)', async () => {
    const t = real();
    await eightCommands(t);
    const c = await ask(t, { type: 'compare', a: { step: 3 }, b: { step: 8 } }, 'compared');
    expect(c.comparison.a).toBe('step 3');
    expect(c.comparison.differences).toContainEqual(expect.objectContaining({ area: 'lifecycle', a: 'altinstAsleep', b: 'altinstAwake' }));
    expect(c.comparison.differences.some((d) => d.area === 'vg' && d.node?.name === 'altinst_rootvg')).toBe(true);
    expect(await request(t, { type: 'compare', a: { step: 3 }, b: { step: 99 } })).toMatchObject({ type: 'error', error: { code: 'time-travel' } });
  });

  it('export then import in another browser: the same lab; a truncated file is refused and nothing is written', async () => {
    const t = real();
    const scrollbacks = await eightCommands(t);
    await ask(t, { type: 'undo' }, 'travelled');
    const { file } = await ask(t, { type: 'exportLab' }, 'exported');
    expect(file.fileName).toBe('Reference-lab-1.altdisk-lab.json');
    const other = real();
    await other.open();
    const before = (await ask(other, { type: 'labs' } as ToWorkerBody, 'labs' as never)) as unknown as { labs: unknown[] };
    const truncated = await request(other, { type: 'importLab', text: file.text.slice(0, file.text.length - 10) });
    expect(truncated).toMatchObject({ type: 'error', error: { code: 'bad-file', message: expect.stringContaining('cut short') } });
    const hostile = await request(other, { type: 'importLab', text: file.text.replace('"lspv"', '"mkvg -y x hdisk1"') });
    expect(hostile).toMatchObject({ type: 'error', error: { code: 'bad-file' } });
    const still = (await ask(other, { type: 'labs' } as ToWorkerBody, 'labs' as never)) as unknown as { labs: unknown[] };
    expect(still.labs).toHaveLength(before.labs.length);
    const imported = await ask(other, { type: 'importLab', text: file.text }, 'imported');
    expect(imported.result.lab.name).toBe('Reference lab 1 (imported)');
    const opened = await other.open({ lab: imported.result.lab.id });
    expect(opened.scrollback).toEqual(scrollbacks[7]);
    expect(opened.history).toEqual(LINES.slice(0, 7));
    const tl = await ask(other, { type: 'timeline' }, 'timeline');
    expect(tl.timeline).toMatchObject({ cursor: 7, replayable: true });
    expect(tl.timeline.entries).toHaveLength(8); // the undone step came along for redo
    const redo = await ask(other, { type: 'redo' }, 'travelled');
    expect(redo.travel.scrollback).toEqual(scrollbacks[8]);
  });

  it('refuses undo at the start', async () => {
    const t = real();
    await t.open({ scenario: 'reference-lab' });
    expect(await request(t, { type: 'undo' })).toMatchObject({ type: 'error', error: { message: expect.stringContaining('Nothing to undo') } });
  });
});
