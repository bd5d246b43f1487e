// Lesson: wake the clone to reach its files, put it back to sleep, and only then reboot onto it.
import { bootedFrom, diskByName, diskPhrase, hangDeadEnd, hostTrouble, isCommand, lifecycleIs, ran } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';


export const wakeSleep: Lesson = {
  id: 'wake-sleep',
  title: 'Wake the clone, change a file, put it back to sleep',
  summary: 'Use alt_rootvg_op -W and -S to reach the files on a sleeping clone, and see why it must sleep before a reboot.',
  track: 'cloning',
  scenario: 'reference-lab',
  intro: `A sleeping altinst_rootvg is not varied on: you cannot see its files. alt_rootvg_op -W wakes it: its logical volumes get an alt_ prefix (so they do not clash with hd4, hd2 of the running rootvg), and its file systems are mounted under /alt_inst. There you can read or copy files, for example a configuration the copy should carry.

alt_rootvg_op -S reverses all of that. It is not optional: an awake clone has renamed volumes on disk and entries in the running ODM. Reboot in that state and the clone no longer matches its own boot image, and the running system's ODM keeps stale entries. Always sleep before you reboot. (The lesson "Reboot with the clone awake" shows what happens otherwise.)`,
  objectives: [
    said({
      id: 'wake',
      text: 'Make a clone on hdisk1 and wake it.',
      hint: 'Run `alt_disk_copy -d hdisk1`, then `alt_rootvg_op -W -d hdisk1`. `lspv` now shows altinst_rootvg active, and `df -g` lists the /alt_inst file systems.',
      ladder: {
        nudge: 'A sleeping clone keeps its files out of reach. Which command wakes an alternate rootvg, and on which disk?',
        concept: '`alt_rootvg_op -W` varies the clone on, renames its volumes alt_* and mounts them under /alt_inst; -d names its disk.',
        blanks: 'alt_rootvg_op -__ -d hdisk1',
      },
      keep: true,
      spec: { all: [{ disk: 'hdisk1', awake: true }, { lifecycle: 'altinstAwake' }] },
      whyNotYet: (s) => {
        const d = diskByName(s, 'hdisk1');
        if (d?.role === 'altinst_rootvg') return 'hdisk1 holds altinst_rootvg, but it is asleep: wake it.';
        return `${diskPhrase(s, 'hdisk1')}: there is no clone to wake yet.`;
      },
      focus: () => ['disk:hdisk1', 'vg:altinst_rootvg'],
      solutionLines: [0, 1],
    }),
    said({
      id: 'copy',
      text: 'Copy a file into or out of the awake clone.',
      hint: "The clone's / is /alt_inst. For example `cp /etc/hosts /alt_inst/etc/hosts.new`, or take a file from the clone with `cp /alt_inst/etc/motd /tmp/motd.clone`.",
      ladder: {
        nudge: 'Where does the awake clone keep its root file system?',
        concept: 'Under /alt_inst: `cp` a file from the running / to the same path below /alt_inst, or the other way.',
        blanks: 'cp /etc/hosts /________/etc/hosts.new',
      },
      after: 'wake',
      spec: { ran: { name: 'cp', has: ['/alt_inst'] }, after: { name: 'alt_rootvg_op', flags: 'W' } },
      whyNotYet: (s) => (diskByName(s, 'hdisk1')?.awake ? 'The clone is awake, but you have not copied a file to or from /alt_inst yet.' : 'The clone is not awake: its files are out of reach.'),
      focus: () => ['vg:altinst_rootvg'],
      solutionLines: [2],
    }),
    said({
      id: 'sleep',
      text: 'Put the clone back to sleep.',
      hint: 'Run `alt_rootvg_op -S` (no disk needed: only one alternate is awake). `lspv` shows altinst_rootvg without "active" again.',
      ladder: {
        nudge: 'Waking changed names on the disk and entries in the ODM. What undoes that?',
        concept: '`alt_rootvg_op -S` unmounts /alt_inst, renames the volumes back and varies the clone off.',
        blanks: 'alt_rootvg_op -__',
      },
      after: 'copy',
      keep: true,
      spec: { all: [{ disk: 'hdisk1', role: 'altinst_rootvg', awake: false }, { lifecycle: 'altinstAsleep' }] },
      whyNotYet: (s) => (diskByName(s, 'hdisk1')?.awake ? 'hdisk1 holds altinst_rootvg but is still awake: put it to sleep before you reboot.' : `${diskPhrase(s, 'hdisk1')}.`),
      focus: () => ['disk:hdisk1', 'vg:altinst_rootvg'],
      solutionLines: [3],
    }),
    said({
      id: 'boot',
      text: 'Now that it sleeps, boot the clone safely.',
      hint: 'The bootlist already points at hdisk1: run `shutdown -Fr`. The boot ends with "System initialization completed." and `bootinfo -b` says hdisk1.',
      ladder: {
        nudge: 'The clone sleeps and the bootlist points at it. What is left?',
        concept: 'A restart with `shutdown -Fr` follows the bootlist onto hdisk1.',
        blanks: 'shutdown -__',
      },
      after: 'sleep',
      spec: { all: [{ bootedFrom: 'hdisk1' }, { lifecycle: 'onClone' }] },
      whyNotYet: (s) => (hostTrouble(s) ? `${hostTrouble(s)}.` : 'The system still runs from hdisk0.'),
      focus: () => ['bootlist', 'disk:hdisk1'],
      solutionLines: [4],
    }),
  ],
  solution: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'cp /etc/hosts /alt_inst/etc/hosts.new', 'alt_rootvg_op -S', 'shutdown -Fr'],
  deadEnd: (s, h) => {
    const hang = hangDeadEnd(s);
    if (hang) return `${hang} (The clone was awake when the system rebooted.)`;
    if (lifecycleIs(s, 'odmDamaged')) return 'The clone was awake at a reboot and the ODM is damaged: no sleep can fix it now. Restart this lesson or go back a step.';
    if (bootedFrom(s, 'hdisk1') && !ran(h, (c) => isCommand(c, 'cp') && c.includes('/alt_inst')))
      return 'You booted the clone before copying a file into it: restart this lesson or go back a step.';
    return null;
  },
  negatives: [
    { objective: 'wake', lines: ['alt_disk_copy -d hdisk1', 'lspv'], why: 'the clone sleeps until alt_rootvg_op -W' },
    { objective: 'copy', lines: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'cp /etc/hosts /tmp/hosts.new'], why: '/tmp is on the running system, not in the clone' },
    { objective: 'sleep', lines: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'cp /etc/hosts /alt_inst/etc/hosts.new', 'lspv'], why: 'the clone is still awake' },
    {
      objective: 'boot',
      lines: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'cp /etc/hosts /alt_inst/etc/hosts.new', 'shutdown -Fr'],
      why: 'rebooting with the clone awake hangs at 0552',
    },
  ],
};
