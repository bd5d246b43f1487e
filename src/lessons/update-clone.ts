// Lesson: clone and update in one go (update_all from a directory), boot the updated copy, prove the level.
// The two level checks judge what oslevel PRINTED. Booting the clone before reading the old level on
// hdisk0 is a dead end (deadEnd says so) until the learner falls back to hdisk0.
import {
  bootedFrom,
  bootlistFirst,
  commandsOf,
  diskByName,
  diskPhrase,
  hangDeadEnd,
  hasFlag,
  hostTrouble,
  isCommand,
  lastRun,
  runningLevel,
  sawAfter,
} from '../core/lessons/checker.ts';
import type { Lesson, Seen } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const NEW = '7200-05-04';
const OLD = '7200-05-03';
const isUpdateClone = (c: string) => isCommand(c, 'alt_disk_copy') && hasFlag(c, 'b');
const isReboot = (c: string) => isCommand(c, 'shutdown') || isCommand(c, 'reboot');
const isLevel = (c: string) => /^oslevel -s\b/.test(c);
/** After the update clone, oslevel -s printed the old level (it ran on hdisk0: the clone was not booted yet). */
const sawOldLevel = (seen: readonly Seen[]) => sawAfter(seen, isUpdateClone, isLevel, (out) => out.trim().startsWith(OLD));
/** The history alone (a run whose outputs were not kept): oslevel -s ran between the update clone and the next reboot. */
function levelReadBeforeReboot(history: readonly string[]): boolean {
  const cmds = commandsOf(history);
  const clone = lastRun(history, isUpdateClone);
  if (clone < 0) return false;
  const rest = cmds.slice(clone + 1);
  const reboot = rest.findIndex(isReboot);
  return rest.slice(0, reboot < 0 ? rest.length : reboot).some(isLevel);
}

