// Lesson: after a successful change, give the old rootvg disk a new job: remove old_rootvg's definition,
// clear the disk's old ownership, mirror rootvg onto it, make it bootable, and list both disks in the
// bootlist (REFERENCE §8 S6).
import { bootedFrom, bootlistNames, diskByName, diskPhrase, hangDeadEnd, hasFlag, isCommand, ran, sawAfter, vgByName } from '../core/lessons/checker.ts';
import type { Lesson, Seen } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const mirrored = (s: SimSnapshot) => {
  const root = vgByName(s, 'rootvg');
  const hd4 = root?.lvs.find((lv) => lv.name === 'hd4');
  return bootedFrom(s, 'hdisk1') && diskByName(s, 'hdisk0')?.vg === 'rootvg' && !!hd4 && hd4.pps === 2 * hd4.lps;
};
const mirrorvg = (c: string) => isCommand(c, 'mirrorvg');
const bosbootOf = (disk: string) => (c: string) => isCommand(c, 'bosboot') && new RegExp(`/dev/${disk}\\b`).test(c);
const bootable = (seen: readonly Seen[]) =>
  sawAfter(seen, mirrorvg, bosbootOf('hdisk0'), (out) => out.includes('Boot image is')) && sawAfter(seen, mirrorvg, bosbootOf('hdisk1'), (out) => out.includes('Boot image is'));

