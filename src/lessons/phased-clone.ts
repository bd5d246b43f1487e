// Lesson: a clone in three phases (-P 1, 2, 3), looking at the half-built copy under /alt_inst in
// between, and seeing the bootlist change only at the end.
import { bootlistFirst, diskByName, diskPhrase, hangDeadEnd, isCommand, lifecycleIs, reachedBy, sawAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const phase = (n: string) => (c: string) => isCommand(c, 'alt_disk_copy') && new RegExp(`-P\\s*${n}\\b`).test(c);
const looks = (c: string) => isCommand(c, 'df') || isCommand(c, 'lsvg') || isCommand(c, 'ls') || isCommand(c, 'mount') || isCommand(c, 'lsfs');
const finished = (s: SimSnapshot) => diskByName(s, 'hdisk1')?.role === 'altinst_rootvg' && lifecycleIs(s, 'altinstAsleep');

export const phasedClone: Lesson = {
  id: 'phased-clone',
  title: 'A clone in three phases (-P 1, 2, 3)',
  summary: 'Run alt_disk_copy one phase at a time and look at the copy under /alt_inst before it is finished.',
  track: 'cloning',
  scenario: 'reference-lab',
  intro: `alt_disk_copy works in three phases. Phase 1 creates altinst_rootvg on the target, its logical volumes with alt_ names and its file systems mounted under /alt_inst, and copies the running file systems into them. Phase 2 installs any updates into the copy, runs a customisation script (-s) and builds the copy's boot image. Phase 3 unmounts /alt_inst, gives the logical volumes back their real names, puts the volume group to sleep and, unless -B was given, sets the bootlist.

-P runs only the phases you name (1, 2, 3, 12, 23 or all, the default). Between phases the copy is awake and mounted, so you can look at it or change files in it. Run the phases in order, and do not reboot while the copy sits between phases.`,
  objectives: [
    {
      id: 'phase1',
      text: 'Run phase 1 only, onto hdisk1.',
      hint: 'Run `alt_disk_copy -P 1 -d hdisk1`. It stops after the copy: no boot image, no rename, no bootlist change.',
      ladder: {
        nudge: 'One flag of alt_disk_copy chooses which phases run.',
        concept: '`alt_disk_copy` -P 1 creates and fills altinst_rootvg, then stops with the copy mounted under /alt_inst.',
        blanks: 'alt_disk_copy -P ____ -d hdisk1',
      },
      keep: true,
      done: (s) => lifecycleIs(s, 'cloning.phase1') && reachedBy(s, 'cloning.phase1', phase('1')),
      whyNotYet: (s) => (finished(s) ? 'The clone ran all its phases at once: remove it (alt_rootvg_op -X) and run phase 1 alone.' : `${diskPhrase(s, 'hdisk1')}: phase 1 has not run.`),
      focus: () => ['disk:hdisk1', 'vg:altinst_rootvg'],
      solutionLines: [0],
    },
    {
      id: 'inspect',
      text: 'Look at the half-built copy: its file systems under /alt_inst, and the bootlist still on hdisk0.',
      hint: 'Run `df -g` (the /alt_inst rows, on alt_hd4, alt_hd2 …) and `bootlist -m normal -o` (still hdisk0).',
      ladder: {
        nudge: 'Between phases the copy is mounted. Which command lists mounted file systems?',
        concept: '`df` lists mounted file systems: after phase 1 the copy appears under /alt_inst on alt_ logical volumes.',
        blanks: 'df -____',
      },
      after: 'phase1',
      keep: true,
      done: (s, _h, seen) => bootlistFirst(s) === 'hdisk0' && sawAfter(seen, phase('1'), looks, (out) => out.includes('/alt_inst')),
      whyNotYet: () => 'You have not looked at the /alt_inst file systems since phase 1.',
      focus: () => ['vg:altinst_rootvg', 'bootlist'],
      solutionLines: [1],
    },
    said({
      id: 'phase2',
      text: 'Run phase 2.',
      hint: 'Run `alt_disk_copy -P 2 -d hdisk1`: it builds the boot image on the copy (and would install updates or run a -s script).',
      ladder: {
        nudge: 'The copy has no boot image yet. Which phase makes one?',
        concept: 'Phase 2 of `alt_disk_copy` installs updates, runs the customisation script and builds the boot image; the copy stays mounted.',
        blanks: 'alt_disk_copy -P ____ -d hdisk1',
      },
      after: 'inspect',
      keep: true,
      spec: { lifecycle: 'cloning.phase2' },
      whyNotYet: (s) => (lifecycleIs(s, 'cloning.phase1') ? 'The copy is still at the end of phase 1.' : 'Phase 2 has not run on the copy.'),
      focus: () => ['disk:hdisk1'],
      solutionLines: [3],
    }),
    {
      id: 'phase3',
      text: 'Finish with phase 3 and see the bootlist move to hdisk1.',
      hint: 'Run `alt_disk_copy -P 3 -d hdisk1`, then `bootlist -m normal -o`: hdisk1 is first now.',
      ladder: {
        nudge: 'The copy is still awake. Which phase renames, unmounts and puts it to sleep?',
        concept: 'Phase 3 of `alt_disk_copy` unmounts /alt_inst, renames the LVs back, varies the VG off and sets the bootlist.',
        blanks: 'alt_disk_copy -P ____ -d hdisk1',
      },
      after: 'phase2',
      done: (s, _h, seen) => finished(s) && reachedBy(s, 'altinstAsleep', phase('3')) && sawAfter(seen, phase('3'), (c) => isCommand(c, 'bootlist'), (out) => /^hdisk1\b/m.test(out)),
      whyNotYet: (s) => (finished(s) ? 'You have not read the bootlist since phase 3.' : 'Phase 3 has not finished the clone: it is still awake.'),
      focus: () => ['disk:hdisk1', 'bootlist'],
      solutionLines: [4, 5],
    },
  ],
  solution: ['alt_disk_copy -P 1 -d hdisk1', 'df -g', 'bootlist -m normal -o', 'alt_disk_copy -P 2 -d hdisk1', 'alt_disk_copy -P 3 -d hdisk1', 'bootlist -m normal -o'],
  deadEnd: (s) =>
    hangDeadEnd(s) ??
    (lifecycleIs(s, 'odmDamaged', 'partialClone')
      ? 'The copy was cut between phases (a reboot or a power cut): it cannot be finished. Remove it with alt_rootvg_op -X altinst_rootvg and start again, or restart this lesson.'
      : null),
  negatives: [
    { objective: 'phase1', lines: ['alt_disk_copy -d hdisk1'], why: 'all three phases ran at once' },
    { objective: 'inspect', lines: ['alt_disk_copy -P 1 -d hdisk1', 'lspv'], why: 'lspv shows the VG, not the /alt_inst file systems' },
    { objective: 'phase2', lines: ['alt_disk_copy -P 1 -d hdisk1', 'df -g', 'alt_disk_copy -P 3 -d hdisk1'], why: 'phase 2 was skipped' },
    { objective: 'phase3', lines: ['alt_disk_copy -P 1 -d hdisk1', 'df -g', 'alt_disk_copy -P 2 -d hdisk1', 'bootlist -m normal -o'], why: 'the copy is still awake: phase 3 has not run' },
  ],
};
