// Lesson: clone with -B so the boot order stays put until the change window, then set it by hand.
// Objectives 2 and 4 judge what the bootlist PRINTED (seen), not only that it was displayed.
import { bootedFrom, bootlistFirst, bootlistNames, diskByName, diskPhrase, hangDeadEnd, hasFlag, isCommand, ran, sawAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const isClone = (c: string) => isCommand(c, 'alt_disk_copy');
const isBootlistShow = (c: string) => isCommand(c, 'bootlist') && hasFlag(c, 'o');

export const keepBootlist: Lesson = {
  id: 'keep-bootlist',
  title: 'Clone now, switch the boot disk later (-B)',
  summary: 'Clone with -B so the bootlist is left alone, then point it at the clone yourself when the time comes.',
  track: 'cloning',
  scenario: 'reference-lab',
  intro: `In many shops the clone is made days before the maintenance window. If the bootlist already points at the clone, any unplanned reboot in between (a panic, a colleague) starts the new disk early.

The -B flag tells alt_disk_copy to leave the bootlist as it is. Setting it becomes your job, with the bootlist command, when you are ready. Listing the old disk second keeps a way back if the firmware cannot start the first one.`,
  objectives: [
    said({
      id: 'clone-b',
      text: 'Clone rootvg onto hdisk1 without changing the bootlist.',
      hint: 'Run `alt_disk_copy -B -d hdisk1`. Watch the last lines: there is no "Bootlist is set to the boot disk" message this time.',
      ladder: {
        nudge: 'By default a clone changes the boot order. Is there a flag that tells it not to?',
        concept: '`alt_disk_copy` -B leaves the bootlist alone; -d still names the target disk.',
        blanks: 'alt_disk_copy -__ -d hdisk1',
      },
      spec: { all: [{ disk: 'hdisk1', role: 'altinst_rootvg', awake: false }, { reached: 'altinstAsleep', by: { name: 'alt_disk_copy', flags: 'B' } }] },
      whyNotYet: (s) => {
        const d = diskByName(s, 'hdisk1');
        if (d?.role === 'altinst_rootvg' && !d.awake)
          return 'hdisk1 holds a clone, but it was made without -B, so it changed the bootlist: remove it (`alt_rootvg_op -X altinst_rootvg`) and clone again with -B.';
        return `${diskPhrase(s, 'hdisk1')}: no clone made with -B yet.`;
      },
      focus: () => ['vg:rootvg', 'disk:hdisk1', 'bootlist'],
      solutionLines: [0],
    }),
    said({
      id: 'still-hdisk0',
      text: 'Check that the next boot would still use hdisk0.',
      hint: 'Run `bootlist -m normal -o` after the clone: only hdisk0 is listed.',
      ladder: {
        nudge: 'Did -B really leave the boot order alone? Look, do not assume.',
        concept: '`bootlist` -o displays the list; in normal mode the first disk listed is where the next boot goes.',
        blanks: 'bootlist -m normal -__',
      },
      after: 'clone-b',
      keep: true,
      spec: { saw: { name: 'bootlist', flags: 'o' }, after: 'alt_disk_copy', output: { firstDisk: 'hdisk0' } },
      whyNotYet: (s, _h, seen) =>
        sawAfter(seen, isClone, isBootlistShow, () => true)
          ? `The bootlist you displayed did not start with hdisk0 (it starts with ${bootlistFirst(s) ?? 'nothing'} now): the point is to see hdisk0 first before you change it.`
          : 'You have not displayed the bootlist since the clone.',
      focus: () => ['bootlist'],
      solutionLines: [1],
    }),
    said({
      id: 'set',
      text: 'When the window opens, make hdisk1 the first boot disk and keep hdisk0 as the second.',
      hint: 'Run `bootlist -m normal hdisk1 hdisk0`. The order of the disks is the order the firmware tries them.',
      ladder: {
        nudge: 'Two disks, in an order: the clone first, the way back second.',
        concept: '`bootlist -m normal` followed by disk names replaces the normal-mode list; the firmware tries them in that order.',
        blanks: 'bootlist -m normal ______ ______',
      },
      after: 'clone-b',
      spec: { bootlist: ['hdisk1', 'hdisk0'] },
      whyNotYet: (s) => {
        const names = bootlistNames(s);
        if (names[0] !== 'hdisk1') return `The bootlist starts with ${names[0] ?? 'nothing'}: hdisk1 must be first.`;
        return `The bootlist is "${names.join(' ')}": keep hdisk0 second, and nothing else, as the way back.`;
      },
      focus: () => ['bootlist', 'disk:hdisk1', 'disk:hdisk0'],
      solutionLines: [2],
    }),
    said({
      id: 'verify',
      text: 'Read the bootlist back to be sure it took.',
      hint: 'Run `bootlist -m normal -o` again: hdisk1 first, then hdisk0.',
      ladder: {
        nudge: 'A setting you have not read back is a setting you hope for.',
        concept: 'Display the list again with `bootlist` -o after setting it.',
        blanks: 'bootlist -m normal -__',
      },
      after: 'set',
      keep: true,
      spec: { all: [{ bootlistFirst: 'hdisk1' }, { saw: { name: 'bootlist', flags: 'o' }, after: { name: 'bootlist', notFlags: 'o' }, output: { firstDisk: 'hdisk1' } }] },
      whyNotYet: () => 'You have not displayed the bootlist since you set it.',
      focus: () => ['bootlist'],
      solutionLines: [3],
    }),
  ],
  solution: ['alt_disk_copy -B -d hdisk1', 'bootlist -m normal -o', 'bootlist -m normal hdisk1 hdisk0', 'bootlist -m normal -o'],
  deadEnd: (s, h) => {
    const hang = hangDeadEnd(s);
    if (hang) return hang;
    if (ran(h, isClone) && bootedFrom(s, 'hdisk1'))
      return 'The system rebooted onto the clone: this lesson is about the days before the window, on hdisk0. Restart this lesson or go back a step.';
    return null;
  },
  negatives: [
    { objective: 'clone-b', lines: ['alt_disk_copy -d hdisk1'], why: 'a clone without -B sets the bootlist to hdisk1' },
    {
      objective: 'still-hdisk0',
      lines: ['alt_disk_copy -B -d hdisk1', 'bootlist -m normal hdisk1', 'bootlist -m normal -o'],
      why: 'the bootlist displayed printed hdisk1 first: it did not show that the next boot would use hdisk0',
    },
    { objective: 'set', lines: ['alt_disk_copy -B -d hdisk1', 'bootlist -m normal -o', 'bootlist -m normal hdisk1'], why: 'without hdisk0 second there is no way back' },
    {
      objective: 'verify',
      lines: ['alt_disk_copy -B -d hdisk1', 'bootlist -m normal -o', 'bootlist -m normal hdisk1 hdisk0'],
      why: 'the list was set but never read back',
    },
  ],
};
