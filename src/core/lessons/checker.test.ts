import { describe, expect, it } from 'vitest';
import { labAfter } from '../testing/lab.ts';
import type { SimSnapshot } from '../session/snapshot.ts';
import {
  bootedFrom,
  bootlistFirst,
  bootlistNames,
  checkLesson,
  commandsOf,
  diskById,
  diskPhrase,
  firstListedDisk,
  hangDeadEnd,
  hostTrouble,
  lastSeen,
  lastSeenIndex,
  lineRuns,
  saw,
  sawAfter,
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
import type { Lesson, Objective, Seen } from './types.ts';

const lab = (...lines: string[]) => labAfter(lines);

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
  const ladder = { nudge: 'n', concept: 'c', blanks: '____' };
  const base = (objectives: Lesson['objectives'], deadEnd: Lesson['deadEnd'] = () => null): Lesson => ({
    id: 't',
    title: 't',
    summary: 't',
    track: 'basics',
    scenario: 'reference-lab',
    intro: 't',
    objectives,
    solution: [],
    deadEnd,
    negatives: [],
  });
  const obj = (o: Pick<Objective, 'id' | 'done'> & Partial<Objective>): Objective => ({ text: o.id, hint: '`lspv`', ladder, whyNotYet: () => `why ${o.id}`, ...o });

  it('`after` waits for the earlier objective; `keep` holds a milestone once met', () => {
    let flag = true;
    const lesson = base([
      obj({ id: 'a', keep: true, done: () => flag }),
      obj({ id: 'b', after: 'a', done: (_s, h) => ran(h, /^lspv/) }),
      obj({ id: 'c', after: 'b', done: () => true }),
    ]);
    const first = checkLesson(lesson, snap, []);
    expect(first.objectives).toEqual([
      { id: 'a', done: true, why: null },
      { id: 'b', done: false, why: 'why b' },
      { id: 'c', done: false, why: 'First: b' },
    ]);
    expect(first.kept).toEqual(['a']);
    expect(first.current).toBe('b');
    flag = false;
    // Without what was kept, a is live again: false, and so is everything after it.
    expect(checkLesson(lesson, snap, ['lspv']).doneCount).toBe(0);
    const later = checkLesson(lesson, snap, ['lspv'], first.kept);
    expect(later.objectives.every((o) => o.done)).toBe(true);
    expect(later.complete).toBe(true);
    expect(later.current).toBeNull();
    expect(later.kept).toEqual(['a']);
  });

  it('live objectives follow the state; a predicate that throws counts as not met', () => {
    const lesson = base([
      obj({ id: 'up', done: (s: SimSnapshot) => s.hosts[0].power === 'running' }),
      obj({
        id: 'boom',
        done: () => {
          throw new Error('no host');
        },
        whyNotYet: () => {
          throw new Error('no host');
        },
      }),
    ]);
    const c = checkLesson(lesson, snap, [], ['up', 'boom']);
    expect(c.objectives).toEqual([
      { id: 'up', done: true, why: null },
      { id: 'boom', done: false, why: 'Not yet: boom' },
    ]);
    expect(c.complete).toBe(false);
    expect(c.kept).toEqual([]);
    const down = { ...snap, hosts: snap.hosts.map((h) => ({ ...h, power: 'off' as const })) };
    expect(checkLesson(lesson, down, []).objectives[0].done).toBe(false);
  });

  it('passes what was seen to the objectives and reports the dead end while not complete', () => {
    const seenLines: Seen[] = [{ line: 'bootlist -m normal -o', output: 'hdisk1 blv=hd5 pathid=0\n', exitCode: 0 }];
    const lesson = base(
      [obj({ id: 'saw', done: (_s, _h, seen) => saw(seen, (c) => isCommand(c, 'bootlist'), (out) => firstListedDisk(out) === 'hdisk0') })],
      (_s, h) => (h.includes('oops') ? 'stuck' : null),
    );
    expect(checkLesson(lesson, snap, ['bootlist -m normal -o'], [], seenLines).objectives[0].done).toBe(false);
    expect(checkLesson(lesson, snap, ['oops'], [], seenLines).deadEnd).toBe('stuck');
    const ok: Seen[] = [{ line: 'bootlist -m normal -o', output: 'hdisk0 blv=hd5 pathid=0\n', exitCode: 0 }];
    const c = checkLesson(lesson, snap, ['oops'], [], ok);
    expect(c.complete).toBe(true);
    expect(c.deadEnd).toBeNull();
  });

  it('a lesson without objectives is never complete', () => {
    expect(checkLesson(base([]), snap, []).complete).toBe(false);
  });
});

describe('what was seen', () => {
  const seen: Seen[] = [
    { line: 'bootlist -m normal -o', output: 'hdisk0 blv=hd5 pathid=0\n', exitCode: 0 },
    { line: 'alt_disk_copy -d hdisk1', output: 'Bootlist is set to the boot disk: hdisk1 blv=hd5\n', exitCode: 0 },
    { line: 'lspv; bootlist -m normal -o', output: 'hdisk0 00f6 rootvg active\nhdisk1 blv=hd5 pathid=0\n', exitCode: 0 },
  ];
  const show = (c: string) => isCommand(c, 'bootlist') && hasFlag(c, 'o');
  const clone = (c: string) => isCommand(c, 'alt_disk_copy');

  it('finds the last line that ran a command, also inside a list', () => {
    expect(lastSeen(seen, show)).toBe(seen[2]);
    expect(lastSeenIndex(seen, clone)).toBe(1);
    expect(lastSeen(seen, /^oslevel/)).toBeNull();
    expect(lineRuns('FORCE=yes /usr/sbin/alt_rootvg_op -W', /^alt_rootvg_op -W$/)).toBe(true);
  });

  it('saw and sawAfter judge the output', () => {
    expect(saw(seen, show, (o) => o.startsWith('hdisk0'))).toBe(true);
    expect(sawAfter(seen, clone, show, (o) => firstListedDisk(o) === 'hdisk0')).toBe(false);
    expect(sawAfter(seen, clone, show, (o) => firstListedDisk(o) === 'hdisk1')).toBe(true);
    expect(sawAfter(seen, clone, show, (o) => o.includes('hdisk1 blv'))).toBe(true);
    expect(sawAfter(seen, /^oslevel/, show, () => true)).toBe(false);
  });

  it('reads the first disk of a bootlist', () => {
    expect(firstListedDisk('hdisk1 blv=hd5 pathid=0\nhdisk0 blv=hd5 pathid=0\n')).toBe('hdisk1');
    expect(firstListedDisk('')).toBeNull();
  });
});

describe('words for the learner', () => {
  it('says what a disk holds and when the host is in trouble', () => {
    const s = lab('alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1').snapshot();
    expect(diskPhrase(s, 'hdisk1')).toBe('hdisk1 holds altinst_rootvg, awake');
    expect(diskPhrase(s, 'hdisk3')).toBe('hdisk3 is free (no volume group)');
    expect(hostTrouble(s)).toBeNull();
    expect(hangDeadEnd(s)).toBeNull();
    const hung = lab('alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr').snapshot();
    expect(hostTrouble(hung)).toMatch(/hung at LED 0?552/);
    expect(hangDeadEnd(hung)).toMatch(/restart this lesson/);
  });
});
