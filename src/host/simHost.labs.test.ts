// The labs menu's requests through the host: list, rename, duplicate, delete (never the open lab).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FromWorker, LabSummary } from '../protocol/index.ts';
import { closeStores, setup, type Tab } from './testHarness.ts';
import { until, type ToWorkerBody } from './testSupport.ts';

afterEach(closeStores);

async function ask(t: Tab, m: ToWorkerBody): Promise<FromWorker> {
  const rid = t.send(m);
  await until(() => t.replies(rid).some((r) => r.type === 'labs' || r.type === 'error'), m.type);
  return t.replies(rid).find((r) => r.type === 'labs' || r.type === 'error')!;
}
const names = (reply: FromWorker) => (reply.type === 'labs' ? reply.labs.map((l: LabSummary) => l.name) : reply);

describe('labs requests', () => {
  it('lists, renames, duplicates and deletes saved labs; each answer is the list after it', async () => {
    const t = setup();
    const first = await t.open();
    await t.exec('echo in the first');
    const second = await t.open({ scenario: 'other' });
    expect(names(await ask(t, { type: 'labs' }))).toEqual(['Other lab 1', 'Lab 1']);
    expect(names(await ask(t, { type: 'lab-rename', lab: first.lab.id, name: 'Before the clone' }))).toEqual(['Other lab 1', 'Before the clone']);
    const copied = await ask(t, { type: 'lab-duplicate', lab: first.lab.id });
    expect(names(copied)).toEqual(['Before the clone (copy)', 'Other lab 1', 'Before the clone']);
    const copy = copied.type === 'labs' ? copied.labs[0] : null;
    expect(copy).toMatchObject({ commands: 1, scenario: 'lab' });
    expect(names(await ask(t, { type: 'lab-delete', lab: first.lab.id }))).toEqual(['Before the clone (copy)', 'Other lab 1']);
    expect((await t.open({ lab: copy!.id })).history).toEqual(['echo in the first']); // the copy holds the work
    expect(second.lab.id).not.toBe(copy!.id);
  });

  it('refuses to delete the open lab, and an empty name, in plain words', async () => {
    const t = setup();
    const r = await t.open();
    expect(await ask(t, { type: 'lab-delete', lab: r.lab.id })).toMatchObject({ type: 'error', error: { code: 'lab-open', message: expect.stringContaining('cannot be deleted') } });
    expect(await ask(t, { type: 'lab-rename', lab: r.lab.id, name: '  \n ' })).toMatchObject({ type: 'error', error: { code: 'storage', message: expect.stringContaining('needs a name') } });
    expect(names(await ask(t, { type: 'labs' }))).toEqual(['Lab 1']);
  });

  it('renaming the open lab shows in the next open result', async () => {
    const t = setup();
    const r = await t.open();
    await ask(t, { type: 'lab-rename', lab: r.lab.id, name: 'Mine' });
    expect((await t.open()).lab.name).toBe('Mine');
  });

  it('without storage the list is the open lab only, and changes are refused', async () => {
    const t = setup({ deps: { openStore: null } });
    const r = await t.open();
    expect(r.lab.id).toMatch(/^unsaved-/);
    expect(r.labs).toEqual([r.lab]);
    expect(names(await ask(t, { type: 'labs' }))).toEqual([r.lab.name]);
    expect(await ask(t, { type: 'lab-duplicate', lab: r.lab.id })).toMatchObject({ type: 'error', error: { code: 'storage' } });
  });
});