export const reuseOldDisk: Lesson = {
  id: 'reuse-old-disk',
  title: 'After the change: reuse the old disk as a mirror',
  summary: 'Boot the clone, drop old_rootvg, clear the old disk, mirror rootvg onto it, rebuild both boot images and list both disks to boot from.',
  track: 'advanced',
  scenario: 'reference-lab',
  intro: `When the system has run well on the clone for long enough, the old rootvg disk is no longer the way back. A common next job for it is to become the second half of a mirrored rootvg.

The old disk is still old_rootvg to the running system. alt_rootvg_op -X old_rootvg removes that definition, but the disk itself still carries the old volume group's descriptor area, and extendvg refuses a disk that "appears to belong to another volume group" (0516-1398). chpv -C clears that ownership. Then extendvg adds the disk to rootvg and mirrorvg copies every logical volume onto it; mirrorvg reminds you to run bosboot and to change the bootlist. A boot image on each disk, and both disks in the bootlist, let the system start from either.`,
  objectives: [
    said({
      id: 'on-clone',
      text: 'Clone rootvg onto hdisk1 and boot it.',
      hint: 'Run `alt_disk_copy -d hdisk1` (it sets the bootlist) and `shutdown -Fr`. `lspv` then shows hdisk0 as old_rootvg.',
      ladder: {
        nudge: 'Start where a successful change ends: running from the clone.',
        concept: '`alt_disk_copy` -d makes the clone and points the bootlist at it; `shutdown -Fr` boots it.',
        blanks: 'alt_disk_copy -d ____',
      },
      keep: true,
      spec: { all: [{ bootedFrom: 'hdisk1' }, { lifecycle: 'onClone' }] },
      whyNotYet: (s) => (bootedFrom(s, 'hdisk0') ? 'The system still runs from hdisk0.' : `${diskPhrase(s, 'hdisk1')}: not running from the clone.`),
      focus: () => ['disk:hdisk1', 'bootlist'],
      solutionLines: [0, 1],
    }),
    {
      id: 'free-old',
      text: 'Remove old_rootvg\'s definition and clear the old disk\'s ownership.',
      hint: 'Run `alt_rootvg_op -X old_rootvg`, then `chpv -C hdisk0`. `lspv` shows hdisk0 as None, its PVID kept.',
      ladder: {
        nudge: 'Two things point at the old volume group: the running ODM, and the disk itself.',
        concept: '`alt_rootvg_op` -X old_rootvg removes the definition; `chpv` -C clears the owning volume manager on the disk.',
        blanks: 'chpv -C ____',
      },
      after: 'on-clone',
      keep: true,
      // extendvg -f would also take the disk over: then it is in rootvg already.
      done: (s, h) =>
        bootedFrom(s, 'hdisk1') &&
        ((diskByName(s, 'hdisk0')?.role === 'free' && ran(h, (c) => isCommand(c, 'chpv') && hasFlag(c, 'C') && /\bhdisk0\b/.test(c))) || diskByName(s, 'hdisk0')?.vg === 'rootvg'),
      whyNotYet: (s) =>
        diskByName(s, 'hdisk0')?.role === 'old_rootvg' ? 'hdisk0 is still defined as old_rootvg.' : 'hdisk0 still carries the old volume group\'s ownership: extendvg would refuse it.',
      focus: () => ['disk:hdisk0'],
      solutionLines: [2, 3],
    },
    said({
      id: 'mirror',
      text: 'Mirror rootvg onto hdisk0.',
      hint: 'Run `extendvg rootvg hdisk0`, then `mirrorvg rootvg hdisk0`. `lsvg -l rootvg` shows twice as many PPs as LPs.',
      ladder: {
        nudge: 'First make the disk part of rootvg, then copy every logical volume onto it.',
        concept: '`extendvg` adds a disk to a volume group; `mirrorvg` adds a copy of each logical volume on it.',
        blanks: 'mirrorvg rootvg ____',
      },
      after: 'free-old',
      spec: { all: [{ bootedFrom: 'hdisk1' }, { disk: 'hdisk0', vg: 'rootvg' }, { vg: 'rootvg', lv: 'hd4', copies: 2 }] },
      whyNotYet: (s) => (diskByName(s, 'hdisk0')?.vg === 'rootvg' ? 'hdisk0 is in rootvg, but the logical volumes have one copy.' : `${diskPhrase(s, 'hdisk0')}: not part of rootvg yet.`),
      focus: () => ['vg:rootvg', 'disk:hdisk0'],
      solutionLines: [4, 5],
    }),
    {
      id: 'bosboot',
      text: 'Build a boot image on both disks.',
      hint: 'Run `bosboot -ad /dev/hdisk0` and `bosboot -ad /dev/hdisk1`: "bosboot: Boot image is 53276 512 byte blocks." each time.',
      ladder: {
        nudge: 'mirrorvg told you what to do next: each disk needs a boot image.',
        concept: '`bosboot` -ad /dev/disk writes the boot image of the running rootvg to that disk\'s hd5.',
        blanks: 'bosboot -ad /dev/____',
      },
      after: 'mirror',
      done: (s, _h, seen) => mirrored(s) && bootable(seen),
      whyNotYet: () => 'Since the mirror, a boot image has not been built on both hdisk0 and hdisk1.',
      focus: () => ['disk:hdisk0', 'disk:hdisk1'],
      solutionLines: [6, 7],
    },
    said({
      id: 'bootlist',
      text: 'List both disks in the normal bootlist, the running one first.',
      hint: 'Run `bootlist -m normal hdisk1 hdisk0`, and check it with `bootlist -m normal -o`.',
      ladder: {
        nudge: 'Either disk can now start the system. Tell the firmware about both.',
        concept: '`bootlist` -m normal takes the disks in the order the firmware should try them.',
        blanks: 'bootlist -m normal hdisk1 ____',
      },
      after: 'bosboot',
      spec: { all: [{ bootlist: ['hdisk1', 'hdisk0'] }, { bootedFrom: 'hdisk1' }, { disk: 'hdisk0', vg: 'rootvg' }, { vg: 'rootvg', lv: 'hd4', copies: 2 }] },
      whyNotYet: (s) => `The bootlist is ${bootlistNames(s).join(' ') || 'empty'}: both mirrored disks belong in it.`,
      focus: () => ['bootlist'],
      solutionLines: [8],
    }),
  ],
  solution: [
    'alt_disk_copy -d hdisk1',
    'shutdown -Fr',
    'alt_rootvg_op -X old_rootvg',
    'chpv -C hdisk0',
    'extendvg rootvg hdisk0',
    'mirrorvg rootvg hdisk0',
    'bosboot -ad /dev/hdisk0',
    'bosboot -ad /dev/hdisk1',
    'bootlist -m normal hdisk1 hdisk0',
  ],
  deadEnd: hangDeadEnd,
  negatives: [
    { objective: 'on-clone', lines: ['alt_disk_copy -B -d hdisk1', 'shutdown -Fr'], why: 'with -B the bootlist stayed on hdisk0: the reboot came back on the old disk' },
    { objective: 'free-old', lines: ['alt_disk_copy -d hdisk1', 'shutdown -Fr', 'alt_rootvg_op -X old_rootvg', 'extendvg rootvg hdisk0'], why: 'the disk still belongs to the old VG: extendvg refuses it (0516-1398)' },
    { objective: 'mirror', lines: ['alt_disk_copy -d hdisk1', 'shutdown -Fr', 'alt_rootvg_op -X old_rootvg', 'chpv -C hdisk0', 'extendvg rootvg hdisk0'], why: 'in rootvg, but nothing is mirrored yet' },
    {
      objective: 'bosboot',
      lines: ['alt_disk_copy -d hdisk1', 'shutdown -Fr', 'alt_rootvg_op -X old_rootvg', 'chpv -C hdisk0', 'extendvg rootvg hdisk0', 'mirrorvg rootvg hdisk0', 'bosboot -ad /dev/hdisk1'],
      why: 'only the running disk got a boot image',
    },
    {
      objective: 'bootlist',
      lines: ['alt_disk_copy -d hdisk1', 'shutdown -Fr', 'alt_rootvg_op -X old_rootvg', 'chpv -C hdisk0', 'extendvg rootvg hdisk0', 'mirrorvg rootvg hdisk0', 'bosboot -ad /dev/hdisk0', 'bosboot -ad /dev/hdisk1', 'bootlist -m normal -o'],
      why: 'the bootlist still names hdisk1 only',
    },
  ],
};
