// Lesson: the SMIT way (smitty alt_clone): F4 lists for the target disk and the bundle, F6 shows the
// command, Enter runs it. What the panel runs goes through the terminal, so the shell history shows it.
import { diskByName, diskPhrase, hangDeadEnd, hasFlag, isCommand, ran, ranAfter, saw } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const NEW = '7200-05-04';
const smit = (c: string) => isCommand(c, 'smitty') || isCommand(c, 'smit');
const openClone = (c: string) => smit(c) && (/\balt_clone\b|\balt_install\b/.test(c) || c.split(' ').length === 1);
const updateClone = (c: string) => isCommand(c, 'alt_disk_copy') && hasFlag(c, 'b') && hasFlag(c, 'l');
const updated = (s: SimSnapshot) => diskByName(s, 'hdisk1')?.role === 'altinst_rootvg' && diskByName(s, 'hdisk1')?.osLevel?.startsWith(NEW) === true;

export const smitClone: Lesson = {
  id: 'smit-clone',
  title: 'The SMIT way: smitty alt_clone, F4 and F6',
  summary: 'Build an updated clone from the SMIT dialog, pick values with F4, read the command with F6, and find it in the history.',
  track: 'cloning',
  scenario: 'reference-lab',
  intro: `SMIT (smitty on a terminal) fills in a dialog and builds the command line for you. The fast path smitty alt_clone opens "Clone the rootvg to an Alternate Disk". You only change the fields you need: the target disk, and for an update the bundle and where the images are.

F4 on a field lists what fits: for Target Disk(s) to install, only disks without a volume group; for Bundle to Install, update_all. F6 shows the exact command the dialog will run, and Enter runs it. Nothing is hidden: the line SMIT runs is an ordinary alt_disk_copy command, the same one you could type, and it lands in the shell history.

Here, build a clone on hdisk1 updated from the images in /export/7200-05-04 (answer yes to ACCEPT new license agreements if you like: SMIT then adds installp flags with -I). In the trainer, Esc then a digit works as the function key when F4 or F6 is taken by the browser.`,
  objectives: [
    {
      id: 'open',
      text: 'Open the SMIT dialog for cloning rootvg.',
      hint: 'Run `smitty alt_clone` (or `smitty` and choose "Clone the rootvg to an Alternate Disk").',
      ladder: {
        nudge: 'SMIT has a fast path named after the task. Which one clones rootvg?',
        concept: '`smitty` followed by a fast path opens that dialog directly; alt_clone is the one that builds alt_disk_copy.',
        blanks: 'smitty ____',
      },
      keep: true,
      done: (_s, h) => ran(h, openClone),
      whyNotYet: () => 'The SMIT dialog has not been opened yet.',
      focus: () => ['vg:rootvg'],
      solutionLines: [0],
    },
    {
      id: 'clone',
      text: 'From the dialog, clone rootvg onto hdisk1 updated to 7200-05-04.',
      hint: 'Target Disk(s): F4, select hdisk1. Bundle to Install: F4, update_all. Directory or Device with images: /export/7200-05-04. F6 shows `alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1`; Enter runs it.',
      ladder: {
        nudge: 'Three fields matter: the disk, the bundle, and where the images are. F4 offers the first two.',
        concept: 'The dialog builds `alt_disk_copy` with -d for the target, -b for the bundle and -l for the images; -b without -l is refused.',
        blanks: 'alt_disk_copy -b update_all -l ____ -d hdisk1',
      },
      after: 'open',
      done: (s, h) => updated(s) && ranAfter(h, openClone, updateClone),
      whyNotYet: (s) => {
        const d = diskByName(s, 'hdisk1');
        if (d?.role === 'altinst_rootvg' && !d.osLevel?.startsWith(NEW)) return `hdisk1 holds a clone at ${d.osLevel ?? 'the old level'}: the bundle or the image directory was left out.`;
        return `${diskPhrase(s, 'hdisk1')}: the dialog has not run an updating clone onto it yet.`;
      },
      focus: () => ['disk:hdisk1'],
      solutionLines: [1],
    },
    {
      id: 'history',
      text: 'Find the command SMIT ran in the shell history.',
      hint: 'Leave SMIT with F10 and run `history`: the alt_disk_copy line is there, exactly as F6 showed it.',
      ladder: {
        nudge: 'SMIT typed a command for you. Where does the shell keep the commands it ran?',
        concept: '`history` lists the command lines of this shell, numbered, including those SMIT ran.',
        blanks: 'h______',
      },
      after: 'clone',
      // The line SMIT ran is not typed at the prompt: judge the history listing, which names it.
      done: (_s, _h, seen) => saw(seen, (c) => isCommand(c, 'history'), (out) => /alt_disk_copy .*-b update_all/.test(out)),
      whyNotYet: () => 'You have not listed the shell history since the clone.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [2],
    },
  ],
  solution: ['smitty alt_clone', 'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1', 'history'],
  deadEnd: hangDeadEnd,
  negatives: [
    { objective: 'open', lines: ['smitty alt_mksysb'], why: 'that dialog installs a mksysb, it does not clone rootvg' },
    { objective: 'clone', lines: ['smitty alt_clone', 'alt_disk_copy -d hdisk1'], why: 'the bundle and the images were left out: the clone is at the old level' },
    { objective: 'history', lines: ['smitty alt_clone', 'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1', 'lspv'], why: 'lspv shows the disks, not the command that ran' },
  ],
};
