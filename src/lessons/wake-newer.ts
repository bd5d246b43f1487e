// Lesson: the level rule of the wake (REFERENCE §2.3, R12 as IBM documents it today). A clone at a newer
// TL/SP of the same release wakes with a warning; a newer version/release is refused unless FORCE=yes.
// The supported direction: boot the newer disk and wake the older one.
import { bootlistFirst, diskByName, diskPhrase, hangDeadEnd, hasFlag, isCommand, lifecycleIs, sawAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const NEW = '7200-05-04';
const wakeOf = (disk: string) => (c: string) => isCommand(c, 'alt_rootvg_op') && hasFlag(c, 'W') && new RegExp(`\\b${disk}\\b`).test(c);
const updatedAsleep = (s: SimSnapshot) => diskByName(s, 'hdisk1')?.osLevel?.startsWith(NEW) === true && diskByName(s, 'hdisk1')?.role === 'altinst_rootvg';

export const wakeNewer: Lesson = {
  id: 'wake-newer',
  title: 'Waking a newer clone: the level rule and FORCE=yes',
  summary: 'Wake a clone one service pack ahead and read the warning, then do it the supported way: boot the new level and wake the old disk.',
  track: 'updating',
  scenario: 'reference-lab',
  intro: `The wake (alt_rootvg_op -W) was designed for a volume group at the running system's level or older: the running commands work on the woken file systems and logical volumes, and newer ones may hold things older commands do not understand. The rule today: a clone at a higher technology level or service pack of the same release wakes, with a warning that some operations on it might not work correctly. A clone at a higher version or release (a 7.3 disk seen from 7.2) is refused, unless the environment variable FORCE is set to yes; forcing it on a disk that has run as a rootvg is dangerous, because its JFS2 logs were written by the newer system.

The supported direction is the other way round: boot the newer disk, and from there wake the older one, which is how you read a file from the old rootvg after an update.

Build a clone updated to 7200-05-04 with -B, so the running system stays on 7200-05-03 and on hdisk0.`,
  objectives: [
    said({
      id: 'updated',
      text: 'Build an updated clone (7200-05-04) on hdisk1 without changing the bootlist.',
      hint: 'Run `alt_disk_copy -B -b update_all -l /export/7200-05-04 -d hdisk1`.',
      ladder: {
        nudge: 'Clone and update in one command, and keep the bootlist on hdisk0.',
        concept: '`alt_disk_copy` -b update_all -l dir installs updates into the copy; -B leaves the bootlist alone.',
        blanks: 'alt_disk_copy -B -b update_all -l ____ -d hdisk1',
      },
      keep: true,
      spec: { all: [{ levelOn: { disk: 'hdisk1', startsWith: NEW } }, { disk: 'hdisk1', role: 'altinst_rootvg' }, { bootlistFirst: 'hdisk0' }] },
      whyNotYet: (s) => {
        const d = diskByName(s, 'hdisk1');
        if (d?.role === 'altinst_rootvg' && !d.osLevel?.startsWith(NEW)) return `hdisk1 holds a clone at ${d.osLevel ?? 'the old level'}: not updated.`;
        if (updatedAsleep(s)) return `The bootlist starts with ${bootlistFirst(s) ?? 'nothing'}: the clone was made without -B.`;
        return `${diskPhrase(s, 'hdisk1')}: no updated clone yet.`;
      },
      focus: () => ['disk:hdisk1'],
      solutionLines: [0],
    }),
    {
      id: 'warned',
      text: 'Wake the newer clone from the older system and read the warning.',
      hint: 'Run `alt_rootvg_op -W -d hdisk1`: it wakes, with a warning that the clone is at a higher technology level or service pack. No FORCE needed for that.',
      ladder: {
        nudge: 'Try the wake from the old level. Is it refused or only warned about?',
        concept: '`alt_rootvg_op` -W of a higher TL/SP of the same release wakes with a warning; only a higher version/release needs FORCE=yes.',
        blanks: 'alt_rootvg_op -W -d ____',
      },
      after: 'updated',
      keep: true,
      done: (_s, _h, seen) => sawAfter(seen, (c) => isCommand(c, 'alt_disk_copy'), wakeOf('hdisk1'), (out) => /higher technology level or service pack/.test(out.replace(/\s+/g, ' '))),
      whyNotYet: () => 'You have not woken the newer clone from the running 7200-05-03 system yet.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [1],
    },
    said({
      id: 'sleep',
      text: 'Put it back to sleep.',
      hint: 'Run `alt_rootvg_op -S`.',
      ladder: {
        nudge: 'Before anything else, undo the wake.',
        concept: '`alt_rootvg_op` -S puts the woken clone back to sleep.',
        blanks: 'alt_rootvg_op -____',
      },
      after: 'warned',
      keep: true,
      spec: { all: [{ any: [{ lifecycle: 'altinstAsleep' }, { lifecycle: 'fallenBack' }] }, { levelOn: { disk: 'hdisk1', startsWith: NEW } }, { disk: 'hdisk1', role: 'altinst_rootvg' }] },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: put the newer clone back to sleep.`,
      focus: () => ['disk:hdisk1'],
      solutionLines: [2],
    }),
    said({
      id: 'boot-new',
      text: 'Boot the newer disk.',
      hint: 'Run `bootlist -m normal hdisk1 hdisk0`, then `shutdown -Fr`. `oslevel -s` answers 7200-05-04-2220.',
      ladder: {
        nudge: 'The supported direction is from the newer system. Get onto it.',
        concept: '`bootlist` -m normal sets the boot order; `shutdown -Fr` restarts into it.',
        blanks: 'bootlist -m normal ____ hdisk0',
      },
      after: 'sleep',
      keep: true,
      spec: { all: [{ bootedFrom: 'hdisk1' }, { lifecycle: 'onClone' }] },
      whyNotYet: (s) => `The system runs from ${diskByName(s, 'hdisk0')?.booted ? 'hdisk0' : 'another disk'}: set the bootlist to hdisk1 and reboot.`,
      focus: () => ['bootlist', 'disk:hdisk1'],
      solutionLines: [3, 4],
    }),
    said({
      id: 'wake-old',
      text: 'From the new level, wake the old rootvg on hdisk0: no warning this time.',
      hint: 'Run `alt_rootvg_op -W -d hdisk0`: it wakes silently (an older level). Its files are under /alt_inst.',
      ladder: {
        nudge: 'Now the running system is the newer one. Which disk is the older one?',
        concept: '`alt_rootvg_op` -W of an older or equal level is what the wake was designed for: no warning.',
        blanks: 'alt_rootvg_op -W -d ____',
      },
      after: 'boot-new',
      keep: true,
      spec: { all: [{ lifecycle: 'onClone.oldAwake' }, { saw: { name: 'alt_rootvg_op', flags: 'W', has: ['hdisk0'] }, after: { anyOf: ['shutdown', 'reboot'] }, output: { lacks: 'higher' } }] },
      whyNotYet: () => 'The old rootvg on hdisk0 has not been woken from the new level.',
      focus: () => ['disk:hdisk0'],
      solutionLines: [5],
    }),
    said({
      id: 'sleep-old',
      text: 'Put the old rootvg back to sleep.',
      hint: 'Run `alt_rootvg_op -S`.',
      ladder: {
        nudge: 'Same rule in this direction: a woken disk sleeps before any reboot.',
        concept: '`alt_rootvg_op` -S puts the woken old rootvg back to sleep.',
        blanks: 'alt_rootvg_op -____',
      },
      after: 'wake-old',
      spec: { all: [{ lifecycle: 'onClone.oldAsleep' }, { bootedFrom: 'hdisk1' }] },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk0')}: put it to sleep.`,
      focus: () => ['disk:hdisk0'],
      solutionLines: [6],
    }),
  ],
  solution: [
    'alt_disk_copy -B -b update_all -l /export/7200-05-04 -d hdisk1',
    'alt_rootvg_op -W -d hdisk1',
    'alt_rootvg_op -S',
    'bootlist -m normal hdisk1 hdisk0',
    'shutdown -Fr',
    'alt_rootvg_op -W -d hdisk0',
    'alt_rootvg_op -S',
  ],
  deadEnd: (s) =>
    hangDeadEnd(s) ??
    (lifecycleIs(s, 'odmDamaged', 'doubledNames', 'doubledNamesAsleep')
      ? 'The system rebooted with a disk awake: that disk can no longer be put to sleep. Restart this lesson.'
      : null),
  negatives: [
    { objective: 'updated', lines: ['alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1'], why: 'without -B the bootlist moved to the clone' },
    { objective: 'warned', lines: ['alt_disk_copy -B -b update_all -l /export/7200-05-04 -d hdisk1', 'lspv'], why: 'nothing was woken' },
    { objective: 'sleep', lines: ['alt_disk_copy -B -b update_all -l /export/7200-05-04 -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'bootlist -m normal hdisk1 hdisk0'], why: 'still awake' },
    {
      objective: 'boot-new',
      lines: ['alt_disk_copy -B -b update_all -l /export/7200-05-04 -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -S', 'shutdown -Fr'],
      why: 'the bootlist still starts with hdisk0: the reboot came back on the old level',
    },
    {
      objective: 'wake-old',
      lines: ['alt_disk_copy -B -b update_all -l /export/7200-05-04 -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -S', 'bootlist -m normal hdisk1 hdisk0', 'shutdown -Fr', 'alt_rootvg_op -W -d hdisk1'],
      why: 'hdisk1 is the running rootvg now; the old one is hdisk0',
    },
    {
      objective: 'sleep-old',
      lines: ['alt_disk_copy -B -b update_all -l /export/7200-05-04 -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -S', 'bootlist -m normal hdisk1 hdisk0', 'shutdown -Fr', 'alt_rootvg_op -W -d hdisk0'],
      why: 'hdisk0 is still awake',
    },
  ],
};
