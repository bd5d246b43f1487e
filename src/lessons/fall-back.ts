// Lesson: run the clone, decide to go back, boot the original disk, and remove the clone's definition.
import { bootedFrom, bootlistFirst, diskByName, lifecycleIs } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';

export const fallBack: Lesson = {
  id: 'fall-back',
  title: 'Fall back to the original disk, then clean up',
  summary: 'Boot the clone, go back to hdisk0 as if the change failed, and remove the clone definition with -X.',
  scenario: 'reference-lab',
  intro: `The safety net of a clone is that the disk you booted from before is still intact. When you run from the clone, lspv calls that disk old_rootvg. If an application misbehaves after the change, going back is just a bootlist change and a reboot.

Once you are sure you will stay on the original disk, the clone is only clutter in the ODM. alt_rootvg_op -X removes the volume group definition (altinst_rootvg here; old_rootvg in the opposite case, when you keep the clone). It writes nothing to the disk itself: the disk keeps its PVID and data, and shows None in lspv, ready to be reused.`,
  objectives: [
    {
      id: 'run-clone',
      text: 'Clone rootvg to hdisk1 and boot the clone.',
      hint: 'Run `alt_disk_copy -d hdisk1`, then `shutdown -Fr`. After the reboot `bootinfo -b` says hdisk1 and `lspv` shows hdisk0 as old_rootvg.',
      keep: true,
      done: (s) => bootedFrom(s, 'hdisk1') && diskByName(s, 'hdisk0')?.role === 'old_rootvg',
    },
    {
      id: 'point-back',
      text: 'Still on the clone, point the bootlist back at hdisk0.',
      hint: 'Run `bootlist -m normal hdisk0`, and read it back with `bootlist -m normal -o`.',
      after: 'run-clone',
      keep: true,
      done: (s) => bootedFrom(s, 'hdisk1') && bootlistFirst(s) === 'hdisk0',
    },
    {
      id: 'fall-back',
      text: 'Reboot onto the original disk.',
      hint: 'Run `shutdown -Fr`. Afterwards `lspv` shows hdisk0 as rootvg again and hdisk1 as altinst_rootvg.',
      after: 'point-back',
      done: (s) => bootedFrom(s, 'hdisk0'),
    },
    {
      id: 'remove',
      text: 'Remove the clone definition, leaving hdisk1 free with its PVID.',
      hint: 'Run `alt_rootvg_op -X altinst_rootvg`, then `lspv`: hdisk1 shows None but keeps its PVID.',
      after: 'fall-back',
      done: (s) => {
        const d = diskByName(s, 'hdisk1');
        return d?.role === 'free' && !!d.pvid && lifecycleIs(s, 'cloneRemoved');
      },
    },
  ],
  solution: ['alt_disk_copy -d hdisk1', 'shutdown -Fr', 'bootlist -m normal hdisk0', 'shutdown -Fr', 'alt_rootvg_op -X altinst_rootvg', 'lspv'],
};