export const updateClone: Lesson = {
  id: 'update-clone',
  title: 'Clone and update to 7200-05-04',
  summary: 'Build an updated copy of rootvg with update_all while production keeps running, then boot it and check the level.',
  track: 'updating',
  scenario: 'reference-lab',
  intro: `The main reason to clone is to apply a technology level or service pack without touching the disk you run from. alt_disk_copy can install updates into the copy as it builds it: the running system stays at its level, and the new level only starts when you boot the clone. If the new level misbehaves, the old disk is still there to go back to.

The update images for 7200-05-04 are in /export/7200-05-04 (the same images are on the DVD in /dev/cd0). update_all is the bundle that updates every installed fileset that has a newer image in that place.`,
  objectives: [
    said({
      id: 'updated-clone',
      text: 'Build a clone of rootvg on hdisk1 that is updated to 7200-05-04.',
      hint: 'Run `alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1`. -b names the bundle and needs -l, the place where the images are. Read the installp summary: each fileset should end in SUCCESS.',
      ladder: {
        nudge: 'The clone can be updated while it is built. What does alt_disk_copy need to know for that: what to install, and from where?',
        concept: '`alt_disk_copy` -b names an installp bundle (update_all) and -l the directory with the images; -d the target disk.',
        blanks: 'alt_disk_copy -b ______ -l ______ -d hdisk1',
      },
      spec: { levelOn: { disk: 'hdisk1', startsWith: NEW } },
      whyNotYet: (s) => {
        const d = diskByName(s, 'hdisk1');
        if (d?.osLevel) return `hdisk1 holds AIX ${d.osLevel}, not ${NEW}: the clone was made without the update.`;
        return `${diskPhrase(s, 'hdisk1')}: no updated clone on it yet.`;
      },
      focus: () => ['disk:hdisk1', 'vg:rootvg'],
      solutionLines: [0],
    }),
    {
      id: 'production-untouched',
      text: 'Before rebooting, confirm the running system is still at 7200-05-03.',
      hint: 'Run `oslevel -s` while still on hdisk0: 7200-05-03-2148. Only the copy on hdisk1 was updated.',
      ladder: {
        nudge: 'The update went into the copy. What does the system you are running on say about its own level?',
        concept: '`oslevel -s` reports the running system only: read it on hdisk0, after the update clone and before any reboot.',
        blanks: 'oslevel -__',
      },
      after: 'updated-clone',
      keep: true,
      done: (s, _h, seen) => bootedFrom(s, 'hdisk0') && runningLevel(s)?.startsWith(OLD) === true && sawOldLevel(seen),
      whyNotYet: (s) =>
        bootedFrom(s, 'hdisk0')
          ? `You have not read the running level on hdisk0 since the update clone (it is ${runningLevel(s) ?? 'unknown'}).`
          : `The system does not run from hdisk0 (${hostTrouble(s) ?? `it runs from ${s.hosts.find((h) => h.name === s.console)?.bootDisk ?? 'another disk'}`}): the old level can only be read there.`,
      focus: (s) => [`host:${s.console}`, 'disk:hdisk0'],
      solutionLines: [1],
    },
    said({
      id: 'boot',
      text: 'Boot the updated clone.',
      hint: 'The clone already set the bootlist to hdisk1 (check with `bootlist -m normal -o`); restart with `shutdown -Fr`.',
      ladder: {
        nudge: 'The new level only runs once the system starts from the disk that holds it.',
        concept: 'The clone pointed the bootlist at hdisk1; a restart (`shutdown -Fr`) boots it.',
        blanks: 'shutdown -__',
      },
      after: 'updated-clone',
      spec: { all: [{ bootedFrom: 'hdisk1' }, { runningLevel: NEW }] },
      whyNotYet: (s) => {
        const trouble = hostTrouble(s);
        if (trouble) return `${trouble}.`;
        if (bootlistFirst(s) !== 'hdisk1') return `The system runs from hdisk0 and the bootlist starts with ${bootlistFirst(s) ?? 'nothing'}, not hdisk1.`;
        return 'The system still runs from hdisk0: it has not been restarted onto the clone.';
      },
      focus: () => ['bootlist', 'disk:hdisk1'],
      solutionLines: [2],
    }),
    said({
      id: 'prove',
      text: 'Prove the system now runs 7200-05-04.',
      hint: 'After the reboot run `oslevel -s` (7200-05-04-2220). `instfix -i | grep ML` shows whether every fileset of the technology level is there.',
      ladder: {
        nudge: 'You believe the new level runs. What shows it?',
        concept: 'After the reboot, `oslevel -s` prints the level of the system now running.',
        blanks: 'oslevel -__',
      },
      after: 'boot',
      keep: true,
      spec: { saw: 'oslevel -s', after: { anyOf: ['shutdown', 'reboot'] }, output: { startsWith: NEW } },
      whyNotYet: () => 'You have not read the level since the reboot.',
      focus: (s) => [`host:${s.console}`, 'disk:hdisk1'],
      solutionLines: [3],
    }),
  ],
  solution: ['alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1', 'oslevel -s', 'shutdown -Fr', 'oslevel -s'],
  deadEnd: (s, h, seen) => {
    const hang = hangDeadEnd(s);
    if (hang) return hang;
    if (bootedFrom(s, 'hdisk1') && runningLevel(s)?.startsWith(NEW) && !sawOldLevel(seen) && !levelReadBeforeReboot(h))
      return 'You booted the clone before checking the running level on hdisk0, so "production untouched" can no longer be shown from here. Restart this lesson or go back a step (or fall back to hdisk0 first).';
    return null;
  },
  negatives: [
    { objective: 'updated-clone', lines: ['alt_disk_copy -d hdisk1'], why: 'a plain clone is at the old level' },
    {
      objective: 'production-untouched',
      lines: ['oslevel -s', 'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1', 'shutdown -Fr'],
      why: 'the level was read before the update clone, then the clone was booted',
    },
    { objective: 'boot', lines: ['alt_disk_copy -B -b update_all -l /export/7200-05-04 -d hdisk1', 'shutdown -Fr'], why: 'with -B the bootlist still says hdisk0' },
    {
      objective: 'prove',
      lines: ['alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1', 'oslevel -s', 'shutdown -Fr'],
      why: 'the level read before the reboot is the old one',
    },
  ],
};
