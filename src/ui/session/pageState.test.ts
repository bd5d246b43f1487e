import { describe, expect, it } from 'vitest';
import type { SimSnapshot, StorageStatus } from '../../protocol/index.ts';
import { LinkNeedsWorkerError } from '../sim/client.ts';
import { referenceHost, referenceSnapshot } from '../testing/fixtures.ts';
import { fakeSim, openResult } from './fakeSim.ts';
import { failure, initialPageState, pageReducer, shown, TAKEOVER_NOTE, type PageAction, type PageState } from './pageState.ts';

const saved: StorageStatus = { mode: 'indexeddb', message: null };

const run = (state: PageState, ...actions: PageAction[]) => actions.reduce(pageReducer, state);
const ready = (sim = fakeSim()) => run(initialPageState('1x'), { type: 'opened', sim });
const rebooted = (s: SimSnapshot): SimSnapshot => ({ ...s, hosts: s.hosts.map((h) => ({ ...h, power: 'off' as const, led: null })) });

describe('pageReducer: phases', () => {
  it('starts, becomes ready with the opened lab, and counts session views', () => {
    const sim = fakeSim();
    const s = ready(sim);
    expect(initialPageState('10x')).toMatchObject({ phase: { kind: 'starting' }, generation: 0, speed: '10x', snapshot: null });
    expect(s.phase).toEqual({ kind: 'ready', sim, generation: 1 });
    expect(s).toMatchObject({ lab: 'lab1', storage: saved, restarted: false });
    expect(s.snapshot).toBe(sim.opened.snapshot);
    expect(s.baseline).toBe(sim.opened.snapshot);
  });

  it('fails with the reason in words; a link that needs a worker says so', () => {
    const s = pageReducer(initialPageState('1x'), failure(new LinkNeedsWorkerError('workers are off')));
    expect(s.phase).toEqual({ kind: 'failed', message: 'workers are off', linkNeedsWorker: true });
    expect(pageReducer(initialPageState('1x'), failure(new Error('boom'))).phase).toEqual({ kind: 'failed', message: 'boom', linkNeedsWorker: false });
  });

  it('a dead simulator: starting again, a restart note, and a line that never ran back in the command line', () => {
    const s = run(ready(), { type: 'fatal', message: 'stuck', lost: { line: 'lspv', started: false } });
    expect(s.phase.kind).toBe('starting');
    expect(s.restarting).toBe(true);
    expect(s.restartNote).toMatch(/while running “lspv” \(stuck\)/);
    expect(s.paste).toEqual({ text: 'lspv', nonce: 1 });
    // A line that had started output is not offered again.
    expect(run(ready(), { type: 'fatal', message: 'stuck', lost: { line: 'lspv', started: true } }).paste).toBeNull();
    // The restarted simulator: a new view, still waiting while it opened read-only, done waiting as the writer.
    const readOnly = run(s, { type: 'opened', sim: fakeSim(openResult({ storage: { mode: 'read-only', message: 'x' } })) });
    expect(readOnly).toMatchObject({ generation: 2, restarted: true, restarting: true });
    expect(run(s, { type: 'opened', sim: fakeSim() })).toMatchObject({ generation: 2, restarting: false });
  });

  it('a takeover (reopened) replaces the opened lab of the same simulator, with a note', () => {
    const sim = fakeSim();
    const next = openResult({ snapshot: referenceSnapshot({ clockMs: 99 }), storage: saved });
    const s = run(ready(sim), { type: 'reopened', sim: sim.api, opened: next });
    expect(s.phase).toEqual({ kind: 'ready', sim: { ...sim, opened: next }, generation: 2 });
    expect(s.snapshot).toBe(next.snapshot);
    expect(s.restartNote).toBe(TAKEOVER_NOTE);
    // Another simulator's takeover changes nothing.
    const other = fakeSim();
    expect(pageReducer(ready(sim), { type: 'reopened', sim: other.api, opened: next })).toEqual(ready(sim));
    // After a restart, the restart note stays.
    const restarted = run(ready(sim), { type: 'fatal', message: 'gone', lost: null }, { type: 'opened', sim });
    expect(run(restarted, { type: 'reopened', sim: sim.api, opened: next }).restartNote).toMatch(/gone/);
  });

  it('storage status and speed', () => {
    const memory: StorageStatus = { mode: 'memory', message: 'quota' };
    expect(run(ready(), { type: 'storage', storage: memory }).storage).toBe(memory);
    const s = ready();
    expect(pageReducer(s, { type: 'speed', speed: '1x' })).toBe(s);
    expect(pageReducer(s, { type: 'speed', speed: 'instant' }).speed).toBe('instant');
  });
});

