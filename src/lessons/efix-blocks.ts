// Lesson: an interim fix (efix) locks bos.rte, so an update_all clone fails in its installp step.
// Find the lock, remove the efix from the running system, clean the half-built clone and clone again.
import { diskPhrase, hangDeadEnd, hasFlag, isCommand } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const NEW = '7200-05-04';
const updateClone = (c: string) => isCommand(c, 'alt_disk_copy') && hasFlag(c, 'b');
const emgrRemove = (c: string) => isCommand(c, 'emgr') && hasFlag(c, 'r');

export const efixBlocks: Lesson = {
  id: 'efix-blocks',
  title: 'An interim fix blocks update_all',
  summary: 'An update clone fails because an efix locks bos.rte: find it, remove it, clean up the half-built clone and clone again.',
  track: 'updating',
  scenario: 'efix-lab',
  intro: `Interim fixes (efixes, installed with emgr) patch single files of a fileset between service packs. While one is installed, its fileset is locked: lslpp -l shows EFIXLOCKED, and installp will not update that fileset until the fix is removed. The clone copies the running system, efix and lock included, so an update_all into the clone stops in the installp step.

Before an update, list the efixes (emgr -l) and check whether the new service pack already contains each fix. Here it does: IJ41974s3a can go. Remove it from the running system with emgr -r -L and its label, clean away the clone that failed half way (it is altinst_rootvg, but not updated), and clone again.`,
  objectives: [
    said({
      id: 'fail',
      text: 'Try the update clone and see it fail.',
      hint: 'Run `alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1`. Read the installp summary: bos.rte is not updated.',
      ladder: {
        nudge: 'Start as the change plan says: clone and update in one go.',
        concept: '`alt_disk_copy` -b update_all -l dir runs installp inside the copy; a locked fileset makes it fail.',
        blanks: 'alt_disk_copy -b update_all -l ____ -d hdisk1',
      },
      keep: true,
      spec: { saw: { name: 'alt_disk_copy', flags: 'b' }, exit: 'failed' },
      whyNotYet: () => 'The update clone has not been tried yet.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [0],
    }),
    said({
      id: 'find',
      text: 'Find what locks bos.rte.',
      hint: 'Run `emgr -l` (the efix IJ41974s3a) or `lslpp -l bos.rte` (EFIXLOCKED).',
      ladder: {
        nudge: 'Something installed on the running system holds bos.rte. Which tool manages interim fixes?',
        concept: '`emgr` -l lists the installed interim fixes; `lslpp -l` shows EFIXLOCKED for a fileset they lock.',
        blanks: 'emgr -____',
      },
      after: 'fail',
      keep: true,
      spec: { any: [{ saw: { name: 'emgr', flags: 'l', notFlags: 'r' }, output: { contains: 'IJ41974s3a' } }, { saw: { name: 'lslpp', has: ['bos.rte'] }, output: { contains: 'EFIXLOCKED' } }] },
      whyNotYet: () => 'You have not looked at the installed interim fixes (or at the state of bos.rte) yet.',
      focus: () => ['vg:rootvg'],
      solutionLines: [1],
    }),
    said({
      id: 'remove',
      text: 'Remove the interim fix from the running system.',
      hint: 'Run `emgr -r -L IJ41974s3a`, then `emgr -l`: there is no efix data any more.',
      ladder: {
        nudge: 'The tool that listed the fix also removes it, by its label.',
        concept: '`emgr` -r -L label removes an interim fix and unlocks its fileset.',
        blanks: 'emgr -r -L ____',
      },
      after: 'find',
      keep: true,
      spec: { saw: { name: 'emgr', flags: 'r', has: ['IJ41974s3a'] }, exit: 'ok' },
      whyNotYet: () => 'IJ41974s3a is still installed: bos.rte stays locked.',
      focus: () => ['vg:rootvg'],
      solutionLines: [2],
    }),
    said({
      id: 'clean',
      text: 'Remove the half-built clone.',
      hint: 'Run `alt_rootvg_op -X altinst_rootvg`: hdisk1 shows None again.',
      ladder: {
        nudge: 'A clone that failed half way is not to be trusted, and it holds the name altinst_rootvg.',
        concept: '`alt_rootvg_op` -X altinst_rootvg removes the clone\'s definition; the disk is free for a new clone.',
        blanks: 'alt_rootvg_op -X ____',
      },
      after: 'remove',
      keep: true,
      spec: { disk: 'hdisk1', role: 'free' },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: the failed clone is still defined.`,
      focus: () => ['disk:hdisk1', 'vg:altinst_rootvg'],
      solutionLines: [4],
    }),
    said({
      id: 'reclone',
      text: 'Clone again with the update: this time every fileset is updated.',
      hint: 'Run `alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1` again; the summary ends in SUCCESS.',
      ladder: {
        nudge: 'The lock is gone and the disk is free. Same command as before.',
        concept: '`alt_disk_copy` -b update_all -l dir now updates bos.rte in the copy too.',
        blanks: 'alt_disk_copy -b ____ -l /export/7200-05-04 -d hdisk1',
      },
      after: 'clean',
      spec: { all: [{ levelOn: { disk: 'hdisk1', startsWith: NEW } }, { lifecycle: 'altinstAsleep' }, { saw: { name: 'alt_disk_copy', flags: 'b' }, after: { name: 'emgr', flags: 'r' } }] },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: no updated clone yet.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [5],
    }),
  ],
  solution: [
    'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1',
    'emgr -l',
    'emgr -r -L IJ41974s3a',
    'emgr -l',
    'alt_rootvg_op -X altinst_rootvg',
    'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1',
  ],
  deadEnd: (s, _h, seen) => {
    const hang = hangDeadEnd(s);
    if (hang) return hang;
    // The failure this lesson is about needs the efix: removed before the update clone was tried, it cannot happen.
    const removed = seen.findIndex((x) => x.exitCode === 0 && emgrRemove(x.line.trim()));
    const failed = seen.findIndex((x) => x.exitCode !== 0 && updateClone(x.line.trim()));
    return removed >= 0 && (failed < 0 || failed > removed)
      ? 'The interim fix was removed before the update clone was tried, so the failure this lesson shows can no longer happen. Restart this lesson.'
      : null;
  },
  negatives: [
    { objective: 'fail', lines: ['alt_disk_copy -d hdisk1'], why: 'a plain clone installs nothing: no failure to read' },
    { objective: 'fail', lines: ['emgr -r -L IJ41974s3a', 'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1'], why: 'the fix was removed first: the update succeeds, nothing fails (a dead end for this lesson)' },
    { objective: 'find', lines: ['alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1', 'lspv'], why: 'lspv says nothing about interim fixes' },
    { objective: 'remove', lines: ['alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1', 'emgr -l', 'alt_rootvg_op -X altinst_rootvg'], why: 'the efix is still installed' },
    { objective: 'clean', lines: ['alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1', 'emgr -l', 'emgr -r -L IJ41974s3a', 'alt_rootvg_op -S'], why: 'the half-built clone is still defined' },
    {
      objective: 'reclone',
      lines: ['alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1', 'emgr -l', 'emgr -r -L IJ41974s3a', 'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1'],
      why: 'the failed clone still holds altinst_rootvg: the new clone is refused',
    },
  ],
};
