// Lesson: keep more than one clone. Rename the first (-v image_1) so the name altinst_rootvg is free
// again, make a second one with -B, find its boot disk with -q, and put the bootlist back on hdisk0.
import { bootlistFirst, diskByName, diskPhrase, hangDeadEnd, hasFlag, isCommand, sawAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const clone = (c: string) => isCommand(c, 'alt_disk_copy');
const cloneHdisk3 = (c: string) => clone(c) && /\bhdisk3\b/.test(c);
const query = (c: string) => (isCommand(c, 'alt_rootvg_op') || isCommand(c, 'alt_disk_install')) && hasFlag(c, 'q') && /\bhdisk3\b/.test(c);
const renamed = (s: SimSnapshot) => diskByName(s, 'hdisk1')?.vg === 'image_1';
const second = (s: SimSnapshot) => renamed(s) && diskByName(s, 'hdisk3')?.role === 'altinst_rootvg' && !diskByName(s, 'hdisk3')?.awake;

export const severalClones: Lesson = {
  id: 'several-clones',
  title: 'Several clones: rename with -v, find with -q',
  summary: 'Keep a first clone under the name image_1, make a second one on hdisk3, ask which disk boots it, and keep production booting hdisk0.',
  track: 'cloning',
  scenario: 'reference-lab',
  intro: `Only one volume group can be called altinst_rootvg, and alt_disk_copy always creates its copy under that name: while one clone carries it, a second clone is refused. Some shops keep a copy per month; the way to keep one and make another is to rename the first with alt_rootvg_op -v. The renamed disk still boots.

alt_rootvg_op -q -d prints the boot disk of the alternate volume group a disk belongs to: for a clone spread over several disks, that is the one to put in the bootlist.

Watch the bootlist on the way. The first clone, made without -B, pointed it at its own disk; the second, made with -B, leaves it where it was. Nobody wants the next unplanned reboot to start last month's copy.`,
  objectives: [
    said({
      id: 'rename',
      text: 'Clone rootvg onto hdisk1 and rename the clone image_1.',
      hint: 'Run `alt_disk_copy -d hdisk1`, then `alt_rootvg_op -v image_1 -d hdisk1`. `lspv` shows image_1 for hdisk1.',
      ladder: {
        nudge: 'The name altinst_rootvg has to be freed for the next clone. Which alt_rootvg_op flag renames?',
        concept: '`alt_rootvg_op` -v new_name -d disk renames the alternate volume group of that disk.',
        blanks: 'alt_rootvg_op -v ____ -d hdisk1',
      },
      spec: { disk: 'hdisk1', vg: 'image_1' },
      whyNotYet: (s) =>
        diskByName(s, 'hdisk1')?.role === 'altinst_rootvg' ? 'hdisk1 holds the clone, still named altinst_rootvg: rename it image_1.' : `${diskPhrase(s, 'hdisk1')}: there is no clone on it to rename yet.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [0, 1],
    }),
    said({
      id: 'second',
      text: 'Make a second clone on hdisk3 without changing the bootlist.',
      hint: 'Run `alt_disk_copy -B -d hdisk3` (it gives hdisk3 a PVID). `lspv`: hdisk1 image_1, hdisk3 altinst_rootvg.',
      ladder: {
        nudge: 'The name is free again. Which flag keeps alt_disk_copy away from the bootlist?',
        concept: '`alt_disk_copy` -B leaves the bootlist alone; the new copy takes the name altinst_rootvg.',
        blanks: 'alt_disk_copy -____ -d hdisk3',
      },
      after: 'rename',
      spec: { all: [{ disk: 'hdisk1', vg: 'image_1' }, { not: { disk: 'hdisk3', awake: true } }, { disk: 'hdisk3', role: 'altinst_rootvg' }, { reached: 'altinstAsleep', by: { name: 'alt_disk_copy', flags: 'B', has: ['hdisk3'] } }] },
      whyNotYet: (s) =>
        second(s) ? 'The clone on hdisk3 was made without -B: it moved the bootlist.' : !renamed(s) ? 'hdisk1 is no longer image_1.' : `${diskPhrase(s, 'hdisk3')}: no second clone yet.`,
      focus: () => ['disk:hdisk3'],
      solutionLines: [2],
    }),
    {
      id: 'query',
      text: 'Ask which disk boots the new clone.',
      hint: 'Run `alt_rootvg_op -q -d hdisk3`: it prints hdisk3.',
      ladder: {
        nudge: 'Before you set a bootlist for a clone, ask which of its disks holds the boot image.',
        concept: '`alt_rootvg_op` -q -d disk prints the boot disk of the alternate volume group that disk belongs to.',
        blanks: 'alt_rootvg_op -q -d ____',
      },
      after: 'second',
      done: (_s, _h, seen) => sawAfter(seen, cloneHdisk3, query, (out) => /^hdisk3$/m.test(out)),
      whyNotYet: () => 'You have not queried the boot disk of the clone on hdisk3.',
      focus: () => ['disk:hdisk3'],
      solutionLines: [3],
    },
    said({
      id: 'bootlist',
      text: 'Make sure the next boot starts production (hdisk0), not a clone.',
      hint: 'Run `bootlist -m normal -o`: the first clone left hdisk1 there. Run `bootlist -m normal hdisk0`.',
      ladder: {
        nudge: 'Which clone did the bootlist follow? Read it, then set it.',
        concept: '`bootlist` -m normal -o shows the boot order; `bootlist -m normal hdisk0` sets it back to the running disk.',
        blanks: 'bootlist -m normal ____',
      },
      after: 'query',
      spec: { all: [{ bootlistFirst: 'hdisk0' }, { disk: 'hdisk1', vg: 'image_1' }, { disk: 'hdisk3', role: 'altinst_rootvg' }, { not: { disk: 'hdisk3', awake: true } }] },
      whyNotYet: (s) => `The bootlist starts with ${bootlistFirst(s) ?? 'nothing'}: an unplanned reboot would not start production.`,
      focus: () => ['bootlist'],
      solutionLines: [4, 5],
    }),
  ],
  solution: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -v image_1 -d hdisk1', 'alt_disk_copy -B -d hdisk3', 'alt_rootvg_op -q -d hdisk3', 'bootlist -m normal -o', 'bootlist -m normal hdisk0'],
  deadEnd: hangDeadEnd,
  negatives: [
    { objective: 'rename', lines: ['alt_disk_copy -d hdisk1', 'alt_disk_copy -B -d hdisk3'], why: 'the second clone is refused while altinst_rootvg exists, and nothing was renamed' },
    { objective: 'second', lines: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -v image_1 -d hdisk1', 'alt_disk_copy -d hdisk3'], why: 'without -B the bootlist moved to hdisk3' },
    { objective: 'query', lines: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -v image_1 -d hdisk1', 'alt_disk_copy -B -d hdisk3', 'lspv'], why: 'lspv does not say which disk holds the boot image' },
    {
      objective: 'bootlist',
      lines: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -v image_1 -d hdisk1', 'alt_disk_copy -B -d hdisk3', 'alt_rootvg_op -q -d hdisk3', 'bootlist -m normal -o'],
      why: 'the bootlist was read but still starts with hdisk1',
    },
  ],
};
