// Lesson: the power fails while a clone is half built (between phase 1 and 2 here; a cut in the middle
// of a running clone ends the same way). See what is left, see it cannot be finished, clean up, clone again.
import { diskPhrase, hangDeadEnd, hasFlag, isCommand, ranAfter, sawAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const clone = (c: string) => isCommand(c, 'alt_disk_copy');
const cut = (c: string) => isCommand(c, 'lab') && /\bcut-power\b/.test(c);
const finishTry = (c: string) => (isCommand(c, 'alt_rootvg_op') && hasFlag(c, 'S')) || (clone(c) && /-P\s*2/.test(c));

export const powerCut: Lesson = {
  id: 'power-cut',
  title: 'A power cut in the middle of a clone',
  summary: 'Lose power while a clone is half built, find the partial altinst_rootvg after the restart, and clean it up.',
  track: 'recovery',
  scenario: 'reference-lab',
  intro: `alt_disk_copy changes two places while it works: the target disk, and the running system's ODM, which holds the alt_ logical volumes and the /alt_inst file systems of the copy until phase 3 removes them. If the power fails before the end, both are left half way. The bootlist is not touched until phase 3, so the system restarts from its own disk.

What is left is a partial altinst_rootvg: lspv still names it, but it was never put to sleep, so alt_rootvg_op -S refuses it (0516-010: it is not varied on), and alt_disk_copy will neither finish it nor copy over it (0505-126). Nothing on it is worth keeping: alt_rootvg_op -X altinst_rootvg removes its definition, and a new clone starts clean.

To catch the moment, run phase 1 on its own (-P 1) and then cut the power with the trainer command lab cut-power (in the browser you may also cut it while a full clone is still printing).`,
  objectives: [
    said({
      id: 'cut',
      text: 'Start a clone and cut the power before it has finished.',
      hint: 'Run `alt_disk_copy -P 1 -d hdisk1`, then `lab cut-power`, then `lab power on`.',
      ladder: {
        nudge: 'Stop the clone half way: phase 1 alone leaves it unfinished; then pull the plug.',
        concept: '`alt_disk_copy` -P 1 stops after the copy, still awake; `lab cut-power` drops power with nothing shut down.',
        blanks: 'lab ____',
      },
      keep: true,
      spec: { all: [{ power: 'running' }, { ran: 'lab cut-power', after: 'alt_disk_copy' }, { any: [{ ran: 'lab power on', after: 'lab cut-power' }, { ran: 'lab sms', after: 'lab cut-power' }] }] },
      whyNotYet: (_s, h) => (ranAfter(h, clone, cut) ? 'The power is off: switch the partition on again.' : 'No clone has been cut by a power failure yet.'),
      focus: () => ['disk:hdisk1'],
      solutionLines: [0, 1, 2],
    }),
    {
      id: 'inspect',
      text: 'See what the cut left: a partial altinst_rootvg, and the bootlist still on hdisk0.',
      hint: 'Run `lspv` (hdisk1 still altinst_rootvg) and `bootlist -m normal -o` (hdisk0).',
      ladder: {
        nudge: 'After the restart, which disks belong to which volume group?',
        concept: '`lspv` still shows the half-built altinst_rootvg; phase 3 never ran, so the bootlist was not changed.',
        blanks: 'l___',
      },
      after: 'cut',
      keep: true,
      done: (_s, _h, seen) => sawAfter(seen, cut, (c) => c === 'lspv', (out) => /^hdisk1\s+\S+\s+altinst_rootvg/m.test(out)),
      whyNotYet: () => 'You have not listed the disks since the power came back.',
      focus: () => ['disk:hdisk1', 'bootlist'],
      solutionLines: [3],
    },
    {
      id: 'stuck',
      text: 'Try to finish or sleep it, and see that neither works.',
      hint: 'Run `alt_rootvg_op -S` (0516-010) or `alt_disk_copy -P 2 -d hdisk1`: the half-built copy cannot be completed.',
      ladder: {
        nudge: 'Is there a way to carry on where the clone stopped?',
        concept: '`alt_rootvg_op` -S needs a woken, varied-on clone; after the cut this one is neither.',
        blanks: 'alt_rootvg_op -____',
      },
      after: 'inspect',
      keep: true,
      done: (_s, _h, seen) => {
        const i = seen.map((x) => cut(x.line.trim().replace(/\s+/g, ' '))).lastIndexOf(true);
        return i >= 0 && seen.slice(i + 1).some((x) => x.exitCode !== 0 && finishTry(x.line.trim().replace(/\s+/g, ' ')));
      },
      whyNotYet: () => 'You have not tried to finish or sleep the half-built clone since the restart.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [5],
    },
    said({
      id: 'clean',
      text: 'Remove the partial clone\'s definition.',
      hint: 'Run `alt_rootvg_op -X altinst_rootvg`: `lspv` shows hdisk1 as None.',
      ladder: {
        nudge: 'Nothing on it is worth keeping. Remove its definition.',
        concept: '`alt_rootvg_op` -X altinst_rootvg clears the stale definitions of the clone from the ODM.',
        blanks: 'alt_rootvg_op -X ____',
      },
      after: 'stuck',
      keep: true,
      spec: { all: [{ disk: 'hdisk1', role: 'free' }, { any: [{ lifecycle: 'noAlternate' }, { lifecycle: 'cloneRemoved' }] }] },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: the partial clone is still defined.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [6],
    }),
    said({
      id: 'reclone',
      text: 'Make a complete clone.',
      hint: 'Run `alt_disk_copy -d hdisk1` and let it finish all three phases.',
      ladder: { nudge: 'The disk is free again.', concept: '`alt_disk_copy` -d disk runs all phases by default.', blanks: 'alt_disk_copy -d ____' },
      after: 'clean',
      spec: { all: [{ lifecycle: 'altinstAsleep' }, { disk: 'hdisk1', role: 'altinst_rootvg' }] },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: no complete clone yet.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [7],
    }),
  ],
  solution: ['alt_disk_copy -P 1 -d hdisk1', 'lab cut-power', 'lab power on', 'lspv', 'bootlist -m normal -o', 'alt_rootvg_op -S', 'alt_rootvg_op -X altinst_rootvg', 'alt_disk_copy -d hdisk1'],
  deadEnd: hangDeadEnd,
  negatives: [
    { objective: 'cut', lines: ['alt_disk_copy -d hdisk1', 'shutdown -Fr'], why: 'an orderly reboot after a finished clone: nothing was cut' },
    { objective: 'inspect', lines: ['alt_disk_copy -P 1 -d hdisk1', 'lab cut-power', 'lab power on', 'bootlist -m normal -o'], why: 'the bootlist alone does not show the partial clone' },
    { objective: 'stuck', lines: ['alt_disk_copy -P 1 -d hdisk1', 'lab cut-power', 'lab power on', 'lspv', 'alt_rootvg_op -X altinst_rootvg'], why: 'cleaned up without seeing why it had to be' },
    { objective: 'clean', lines: ['alt_disk_copy -P 1 -d hdisk1', 'lab cut-power', 'lab power on', 'lspv', 'alt_rootvg_op -S', 'alt_disk_copy -d hdisk1'], why: 'the partial clone still holds hdisk1: 0505-126' },
    { objective: 'reclone', lines: ['alt_disk_copy -P 1 -d hdisk1', 'lab cut-power', 'lab power on', 'lspv', 'alt_rootvg_op -S', 'alt_rootvg_op -X altinst_rootvg', 'alt_disk_copy -P 1 -d hdisk1'], why: 'phase 1 only: not complete' },
  ],
};
