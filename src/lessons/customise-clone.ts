// Lesson: update an existing clone as a separate step: wake it (-W), customise it (-C -b update_all -l),
// put it back to sleep (-S). Production keeps its level throughout.
import { diskByName, diskPhrase, hangDeadEnd, lifecycleIs } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const NEW = '7200-05-04';
const OLD = '7200-05-03';
const clone = (s: SimSnapshot) => diskByName(s, 'hdisk1');

export const customiseClone: Lesson = {
  id: 'customise-clone',
  title: 'Update an existing clone: -W, -C, -S',
  summary: 'Make a plain clone now, then wake it, install update_all into it with alt_rootvg_op -C, and put it back to sleep.',
  track: 'updating',
  scenario: 'reference-lab',
  intro: `Sometimes the clone is made first and the updates arrive later. You do not have to clone again: alt_rootvg_op can customise an existing clone. It only works on a woken one, because the update is installed into the copy's file systems, mounted under /alt_inst.

The sequence is always the same: wake with alt_rootvg_op -W -d hdisk1, customise with alt_rootvg_op -C and the same -b and -l flags alt_disk_copy takes, then put the copy back to sleep with alt_rootvg_op -S. The last step is not optional: a copy left awake must never meet a reboot.

Make the clone with -B, so the bootlist stays on hdisk0 until you decide; the images are in /export/7200-05-04.`,
  objectives: [
    said({
      id: 'clone',
      text: 'Clone rootvg onto hdisk1 without changing the bootlist.',
      hint: 'Run `alt_disk_copy -B -d hdisk1`.',
      ladder: {
        nudge: 'A plain clone first, and keep the bootlist on hdisk0.',
        concept: '`alt_disk_copy` -B -d disk clones rootvg and leaves the bootlist alone.',
        blanks: 'alt_disk_copy -B -d ____',
      },
      spec: { disk: 'hdisk1', role: 'altinst_rootvg' },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: no clone yet.`,
      focus: () => ['disk:hdisk1', 'vg:rootvg'],
      solutionLines: [0],
    }),
    said({
      id: 'wake',
      text: 'Wake the clone.',
      hint: 'Run `alt_rootvg_op -W -d hdisk1`: `lspv` shows it active, its file systems are under /alt_inst.',
      ladder: {
        nudge: 'Updates go into mounted file systems. What mounts the copy?',
        concept: '`alt_rootvg_op` -W -d disk varies the copy on and mounts it under /alt_inst, with alt_ LV names.',
        blanks: 'alt_rootvg_op -W -d ____',
      },
      after: 'clone',
      keep: true,
      spec: { all: [{ disk: 'hdisk1', awake: true }, { lifecycle: 'altinstAwake' }] },
      whyNotYet: (s) =>
        lifecycleIs(s, 'variedOnEmpty')
          ? 'altinst_rootvg was varied on with varyonvg, which is not a wake (no LVs, nothing mounted): varyoffvg altinst_rootvg, then wake it.'
          : `${diskPhrase(s, 'hdisk1')}: it must be awake before it can be customised.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [1],
    }),
    said({
      id: 'customise',
      text: 'Install update_all from /export/7200-05-04 into the woken clone.',
      hint: 'Run `alt_rootvg_op -C -b update_all -l /export/7200-05-04`. Every fileset should end in SUCCESS.',
      ladder: {
        nudge: 'The customise flag takes the same bundle and image flags as alt_disk_copy.',
        concept: '`alt_rootvg_op` -C installs a bundle (-b) from images (-l) into the woken alternate; -b needs -l.',
        blanks: 'alt_rootvg_op -C -b update_all -l ____',
      },
      after: 'wake',
      keep: true,
      spec: { all: [{ levelOn: { disk: 'hdisk1', startsWith: NEW } }, { ran: { name: 'alt_rootvg_op', flags: 'C' } }] },
      whyNotYet: (s) => `The clone on hdisk1 is at ${clone(s)?.osLevel ?? 'an unknown level'}: nothing has been installed into it yet.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [2],
    }),
    said({
      id: 'sleep',
      text: 'Put the updated clone back to sleep, with production still at 7200-05-03.',
      hint: 'Run `alt_rootvg_op -S`, then `oslevel -s`: the running system has not changed.',
      ladder: {
        nudge: 'The copy is awake and updated. What must happen before any reboot?',
        concept: '`alt_rootvg_op` -S unmounts /alt_inst, renames the LVs back and varies the copy off: it can boot again.',
        blanks: 'alt_rootvg_op -____',
      },
      after: 'customise',
      spec: { all: [{ any: [{ lifecycle: 'altinstAsleep' }, { lifecycle: 'fallenBack' }] }, { levelOn: { disk: 'hdisk1', startsWith: NEW } }, { runningLevel: OLD }] },
      whyNotYet: (s) => (clone(s)?.awake ? 'hdisk1 is still awake: put it to sleep.' : `${diskPhrase(s, 'hdisk1')}: not an updated, sleeping clone.`),
      focus: () => ['disk:hdisk1'],
      solutionLines: [3],
    }),
  ],
  solution: ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -C -b update_all -l /export/7200-05-04', 'alt_rootvg_op -S'],
  deadEnd: (s) =>
    hangDeadEnd(s) ??
    (lifecycleIs(s, 'odmDamaged', 'doubledNames', 'doubledNamesAsleep')
      ? 'The system rebooted with the clone awake: it can no longer be put to sleep. Remove it (alt_rootvg_op -X altinst_rootvg) and start again, or restart this lesson.'
      : null),
  negatives: [
    { objective: 'clone', lines: ['alt_disk_copy -d hdisk2'], why: 'hdisk2 belongs to datavg: refused' },
    { objective: 'wake', lines: ['alt_disk_copy -B -d hdisk1', 'varyonvg altinst_rootvg'], why: 'varyonvg is not a wake: no LVs, nothing mounted' },
    { objective: 'customise', lines: ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -C -b update_all'], why: '-b without -l is refused' },
    { objective: 'sleep', lines: ['alt_disk_copy -B -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -C -b update_all -l /export/7200-05-04', 'shutdown -Fr'], why: 'rebooted with the clone awake' },
  ],
};
