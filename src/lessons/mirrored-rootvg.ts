// Lesson: a mirrored rootvg cloned onto one disk, through an image.data with one copy per volume.
import { diskByName, diskPhrase, hangDeadEnd, hasFlag, isCommand, lifecycleIs, ran, ranAfter, vgByName } from '../core/lessons/checker.ts';

const isWake = (c: string) => isCommand(c, 'alt_rootvg_op') && hasFlag(c, 'W');
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

export const mirroredRootvg: Lesson = {
  id: 'mirrored-rootvg',
  title: 'Clone a mirrored rootvg onto a single disk',
  summary: 'rootvg is mirrored on hdisk0 and hdisk1: clone it to hdisk2 alone with a custom image.data (-i).',
  track: 'advanced',
  scenario: 'mirrored-lab',
  intro: `Here rootvg is mirrored: every logical volume has two copies, one on hdisk0 and one on hdisk1. By default alt_disk_copy rebuilds the volume group as it is, two copies and all, so it needs two target disks. There is only one free disk, hdisk2: given that alone, the copy starts, then mklv cannot place the second copy of alt_hd5 (0516-404 allocp) and alt_disk_copy removes the partial altinst_rootvg again.

The layout of the copy comes from an image.data file. Someone has prepared /home/image.data with COPIES= 1 for every logical volume; giving it to alt_disk_copy with -i builds an unmirrored clone that fits on one disk. The running rootvg stays mirrored.`,
  objectives: [
    {
      id: 'spot-mirror',
      text: 'Show that rootvg is mirrored.',
      hint: 'Run `lsvg -l rootvg`: PPs is twice LPs and PVs is 2 for each volume. `lslv -l hd4` lists the two disks of one volume.',
      ladder: {
        nudge: 'How would you see that every logical volume of rootvg has two copies?',
        concept: '`lsvg -l rootvg` prints LPs and PPs per volume: PPs twice LPs means two copies; `lslv -l` names the disks of one volume.',
        blanks: 'lsvg -l ______',
      },
      whyNotYet: () => 'You have not looked at the logical volumes of rootvg yet.',
      focus: () => ['vg:rootvg', 'disk:hdisk0', 'disk:hdisk1'],
      solutionLines: [0],
      done: (_s, h) => ran(h, (c) => /^lsvg -l rootvg\b/.test(c) || /^lslv -l \w+/.test(c)),
    },
    {
      id: 'image-data',
      text: 'Read the prepared image.data.',
      hint: 'Run `cat /home/image.data` (or `grep COPIES /home/image.data`): every lv_data stanza says COPIES= 1.',
      ladder: {
        nudge: 'Someone left a file that describes the layout of the copy. Have you read it?',
        concept: 'An image.data file has one lv_data stanza per volume; COPIES= says how many copies the clone gets. Read it with `cat`.',
        blanks: 'cat /home/__________',
      },
      whyNotYet: () => 'You have not read /home/image.data yet.',
      focus: () => ['vg:rootvg'],
      solutionLines: [1],
      done: (_s, h) => ran(h, (c) => /^(cat|more|pg|grep|head|tail)\b.*\/home\/image\.data/.test(c)),
    },
    said({
      id: 'clone',
      text: 'Clone rootvg onto hdisk2 alone.',
      hint: 'Run `alt_disk_copy -i /home/image.data -d hdisk2`. Without -i it fails at alt_hd5 with 0516-404 allocp and cleans up: two copies need two target disks.',
      ladder: {
        nudge: 'One target disk, two copies per volume: what tells alt_disk_copy to build only one?',
        concept: '`alt_disk_copy` -i takes an image.data file for the layout of the copy; -d the target disk.',
        blanks: 'alt_disk_copy -i ________________ -d hdisk2',
      },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk2')}: no single-disk clone on it yet.`,
      focus: () => ['disk:hdisk2', 'vg:rootvg'],
      solutionLines: [2],
      spec: { all: [{ disk: 'hdisk2', role: 'altinst_rootvg' }, { vg: 'altinst_rootvg', pvs: ['hdisk2'] }] },
    }),
    said({
      id: 'single-copies',
      text: 'Wake the clone and check it has one copy of each volume.',
      hint: 'Run `alt_rootvg_op -W -d hdisk2`, then `lsvg -l altinst_rootvg`: now PPs equals LPs on every line.',
      ladder: {
        nudge: 'A sleeping clone shows no volumes. How do you look inside it?',
        concept: 'Wake it with `alt_rootvg_op -W -d hdisk2`, then `lsvg -l altinst_rootvg`: PPs equal to LPs means one copy.',
        blanks: 'alt_rootvg_op -W -d ______ ; lsvg -l ______________',
      },
      whyNotYet: (s, h) => {
        const alt = vgByName(s, 'altinst_rootvg');
        if (!alt) return 'There is no altinst_rootvg to look at.';
        if (!alt.active) return 'altinst_rootvg sleeps: wake it to see its volumes.';
        if (!ranAfter(h, isWake, (c) => /^lsvg -l altinst_rootvg\b/.test(c))) return 'The clone is awake, but you have not listed its volumes yet.';
        return 'Some volume of the clone still has more than one copy.';
      },
      focus: () => ['vg:altinst_rootvg', 'disk:hdisk2'],
      solutionLines: [3, 4],
      after: 'clone',
      keep: true,
      spec: { all: [{ vg: 'altinst_rootvg', variedOn: true, copies: 1 }, { ran: 'lsvg -l altinst_rootvg', after: { name: 'alt_rootvg_op', flags: 'W' } }] },
    }),
    said({
      id: 'sleep',
      text: 'Put the clone back to sleep.',
      hint: 'Run `alt_rootvg_op -S` before anything else, and certainly before a reboot.',
      ladder: {
        nudge: 'You are done looking. Can you leave the clone like this?',
        concept: 'An awake clone must go back to sleep with `alt_rootvg_op -S` before anything else.',
        blanks: 'alt_rootvg_op -__',
      },
      whyNotYet: (s) => (diskByName(s, 'hdisk2')?.awake ? 'hdisk2 holds altinst_rootvg but is still awake: put it to sleep.' : `${diskPhrase(s, 'hdisk2')}.`),
      focus: () => ['disk:hdisk2', 'vg:altinst_rootvg'],
      solutionLines: [5],
      after: 'single-copies',
      spec: { all: [{ disk: 'hdisk2', role: 'altinst_rootvg', awake: false }, { lifecycle: 'altinstAsleep' }] },
    }),
  ],
  solution: ['lsvg -l rootvg', 'cat /home/image.data', 'alt_disk_copy -i /home/image.data -d hdisk2', 'alt_rootvg_op -W -d hdisk2', 'lsvg -l altinst_rootvg', 'alt_rootvg_op -S'],
  deadEnd: (s) => {
    const hang = hangDeadEnd(s);
    if (hang) return hang;
    if (lifecycleIs(s, 'odmDamaged')) return 'The clone was awake at a reboot and the ODM is damaged: restart this lesson or go back a step.';
    return null;
  },
  negatives: [
    { objective: 'spot-mirror', lines: ['lsvg rootvg'], why: 'the summary of rootvg does not show the copies per volume' },
    { objective: 'image-data', lines: ['ls -l /home'], why: 'listing the directory does not read the file' },
    { objective: 'clone', lines: ['alt_disk_copy -d hdisk2'], why: 'without -i the mirrored layout does not fit on one disk and the clone is removed again' },
    {
      objective: 'single-copies',
      lines: ['alt_disk_copy -i /home/image.data -d hdisk2', 'lsvg -l altinst_rootvg'],
      why: 'a sleeping clone cannot be looked into',
    },
    {
      objective: 'sleep',
      lines: ['alt_disk_copy -i /home/image.data -d hdisk2', 'alt_rootvg_op -W -d hdisk2', 'lsvg -l altinst_rootvg'],
      why: 'the clone is still awake',
    },
  ],
};
