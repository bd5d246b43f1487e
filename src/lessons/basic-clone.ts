// Lesson: the plain clone, and what it changes (a new altinst_rootvg, the bootlist) and what it does not
// (the running system).
import { bootedFrom, bootlistFirst, diskByName, hasFlag, isCommand, lifecycleIs, ranAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';

const clone = (c: string) => isCommand(c, 'alt_disk_copy');

export const basicClone: Lesson = {
  id: 'basic-clone',
  title: 'Your first clone, and what it changed',
  summary: 'Copy rootvg to hdisk1 with alt_disk_copy, then see what moved: lspv, the bootlist, the level.',
  scenario: 'reference-lab',
  intro: `alt_disk_copy builds a second, bootable copy of the running rootvg on a disk you name. While it works, the copy is mounted under /alt_inst; at the end it is unmounted and put to sleep as a volume group called altinst_rootvg.

One side effect surprises people: unless told otherwise, the command points the bootlist at the new disk, so the next reboot starts the clone. The running system itself is not touched.`,
  objectives: [
    {
      id: 'clone',
      text: 'Clone rootvg onto hdisk1.',
      hint: 'Run `alt_disk_copy -d hdisk1`. The -d flag names the target disk and is the only one you need. (In SMIT: `smitty alt_clone`, target disk hdisk1.)',
      done: (s) => diskByName(s, 'hdisk1')?.role === 'altinst_rootvg' && !diskByName(s, 'hdisk1')?.awake && lifecycleIs(s, 'altinstAsleep'),
    },
    {
      id: 'lspv',
      text: 'See the new volume group on hdisk1.',
      hint: 'Run `lspv` after the clone: hdisk1 now shows altinst_rootvg, without "active" because the copy sleeps.',
      after: 'clone',
      done: (_s, h) => ranAfter(h, clone, (c) => isCommand(c, 'lspv')),
    },
    {
      id: 'bootlist',
      text: 'Check where the next boot will go.',
      hint: 'Run `bootlist -m normal -o`: the clone set it to hdisk1, so a reboot now would start the copy.',
      after: 'clone',
      done: (s, h) => bootlistFirst(s) === 'hdisk1' && ranAfter(h, clone, (c) => isCommand(c, 'bootlist') && hasFlag(c, 'o')),
    },
    {
      id: 'level',
      text: 'Confirm the running system was not changed.',
      hint: 'Run `oslevel -s`: still 7200-05-03-2148, and `bootinfo -b` still says hdisk0. The clone only wrote to hdisk1.',
      after: 'clone',
      done: (s, h) => bootedFrom(s, 'hdisk0') && ranAfter(h, clone, (c) => /^oslevel -s\b/.test(c) || /^bootinfo -b\b/.test(c)),
    },
  ],
  solution: ['alt_disk_copy -d hdisk1', 'lspv', 'bootlist -m normal -o', 'oslevel -s'],
};
