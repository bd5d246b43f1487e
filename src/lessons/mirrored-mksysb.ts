// Lesson: a mksysb of a mirrored rootvg onto one spare disk (tutorial §7, alt_disk_mksysb -i): see the
// mirror in the backup, see the one-disk install fail, and install it with an image.data of one copy.
import { diskPhrase, hangDeadEnd, isCommand, saw } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const IMAGE = 'aixprod02_mirrored.sysb';
const ofImage = (c: string) => c.includes(IMAGE);
const readsImageData = (c: string) => (isCommand(c, 'cat') || isCommand(c, 'grep') || isCommand(c, 'more') || isCommand(c, 'pg') || isCommand(c, 'head')) && c.includes('/home/image.data');

export const mirroredMksysb: Lesson = {
  id: 'mirrored-mksysb',
  title: 'A mirrored mksysb onto one disk (-i image.data)',
  summary: "Install aixprod02's backup of a mirrored rootvg onto a single spare disk, with an image.data that asks for one copy.",
  track: 'advanced',
  scenario: 'mksysb-lab',
  intro: `A mksysb remembers how its rootvg was laid out, mirrors included: image.data inside the backup says COPIES=2 for each logical volume, and alt_disk_mksysb rebuilds exactly that. Given a single target disk, it cannot keep two copies on separate disks, and the logical volumes cannot be created.

The way round is the -i flag: an image.data of your own, used instead of the one in the backup. The common edit is COPIES=1 for every logical volume, which installs the mirrored system onto one disk (mirror it again later if you want). One is already prepared in /home/image.data.

The backup is /usr/sys/inst.images/aixprod02_mirrored.sysb; lsmksysb -lf lists what is inside a backup file without restoring it.`,
  objectives: [
    {
      id: 'spot',
      text: 'See that the backup holds a mirrored rootvg.',
      hint: 'Run `lsmksysb -lf /usr/sys/inst.images/aixprod02_mirrored.sysb`: PPs are twice the LPs, on 2 PVs.',
      ladder: {
        nudge: 'Look inside the backup file before you restore it.',
        concept: '`lsmksysb` -lf file lists the volume group of a mksysb file: LPs, PPs and PVs per logical volume.',
        blanks: 'lsmksysb -lf /usr/sys/inst.images/____',
      },
      keep: true,
      done: (_s, _h, seen) => saw(seen, (c) => isCommand(c, 'lsmksysb') && ofImage(c), (out) => /^hd4\s+jfs2\s+(\d+)\s+(\d+)\s+2\s/m.test(out)),
      whyNotYet: () => 'You have not listed the contents of the mirrored backup yet.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [0],
    },
    said({
      id: 'refused',
      text: 'Try to install it onto hdisk1 as it is, and read why it fails.',
      hint: 'Run `alt_disk_mksysb -m /usr/sys/inst.images/aixprod02_mirrored.sysb -d hdisk1`: 0516-404, not enough physical volumes to keep strictness.',
      ladder: {
        nudge: 'Two copies of each logical volume, one disk. Try it and read the message.',
        concept: '`alt_disk_mksysb` rebuilds the layout the backup remembers; two copies on separate disks need two disks.',
        blanks: 'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02_mirrored.sysb -d ____',
      },
      after: 'spot',
      keep: true,
      spec: { saw: { name: 'alt_disk_mksysb', notFlags: 'i', has: [IMAGE] }, output: { contains: '0516-404' } },
      whyNotYet: () => 'The mirrored backup has not been tried on a single disk yet.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [1],
    }),
    {
      id: 'image-data',
      text: 'Check the prepared image.data asks for one copy.',
      hint: 'Run `grep COPIES /home/image.data`: every line says COPIES= 1.',
      ladder: {
        nudge: 'Before you use a file to install a system, read what it asks for.',
        concept: '`grep` COPIES on image.data shows the number of copies each logical volume will get.',
        blanks: 'grep COPIES ____',
      },
      after: 'refused',
      keep: true,
      done: (_s, _h, seen) => saw(seen, readsImageData, (out) => /COPIES=\s*1/.test(out) && !/COPIES=\s*2/.test(out)),
      whyNotYet: () => 'You have not read /home/image.data yet.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [2],
    },
    said({
      id: 'install',
      text: 'Install the mirrored backup onto hdisk1 with that image.data.',
      hint: 'Run `alt_disk_mksysb -m /usr/sys/inst.images/aixprod02_mirrored.sysb -i /home/image.data -d hdisk1`. `lspv` shows hdisk1 as altinst_rootvg.',
      ladder: {
        nudge: 'Same command as before, plus the flag that names your own image.data.',
        concept: '`alt_disk_mksysb` -i file uses that image.data instead of the one in the backup.',
        blanks: 'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02_mirrored.sysb -i ____ -d hdisk1',
      },
      after: 'image-data',
      spec: { all: [{ disk: 'hdisk1', role: 'altinst_rootvg' }, { reached: 'altinstAsleep', by: { name: 'alt_disk_mksysb', flags: 'i', has: [IMAGE] } }] },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: the mirrored backup is not installed on it.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [3],
    }),
  ],
  solution: [
    'lsmksysb -lf /usr/sys/inst.images/aixprod02_mirrored.sysb',
    'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02_mirrored.sysb -d hdisk1',
    'grep COPIES /home/image.data',
    'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02_mirrored.sysb -i /home/image.data -d hdisk1',
  ],
  deadEnd: hangDeadEnd,
  negatives: [
    { objective: 'spot', lines: ['lsmksysb -lf /usr/sys/inst.images/aixprod02.sysb'], why: 'that is the unmirrored backup: one PV per logical volume' },
    { objective: 'refused', lines: ['lsmksysb -lf /usr/sys/inst.images/aixprod02_mirrored.sysb', 'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02.sysb -d hdisk1'], why: 'the unmirrored backup installs without complaint' },
    { objective: 'image-data', lines: ['lsmksysb -lf /usr/sys/inst.images/aixprod02_mirrored.sysb', 'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02_mirrored.sysb -d hdisk1', 'ls -l /home'], why: 'the file was listed, not read' },
    {
      objective: 'install',
      lines: ['lsmksysb -lf /usr/sys/inst.images/aixprod02_mirrored.sysb', 'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02_mirrored.sysb -d hdisk1', 'grep COPIES /home/image.data', 'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02.sysb -d hdisk1'],
      why: 'the other, unmirrored backup was installed instead',
    },
  ],
};
