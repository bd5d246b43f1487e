// Lesson: alt_rootvg_op -X rootvg by mistake, and the two-command repair.
import { bootedDisk, diskByName, isCommand, isRunning, lifecycleIs, ranAfter, vgByName } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';

const isMistake = (c: string) => (isCommand(c, 'alt_rootvg_op') || isCommand(c, 'alt_disk_install')) && / -\w*X\w* rootvg\b/.test(c);

export const rootvgRemoved: Lesson = {
  id: 'rootvg-removed',
  title: 'Removed rootvg with -X by mistake: the repair',
  summary: 'Run alt_rootvg_op -X against rootvg, see it vanish from lspv, and rebuild its definition with redefinevg and synclvodm.',
  scenario: 'reference-lab',
  intro: `alt_rootvg_op -X is meant for altinst_rootvg or old_rootvg, but it will also take rootvg. Like every -X, it only deletes the definition from the ODM; the disk and the running system are untouched, which is why nothing seems to break at first. Until the next LVM command, or a mksysb, or a bosboot, that is: bosboot's savebase fails while hd5 is undefined.

A reboot would put it back by itself. The boot image carries its own copy of the base ODM, saved at the last bosboot or boot; rc.boot restores that copy and copies it to the disk, and the copy still defines rootvg. Do not count on it on a production system: repair the running system instead. The definition can be rebuilt from what is on the disk: redefinevg puts the volume group and its disk back in the ODM from the descriptor area, and synclvodm then re-creates the logical volume entries. Make the mistake on purpose here, then repair it without rebooting.`,
  objectives: [
    {
      id: 'mistake',
      text: 'Remove the rootvg definition with -X.',
      hint: 'Run `alt_rootvg_op -X rootvg`. It answers as if all went well.',
      keep: true,
      done: (s) => lifecycleIs(s, 'rootvgUndefined'),
    },
    {
      id: 'notice',
      text: 'See what is missing now.',
      hint: 'Run `lspv`: hdisk0 shows None although the system runs from it. `lsvg -l rootvg` fails with 0516-306.',
      after: 'mistake',
      done: (_s, h) => ranAfter(h, isMistake, (c) => isCommand(c, 'lspv') || /^lsvg\b/.test(c)),
    },
    {
      id: 'redefine',
      text: 'Put rootvg back in the ODM from hdisk0.',
      hint: 'Run `redefinevg -d hdisk0 rootvg`. `lspv` shows rootvg again, but `lsvg -l rootvg` still lists no logical volumes.',
      after: 'notice',
      done: (s) => isRunning(s) && diskByName(s, 'hdisk0')?.vg === 'rootvg' && bootedDisk(s)?.name === 'hdisk0',
    },
    {
      id: 'sync',
      text: 'Rebuild the logical volume definitions of rootvg.',
      hint: 'Run `synclvodm -Pv rootvg`: one "updated" line per volume. Then `lsvg -l rootvg` lists hd5, hd4, hd2 … again.',
      after: 'redefine',
      done: (s) => (vgByName(s, 'rootvg')?.lvs.length ?? 0) > 0 && lifecycleIs(s, 'noAlternate'),
    },
  ],
  solution: ['alt_rootvg_op -X rootvg', 'lspv', 'redefinevg -d hdisk0 rootvg', 'synclvodm -Pv rootvg', 'lsvg -l rootvg'],
};
