// Lesson: look before you clone. Everything here is reading, so the objectives are about what the
// learner looked at (history) and what it printed (seen); the lab is left exactly as it was.
import { hangDeadEnd, hasFlag, isCommand, ran, saw } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const isBootDiskQuery = (c: string) => /^bootinfo -b\b/.test(c) || /^getconf BOOT_DEVICE\b/.test(c);
const isLevelQuery = (c: string) => isCommand(c, 'oslevel') && hasFlag(c, 's');
const isRootvgQuery = (c: string) => /^lsvg rootvg\b/.test(c);
const isSizeQuery = (c: string) => /^getconf DISK_SIZE \/dev\/hdisk\d+/.test(c) || /^bootinfo -s hdisk\d+/.test(c);
/** oslevel -s prints TL and SP: 7200-05-03-2148. */
const FULL_LEVEL = /\b\d{4}-\d{2}-\d{2}-\d{4}\b/;

export const preflight: Lesson = {
  id: 'preflight',
  title: 'Pre-flight: is this system ready for a clone?',
  summary: 'Find a spare disk, check the alt_disk filesets, the boot disk and the AIX level before touching anything.',
  track: 'basics',
  scenario: 'reference-lab',
  intro: `An alternate-disk clone copies the running rootvg onto a spare disk while the system keeps running. Before you start one, you want four answers: which disk is really free, whether the alternate-disk software is installed, which disk the system booted from, and which AIX level it runs.

This lab is aixlab01 with four disks. Nothing in this lesson changes the system: you only look. Write down what you find; the next lessons build on it.`,
  objectives: [
    said({
      id: 'free-disk',
      text: 'List the disks and spot the ones that belong to no volume group.',
      hint: 'Run `lspv`. A disk whose third column says None belongs to no volume group. hdisk1 is free and as large as hdisk0; hdisk3 is free too but has no PVID yet and is only 10 GB.',
      ladder: {
        nudge: 'Which command lists every physical volume with the volume group it belongs to?',
        concept: 'The LVM names disks physical volumes (PVs); `lspv` prints one line per disk: name, PVID, volume group (None when free), and "active" when varied on.',
        blanks: 'ls__',
      },
      spec: { ran: 'lspv' },
      whyNotYet: () => 'You have not listed the disks yet, so you do not know which one is free.',
      focus: (s) => (s.hosts.find((h) => h.name === s.console)?.disks ?? []).flatMap((d) => (d.name ? [`disk:${d.name}`] : [])),
      solutionLines: [0],
    }),
    said({
      id: 'filesets',
      text: 'Check that the alternate-disk filesets are installed.',
      hint: 'Run `lslpp -l | grep alt_disk` and look for bos.alt_disk_install.rte and bos.alt_disk_install.boot_images. Without the rte fileset, alt_disk_copy does not exist.',
      ladder: {
        nudge: 'alt_disk_copy comes in a fileset: how do you ask AIX which filesets are installed?',
        concept: '`lslpp -l` lists installed filesets with their levels; filter it for the ones whose names hold alt_disk.',
        blanks: 'lslpp -l | grep ________',
      },
      spec: { ran: { name: 'lslpp', has: ['alt_disk'] } },
      whyNotYet: (_s, h) =>
        ran(h, (c) => isCommand(c, 'lslpp'))
          ? 'You listed filesets, but not the alt_disk ones: bos.alt_disk_install.rte is the one that matters.'
          : 'You have not checked the installed filesets yet.',
      focus: (s) => [`host:${s.console}`],
      solutionLines: [1],
    }),
    {
      id: 'boot-disk',
      text: 'Find the disk the system booted from.',
      hint: 'Run `bootinfo -b` (or `getconf BOOT_DEVICE`): it names the disk of the last boot. `bootlist -m normal -o` shows where the next boot will go.',
      ladder: {
        nudge: 'Where the next boot will go and where the last one came from are two different questions. Which one is asked here?',
        concept: '`bootinfo -b` (or `getconf BOOT_DEVICE`) names the disk of the last boot; the bootlist only says where the next boot will try.',
        blanks: 'bootinfo -__',
      },
      keep: true,
      done: (_s, h, seen) => ran(h, isBootDiskQuery) && saw(seen, isBootDiskQuery, (out) => /hdisk\d+/.test(out)),
      whyNotYet: (_s, h) =>
        ran(h, (c) => isCommand(c, 'bootlist'))
          ? 'The bootlist says where the NEXT boot goes; you still have not asked which disk the system booted from.'
          : 'You have not asked which disk the system booted from.',
      focus: () => ['disk:hdisk0', 'bootlist'],
      solutionLines: [2],
    },
    {
      id: 'level',
      text: 'Record the AIX level, down to the service pack.',
      hint: 'Run `oslevel -s`: 7200-05-03-2148 means AIX 7.2, technology level 5, service pack 3. Plain `oslevel` is too coarse to compare later.',
      ladder: {
        nudge: 'A level you can compare after an update needs the technology level and the service pack. Which command prints both?',
        concept: '`oslevel` alone prints 7.2.0.0; its -s flag prints release, TL, SP and build date: 7200-05-03-2148.',
        blanks: 'oslevel -__',
      },
      keep: true,
      done: (_s, _h, seen) => saw(seen, isLevelQuery, (out) => FULL_LEVEL.test(out)),
      whyNotYet: (_s, h) =>
        ran(h, (c) => isCommand(c, 'oslevel'))
          ? 'You saw a level, but not down to the service pack (7200-TL-SP-build).'
          : 'You have not looked at the AIX level yet.',
      focus: (s) => [`host:${s.console}`],
      solutionLines: [3],
    },
    said({
      id: 'size',
      text: 'Make sure the spare disk is big enough for what rootvg uses.',
      hint: 'Run `lsvg rootvg` and read USED PPs (in megabytes), then `getconf DISK_SIZE /dev/hdisk1` (or `bootinfo -s hdisk1`) for the size of the spare disk in megabytes.',
      ladder: {
        nudge: 'Two numbers to compare: what rootvg uses, and how big the spare disk is. Where does each come from?',
        concept: '`lsvg rootvg` prints USED PPs with their size in megabytes; `getconf DISK_SIZE /dev/hdiskN` or `bootinfo -s hdiskN` prints a disk size in megabytes.',
        blanks: 'lsvg ______ ; getconf DISK_SIZE /dev/______',
      },
      spec: { all: [{ ran: 'lsvg rootvg' }, { any: [{ ran: { name: 'getconf', has: ['DISK_SIZE /dev/hdisk'] } }, { ran: { name: 'bootinfo', flags: 's', has: [' hdisk'] } }] }] },
      whyNotYet: (_s, h) => {
        const used = ran(h, isRootvgQuery);
        const size = ran(h, isSizeQuery);
        if (used) return 'You know what rootvg uses; now read the size of the spare disk.';
        if (size) return 'You know the size of the spare disk; now read how much of rootvg is used.';
        return 'You have neither the space rootvg uses nor the size of the spare disk yet.';
      },
      focus: () => ['vg:rootvg', 'disk:hdisk1'],
      solutionLines: [4, 5],
    }),
  ],
  solution: ['lspv', 'lslpp -l | grep alt_disk', 'bootinfo -b', 'oslevel -s', 'lsvg rootvg', 'getconf DISK_SIZE /dev/hdisk1'],
  deadEnd: (s) => hangDeadEnd(s),
  negatives: [
    { objective: 'free-disk', lines: ['lsvg'], why: 'lsvg lists volume groups, not the disks that belong to none' },
    { objective: 'filesets', lines: ['lslpp -l bos.rte'], why: 'the base fileset says nothing about the alt_disk filesets' },
    { objective: 'boot-disk', lines: ['bootlist -m normal -o'], why: 'the bootlist is where the next boot goes, not where the last came from' },
    { objective: 'level', lines: ['oslevel'], why: 'plain oslevel prints 7.2.0.0: no TL, no SP' },
    { objective: 'size', lines: ['lsvg rootvg'], why: 'the size of the spare disk is still unknown' },
  ],
};
