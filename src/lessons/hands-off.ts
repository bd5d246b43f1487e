// Lesson: commands that must not write to a clone. varyonvg brings altinst_rootvg up empty (undo it with
// varyoffvg, never synclvodm), bosboot against it is refused; the supported boot image rebuild is
// wake + alt_rootvg_op -S -t.
import { diskByName, diskPhrase, hangDeadEnd, hasFlag, isCommand, lifecycleIs, sawAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const varyon = (c: string) => isCommand(c, 'varyonvg') && /\baltinst_rootvg\b/.test(c);
const lsvgL = (c: string) => isCommand(c, 'lsvg') && hasFlag(c, 'l') && /\baltinst_rootvg\b/.test(c);

export const handsOff: Lesson = {
  id: 'hands-off',
  title: 'Hands off the clone: varyonvg, bosboot and -S -t',
  summary: 'See why varyonvg and bosboot are the wrong tools for a clone, undo the varyon, and rebuild its boot image the supported way.',
  track: 'recovery',
  scenario: 'reference-lab',
  intro: `A sleeping clone looks like any other volume group, and the ordinary LVM tools are tempting. They are the wrong tools. Its logical volumes carry the same names as the running rootvg's (hd4, hd2, hd5 …), and names must be unique on a system. varyonvg altinst_rootvg brings the group up, but lsvg -l shows no logical volumes: the system will not define a second hd4. varyoffvg undoes that harmlessly. Going further (importvg, or synclvodm to "fix" the empty list) renames the clone's volumes on disk to fslv00 and the like, and the clone is lost.

bosboot writes a boot image to the boot logical volume of the running system; pointed at the clone's disk it is refused (0301-168: hd5 is not on that disk). The only supported way to rebuild a clone's boot image, for example after a bosboot error during the clone, is to wake it and put it back to sleep with -t: alt_rootvg_op -S -t.

Rule of thumb: commands that look at a clone are fine; commands that write to it belong to alt_rootvg_op.`,
  objectives: [
    said({
      id: 'clone',
      text: 'Clone rootvg onto hdisk1, leaving the bootlist alone.',
      hint: 'Run `alt_disk_copy -B -d hdisk1`.',
      ladder: { nudge: 'You need a clone to experiment on.', concept: '`alt_disk_copy` -B -d disk clones rootvg without touching the bootlist.', blanks: 'alt_disk_copy -B -d ____' },
      keep: true,
      spec: { all: [{ lifecycle: 'altinstAsleep' }, { disk: 'hdisk1', role: 'altinst_rootvg' }] },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: no sleeping clone yet.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [0],
    }),
    {
      id: 'empty',
      text: 'Vary the clone on with varyonvg and see that it shows no logical volumes.',
      hint: 'Run `varyonvg altinst_rootvg`, then `lsvg -l altinst_rootvg`: only the header.',
      ladder: {
        nudge: 'Try the ordinary LVM way once, and list what you got.',
        concept: '`varyonvg` activates the group, but its LV names belong to rootvg already: `lsvg -l` lists none.',
        blanks: 'lsvg -l ____',
      },
      after: 'clone',
      keep: true,
      done: (_s, _h, seen) => sawAfter(seen, varyon, lsvgL, (out) => out.includes('LV NAME') && !/\bhd4\b/.test(out)),
      whyNotYet: (s) => (lifecycleIs(s, 'variedOnEmpty') ? 'It is varied on: list its logical volumes.' : 'The clone has not been varied on with varyonvg yet.'),
      focus: () => ['vg:altinst_rootvg'],
      solutionLines: [1, 2],
    },
    said({
      id: 'varyoff',
      text: 'Undo it, without touching the ODM.',
      hint: 'Run `varyoffvg altinst_rootvg`. Not `synclvodm`, not `importvg`: they rename the clone\'s volumes.',
      ladder: { nudge: 'What is the exact opposite of the command you just ran?', concept: '`varyoffvg` deactivates the group; nothing was written, the clone is intact.', blanks: 'varyoffvg ____' },
      after: 'empty',
      keep: true,
      spec: { all: [{ lifecycle: 'altinstAsleep' }, { disk: 'hdisk1', role: 'altinst_rootvg' }] },
      whyNotYet: (s) =>
        lifecycleIs(s, 'mergedOdm') ? 'The clone was imported into the ODM: its volumes were renamed and it is lost.' : 'altinst_rootvg is still varied on.',
      focus: () => ['vg:altinst_rootvg'],
      solutionLines: [3],
    }),
    said({
      id: 'bosboot',
      text: 'Try bosboot against the clone\'s disk and read the refusal.',
      hint: 'Run `bosboot -ad /dev/hdisk1`: 0301-168 (hd5 is not on hdisk1) and 0301-165. Nothing is written.',
      ladder: {
        nudge: 'Someone wants to "refresh" the clone\'s boot image with the usual command. What happens?',
        concept: '`bosboot` builds the boot image of the running rootvg; its hd5 is not on the clone\'s disk, so it refuses.',
        blanks: 'bosboot -ad /dev/____',
      },
      after: 'varyoff',
      keep: true,
      spec: { saw: { name: 'bosboot', has: ['hdisk1'] }, output: { contains: '0301-168' } },
      whyNotYet: () => 'bosboot has not been tried against hdisk1.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [4],
    }),
    said({
      id: 'rebuild',
      text: 'Rebuild the clone\'s boot image the supported way.',
      hint: 'Run `alt_rootvg_op -W -d hdisk1`, then `alt_rootvg_op -S -t`: "Building boot image on cloned disk." on the way to sleep.',
      ladder: {
        nudge: 'The boot image is rebuilt while putting a woken clone to sleep. Which flag asks for it?',
        concept: '`alt_rootvg_op` -S -t rebuilds the boot image of the woken clone, then puts it to sleep; -t works only with -S.',
        blanks: 'alt_rootvg_op -S -____',
      },
      after: 'bosboot',
      spec: { all: [{ all: [{ lifecycle: 'altinstAsleep' }, { disk: 'hdisk1', role: 'altinst_rootvg' }] }, { saw: { name: 'alt_rootvg_op', flags: 'St' }, after: { name: 'alt_rootvg_op', flags: 'W' }, output: { contains: 'Building boot image' } }] },
      whyNotYet: (s) => (diskByName(s, 'hdisk1')?.awake ? 'The clone is awake: put it to sleep with -t.' : 'The clone has not been woken and put to sleep with -t.'),
      focus: () => ['disk:hdisk1'],
      solutionLines: [5, 6],
    }),
  ],
  solution: ['alt_disk_copy -B -d hdisk1', 'varyonvg altinst_rootvg', 'lsvg -l altinst_rootvg', 'varyoffvg altinst_rootvg', 'bosboot -ad /dev/hdisk1', 'alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -S -t'],
  deadEnd: (s) =>
    hangDeadEnd(s) ??
    (lifecycleIs(s, 'mergedOdm')
      ? 'The clone was imported into the running ODM (importvg or synclvodm): its logical volumes were renamed on disk and it cannot be used. Restart this lesson.'
      : lifecycleIs(s, 'odmDamaged')
        ? 'The system rebooted with the clone awake: remove it (alt_rootvg_op -X altinst_rootvg), or restart this lesson.'
        : null),
  negatives: [
    { objective: 'clone', lines: ['alt_disk_copy -P 1 -d hdisk1'], why: 'only phase 1: the copy is not asleep' },
    { objective: 'empty', lines: ['alt_disk_copy -B -d hdisk1', 'lsvg -l altinst_rootvg'], why: 'not varied on: lsvg refuses, nothing seen' },
    { objective: 'varyoff', lines: ['alt_disk_copy -B -d hdisk1', 'varyonvg altinst_rootvg', 'lsvg -l altinst_rootvg', 'synclvodm -Pv altinst_rootvg'], why: 'synclvodm merged the clone into the ODM' },
    { objective: 'bosboot', lines: ['alt_disk_copy -B -d hdisk1', 'varyonvg altinst_rootvg', 'lsvg -l altinst_rootvg', 'varyoffvg altinst_rootvg', 'bosboot -ad /dev/hdisk0'], why: 'that is the running disk: bosboot works, nothing learnt about the clone' },
    {
      objective: 'rebuild',
      lines: ['alt_disk_copy -B -d hdisk1', 'varyonvg altinst_rootvg', 'lsvg -l altinst_rootvg', 'varyoffvg altinst_rootvg', 'bosboot -ad /dev/hdisk1', 'alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -S'],
      why: 'asleep again, but without -t no boot image was built',
    },
  ],
};
