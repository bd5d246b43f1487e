// Lesson: a mirrored rootvg cloned onto one disk, through an image.data with one copy per volume.
import { diskByName, hasFlag, isCommand, lifecycleIs, ran, ranAfter, vgByName } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';

export const mirroredRootvg: Lesson = {
  id: 'mirrored-rootvg',
  title: 'Clone a mirrored rootvg onto a single disk',
  summary: 'rootvg is mirrored on hdisk0 and hdisk1: clone it to hdisk2 alone with a custom image.data (-i).',
  scenario: 'mirrored-lab',
  intro: `Here rootvg is mirrored: every logical volume has two copies, one on hdisk0 and one on hdisk1. By default alt_disk_copy rebuilds the volume group as it is, two copies and all, so it needs two target disks. There is only one free disk, hdisk2: given that alone, the copy starts, then mklv cannot place the second copy of alt_hd5 (0516-404 allocp) and alt_disk_copy removes the partial altinst_rootvg again.

The layout of the copy comes from an image.data file. Someone has prepared /home/image.data with COPIES= 1 for every logical volume; giving it to alt_disk_copy with -i builds an unmirrored clone that fits on one disk. The running rootvg stays mirrored.`,
  objectives: [
    {
      id: 'spot-mirror',
      text: 'Show that rootvg is mirrored.',
      hint: 'Run `lsvg -l rootvg`: PPs is twice LPs and PVs is 2 for each volume. `lslv -l hd4` lists the two disks of one volume.',
      done: (_s, h) => ran(h, (c) => /^lsvg -l rootvg\b/.test(c) || /^lslv -l \w+/.test(c)),
    },
    {
      id: 'image-data',
      text: 'Read the prepared image.data.',
      hint: 'Run `cat /home/image.data` (or `grep COPIES /home/image.data`): every lv_data stanza says COPIES= 1.',
      done: (_s, h) => ran(h, (c) => /^(cat|more|pg|grep|head|tail)\b.*\/home\/image\.data/.test(c)),
    },
    {
      id: 'clone',
      text: 'Clone rootvg onto hdisk2 alone.',
      hint: 'Run `alt_disk_copy -i /home/image.data -d hdisk2`. Without -i it fails at alt_hd5 with 0516-404 allocp and cleans up: two copies need two target disks.',
      done: (s) => {
        const alt = vgByName(s, 'altinst_rootvg');
        return diskByName(s, 'hdisk2')?.role === 'altinst_rootvg' && !!alt && alt.pvs.join(' ') === 'hdisk2';
      },
    },
    {
      id: 'single-copies',
      text: 'Wake the clone and check it has one copy of each volume.',
      hint: 'Run `alt_rootvg_op -W -d hdisk2`, then `lsvg -l altinst_rootvg`: now PPs equals LPs on every line.',
      after: 'clone',
      keep: true,
      done: (s, h) => {
        const alt = vgByName(s, 'altinst_rootvg');
        return !!alt?.active && alt.lvs.length > 0 && alt.lvs.every((lv) => lv.pps === lv.lps) && ranAfter(h, (c) => isCommand(c, 'alt_rootvg_op') && hasFlag(c, 'W'), (c) => /^lsvg -l altinst_rootvg\b/.test(c));
      },
    },
    {
      id: 'sleep',
      text: 'Put the clone back to sleep.',
      hint: 'Run `alt_rootvg_op -S` before anything else, and certainly before a reboot.',
      after: 'single-copies',
      done: (s) => diskByName(s, 'hdisk2')?.role === 'altinst_rootvg' && !diskByName(s, 'hdisk2')?.awake && lifecycleIs(s, 'altinstAsleep'),
    },
  ],
  solution: ['lsvg -l rootvg', 'cat /home/image.data', 'alt_disk_copy -i /home/image.data -d hdisk2', 'alt_rootvg_op -W -d hdisk2', 'lsvg -l altinst_rootvg', 'alt_rootvg_op -S'],
};
