// Lesson: an old runbook written for alt_disk_install. Run its lines (the target is a plain operand,
// -C means "clone", -d would mean a mksysb device) and see they do what alt_disk_copy and alt_rootvg_op do.
import { diskByName, diskPhrase, hangDeadEnd, lifecycleIs } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';


export const legacyInstall: Lesson = {
  id: 'legacy-install',
  title: 'The legacy command: alt_disk_install',
  summary: 'Follow an old runbook written for alt_disk_install: clone, query, wake and sleep with the AIX 5.2 syntax.',
  track: 'cloning',
  scenario: 'reference-lab',
  intro: `Until AIX 5.2 one command did everything: alt_disk_install. AIX 5.3 split it into alt_disk_copy (clone), alt_disk_mksysb (install a mksysb) and alt_rootvg_op (wake, sleep, rename, query, remove, customise). alt_disk_install is still shipped as a wrapper that calls the new commands, but it gets no new flags, and its arguments read differently.

The traps: the target disk is a plain operand at the end, not a -d option; -C means "clone the running rootvg"; and -d, which names the target in alt_disk_copy, names the mksysb device in alt_disk_install. So alt_disk_install -C hdisk1 is alt_disk_copy -d hdisk1, alt_disk_install -W hdisk1 is alt_rootvg_op -W -d hdisk1, and alt_disk_install -d hdisk1 is an error.

Run the old runbook's four steps as written.`,
  objectives: [
    said({
      id: 'clone',
      text: 'Clone rootvg onto hdisk1 with alt_disk_install.',
      hint: 'Run `alt_disk_install -C hdisk1`: the same output as `alt_disk_copy -d hdisk1`.',
      ladder: {
        nudge: 'In the old syntax one flag means "clone the running rootvg", and the disk comes last.',
        concept: '`alt_disk_install` -C clones rootvg onto the disks named as operands; -d would be a mksysb device.',
        blanks: 'alt_disk_install -____ hdisk1',
      },
      keep: true,
      spec: { all: [{ disk: 'hdisk1', role: 'altinst_rootvg' }, { reached: 'altinstAsleep', by: { name: 'alt_disk_install', flags: 'C' } }] },
      whyNotYet: (s) => (diskByName(s, 'hdisk1')?.role === 'altinst_rootvg' ? 'hdisk1 was cloned with the new command, not the runbook\'s.' : `${diskPhrase(s, 'hdisk1')}: not cloned yet.`),
      focus: () => ['disk:hdisk1', 'vg:rootvg'],
      solutionLines: [0],
    }),
    said({
      id: 'query',
      text: 'Ask which disk boots the clone.',
      hint: 'Run `alt_disk_install -q hdisk1` (new syntax: `alt_rootvg_op -q -d hdisk1`): it prints hdisk1.',
      ladder: {
        nudge: 'The query flag is the same letter in both commands; only the disk is written differently.',
        concept: '`alt_disk_install` -q disk prints the boot disk of that alternate volume group.',
        blanks: 'alt_disk_install -q ____',
      },
      after: 'clone',
      spec: { any: [{ saw: { name: 'alt_disk_install', flags: 'q' }, after: { name: 'alt_disk_install', flags: 'C' }, output: { line: 'hdisk1' } }, { saw: { name: 'alt_rootvg_op', flags: 'q' }, after: { name: 'alt_disk_install', flags: 'C' }, output: { line: 'hdisk1' } }] },
      whyNotYet: () => 'You have not queried the clone\'s boot disk since it was made.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [1],
    }),
    said({
      id: 'wake',
      text: 'Wake the clone with the old syntax.',
      hint: 'Run `alt_disk_install -W hdisk1`. `lspv` shows hdisk1 altinst_rootvg active.',
      ladder: {
        nudge: 'Wake is -W in both commands. How does the old one take the disk?',
        concept: '`alt_disk_install` -W disk wakes the alternate (it runs alt_rootvg_op -W -d disk).',
        blanks: 'alt_disk_install -W ____',
      },
      after: 'query',
      keep: true,
      spec: { all: [{ disk: 'hdisk1', awake: true }, { reached: 'altinstAwake', by: { name: 'alt_disk_install', flags: 'W' } }] },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: wake it with the runbook's command.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [2],
    }),
    said({
      id: 'sleep',
      text: 'Put it back to sleep with the old syntax.',
      hint: 'Run `alt_disk_install -S` (new: `alt_rootvg_op -S`).',
      ladder: {
        nudge: 'Sleep takes no disk at all: there is only one awake alternate.',
        concept: '`alt_disk_install` -S puts the woken alternate back to sleep.',
        blanks: 'alt_disk_install -____',
      },
      after: 'wake',
      spec: { all: [{ all: [{ lifecycle: 'altinstAsleep' }, { disk: 'hdisk1', role: 'altinst_rootvg' }] }, { reached: 'altinstAsleep', by: { name: 'alt_disk_install', flags: 'S' } }] },
      whyNotYet: (s) => (diskByName(s, 'hdisk1')?.awake ? 'hdisk1 is still awake.' : `${diskPhrase(s, 'hdisk1')}: put to sleep with alt_disk_install -S.`),
      focus: () => ['disk:hdisk1'],
      solutionLines: [3],
    }),
  ],
  solution: ['alt_disk_install -C hdisk1', 'alt_disk_install -q hdisk1', 'alt_disk_install -W hdisk1', 'alt_disk_install -S'],
  deadEnd: (s) => hangDeadEnd(s) ?? (lifecycleIs(s, 'odmDamaged') ? 'The system rebooted with the clone awake: remove it (alt_disk_install -X) and clone again, or restart this lesson.' : null),
  negatives: [
    { objective: 'clone', lines: ['alt_disk_install -d hdisk1'], why: '-d names a mksysb device in the old syntax: nothing is cloned' },
    { objective: 'query', lines: ['alt_disk_install -C hdisk1', 'alt_disk_install -q -d hdisk1'], why: 'the new -d form is not the old syntax' },
    { objective: 'wake', lines: ['alt_disk_install -C hdisk1', 'alt_disk_install -q hdisk1', 'alt_disk_install -W -d hdisk1'], why: 'the old command takes the disk as an operand' },
    { objective: 'sleep', lines: ['alt_disk_install -C hdisk1', 'alt_disk_install -q hdisk1', 'alt_disk_install -W hdisk1', 'lspv'], why: 'still awake' },
  ],
};
