// Lesson: clone with -B so the boot order stays put until the change window, then set it by hand.
import { bootlistFirst, bootlistNames, diskByName, hasFlag, isCommand, ranAfter, reachedBy } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';

const isBootlistShow = (c: string) => isCommand(c, 'bootlist') && hasFlag(c, 'o');
const isBootlistSet = (c: string) => isCommand(c, 'bootlist') && !hasFlag(c, 'o');

export const keepBootlist: Lesson = {
  id: 'keep-bootlist',
  title: 'Clone now, switch the boot disk later (-B)',
  summary: 'Clone with -B so the bootlist is left alone, then point it at the clone yourself when the time comes.',
  scenario: 'reference-lab',
  intro: `In many shops the clone is made days before the maintenance window. If the bootlist already points at the clone, any unplanned reboot in between (a panic, a colleague) starts the new disk early.

The -B flag tells alt_disk_copy to leave the bootlist as it is. Setting it becomes your job, with the bootlist command, when you are ready. Listing the old disk second keeps a way back if the firmware cannot start the first one.`,
  objectives: [
    {
      id: 'clone-b',
      text: 'Clone rootvg onto hdisk1 without changing the bootlist.',
      hint: 'Run `alt_disk_copy -B -d hdisk1`. Watch the last lines: there is no "Bootlist is set to the boot disk" message this time.',
      done: (s) => {
        const d = diskByName(s, 'hdisk1');
        return d?.role === 'altinst_rootvg' && !d.awake && reachedBy(s, 'altinstAsleep', (c) => isCommand(c, 'alt_disk_copy') && hasFlag(c, 'B'));
      },
    },
    {
      id: 'still-hdisk0',
      text: 'Check that the next boot would still use hdisk0.',
      hint: 'Run `bootlist -m normal -o` after the clone: only hdisk0 is listed.',
      after: 'clone-b',
      done: (_s, h) => ranAfter(h, (c) => isCommand(c, 'alt_disk_copy'), isBootlistShow),
    },
    {
      id: 'set',
      text: 'When the window opens, make hdisk1 the first boot disk and keep hdisk0 as the second.',
      hint: 'Run `bootlist -m normal hdisk1 hdisk0`. The order of the disks is the order the firmware tries them.',
      after: 'clone-b',
      done: (s) => bootlistNames(s).join(' ') === 'hdisk1 hdisk0',
    },
    {
      id: 'verify',
      text: 'Read the bootlist back to be sure it took.',
      hint: 'Run `bootlist -m normal -o` again: hdisk1 first, then hdisk0.',
      after: 'set',
      done: (s, h) => bootlistFirst(s) === 'hdisk1' && ranAfter(h, isBootlistSet, isBootlistShow),
    },
  ],
  solution: ['alt_disk_copy -B -d hdisk1', 'bootlist -m normal -o', 'bootlist -m normal hdisk1 hdisk0', 'bootlist -m normal -o'],
};
