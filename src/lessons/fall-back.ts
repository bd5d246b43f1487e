// Lesson: run the clone, decide to go back, boot the original disk, and remove the clone's definition.
import { bootedFrom, bootlistFirst, diskByName, diskPhrase, hangDeadEnd, hostTrouble, lifecycleIs } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

export const fallBack: Lesson = {
  id: 'fall-back',
  title: 'Fall back to the original disk, then clean up',
  summary: 'Boot the clone, go back to hdisk0 as if the change failed, and remove the clone definition with -X.',
  track: 'recovery',
  scenario: 'reference-lab',
  intro: `The safety net of a clone is that the disk you booted from before is still intact. When you run from the clone, lspv calls that disk old_rootvg. If an application misbehaves after the change, going back is just a bootlist change and a reboot.

Once you are sure you will stay on the original disk, the clone is only clutter in the ODM. alt_rootvg_op -X removes the volume group definition (altinst_rootvg here; old_rootvg in the opposite case, when you keep the clone). It writes nothing to the disk itself: the disk keeps its PVID and data, and shows None in lspv, ready to be reused.`,
  objectives: [
    said({
      id: 'run-clone',
      text: 'Clone rootvg to hdisk1 and boot the clone.',
      hint: 'Run `alt_disk_copy -d hdisk1`, then `shutdown -Fr`. After the reboot `bootinfo -b` says hdisk1 and `lspv` shows hdisk0 as old_rootvg.',
      ladder: {
        nudge: 'Two steps: make the copy, then start from it.',
        concept: '`alt_disk_copy` -d makes the clone and points the bootlist at it; `shutdown -Fr` restarts onto it.',
        blanks: 'alt_disk_copy -d ______ ; shutdown -__',
      },
      keep: true,
      spec: { all: [{ bootedFrom: 'hdisk1' }, { disk: 'hdisk0', role: 'old_rootvg' }] },
      whyNotYet: (s) => {
        const trouble = hostTrouble(s);
        if (trouble) return `${trouble}.`;
        const d = diskByName(s, 'hdisk1');
        if (d?.role === 'altinst_rootvg') return 'hdisk1 holds the clone, but the system still runs from hdisk0: boot the clone.';
        return `${diskPhrase(s, 'hdisk1')}: there is no clone to boot yet.`;
      },
      focus: () => ['disk:hdisk1', 'bootlist'],
      solutionLines: [0, 1],
    }),
    said({
      id: 'point-back',
      text: 'Still on the clone, point the bootlist back at hdisk0.',
      hint: 'Run `bootlist -m normal hdisk0`, and read it back with `bootlist -m normal -o`.',
      ladder: {
        nudge: 'The next boot should go to the original disk. What decides where the next boot goes?',
        concept: 'The normal-mode bootlist: `bootlist -m normal` with the disk name sets it.',
        blanks: 'bootlist -m normal ______',
      },
      after: 'run-clone',
      keep: true,
      spec: { all: [{ bootedFrom: 'hdisk1' }, { bootlistFirst: 'hdisk0' }] },
      whyNotYet: (s) =>
        bootedFrom(s, 'hdisk1') ? `The bootlist starts with ${bootlistFirst(s) ?? 'nothing'}, not hdisk0.` : 'The system does not run from the clone on hdisk1.',
      focus: () => ['bootlist', 'disk:hdisk0'],
      solutionLines: [2],
    }),
    said({
      id: 'fall-back',
      text: 'Reboot onto the original disk.',
      hint: 'Run `shutdown -Fr`. Afterwards `lspv` shows hdisk0 as rootvg again and hdisk1 as altinst_rootvg.',
      ladder: {
        nudge: 'The bootlist is ready. What is left?',
        concept: 'A restart with `shutdown -Fr` follows the bootlist back to hdisk0.',
        blanks: 'shutdown -__',
      },
      after: 'point-back',
      spec: { bootedFrom: 'hdisk0' },
      whyNotYet: (s) => (hostTrouble(s) ? `${hostTrouble(s)}.` : 'The system still runs from the clone on hdisk1.'),
      focus: () => ['disk:hdisk0', 'bootlist'],
      solutionLines: [3],
    }),
    {
      id: 'remove',
      text: 'Remove the clone definition, leaving hdisk1 free with its PVID.',
      hint: 'Run `alt_rootvg_op -X altinst_rootvg`, then `lspv`: hdisk1 shows None but keeps its PVID.',
      ladder: {
        nudge: 'You stay on hdisk0. The clone is now only an entry in the ODM. Which command removes an alternate rootvg definition?',
        concept: '`alt_rootvg_op -X` followed by the volume group name removes its definition; the disk itself is not written.',
        blanks: 'alt_rootvg_op -X ______________',
      },
      after: 'fall-back',
      done: (s) => {
        const d = diskByName(s, 'hdisk1');
        return d?.role === 'free' && !!d.pvid && lifecycleIs(s, 'cloneRemoved');
      },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: the clone's definition is still there.`,
      focus: () => ['disk:hdisk1', 'vg:altinst_rootvg'],
      solutionLines: [4],
    },
  ],
  solution: ['alt_disk_copy -d hdisk1', 'shutdown -Fr', 'bootlist -m normal hdisk0', 'shutdown -Fr', 'alt_rootvg_op -X altinst_rootvg', 'lspv'],
  deadEnd: (s) => {
    const hang = hangDeadEnd(s);
    if (hang) return hang;
    const d1 = diskByName(s, 'hdisk0');
    if (bootedFrom(s, 'hdisk1') && d1?.role === 'free')
      return 'You removed old_rootvg while running the clone: there is no original disk left to fall back to. Restart this lesson or go back a step.';
    return null;
  },
  negatives: [
    { objective: 'run-clone', lines: ['alt_disk_copy -d hdisk1'], why: 'the clone was made but not booted' },
    { objective: 'point-back', lines: ['alt_disk_copy -d hdisk1', 'shutdown -Fr', 'bootlist -m normal -o'], why: 'looking at the bootlist does not change it' },
    { objective: 'fall-back', lines: ['alt_disk_copy -d hdisk1', 'shutdown -Fr', 'shutdown -Fr'], why: 'without changing the bootlist the reboot starts the clone again' },
    {
      objective: 'remove',
      lines: ['alt_disk_copy -d hdisk1', 'shutdown -Fr', 'bootlist -m normal hdisk0', 'shutdown -Fr', 'lspv'],
      why: 'the clone definition is still there',
    },
  ],
};
