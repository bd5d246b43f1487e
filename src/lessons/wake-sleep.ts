// Lesson: wake the clone to reach its files, put it back to sleep, and only then reboot onto it.
import { bootedFrom, diskByName, hasFlag, isCommand, lifecycleIs, ranAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';

export const wakeSleep: Lesson = {
  id: 'wake-sleep',
  title: 'Wake the clone, change a file, put it back to sleep',
  summary: 'Use alt_rootvg_op -W and -S to reach the files on a sleeping clone, and see why it must sleep before a reboot.',
  scenario: 'reference-lab',
  intro: `A sleeping altinst_rootvg is not varied on: you cannot see its files. alt_rootvg_op -W wakes it: its logical volumes get an alt_ prefix (so they do not clash with hd4, hd2 of the running rootvg), and its file systems are mounted under /alt_inst. There you can read or copy files, for example a configuration the copy should carry.

alt_rootvg_op -S reverses all of that. It is not optional: an awake clone has renamed volumes on disk and entries in the running ODM. Reboot in that state and the clone no longer matches its own boot image, and the running system's ODM keeps stale entries. Always sleep before you reboot. (The lesson "Reboot with the clone awake" shows what happens otherwise.)`,
  objectives: [
    {
      id: 'wake',
      text: 'Make a clone on hdisk1 and wake it.',
      hint: 'Run `alt_disk_copy -d hdisk1`, then `alt_rootvg_op -W -d hdisk1`. `lspv` now shows altinst_rootvg active, and `df -g` lists the /alt_inst file systems.',
      keep: true,
      done: (s) => diskByName(s, 'hdisk1')?.awake === true && lifecycleIs(s, 'altinstAwake'),
    },
    {
      id: 'copy',
      text: 'Copy a file into or out of the awake clone.',
      hint: 'The clone\'s / is /alt_inst. For example `cp /etc/hosts /alt_inst/etc/hosts.new`, or take a file from the clone with `cp /alt_inst/etc/motd /tmp/motd.clone`.',
      after: 'wake',
      done: (_s, h) => ranAfter(h, (c) => isCommand(c, 'alt_rootvg_op') && hasFlag(c, 'W'), (c) => isCommand(c, 'cp') && c.includes('/alt_inst')),
    },
    {
      id: 'sleep',
      text: 'Put the clone back to sleep.',
      hint: 'Run `alt_rootvg_op -S` (no disk needed: only one alternate is awake). `lspv` shows altinst_rootvg without "active" again.',
      after: 'copy',
      keep: true,
      done: (s) => diskByName(s, 'hdisk1')?.role === 'altinst_rootvg' && !diskByName(s, 'hdisk1')?.awake && lifecycleIs(s, 'altinstAsleep'),
    },
    {
      id: 'boot',
      text: 'Now that it sleeps, boot the clone safely.',
      hint: 'The bootlist already points at hdisk1: run `shutdown -Fr`. The boot ends with "System initialization completed." and `bootinfo -b` says hdisk1.',
      after: 'sleep',
      done: (s) => bootedFrom(s, 'hdisk1') && lifecycleIs(s, 'onClone'),
    },
  ],
  solution: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'cp /etc/hosts /alt_inst/etc/hosts.new', 'alt_rootvg_op -S', 'shutdown -Fr'],
};
