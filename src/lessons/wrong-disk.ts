// Lesson: the clone refuses a disk that belongs to a volume group (0505-126). Read the refusal, find a
// free disk with lspv, clone onto it, and leave the data volume group alone.
import { diskByName, diskPhrase, hangDeadEnd, isCommand, saw, sawAfter, vgByName } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const clone = (c: string) => isCommand(c, 'alt_disk_copy');
const cloneOnto = (disk: string) => (c: string) => clone(c) && new RegExp(`-[A-Za-z]*d\\s+"?${disk}\\b`).test(c);
const lspv = (c: string) => c === 'lspv';
const datavgIntact = (s: SimSnapshot) => diskByName(s, 'hdisk2')?.vg === 'datavg' && vgByName(s, 'datavg') !== null;

export const wrongDisk: Lesson = {
  id: 'wrong-disk',
  title: 'The wrong target disk (0505-126)',
  summary: 'Point alt_disk_copy at the data disk, read why it refuses, find a really free disk and clone onto that one.',
  track: 'basics',
  scenario: 'reference-lab',
  intro: `A clone overwrites its target disk completely, so alt_disk_copy only accepts disks that the ODM shows without a volume group: lspv prints None in the third column for them. Anything else is refused before a single block is written, with message 0505-126.

In this lab hdisk2 carries datavg, the application data mounted on /data. Someone's runbook says "clone to hdisk2". Try it, read the refusal, then choose properly. The wrong way out is to make hdisk2 "free" by exporting datavg: the clone would then happily destroy the data.`,
  objectives: [
    {
      id: 'refused',
      text: 'Try to clone rootvg onto hdisk2 and read the message.',
      hint: 'Run `alt_disk_copy -d hdisk2`. The answer is 0505-126: the target disk has a volume group assigned to it.',
      ladder: {
        nudge: 'The runbook names hdisk2. What does alt_disk_copy say about it?',
        concept: '`alt_disk_copy` checks the ODM first: a target that belongs to a volume group is refused with 0505-126, and nothing is written.',
        blanks: 'alt_disk_copy -d ____',
      },
      keep: true,
      done: (_s, _h, seen) => saw(seen, cloneOnto('hdisk2'), (out) => out.includes('0505-126')),
      whyNotYet: () => 'No clone onto hdisk2 has been tried yet, so you have not seen how alt_disk_copy guards a disk that belongs to a volume group.',
      focus: () => ['disk:hdisk2', 'vg:datavg'],
      solutionLines: [0],
    },
    {
      id: 'find-free',
      text: 'List the disks and find the ones with no volume group.',
      hint: 'Run `lspv`: hdisk1 and hdisk3 show None. hdisk3 has no PVID yet (alt_disk_copy would give it one); both are large enough here.',
      ladder: {
        nudge: 'Which command shows, disk by disk, the volume group it belongs to?',
        concept: '`lspv` lists every physical volume with its PVID and volume group; None means free for a clone.',
        blanks: 'l___',
      },
      after: 'refused',
      keep: true,
      done: (_s, _h, seen) => sawAfter(seen, cloneOnto('hdisk2'), lspv, (out) => /^hdisk1\s+\S+\s+None/m.test(out)),
      whyNotYet: () => 'You have not listed the disks since the refusal: which of them shows None?',
      focus: () => ['disk:hdisk1', 'disk:hdisk3'],
      solutionLines: [1],
    },
    said({
      id: 'clone',
      text: 'Clone rootvg onto a free disk, with datavg still on hdisk2.',
      hint: 'Run `alt_disk_copy -d hdisk1` (hdisk3 would do too). Leave datavg alone: no `exportvg`, no `varyoffvg`.',
      ladder: {
        nudge: 'You found disks marked None. Give one of them to the same command.',
        concept: '`alt_disk_copy` takes any disk lspv shows as None; the data disk keeps its volume group and its mounts.',
        blanks: 'alt_disk_copy -d ____',
      },
      after: 'find-free',
      spec: { all: [{ any: [{ disk: 'hdisk1', role: 'altinst_rootvg', awake: false }, { disk: 'hdisk3', role: 'altinst_rootvg', awake: false }] }, { disk: 'hdisk2', vg: 'datavg' }, { vg: 'datavg' }] },
      whyNotYet: (s) =>
        diskByName(s, 'hdisk2')?.role === 'altinst_rootvg'
          ? 'rootvg was cloned over hdisk2: the data of datavg is gone.'
          : !datavgIntact(s)
          ? 'datavg is no longer defined on hdisk2: the data disk was touched (importvg -y datavg hdisk2 brings it back while nothing has overwritten it).'
          : `No sleeping clone on a free disk yet (${diskPhrase(s, 'hdisk1')}).`,
      focus: () => ['disk:hdisk1', 'vg:rootvg'],
      solutionLines: [2],
    }),
    said({
      id: 'data-intact',
      text: 'Show that datavg is still varied on.',
      hint: 'Run `lsvg -o`: the active volume groups are datavg and rootvg (the sleeping clone is not listed).',
      ladder: {
        nudge: 'Prove the data volume group survived: which volume groups are varied on now?',
        concept: '`lsvg` with -o lists only the varied-on volume groups.',
        blanks: 'lsvg -____',
      },
      after: 'clone',
      spec: { all: [{ disk: 'hdisk2', vg: 'datavg' }, { vg: 'datavg' }, { saw: { name: 'lsvg', flags: 'o' }, after: 'alt_disk_copy', output: { line: 'datavg' } }] },
      whyNotYet: (s) => (datavgIntact(s) ? 'You have not listed the active volume groups since the clone.' : 'datavg is no longer defined on hdisk2.'),
      focus: () => ['vg:datavg'],
      solutionLines: [3],
    }),
  ],
  solution: ['alt_disk_copy -d hdisk2', 'lspv', 'alt_disk_copy -d hdisk1', 'lsvg -o'],
  deadEnd: (s) => {
    const hang = hangDeadEnd(s);
    if (hang) return hang;
    // Exported only, datavg can be imported again; cloned over, the data is gone.
    if (diskByName(s, 'hdisk2')?.role === 'altinst_rootvg')
      return 'rootvg was cloned over hdisk2 after datavg was exported: the application data is gone. Restart this lesson.';
    return null;
  },
  negatives: [
    { objective: 'refused', lines: ['alt_disk_copy -d hdisk1'], why: 'the free disk is accepted: no refusal was read' },
    { objective: 'find-free', lines: ['alt_disk_copy -d hdisk2', 'lsvg'], why: 'lsvg names volume groups, not which disk is free' },
    {
      objective: 'clone',
      lines: ['alt_disk_copy -d hdisk2', 'lspv', 'umount /data', 'varyoffvg datavg', 'exportvg datavg', 'alt_disk_copy -d hdisk2'],
      why: 'exporting datavg to free hdisk2 is exactly what must not happen',
    },
    { objective: 'data-intact', lines: ['alt_disk_copy -d hdisk2', 'lspv', 'alt_disk_copy -d hdisk1', 'lspv'], why: 'lspv does not say which volume groups are varied on' },
  ],
};
