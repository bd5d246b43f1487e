// Lesson: alt_rootvg_op -X rootvg by mistake, and the two-command repair.
import { bootedDisk, diskByName, diskPhrase, hangDeadEnd, isCommand, isRunning, lifecycleIs, ran, ranAfter, vgByName } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const isRedefine = (c: string) => isCommand(c, 'redefinevg');
const isSync = (c: string) => isCommand(c, 'synclvodm');
const isReboot = (c: string) => isCommand(c, 'shutdown') || isCommand(c, 'reboot');
const isMistake = (c: string) => (isCommand(c, 'alt_rootvg_op') || isCommand(c, 'alt_disk_install')) && / -\w*X\w* rootvg\b/.test(c);

export const rootvgRemoved: Lesson = {
  id: 'rootvg-removed',
  title: 'Removed rootvg with -X by mistake: the repair',
  summary: 'Run alt_rootvg_op -X against rootvg, see it vanish from lspv, and rebuild its definition with redefinevg and synclvodm.',
  track: 'recovery',
  scenario: 'reference-lab',
  intro: `alt_rootvg_op -X is meant for altinst_rootvg or old_rootvg, but it will also take rootvg. Like every -X, it only deletes the definition from the ODM; the disk and the running system are untouched, which is why nothing seems to break at first. Until the next LVM command, or a mksysb, or a bosboot, that is: bosboot's savebase fails while hd5 is undefined.

A reboot would put it back by itself. The boot image carries its own copy of the base ODM, saved at the last bosboot or boot; rc.boot restores that copy and copies it to the disk, and the copy still defines rootvg. Do not count on it on a production system: repair the running system instead. The definition can be rebuilt from what is on the disk: redefinevg puts the volume group and its disk back in the ODM from the descriptor area, and synclvodm then re-creates the logical volume entries. Make the mistake on purpose here, then repair it without rebooting.`,
  objectives: [
    said({
      id: 'mistake',
      text: 'Remove the rootvg definition with -X.',
      hint: 'Run `alt_rootvg_op -X rootvg`. It answers as if all went well.',
      ladder: {
        nudge: 'The mistake is giving -X the wrong volume group name. Which one would hurt most?',
        concept: '`alt_rootvg_op -X` deletes a volume group definition from the ODM; it accepts rootvg too.',
        blanks: 'alt_rootvg_op -X ______',
      },
      whyNotYet: (s) => (lifecycleIs(s, 'rootvgUndefined') ? 'rootvg is undefined, but not yet noticed.' : 'rootvg is still defined in the ODM.'),
      focus: () => ['vg:rootvg', 'disk:hdisk0'],
      solutionLines: [0],
      keep: true,
      spec: { lifecycle: 'rootvgUndefined' },
    }),
    {
      id: 'notice',
      text: 'See what is missing now.',
      hint: 'Run `lspv`: hdisk0 shows None although the system runs from it. `lsvg -l rootvg` fails with 0516-306.',
      ladder: {
        nudge: 'Nothing seemed to break. Where would you see what is gone?',
        concept: '`lspv` shows the volume group of each disk; `lsvg -l rootvg` its volumes.',
        blanks: 'l___',
      },
      whyNotYet: () => 'You have not looked at the disks or volume groups since the -X.',
      focus: () => ['disk:hdisk0'],
      solutionLines: [1],
      after: 'mistake',
      done: (_s, h) => ranAfter(h, isMistake, (c) => isCommand(c, 'lspv') || /^lsvg\b/.test(c)),
    },
    {
      id: 'redefine',
      text: 'Put rootvg back in the ODM from hdisk0.',
      hint: 'Run `redefinevg -d hdisk0 rootvg`. `lspv` shows rootvg again, but `lsvg -l rootvg` still lists no logical volumes.',
      ladder: {
        nudge: 'The descriptor area on hdisk0 still knows rootvg. Which command re-enters a volume group in the ODM from it?',
        concept: '`redefinevg -d` reads the VGDA of the named disk and puts the volume group and its disk back in the ODM.',
        blanks: 'redefinevg -d ______ rootvg',
      },
      whyNotYet: (s, h) => {
        if (diskByName(s, 'hdisk0')?.vg === 'rootvg' && !ran(h, isRedefine)) return 'rootvg is back, but not through redefinevg: this lesson practises the two-command repair.';
        return `${diskPhrase(s, 'hdisk0')}: rootvg is not in the ODM.`;
      },
      focus: () => ['disk:hdisk0', 'vg:rootvg'],
      solutionLines: [2],
      after: 'notice',
      // The state alone cannot tell redefinevg from importvg (which also rebuilds the LV entries): the repair
      // taught here is redefinevg after the mistake.
      done: (s, h) => isRunning(s) && diskByName(s, 'hdisk0')?.vg === 'rootvg' && bootedDisk(s)?.name === 'hdisk0' && ranAfter(h, isMistake, isRedefine),
    },
    {
      id: 'sync',
      text: 'Rebuild the logical volume definitions of rootvg.',
      hint: 'Run `synclvodm -Pv rootvg`: one "updated" line per volume. Then `lsvg -l rootvg` lists hd5, hd4, hd2 … again.',
      ladder: {
        nudge: 'The volume group is back, but does it know its logical volumes?',
        concept: '`synclvodm` rebuilds the logical volume entries of a volume group from its descriptor area.',
        blanks: 'synclvodm -Pv ______',
      },
      whyNotYet: (s) =>
        (vgByName(s, 'rootvg')?.lvs.length ?? 0) === 0 ? 'rootvg is defined again but lists no logical volumes.' : 'The logical volumes were not rebuilt with synclvodm after redefinevg.',
      focus: () => ['vg:rootvg'],
      solutionLines: [3],
      after: 'redefine',
      done: (s, h) => (vgByName(s, 'rootvg')?.lvs.length ?? 0) > 0 && lifecycleIs(s, 'noAlternate') && ranAfter(h, isRedefine, isSync),
    },
  ],
  solution: ['alt_rootvg_op -X rootvg', 'lspv', 'redefinevg -d hdisk0 rootvg', 'synclvodm -Pv rootvg', 'lsvg -l rootvg'],
  deadEnd: (s, h) => {
    const hang = hangDeadEnd(s);
    if (hang) return hang;
    if (ranAfter(h, isMistake, isReboot) && !ranAfter(h, isMistake, isRedefine))
      return 'You rebooted: the boot restored the rootvg definition by itself, so there is nothing left to repair. Restart this lesson to practise the repair without a reboot.';
    return null;
  },
  negatives: [
    { objective: 'mistake', lines: ['alt_rootvg_op -X altinst_rootvg'], why: 'there is no altinst_rootvg: rootvg stays defined' },
    { objective: 'notice', lines: ['lspv', 'alt_rootvg_op -X rootvg'], why: 'lspv ran before the mistake' },
    { objective: 'redefine', lines: ['alt_rootvg_op -X rootvg', 'lspv', 'importvg -y rootvg hdisk0'], why: 'importvg is not the repair taught here (redefinevg)' },
    { objective: 'sync', lines: ['alt_rootvg_op -X rootvg', 'lspv', 'importvg -y rootvg hdisk0'], why: 'importvg rebuilt the entries, but synclvodm was never run' },
    { objective: 'sync', lines: ['alt_rootvg_op -X rootvg', 'lspv', 'redefinevg -d hdisk0 rootvg', 'lsvg -l rootvg'], why: 'the logical volumes are still missing' },
  ],
};
