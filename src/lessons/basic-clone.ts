// Lesson: the plain clone, and what it changes (a new altinst_rootvg, the bootlist) and what it does not
// (the running system).
import { bootedFrom, bootlistFirst, diskByName, diskPhrase, hangDeadEnd, isCommand, lifecycleIs, ran } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const clone = (c: string) => isCommand(c, 'alt_disk_copy');
const cloned = (s: SimSnapshot) => diskByName(s, 'hdisk1')?.role === 'altinst_rootvg' && !diskByName(s, 'hdisk1')?.awake && lifecycleIs(s, 'altinstAsleep');

export const basicClone: Lesson = {
  id: 'basic-clone',
  title: 'Your first clone, and what it changed',
  summary: 'Copy rootvg to hdisk1 with alt_disk_copy, then see what moved: lspv, the bootlist, the level.',
  track: 'cloning',
  scenario: 'reference-lab',
  intro: `alt_disk_copy builds a second, bootable copy of the running rootvg on a disk you name. While it works, the copy is mounted under /alt_inst; at the end it is unmounted and put to sleep as a volume group called altinst_rootvg.

One side effect surprises people: unless told otherwise, the command points the bootlist at the new disk, so the next reboot starts the clone. The running system itself is not touched.`,
  objectives: [
    said({
      id: 'clone',
      text: 'Clone rootvg onto hdisk1.',
      hint: 'Run `alt_disk_copy -d hdisk1`. The -d flag names the target disk and is the only one you need. (In SMIT: `smitty alt_clone`, target disk hdisk1.)',
      ladder: {
        nudge: 'Which command copies the running rootvg to another disk, and how do you tell it which disk?',
        concept: '`alt_disk_copy` clones rootvg; -d names the target disk, which must be free. The copy ends asleep as altinst_rootvg.',
        blanks: 'alt_disk_copy -d ______',
      },
      spec: { all: [{ disk: 'hdisk1', role: 'altinst_rootvg', awake: false }, { lifecycle: 'altinstAsleep' }] },
      whyNotYet: (s) => {
        const d = diskByName(s, 'hdisk1');
        if (d?.role === 'altinst_rootvg' && d.awake) return 'hdisk1 holds altinst_rootvg but it is awake: put it back to sleep.';
        return `${diskPhrase(s, 'hdisk1')}: rootvg has not been cloned onto it.`;
      },
      focus: () => ['vg:rootvg', 'disk:hdisk1'],
      solutionLines: [0],
    }),
    said({
      id: 'lspv',
      text: 'See the new volume group on hdisk1.',
      hint: 'Run `lspv` after the clone: hdisk1 now shows altinst_rootvg, without "active" because the copy sleeps.',
      ladder: {
        nudge: 'The clone made a new volume group. Where do you see which disk belongs to which group?',
        concept: '`lspv` shows the volume group of every disk; a sleeping clone appears without "active".',
        blanks: 'l___',
      },
      after: 'clone',
      spec: { ran: 'lspv', after: 'alt_disk_copy' },
      whyNotYet: (s, h) => (cloned(s) ? 'You have not listed the disks since the clone.' : ran(h, clone) ? 'The clone is not in place on hdisk1 yet.' : 'There is no clone to look at yet.'),
      focus: () => ['disk:hdisk1', 'vg:altinst_rootvg'],
      solutionLines: [1],
    }),
    said({
      id: 'bootlist',
      text: 'Check where the next boot will go.',
      hint: 'Run `bootlist -m normal -o`: the clone set it to hdisk1, so a reboot now would start the copy.',
      ladder: {
        nudge: 'Did the clone change anything outside hdisk1? Think about the next reboot.',
        concept: 'Without -B, `alt_disk_copy` points the normal bootlist at the new disk; `bootlist` with -o displays it.',
        blanks: 'bootlist -m ______ -o',
      },
      after: 'clone',
      keep: true,
      spec: { all: [{ bootlistFirst: 'hdisk1' }, { saw: { name: 'bootlist', flags: 'o' }, after: 'alt_disk_copy', output: { firstDisk: 'hdisk1' } }] },
      whyNotYet: (s) =>
        bootlistFirst(s) !== 'hdisk1'
          ? `The bootlist starts with ${bootlistFirst(s) ?? 'nothing'}, not with the clone on hdisk1.`
          : 'You have not displayed the bootlist since the clone.',
      focus: () => ['bootlist'],
      solutionLines: [2],
    }),
    said({
      id: 'level',
      text: 'Confirm the running system was not changed.',
      hint: 'Run `oslevel -s`: still 7200-05-03-2148, and `bootinfo -b` still says hdisk0. The clone only wrote to hdisk1.',
      ladder: {
        nudge: 'The clone wrote to hdisk1. How do you show that the running system is still what it was?',
        concept: '`oslevel -s` prints the level of the running system; `bootinfo -b` the disk it booted from. Both are unchanged by a clone.',
        blanks: 'oslevel -__',
      },
      after: 'clone',
      spec: { all: [{ bootedFrom: 'hdisk0' }, { any: [{ ran: 'oslevel -s', after: 'alt_disk_copy' }, { ran: 'bootinfo -b', after: 'alt_disk_copy' }] }] },
      whyNotYet: (s) => (bootedFrom(s, 'hdisk0') ? 'You have not checked the running level or boot disk since the clone.' : 'The system no longer runs from hdisk0.'),
      focus: (s) => [`host:${s.console}`, 'disk:hdisk0'],
      solutionLines: [3],
    }),
  ],
  solution: ['alt_disk_copy -d hdisk1', 'lspv', 'bootlist -m normal -o', 'oslevel -s'],
  deadEnd: (s, h) => {
    const hang = hangDeadEnd(s);
    if (hang) return hang;
    if (ran(h, clone) && bootedFrom(s, 'hdisk1'))
      return 'You booted the clone: this lesson looks at the system that is still running from hdisk0. Restart this lesson or go back a step.';
    return null;
  },
  negatives: [
    { objective: 'clone', lines: ['alt_disk_copy -d hdisk3'], why: 'hdisk3 is too small and not the disk asked for' },
    { objective: 'lspv', lines: ['lspv', 'alt_disk_copy -d hdisk1'], why: 'lspv before the clone shows nothing new' },
    { objective: 'bootlist', lines: ['alt_disk_copy -B -d hdisk1', 'bootlist -m normal -o'], why: 'with -B the bootlist still points at hdisk0' },
    { objective: 'level', lines: ['oslevel -s', 'alt_disk_copy -d hdisk1'], why: 'the level was read before the clone, not after' },
  ],
};
