// Lesson: the FAQ's third symptom. Reboot with the clone awake (with -B the system comes back on hdisk0),
// wake it again and find alt_alt_hd9var mounted at /alt_inst/alt_inst/var; sleep cannot fix it: -X, clone again.
import { diskByName, diskPhrase, hangDeadEnd, hasFlag, isCommand, lifecycleIs, sawAfter, vgByName } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const doubled = (s: SimSnapshot) =>
  vgByName(s, 'altinst_rootvg')?.lvs.some((lv) => lv.name === 'alt_alt_hd9var' && lv.mount === '/alt_inst/alt_inst/var') === true;
const wake = (c: string) => isCommand(c, 'alt_rootvg_op') && hasFlag(c, 'W');
const looks = (c: string) => isCommand(c, 'lsvg') || isCommand(c, 'df') || isCommand(c, 'mount') || isCommand(c, 'lsfs');

export const doubleWake: Lesson = {
  id: 'double-wake',
  title: 'Woken twice: alt_alt_hd9var and /alt_inst/alt_inst/var',
  summary: 'Reboot with the clone awake, wake it again, find the doubled names, and learn why only removing it and cloning again helps.',
  track: 'recovery',
  scenario: 'reference-lab',
  intro: `A wake renames the clone's logical volumes on disk (hd9var becomes alt_hd9var) and records them, with /alt_inst mount points, in the running system's ODM. Only the sleep renames them back and removes those records. Reboot before the sleep and the system comes up (here from hdisk0, because the clone was made with -B) with an ODM that describes alt_ volumes of a volume group that is no longer varied on: alt_rootvg_op -S now fails with 0516-010.

The tempting next move is to wake the clone again. The wake prefixes whatever names it finds: alt_hd9var becomes alt_alt_hd9var, mounted at /alt_inst/alt_inst/var. That is the third symptom in the list of what goes wrong after a reboot while awake. A sleep now only puts the doubled names to sleep; the disk never returns to a bootable state. The way out is to remove the clone's definition and clone again.`,
  objectives: [
    said({
      id: 'reboot-awake',
      text: 'Clone with -B, wake the clone, and reboot without putting it to sleep.',
      hint: 'Run `alt_disk_copy -B -d hdisk1`, `alt_rootvg_op -W -d hdisk1`, then `shutdown -Fr`. The system comes back on hdisk0; `alt_rootvg_op -S` now fails with 0516-010.',
      ladder: {
        nudge: 'Break it on purpose: skip the sleep before the reboot.',
        concept: '`alt_rootvg_op` -W records alt_ names in the running ODM; `shutdown -Fr` before -S leaves them there.',
        blanks: 'alt_rootvg_op -W -d ____',
      },
      keep: true,
      spec: { lifecycle: 'odmDamaged' },
      whyNotYet: (s) => (diskByName(s, 'hdisk1')?.awake ? 'The clone is awake: now reboot without sleeping it.' : `${diskPhrase(s, 'hdisk1')}: make a clone with -B and wake it first.`),
      focus: () => ['disk:hdisk1'],
      solutionLines: [0, 1, 2],
    }),
    {
      id: 'doubled',
      text: 'Wake it again and find the doubled names.',
      hint: 'Run `alt_rootvg_op -W -d hdisk1`, then `lsvg -l altinst_rootvg` or `df -g`: alt_alt_hd9var on /alt_inst/alt_inst/var.',
      ladder: {
        nudge: 'Wake once more, then list the clone\'s logical volumes and mount points.',
        concept: '`alt_rootvg_op` -W adds alt_ to the names already on the disk: `lsvg -l` shows alt_alt_ names under /alt_inst/alt_inst.',
        blanks: 'lsvg -l ____',
      },
      after: 'reboot-awake',
      keep: true,
      done: (s, _h, seen) => doubled(s) && sawAfter(seen, wake, looks, (out) => out.includes('/alt_inst/alt_inst/var')),
      whyNotYet: (s) => (doubled(s) ? 'Woken again: now list its logical volumes or file systems.' : 'The clone has not been woken again since the reboot.'),
      focus: () => ['vg:altinst_rootvg', 'disk:hdisk1'],
      solutionLines: [3, 4],
    },
    said({
      id: 'sleep-no-help',
      text: 'Put it to sleep, and see that the disk still carries the alt_ names.',
      hint: 'Run `alt_rootvg_op -S`. It sleeps, but the disk keeps names like alt_hd9var: booting it would fail.',
      ladder: {
        nudge: 'Does a sleep repair what two wakes did?',
        concept: '`alt_rootvg_op` -S removes one alt_ prefix: the volumes end as alt_hd4 and so on, not hd4; the boot image expects hd4.',
        blanks: 'alt_rootvg_op -____',
      },
      after: 'doubled',
      keep: true,
      spec: { lifecycle: 'doubledNamesAsleep' },
      whyNotYet: () => 'The doubled clone is still awake.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [5],
    }),
    said({
      id: 'reclone',
      text: 'Remove the clone\'s definition and make a fresh clone.',
      hint: 'Run `alt_rootvg_op -X altinst_rootvg`, then `alt_disk_copy -B -d hdisk1`. This time, a wake ends with `alt_rootvg_op -S` before any reboot.',
      ladder: {
        nudge: 'The clone cannot be repaired. Remove it, then start over.',
        concept: '`alt_rootvg_op` -X altinst_rootvg removes the definition (the disk shows None); then `alt_disk_copy` builds a clean copy.',
        blanks: 'alt_rootvg_op -X ____',
      },
      after: 'sleep-no-help',
      spec: { all: [{ lifecycle: 'altinstAsleep' }, { disk: 'hdisk1', role: 'altinst_rootvg' }] },
      whyNotYet: (s) =>
        lifecycleIs(s, 'doubledNamesAsleep') ? 'The damaged clone is still defined: remove it with -X first.' : `${diskPhrase(s, 'hdisk1')}: no fresh clone yet.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [6, 7],
    }),
  ],
  solution: [
    'alt_disk_copy -B -d hdisk1',
    'alt_rootvg_op -W -d hdisk1',
    'shutdown -Fr',
    'alt_rootvg_op -W -d hdisk1',
    'lsvg -l altinst_rootvg',
    'alt_rootvg_op -S',
    'alt_rootvg_op -X altinst_rootvg',
    'alt_disk_copy -B -d hdisk1',
  ],
  deadEnd: hangDeadEnd,
  negatives: [
    { objective: 'reboot-awake', lines: ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -S', 'shutdown -Fr'], why: 'slept before the reboot: nothing damaged' },
    { objective: 'doubled', lines: ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr', 'alt_rootvg_op -S', 'lsvg -l altinst_rootvg'], why: 'not woken again: -S fails with 0516-010' },
    {
      objective: 'sleep-no-help',
      lines: ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr', 'alt_rootvg_op -W -d hdisk1', 'lsvg -l altinst_rootvg'],
      why: 'still awake',
    },
    {
      objective: 'reclone',
      lines: ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr', 'alt_rootvg_op -W -d hdisk1', 'lsvg -l altinst_rootvg', 'alt_rootvg_op -S', 'alt_disk_copy -B -d hdisk1'],
      why: 'the damaged clone still holds altinst_rootvg: the new clone is refused',
    },
  ],
};