describe('pageReducer: commands', () => {
  it('follows the terminal being busy (an update of the app waits for it), same state when nothing changes', () => {
    const s = ready();
    expect(s.busy).toBe(false);
    const busy = run(s, { type: 'busy', busy: true });
    expect(busy.busy).toBe(true);
    expect(pageReducer(busy, { type: 'busy', busy: true })).toBe(busy);
    expect(run(busy, { type: 'busy', busy: false }).busy).toBe(false);
  });

  it('moves the baseline only when the last command changed something', () => {
    const s = ready();
    const a = run(s, { type: 'command-start', line: 'lspv' });
    expect(a.changeSeq).toBe(0);
    expect(a.command).toBe('lspv');
    const changed = referenceSnapshot({ clockMs: 5 });
    const b = run(a, { type: 'done', done: { exitCode: 0, snapshot: changed, events: [] } }, { type: 'command-start', line: 'bootlist -m normal hdisk1' });
    expect(b.changeSeq).toBe(1);
    expect(b.baseline).toBe(changed);
  });

  it('keeps the shown snapshot when a reply equals it (no redraw), and narrates against the baseline', () => {
    const s = ready();
    const same = structuredClone(s.snapshot!);
    expect(shown(s.snapshot, same)).toBe(s.snapshot);
    const done = run(s, { type: 'command-start', line: 'lspv' }, { type: 'done', done: { exitCode: 0, snapshot: same, events: [] } });
    expect(done.snapshot).toBe(s.snapshot);
    expect(done.narration).toBe(run(s, { type: 'done', done: { exitCode: 0, snapshot: s.snapshot!, events: [] } }).narration);
    const off = rebooted(s.snapshot!);
    expect(run(s, { type: 'done', done: { exitCode: 0, snapshot: off, events: [] } }).narration).not.toBe('');
  });

  it('streams a reboot: power and LED events update the snapshot, the boot log and the powered hosts', () => {
    const s = run(ready(), { type: 'command-start', line: 'shutdown -Fr' });
    const host = referenceHost().name;
    const a = run(s, { type: 'event', event: { type: 'power', host, state: 'off', atMs: 10 } }, { type: 'event', event: { type: 'led', host, code: 'E1F1', atMs: 20 } });
    expect(a.powered.has(host)).toBe(true);
    expect(a.snapshot!.hosts[0]).toMatchObject({ power: 'off', led: 'E1F1' });
    expect(a.bootLog.command).toBe('shutdown -Fr');
    expect(a.bootLog.lines.map((l) => l.kind)).toEqual(['power', 'led']);
    // The next command starts a new set of powered hosts.
    expect(run(a, { type: 'command-start', line: 'lspv' }).powered.size).toBe(0);
  });

  it('SMIT panels open by event and close on exit; pastes count up', () => {
    const s = run(ready(), { type: 'event', event: { type: 'smit', panel: 'alt_clone' } });
    expect(s.smit).toEqual({ panel: 'alt_clone', note: null, seq: 1 });
    expect(run(s, { type: 'event', event: { type: 'smit', panel: 'alt_clone', note: 'n' } }).smit).toEqual({ panel: 'alt_clone', note: 'n', seq: 2 });
    expect(run(s, { type: 'smit-exit' }).smit).toBeNull();
    const p = run(s, { type: 'paste', text: 'lspv' }, { type: 'paste', text: 'lspv' });
    expect(p.paste).toEqual({ text: 'lspv', nonce: 2 });
    // Progress events are the terminal's: nothing changes here.
    expect(pageReducer(s, { type: 'event', event: { type: 'progress', percent: 5, label: 'copying', atMs: 0 } })).toBe(s);
  });
});
