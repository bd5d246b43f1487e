// Shared links through the host (real core, fake-indexeddb): Share builds a link from every line of the
// lab; opening it replays the lines on a fresh lab, shows them in the scrollback, logs them and saves
// it as a new lab beside the others; a link that cannot be opened leaves a notice and the usual lab.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SharedLink } from '../protocol/index.ts';
import { decodeLink, encodeLink } from '../core/scenario/link.ts';
import { restoreSessionState } from '../core/session/restore.ts';
import { openStore, type Store } from './persistence/db.ts';
import type { HostDeps } from './simHost.ts';
import { stepsFromLog, StepLog } from './sharedLink.ts';
import { closeStores, realSetup, setup } from './testHarness.ts';
import type { FakeClock } from './testSupport.ts';

let counter = 0;
const stores: Store[] = [];
afterEach(() => {
  closeStores();
  for (const s of stores.splice(0)) s.close();
});
const dbName = () => `link-host-${Date.now()}-${counter++}`;

/** The harness over the real core (no locks; `null`: no storage), with Share's request and output. */
function host(name: string | null, deps: Partial<HostDeps> = {}) {
  const t = realSetup({ ...(name === null ? {} : { name }), deps: { locks: null, ...(name === null ? { openStore: null } : {}), ...deps } });
  const link = async (): Promise<SharedLink> => {
    const final = await t.request({ type: 'link' });
    if (final.type !== 'linked') throw new Error(JSON.stringify(final));
    return final.link;
  };
  const linkError = async () => {
    const final = await t.request({ type: 'link' });
    if (final.type !== 'error') throw new Error(`expected an error, got ${JSON.stringify(final)}`);
    return final.error;
  };
  const output = async (line: string) => {
    const { all } = await t.exec(line);
    return all.map((m) => (m.type === 'chunk' ? m.chunk.text : '')).join('');
  };
  return { ...t, link, linkError, output };
}

/** Advances the fake clock until `check` holds (the playback posts on timers). */
async function playUntil(h: { clock: FakeClock }, check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) {
    await new Promise((r) => setTimeout(r, 2));
    h.clock.advance(2000);
  }
  if (!check()) throw new Error('playback did not get there');
}

const steps = (link: SharedLink) => {
  const d = decodeLink(link.payload);
  if (!d.ok) throw new Error(d.error.message);
  return d.value;
};

describe('Share (the link request)', () => {
  it('carries every line since the scenario started, answers and blank lines included', async () => {
    const a = host(dbName());
    await a.open();
    for (const line of ['lspv', '', 'bootlist -m normal hdisk1', 'reset', 'n', 'oslevel -s']) await a.exec(line);
    const link = await a.link();
    expect(link).toMatchObject({ scenario: 'reference-lab', steps: 6 });
    expect(steps(link)).toEqual({ version: 1, scenario: 'reference-lab', steps: ['lspv', '', 'bootlist -m normal hdisk1', 'reset', 'n', 'oslevel -s'] });
  });

  it('after a reload, reads the earlier lines from the stored log and adds the new ones', async () => {
    const name = dbName();
    const a = host(name);
    await a.open();
    await a.exec('lspv');
    await a.exec('bootlist -m normal hdisk1');
    const b = host(name);
    await b.open();
    await b.exec('bootlist -m normal -o');
    expect(steps(await b.link()).steps).toEqual(['lspv', 'bootlist -m normal hdisk1', 'bootlist -m normal -o']);
  });

  it('starts over with a new scenario', async () => {
    const name = dbName();
    const a = host(name);
    await a.open();
    await a.exec('lspv');
    const b = host(name);
    await b.open({ scenario: 'mirrored-lab' });
    await b.exec('lsvg');
    expect(steps(await b.link())).toMatchObject({ scenario: 'mirrored-lab', steps: ['lsvg'] });
  });

  it('marks a line Ctrl-C cut, and the link reproduces the cut clone', async () => {
    const a = host(dbName());
    await a.open({ speed: '1x' });
    const rid = a.send({ type: 'exec', line: 'alt_disk_copy -d hdisk1' });
    await playUntil(a, () => a.msgs.filter((m) => m.id === rid && m.type === 'chunk').length >= 6);
    a.send({ type: 'interrupt' });
    await a.settled(rid);
    const final = a.final(rid);
    expect(final).toMatchObject({ done: { snapshot: { lifecycle: { state: 'partialClone' } } } });
    a.send({ type: 'speed', speed: 'instant' });
    const lspvA = await a.output('lspv');
    const link = await a.link();
    const payload = steps(link);
    expect(payload.steps).toEqual(['alt_disk_copy -d hdisk1', 'lspv']);
    expect(payload.cuts).toEqual([[0, expect.any(Number)]]);

    const b = host(dbName());
    const opened = await b.open({ shared: link.payload });
    expect(opened.notice).toBeNull();
    expect(opened.snapshot.lifecycle.state).toBe('partialClone');
    expect(await b.output('lspv')).toBe(lspvA);
    // The reopened lab shares its steps again (the cut included), with the line run since.
    expect(steps(await b.link())).toEqual({ ...payload, steps: [...payload.steps, 'lspv'] });
  });

  it('works in memory only (no storage)', async () => {
    const a = host(null);
    await a.open();
    await a.exec('lspv');
    expect(steps(await a.link()).steps).toEqual(['lspv']);
  });

  it('refuses a lab too long for a link, with the reason', async () => {
    const a = host(null);
    await a.open();
    // 400 different echo lines do not compress below 8,192 characters.
    for (let i = 0; i < 400; i++) await a.exec(`echo ${(i * 7919).toString(36)}-${(i * 104729).toString(36)}-${i}`);
    expect(await a.linkError()).toMatchObject({ code: 'bad-link', message: expect.stringMatching(/at most 8,192/) });
  });
});

