// Lesson: look before you clone. Everything here is reading, so the objectives are about what the
// learner looked at (history); the lab is left exactly as it was.
import { hasFlag, isCommand, ran } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';

export const preflight: Lesson = {
  id: 'preflight',
  title: 'Pre-flight: is this system ready for a clone?',
  summary: 'Find a spare disk, check the alt_disk filesets, the boot disk and the AIX level before touching anything.',
  scenario: 'reference-lab',
  intro: `An alternate-disk clone copies the running rootvg onto a spare disk while the system keeps running. Before you start one, you want four answers: which disk is really free, whether the alternate-disk software is installed, which disk the system booted from, and which AIX level it runs.

This lab is aixlab01 with four disks. Nothing in this lesson changes the system: you only look. Write down what you find; the next lessons build on it.`,
  objectives: [
    {
      id: 'free-disk',
      text: 'List the disks and spot the ones that belong to no volume group.',
      hint: 'Run `lspv`. A disk whose third column says None belongs to no volume group. hdisk1 is free and as large as hdisk0; hdisk3 is free too but has no PVID yet and is only 10 GB.',
      done: (_s, h) => ran(h, (c) => isCommand(c, 'lspv')),
    },
    {
      id: 'filesets',
      text: 'Check that the alternate-disk filesets are installed.',
      hint: 'Run `lslpp -l | grep alt_disk` and look for bos.alt_disk_install.rte and bos.alt_disk_install.boot_images. Without the rte fileset, alt_disk_copy does not exist.',
      done: (_s, h) => ran(h, (c) => isCommand(c, 'lslpp') && /alt_disk/.test(c)),
    },
    {
      id: 'boot-disk',
      text: 'Find the disk the system booted from.',
      hint: 'Run `bootinfo -b` (or `getconf BOOT_DEVICE`): it names the disk of the last boot. `bootlist -m normal -o` shows where the next boot will go.',
      done: (_s, h) => ran(h, (c) => /^bootinfo -b\b/.test(c) || /^getconf BOOT_DEVICE\b/.test(c)),
    },
    {
      id: 'level',
      text: 'Record the AIX level, down to the service pack.',
      hint: 'Run `oslevel -s`: 7200-05-03-2148 means AIX 7.2, technology level 5, service pack 3. Plain `oslevel` is too coarse to compare later.',
      done: (_s, h) => ran(h, (c) => isCommand(c, 'oslevel') && hasFlag(c, 's')),
    },
    {
      id: 'size',
      text: 'Make sure the spare disk is big enough for what rootvg uses.',
      hint: 'Run `lsvg rootvg` and read USED PPs (in megabytes), then `getconf DISK_SIZE /dev/hdisk1` (or `bootinfo -s hdisk1`) for the size of the spare disk in megabytes.',
      done: (_s, h) =>
        ran(h, (c) => /^lsvg rootvg\b/.test(c)) && ran(h, (c) => /^getconf DISK_SIZE \/dev\/hdisk\d+/.test(c) || /^bootinfo -s hdisk\d+/.test(c)),
    },
  ],
  solution: ['lspv', 'lslpp -l | grep alt_disk', 'bootinfo -b', 'oslevel -s', 'lsvg rootvg', 'getconf DISK_SIZE /dev/hdisk1'],
};

