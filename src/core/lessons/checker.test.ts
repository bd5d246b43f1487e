import { describe, expect, it } from 'vitest';
import { createSession, newSessionState } from '../session/session.ts';
import type { SimSnapshot } from '../session/snapshot.ts';
import {
  bootedFrom,
  bootlistFirst,
  bootlistNames,
  checkLesson,
  commandsOf,
  diskById,
  diskByName,
  hasFlag,
  isCommand,
  lastRun,
  lifecycleIs,
  ran,
  ranAfter,
  reachedBy,
  roleOf,
  runningLevel,
  vgByName,
} from './checker.ts';
import type { Lesson } from './types.ts';

function lab(...lines: string[]) {
  const s = createSession(newSessionState('reference-lab')!);
  for (const l of lines) s.exec(l);
  return s;
}

describe('history selectors', () => {
  it('splits lines into simple commands, keeps pipelines whole, drops VAR= prefixes and paths', () => {
    expect(commandsOf(['lspv; bootinfo -b && oslevel -s || echo "a;b"', 'lslpp -l | grep alt_disk', 'FORCE=yes  /usr/sbin/alt_rootvg_op -W  -d hdisk1', '  '])).toEqual([
      'lspv',
      'bootinfo -b',
      'oslevel -s',
      'echo "a;b"',
      'lslpp -l | grep alt_disk',
      'alt_rootvg_op -W -d hdisk1',
    ]);
  });

  it('finds flags alone or in clusters, not in arguments or after --', () => {
    expect(hasFlag('alt_disk_copy -B -d hdisk1', 'B')).toBe(true);
    expect(hasFlag('alt_disk_copy -Bd hdisk1', 'B')).toBe(true);
    expect(hasFlag('alt_disk_copy -d hdisk1', 'B')).toBe(false);
    expect(hasFlag('alt_disk_copy -b update_all -l /export/B', 'B')).toBe(false);
    expect(hasFlag('grep -- -B file', 'B')).toBe(false);
    expect(isCommand('lspv hdisk0', 'lspv')).toBe(true);
    expect(isCommand('lspvx', 'lspv')).toBe(false);
  });

  it('ran, lastRun and ranAfter (after the LAST match of the first command)', () => {
    const h = ['alt_disk_copy -d hdisk1', 'lspv', 'alt_rootvg_op -X altinst_rootvg', 'alt_disk_copy -d hdisk1'];
    expect(ran(h, /^lspv\b/)).toBe(true);
    expect(ran(h, (c) => isCommand(c, 'bootlist'))).toBe(false);
    expect(lastRun(h, /^alt_disk_copy/)).toBe(3);
    expect(ranAfter(h, /^alt_disk_copy/, /^lspv/)).toBe(false);
    expect(ranAfter([...h, 'lspv'], /^alt_disk_copy/, /^lspv/)).toBe(true);
    expect(ranAfter(['lspv'], /^alt_disk_copy/, /^lspv/)).toBe(false);
  });
});

describe('snapshot selectors', () => {
  it('read disks, roles, the bootlist, VGs and the level of the console host', () => {
    const s = lab().snapshot();
    expect(diskByName(s, 'hdisk1')?.role).toBe('free');
    expect(roleOf(s, 'hdisk0')).toBe('rootvg');
    expect(roleOf(s, 'hdisk9')).toBeNull();
    expect(diskById(s, 'd2')?.name).toBe('hdisk2');
    expect(bootlistFirst(s)).toBe('hdisk0');
    expect(bootedFrom(s, 'hdisk0')).toBe(true);
    expect(runningLevel(s)).toBe('7200-05-03-2148');
    expect(vgByName(s, 'datavg')?.pvs).toEqual(['hdisk2']);
    expect(lifecycleIs(s, 'noAlternate')).toBe(true);
  });

  it('follow a clone and a boot onto it; reachedBy names the command behind a state', () => {
    const session = lab('alt_disk_copy -B -d hdisk1', 'bootlist -m normal hdisk1 hdisk0');
    let s = session.snapshot();
    expect(roleOf(s, 'hdisk1')).toBe('altinst_rootvg');
    expect(bootlistNames(s)).toEqual(['hdisk1', 'hdisk0']);
    expect(reachedBy(s, 'altinstAsleep', (c) => isCommand(c, 'alt_disk_copy') && hasFlag(c, 'B'))).toBe(true);
    expect(reachedBy(s, 'altinstAsleep', /^alt_disk_mksysb/)).toBe(false);
    session.exec('shutdown -Fr');
    s = session.snapshot();
    expect(bootedFrom(s, 'hdisk1')).toBe(true);
    expect(roleOf(s, 'hdisk0')).toBe('old_rootvg');
    expect(lifecycleIs(s, 'onClone')).toBe(true);
    expect(lifecycleIs(s, 'onClone.oldAsleep')).toBe(true);
    // @ts-expect-error a name the machine does not have is refused by the type
    expect(lifecycleIs(s, 'onClon')).toBe(false);
  });
});

describe('checkLesson', () => {
  const snap = lab().snapshot();
  const base = (objectives: Lesson['objectives']): Lesson => ({ id: 't', title: 't', summary: 't', scenario: 'reference-lab', intro: 't', objectives, solution: [] });

  it('`after` waits for the earlier objective; `keep` holds a milestone once met', () => {
    let flag = true;
    const lesson = base([
      { id: 'a', text: 'a', hint: '`lspv`', keep: true, done: () => flag },
      { id: 'b', text: 'b', hint: '`lspv`', after: 'a', done: (_s, h) => ran(h, /^lspv/) },
      { id: 'c', text: 'c', hint: '`lspv`', after: 'b', done: () => true },
    ]);
    const first = checkLesson(lesson, snap, []);
    expect(first.objectives).toEqual([
      { id: 'a', done: true },
      { id: 'b', done: false },
      { id: 'c', done: false },
    ]);
    expect(first.kept).toEqual(['a']);
    flag = false;
    // Without what was kept, a is live again: false, and so is everything after it.
    expect(checkLesson(lesson, snap, ['lspv']).doneCount).toBe(0);
    const later = checkLesson(lesson, snap, ['lspv'], first.kept);
    expect(later.objectives.every((o) => o.done)).toBe(true);
    expect(later.complete).toBe(true);
    expect(later.kept).toEqual(['a']);
  });

  it('live objectives follow the state; a predicate that throws counts as not met', () => {
    const lesson = base([
      { id: 'up', text: 'up', hint: '`lspv`', done: (s: SimSnapshot) => s.hosts[0].power === 'running' },
      { id: 'boom', text: 'boom', hint: '`lspv`', done: () => { throw new Error('no host'); } },
    ]);
    const c = checkLesson(lesson, snap, [], ['up', 'boom']);
    expect(c.objectives).toEqual([
      { id: 'up', done: true },
      { id: 'boom', done: false },
    ]);
    expect(c.complete).toBe(false);
    expect(c.kept).toEqual([]);
    const down = { ...snap, hosts: snap.hosts.map((h) => ({ ...h, power: 'off' as const })) };
    expect(checkLesson(lesson, down, []).objectives[0].done).toBe(false);
  });

  it('a lesson without objectives is never complete', () => {
    expect(checkLesson(base([]), snap, []).complete).toBe(false);
  });
});
