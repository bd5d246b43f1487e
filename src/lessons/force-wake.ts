// Lesson: an alternate at a newer version/release (7.3 seen from 7.2). The wake is refused; FORCE=yes
// overrides it, with a warning about the file systems of a former rootvg. The supported way: boot 7.3
// and wake the 7.2 disk from there.
import { diskPhrase, hangDeadEnd, hasFlag, isCommand, lifecycleIs, runningLevel } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const wakeOf = (disk: string) => (c: string) => isCommand(c, 'alt_rootvg_op') && hasFlag(c, 'W') && new RegExp(`\\b${disk}\\b`).test(c);

export const forceWake: Lesson = {
  id: 'force-wake',
  title: 'A newer release on the alternate: FORCE=yes, and the better way',
  summary: 'Try to wake a 7.3 rootvg from 7.2, see it refused, force it once to read the warning, then boot 7.3 and wake the 7.2 disk instead.',
  track: 'updating',
  scenario: 'release-lab',
  intro: `Last month aixlab01 was migrated to AIX 7.3 on hdisk1 (a migration onto a clone of rootvg), ran on it for a while, and went back to hdisk0 and AIX 7.2 because of an application problem. hdisk1 still holds the 7.3 system, known here as a sleeping altinst_rootvg.

Someone needs a file from the 7.3 disk. The wake is made for volume groups at the running level or older: a newer technology level or service pack of the same release is woken with a warning, but a newer version or release is refused. The environment variable FORCE=yes overrides the refusal for one command (FORCE=yes alt_rootvg_op -W -d hdisk1). It is risky on a disk that has run as rootvg: its JFS2 logs were written by the newer level, and replaying them with the older code can damage the file systems. Put it back to sleep at once.

The supported direction is the other way: boot the newer system and wake the older disk from there.`,
  objectives: [
    {
      id: 'refused',
      text: 'Try to wake the 7.3 rootvg on hdisk1 and read the refusal.',
      hint: 'Run `alt_rootvg_op -W -d hdisk1`: refused, the level is higher than the running system\'s, and it names FORCE=yes.',
      ladder: {
        nudge: 'Compare the running level with the one on hdisk1, then simply try the wake.',
        concept: '`alt_rootvg_op` -W refuses an alternate at a higher version/release than the running system.',
        blanks: 'alt_rootvg_op -W -d ____',
      },
      keep: true,
      done: (_s, _h, seen) => seen.some((x) => x.exitCode !== 0 && !/FORCE=/i.test(x.line) && wakeOf('hdisk1')(x.line.trim()) && x.output.includes('FORCE=yes')),
      whyNotYet: () => 'No plain wake of hdisk1 has been tried yet.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [0],
    },
    said({
      id: 'forced',
      text: 'Force the wake once and read the warning.',
      hint: 'Run `FORCE=yes alt_rootvg_op -W -d hdisk1`. It wakes, and warns that the JFS2 logs of a former rootvg were written by the newer level.',
      ladder: {
        nudge: 'The refusal names its own override: an environment variable set for one command.',
        concept: 'FORCE=yes before `alt_rootvg_op` -W overrides the level check for that command only.',
        blanks: '____=yes alt_rootvg_op -W -d hdisk1',
      },
      after: 'refused',
      keep: true,
      spec: { lifecycle: 'forcedAwake' },
      whyNotYet: () => 'The 7.3 rootvg has not been woken with FORCE=yes.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [1],
    }),
    said({
      id: 'sleep',
      text: 'Put it back to sleep straight away.',
      hint: 'Run `alt_rootvg_op -S`.',
      ladder: { nudge: 'The longer it stays awake under 7.2, the greater the risk.', concept: '`alt_rootvg_op` -S puts the woken alternate back to sleep.', blanks: 'alt_rootvg_op -____' },
      after: 'forced',
      keep: true,
      spec: { all: [{ lifecycle: 'fallenBack' }, { not: { disk: 'hdisk1', awake: true } }] },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: put it to sleep.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [2],
    }),
    said({
      id: 'boot-73',
      text: 'Boot the 7.3 disk.',
      hint: 'Run `bootlist -m normal hdisk1 hdisk0` and `shutdown -Fr`; `oslevel -s` then answers 7300-01-01-2246.',
      ladder: {
        nudge: 'Get onto the newer system, keeping hdisk0 as the way back.',
        concept: '`bootlist` -m normal sets the order the firmware tries; `shutdown -Fr` restarts.',
        blanks: 'bootlist -m normal ____ hdisk0',
      },
      after: 'sleep',
      keep: true,
      spec: { all: [{ bootedFrom: 'hdisk1' }, { runningLevel: '7300' }] },
      whyNotYet: (s) => `The system runs ${runningLevel(s) ?? 'nothing'}: boot hdisk1.`,
      focus: () => ['bootlist', 'disk:hdisk1'],
      solutionLines: [3, 4],
    }),
    said({
      id: 'wake-old',
      text: 'From 7.3, wake the 7.2 disk (hdisk0): no refusal, no warning.',
      hint: 'Run `alt_rootvg_op -W -d hdisk0`; its files are under /alt_inst (`ls /alt_inst/etc`).',
      ladder: {
        nudge: 'From the newer system, the older disk is the one the wake was designed for.',
        concept: '`alt_rootvg_op` -W of an older level wakes it normally: the running commands understand it.',
        blanks: 'alt_rootvg_op -W -d ____',
      },
      after: 'boot-73',
      keep: true,
      spec: { all: [{ lifecycle: 'onClone.oldAwake' }, { saw: { name: 'alt_rootvg_op', flags: 'W', has: ['hdisk0'] }, after: { anyOf: ['shutdown', 'reboot'] }, output: { lacks: ['higher', 'FORCE'] } }] },
      whyNotYet: () => 'The 7.2 disk has not been woken from 7.3.',
      focus: () => ['disk:hdisk0'],
      solutionLines: [5],
    }),
    said({
      id: 'sleep-old',
      text: 'Put the 7.2 disk back to sleep.',
      hint: 'Run `alt_rootvg_op -S`. `lspv` now calls hdisk0 altinst_rootvg, the name the wake gave it; `alt_rootvg_op -v old_rootvg -d hdisk0` would give the old name back.',
      ladder: { nudge: 'Same rule as always before any reboot.', concept: '`alt_rootvg_op` -S puts the woken disk back to sleep.', blanks: 'alt_rootvg_op -____' },
      after: 'wake-old',
      spec: { all: [{ lifecycle: 'onClone.oldAsleep' }, { saw: { name: 'alt_rootvg_op', flags: 'S' } }] },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk0')}: put it to sleep.`,
      focus: () => ['disk:hdisk0'],
      solutionLines: [6],
    }),
  ],
  solution: ['alt_rootvg_op -W -d hdisk1', 'FORCE=yes alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -S', 'bootlist -m normal hdisk1 hdisk0', 'shutdown -Fr', 'alt_rootvg_op -W -d hdisk0', 'alt_rootvg_op -S'],
  deadEnd: (s) =>
    hangDeadEnd(s) ??
    (lifecycleIs(s, 'odmDamaged', 'doubledNames', 'doubledNamesAsleep')
      ? 'The system rebooted with a disk awake: that disk can no longer be put to sleep. Restart this lesson.'
      : null),
  negatives: [
    { objective: 'refused', lines: ['lspv', 'oslevel -s'], why: 'no wake was tried' },
    { objective: 'forced', lines: ['alt_rootvg_op -W -d hdisk1', 'export FORCE=no', 'alt_rootvg_op -W -d hdisk1'], why: 'FORCE must be yes: the wake is refused again' },
    { objective: 'sleep', lines: ['alt_rootvg_op -W -d hdisk1', 'FORCE=yes alt_rootvg_op -W -d hdisk1', 'ls /alt_inst/etc'], why: 'still awake' },
    { objective: 'boot-73', lines: ['alt_rootvg_op -W -d hdisk1', 'FORCE=yes alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -S', 'shutdown -Fr'], why: 'the bootlist still starts with hdisk0' },
    {
      objective: 'wake-old',
      lines: ['alt_rootvg_op -W -d hdisk1', 'FORCE=yes alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -S', 'bootlist -m normal hdisk1 hdisk0', 'shutdown -Fr', 'alt_rootvg_op -W -d hdisk1'],
      why: 'hdisk1 is the running rootvg now',
    },
    {
      objective: 'sleep-old',
      lines: ['alt_rootvg_op -W -d hdisk1', 'FORCE=yes alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -S', 'bootlist -m normal hdisk1 hdisk0', 'shutdown -Fr', 'alt_rootvg_op -W -d hdisk0'],
      why: 'hdisk0 is still awake',
    },
  ],
};
