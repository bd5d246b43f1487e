// Lesson: convert JFS to JFS2 while cloning (-T, from AIX 6100-04). Find the JFS file system, clone with
// -T, wake the copy to prove its /home is JFS2 now, and put it back to sleep.
import { diskByName, diskPhrase, hangDeadEnd, hasFlag, isCommand, lifecycleIs, saw, sawAfter, vgByName } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const wake = (c: string) => isCommand(c, 'alt_rootvg_op') && hasFlag(c, 'W');
const lsvgL = (vg: string) => (c: string) => isCommand(c, 'lsvg') && hasFlag(c, 'l') && new RegExp(`\\b${vg}\\b`).test(c);
const homeJfs2 = (s: SimSnapshot) => vgByName(s, 'altinst_rootvg')?.lvs.some((lv) => lv.name === 'alt_hd1' && lv.type === 'jfs2') === true;

export const jfsToJfs2: Lesson = {
  id: 'jfs-to-jfs2',
  title: 'JFS to JFS2 on the way (-T)',
  summary: 'Find the old JFS file system in rootvg, clone with -T so the copy has JFS2 instead, and check it in the woken copy.',
  track: 'advanced',
  scenario: 'jfs-lab',
  intro: `Old systems still carry JFS file systems, the format AIX used before JFS2. Since AIX 6100-04, alt_disk_copy can convert them while it copies: with -T, every JFS file system of rootvg is created as JFS2 in the clone, and the files are restored into it. The running system keeps its JFS; the change arrives when you boot the clone.

On this system /home (hd1) is JFS, with its own JFS log (loglv00). Find it, clone with -T, wake the copy to look at the types of its logical volumes, and put it back to sleep.`,
  objectives: [
    {
      id: 'find',
      text: 'Find the JFS file system in rootvg.',
      hint: 'Run `lsvg -l rootvg` (hd1 of TYPE jfs, and loglv00 jfslog) or `lsfs` (/home with VFS jfs).',
      ladder: {
        nudge: 'Which listing shows the type of each logical volume or file system?',
        concept: '`lsvg -l rootvg` prints each LV with its TYPE; `lsfs` prints each file system with its VFS.',
        blanks: 'lsvg -l ____',
      },
      keep: true,
      done: (_s, _h, seen) => saw(seen, lsvgL('rootvg'), (out) => /^hd1\s+jfs\s/m.test(out)) || saw(seen, (c) => isCommand(c, 'lsfs'), (out) => /\/home\s+jfs\s/.test(out)),
      whyNotYet: () => 'You have not listed the types of rootvg\'s logical volumes or file systems yet.',
      focus: () => ['vg:rootvg'],
      solutionLines: [0],
    },
    said({
      id: 'clone',
      text: 'Clone rootvg onto hdisk1, converting JFS to JFS2.',
      hint: 'Run `alt_disk_copy -T -d hdisk1`.',
      ladder: {
        nudge: 'One flag of alt_disk_copy converts the file system type during the copy.',
        concept: '`alt_disk_copy` -T creates every JFS file system of the copy as JFS2.',
        blanks: 'alt_disk_copy -____ -d hdisk1',
      },
      after: 'find',
      keep: true,
      spec: { all: [{ disk: 'hdisk1', role: 'altinst_rootvg' }, { reached: 'altinstAsleep', by: { name: 'alt_disk_copy', flags: 'T' } }] },
      whyNotYet: (s) =>
        diskByName(s, 'hdisk1')?.role === 'altinst_rootvg' ? 'hdisk1 holds a clone made without -T: remove it (alt_rootvg_op -X altinst_rootvg) and clone with -T.' : `${diskPhrase(s, 'hdisk1')}: no clone yet.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [1],
    }),
    {
      id: 'prove',
      text: 'Wake the copy and show that its /home is JFS2.',
      hint: 'Run `alt_rootvg_op -W -d hdisk1`, then `lsvg -l altinst_rootvg`: alt_hd1 is jfs2, mounted at /alt_inst/home.',
      ladder: {
        nudge: 'Wake the copy and list its logical volumes with their types.',
        concept: '`alt_rootvg_op` -W mounts the copy; `lsvg -l altinst_rootvg` shows alt_hd1 with TYPE jfs2.',
        blanks: 'lsvg -l ____',
      },
      after: 'clone',
      keep: true,
      done: (s, _h, seen) => homeJfs2(s) && sawAfter(seen, wake, lsvgL('altinst_rootvg'), (out) => /^alt_hd1\s+jfs2\s/m.test(out)),
      whyNotYet: (s) => (diskByName(s, 'hdisk1')?.awake ? 'The copy is awake: list its logical volumes.' : 'The copy is asleep: wake it to look inside.'),
      focus: () => ['vg:altinst_rootvg'],
      solutionLines: [2, 3],
    },
    said({
      id: 'sleep',
      text: 'Put the copy back to sleep.',
      hint: 'Run `alt_rootvg_op -S`.',
      ladder: { nudge: 'Never leave a copy awake.', concept: '`alt_rootvg_op` -S puts the woken copy back to sleep.', blanks: 'alt_rootvg_op -____' },
      after: 'prove',
      spec: { all: [{ lifecycle: 'altinstAsleep' }, { disk: 'hdisk1', role: 'altinst_rootvg' }] },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: put it to sleep.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [4],
    }),
  ],
  solution: ['lsvg -l rootvg', 'alt_disk_copy -T -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'lsvg -l altinst_rootvg', 'alt_rootvg_op -S'],
  deadEnd: (s) => hangDeadEnd(s) ?? (lifecycleIs(s, 'odmDamaged') ? 'The system rebooted with the copy awake: remove it (alt_rootvg_op -X altinst_rootvg), or restart this lesson.' : null),
  negatives: [
    { objective: 'find', lines: ['df -g'], why: 'df does not show the file system type' },
    { objective: 'clone', lines: ['lsvg -l rootvg', 'alt_disk_copy -d hdisk1'], why: 'without -T the copy keeps JFS' },
    { objective: 'prove', lines: ['lsvg -l rootvg', 'alt_disk_copy -T -d hdisk1', 'lsvg -l altinst_rootvg'], why: 'asleep: lsvg -l refuses' },
    { objective: 'sleep', lines: ['lsvg -l rootvg', 'alt_disk_copy -T -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'lsvg -l altinst_rootvg'], why: 'still awake' },
  ],
};
