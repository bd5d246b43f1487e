// Lesson: clone and update in one go (update_all from a directory), boot the updated copy, prove the level.
import { bootedFrom, diskByName, hasFlag, isCommand, ranAfter, runningLevel } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';

const NEW = '7200-05-04';
const OLD = '7200-05-03';
const isUpdateClone = (c: string) => isCommand(c, 'alt_disk_copy') && hasFlag(c, 'b');
const isReboot = (c: string) => isCommand(c, 'shutdown') || isCommand(c, 'reboot');

export const updateClone: Lesson = {
  id: 'update-clone',
  title: 'Clone and update to 7200-05-04',
  summary: 'Build an updated copy of rootvg with update_all while production keeps running, then boot it and check the level.',
  scenario: 'reference-lab',
  intro: `The main reason to clone is to apply a technology level or service pack without touching the disk you run from. alt_disk_copy can install updates into the copy as it builds it: the running system stays at its level, and the new level only starts when you boot the clone. If the new level misbehaves, the old disk is still there to go back to.

The update images for 7200-05-04 are in /export/7200-05-04 (the same images are on the DVD in /dev/cd0). update_all is the bundle that updates every installed fileset that has a newer image in that place.`,
  objectives: [
    {
      id: 'updated-clone',
      text: 'Build a clone of rootvg on hdisk1 that is updated to 7200-05-04.',
      hint: 'Run `alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1`. -b names the bundle and needs -l, the place where the images are. Read the installp summary: each fileset should end in SUCCESS.',
      done: (s) => diskByName(s, 'hdisk1')?.osLevel?.startsWith(NEW) === true,
    },
    {
      id: 'production-untouched',
      text: 'Before rebooting, confirm the running system is still at 7200-05-03.',
      hint: 'Run `oslevel -s` while still on hdisk0: 7200-05-03-2148. Only the copy on hdisk1 was updated.',
      after: 'updated-clone',
      keep: true,
      done: (s, h) => bootedFrom(s, 'hdisk0') && runningLevel(s)?.startsWith(OLD) === true && ranAfter(h, isUpdateClone, (c) => /^oslevel -s\b/.test(c)),
    },
    {
      id: 'boot',
      text: 'Boot the updated clone.',
      hint: 'The clone already set the bootlist to hdisk1 (check with `bootlist -m normal -o`); restart with `shutdown -Fr`.',
      after: 'updated-clone',
      done: (s) => bootedFrom(s, 'hdisk1') && runningLevel(s)?.startsWith(NEW) === true,
    },
    {
      id: 'prove',
      text: 'Prove the system now runs 7200-05-04.',
      hint: 'After the reboot run `oslevel -s` (7200-05-04-2220). `instfix -i | grep ML` shows whether every fileset of the technology level is there.',
      after: 'boot',
      done: (_s, h) => ranAfter(h, isReboot, (c) => /^oslevel -s\b/.test(c)),
    },
  ],
  solution: ['alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1', 'oslevel -s', 'shutdown -Fr', 'oslevel -s'],
};
