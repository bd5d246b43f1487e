import { describe, expect, it } from 'vitest';
import { createSession, newSessionState } from '../session/session.ts';
import { replayStraight, sameLab, startState, Timeline, type TimelineStep } from './replay.ts';
import { compareStates } from './compare.ts';

const LAB: TimelineStep[] = [
  'lspv',
  'alt_disk_copy -d hdisk1',
  'lspv',
  'alt_rootvg_op -W -d hdisk1',
  'lsvg',
  'alt_rootvg_op -S',
  'bootlist -m normal hdisk1',
  'shutdown -Fr',
  'lspv',
  'date',
  'reset',
  'y',
  'echo $RANDOM',
].map((line) => ({ line }));

const start = () => startState(newSessionState('reference-lab')!);

/** A longer lab: the same lines again and again (clone, wake, sleep, remove, reboot, reset). */
function longLab(n: number): TimelineStep[] {
  const cycle = ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'lsvg -o', 'alt_rootvg_op -S', 'alt_rootvg_op -X altinst_rootvg', 'lspv', 'bootlist -m normal -o', 'uptime'];
  return Array.from({ length: n }, (_, i) => ({ line: cycle[i % cycle.length] }));
}

describe('timeline replay', () => {
  it('the state at every step through checkpoints equals a straight replay (deep equality)', () => {
    const t = new Timeline(start(), 4);
    t.extend(LAB);
    for (let n = 0; n <= LAB.length; n++) {
      const straight = replayStraight(start(), LAB.slice(0, n));
      expect(t.stateAt(n)).toEqual(straight);
    }
  });

  it('entries carry the exit code, the lifecycle after the line and its group', () => {
    const t = new Timeline(start());
    t.extend(LAB);
    const byLine = (i: number) => t.entries[i - 1];
    expect(byLine(2)).toMatchObject({ index: 2, line: 'alt_disk_copy -d hdisk1', exitCode: 0, lifecycle: 'altinstAsleep', group: 'clone' });
    expect(byLine(4)).toMatchObject({ lifecycle: 'altinstAwake', group: 'wake' });
    expect(byLine(1).group).toBe('other');
    expect(byLine(12)).toMatchObject({ line: 'y', lifecycle: 'noAlternate' });
    expect(t.entries.map((e) => e.index)).toEqual(LAB.map((_, i) => i + 1));
  });

  it('sync keeps the common prefix and replays only what differs (an undone step replaced by another)', () => {
    const t = new Timeline(start(), 3);
    t.extend(LAB);
    const other = [...LAB.slice(0, 5), { line: 'alt_rootvg_op -X altinst_rootvg' }, { line: 'lspv' }];
    expect(t.sync(other)).toBe(true);
    expect(t.length).toBe(other.length);
    expect(t.stateAt(other.length)).toEqual(replayStraight(start(), other));
    expect(t.stateAt(4)).toEqual(replayStraight(start(), LAB.slice(0, 4)));
  });

  it('steps recorded from a live session (append) equal the replayed timeline', () => {
    const live = createSession(start());
    const recorded = new Timeline(start(), 4);
    for (const step of LAB) {
      const before = live.state();
      const result = live.exec(step.line);
      recorded.append(step, result, before, live.state());
    }
    const replayed = new Timeline(start(), 4);
    replayed.extend(LAB);
    expect(recorded.entries).toEqual(replayed.entries);
    for (const n of [0, 4, 7, 8, LAB.length]) expect(recorded.stateAt(n)).toEqual(replayed.stateAt(n));
  });

  it('a cut step replays cut where it was cut', () => {
    const steps = [{ line: 'alt_disk_copy -d hdisk1', cutAtMs: 60_000 }, { line: 'lspv' }];
    const t = new Timeline(start(), 1);
    t.extend(steps);
    expect(t.entries[0].cut).toBe(true);
    expect(t.entries[0].lifecycle).toBe('partialClone');
    expect(t.stateAt(2)).toEqual(replayStraight(start(), steps));
  });

  it('jump to step 1,000 of a 2,000-step lab equals the straight replay', () => {
    const steps = longLab(2000);
    const t = new Timeline(start());
    t.extend(steps);
    expect(sameLab(t.stateAt(1000), replayStraight(start(), steps.slice(0, 1000)))).toBe(true);
    expect(t.stateAt(1000)).toEqual(replayStraight(start(), steps.slice(0, 1000)));
  }, 120_000);

  it('refuses a step that does not exist', () => {
    const t = new Timeline(start());
    t.extend(LAB.slice(0, 2));
    expect(() => t.stateAt(3)).toThrow(RangeError);
    expect(() => t.stateAt(-1)).toThrow(RangeError);
  });
});

describe('compare', () => {
  it('lists what a clone and a wake changed: disks, VGs, ODM, lifecycle, bootlist', () => {
    const t = new Timeline(start());
    t.extend(LAB.slice(0, 7));
    const diffs = compareStates(t.stateAt(1), t.stateAt(7));
    const areas = new Set(diffs.map((d) => d.area));
    for (const area of ['lifecycle', 'disk', 'vg', 'odm', 'bootlist'] as const) expect(areas).toContain(area);
    expect(diffs).toContainEqual({ area: 'lifecycle', node: null, what: 'lifecycle state', a: 'noAlternate', b: 'altinstAsleep' });
    expect(diffs.find((d) => d.area === 'disk' && d.what === 'hdisk1 volume group')).toMatchObject({ node: { kind: 'disk', name: 'hdisk1' }, a: '—', b: 'altinst_rootvg' });
    expect(diffs.some((d) => d.area === 'odm' && d.what.startsWith('ODM CuAt altinst_rootvg'))).toBe(true);
    expect(compareStates(t.stateAt(3), t.stateAt(3))).toEqual([]);
  });
});