describe('opening a shared link', () => {
  it('replays the steps on a fresh lab: same state, scrollback as typed, history and log hold the lines', async () => {
    const a = host(dbName());
    const lines = ['lspv', 'alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', '', 'reset', 'n', 'bootlist -m normal -o'];
    await a.open();
    for (const l of lines) await a.exec(l);
    const typed = await a.open(); // same host: what it shows now
    const link = await a.link();

    const name = dbName();
    const b = host(name);
    const opened = await b.open({ shared: link.payload });
    expect(opened.notice).toBeNull();
    expect(opened.snapshot).toEqual(typed.snapshot);
    expect(opened.scrollback).toEqual(typed.scrollback);
    expect(opened.history).toEqual(typed.history);
    expect(opened.scrollback.filter((l) => l.kind === 'input').length).toBe(lines.length);
    expect(opened.lab).toMatchObject({ name: 'Shared link: Reference lab (7 steps)', scenario: 'reference-lab', commands: 7 });
    const store = await openStore({ name, requestPersist: null, gate: restoreSessionState });
    stores.push(store);
    expect((await store.labs()).labs.map((l) => l.id)).toContain(opened.lab.id);
    const log = await store.lab(opened.lab.id).readLog();
    expect(log.map((e) => e.line)).toEqual(lines);
    expect(stepsFromLog(log).map((s) => s.line)).toEqual(lines);
    expect((await store.lab(opened.lab.id).load()).scrollback).toEqual(typed.scrollback);
  });

  it('opens as a NEW lab beside the saved one, which a reload then restores (the link is not replayed again)', async () => {
    const name = dbName();
    const a = host(name);
    await a.open();
    await a.exec('bootlist -m normal hdisk1 hdisk0');
    const link = encodeLink({ version: 1, scenario: 'reference-lab', steps: ['alt_disk_copy -d hdisk1'] });
    if (!link.ok) throw new Error(link.error.message);
    const b = host(name);
    const opened = await b.open({ shared: link.value });
    expect(opened.snapshot.lifecycle.state).toBe('altinstAsleep');
    expect(opened.snapshot.hosts[0].bootlist.normal).toEqual(['hdisk1 blv=hd5']); // the clone's bootlist, not the old lab's hdisk1 hdisk0
    await b.exec('lspv');
    const c = host(name);
    const again = await c.open({ lab: opened.lab.id });
    expect(again.labs).toHaveLength(2); // the lab that was there stays in the list
    const before = await c.open({ lab: again.labs.find((l) => l.id !== opened.lab.id)!.id });
    expect(before.history).toEqual(['bootlist -m normal hdisk1 hdisk0']);
    await c.open({ lab: opened.lab.id });
    expect(again.snapshot.lifecycle.state).toBe('altinstAsleep');
    expect(again.scrollback.filter((l) => l.kind === 'input').map((l) => l.text)).toEqual(['# alt_disk_copy -d hdisk1', '# lspv']);
    expect(steps(await c.link()).steps).toEqual(['alt_disk_copy -d hdisk1', 'lspv']);
  });

  it('a bad link leaves a readable bad-link notice and opens the saved lab untouched', async () => {
    const name = dbName();
    const a = host(name);
    await a.open();
    await a.exec('bootlist -m normal hdisk1');
    const b = host(name);
    const opened = await b.open({ shared: 'zNOT-A-LINK' });
    expect(opened.notice).toEqual({ code: 'bad-link', message: expect.stringMatching(/^This link is damaged: .*Your saved lab was opened instead\.$/) });
    expect(opened.scrollback.map((l) => l.text)).toContain('# bootlist -m normal hdisk1');
    expect(steps(await b.link()).steps).toEqual(['bootlist -m normal hdisk1']);
  });

  it('a bad link without a saved lab opens a fresh one, and says so', async () => {
    const opened = await host(dbName()).open({ shared: 'j' + Buffer.from('{"__proto__":{"x":1}}').toString('base64url') });
    expect(opened.notice).toMatchObject({ code: 'bad-link', message: expect.stringMatching(/"__proto__".*A fresh lab was opened instead\.$/) });
    expect(opened.snapshot.scenario).toBe('reference-lab');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('a link whose replay runs over the time budget is not opened', async () => {
    let t = 0;
    const link = encodeLink({ version: 1, scenario: 'reference-lab', steps: Array(50).fill('lspv') });
    if (!link.ok) throw new Error(link.error.message);
    const opened = await host(dbName(), { now: () => (t += 50) }).open({ shared: link.value });
    expect(opened.notice?.message).toMatch(/^This link takes too long to replay here \(it had run \d+ of its 50 steps after 1.5 s\), so it was not opened\. A fresh lab/);
    expect(opened.scrollback).toEqual([]);
  });

  it('a link to a scenario the host does not have is refused by the host core (fake core)', async () => {
    const t = setup({ deps: { openStore: null, locks: null } });
    const good = encodeLink({ version: 1, scenario: 'other', steps: ['echo hi', 'echo there'] }, { isScenario: () => true });
    const bad = encodeLink({ version: 1, scenario: 'reference-lab', steps: [] });
    if (!good.ok || !bad.ok) throw new Error('encode');
    expect(await t.request({ type: 'open', request: { speed: 'instant', shared: bad.value } })).toMatchObject({
      result: { notice: { code: 'bad-link', message: expect.stringMatching(/"reference-lab", which this trainer does not have/) } },
    });
    expect(await t.request({ type: 'open', request: { speed: 'instant', shared: good.value } })).toMatchObject({
      result: { notice: null, snapshot: { scenario: 'other', counter: 2 }, scrollback: [{ kind: 'input', text: '# echo hi' }, { kind: 'stdout', text: 'hi' }, { kind: 'input', text: '# echo there' }, { kind: 'stdout', text: 'there' }] },
    });
  });

  it('a link whose replay throws in the core is not opened', async () => {
    const t = setup({ deps: { openStore: null, locks: null } });
    const boom = encodeLink({ version: 1, scenario: 'lab', steps: ['echo a', 'boom'] }, { isScenario: () => true });
    if (!boom.ok) throw new Error('encode');
    expect(await t.request({ type: 'open', request: { speed: 'instant', shared: boom.value } })).toMatchObject({ result: { notice: { code: 'bad-link', message: expect.stringMatching(/could not be replayed.*kaboom/) }, snapshot: { counter: 0 } } });
  });
});

describe('StepLog', () => {
  it('joins the steps read at open with those run since; null when the read failed', async () => {
    const log = new StepLog();
    log.reset(() => Promise.resolve([{ line: 'a' }]));
    log.push('b');
    log.push('slow');
    log.cutLast(40);
    expect(await log.all()).toEqual([{ line: 'a' }, { line: 'b' }, { line: 'slow', cutAtMs: 40 }]);
    log.reset(() => Promise.reject(new Error('gone')));
    expect(await log.all()).toBeNull();
  });

  it('stepsFromLog: an interrupt entry marks the line before it', () => {
    const e = (seq: number, line: string, interruptedAtMs?: number) => ({ seq, line, exitCode: 0, atMs: 0, durationMs: 0, ...(interruptedAtMs === undefined ? {} : { interruptedAtMs }) });
    expect(stepsFromLog([e(3, 'slow', 9), e(1, 'slow'), e(2, 'slow'), e(4, 'ls')])).toEqual([{ line: 'slow' }, { line: 'slow', cutAtMs: 9 }, { line: 'ls' }]);
  });
});
