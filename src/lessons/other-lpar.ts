// Lesson: clone a rootvg disk for another partition (-B -O, -c for its console) and move it the supported
// way: remove the placeholder (-X), delete the device (rmdev), power the target down, move the disk, boot
// it from SMS on the other partition.
import { diskById, hangDeadEnd, hasFlag, isCommand, ranAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

/** hdisk1 of aixlab01, by hardware id: its hdisk name changes when it moves. */
const DISK = 'd1';
const TARGET = 'aixprod02';
const hostOf = (s: SimSnapshot, id: string) => s.hosts.find((h) => h.disks.some((d) => d.id === id)) ?? null;
const target = (s: SimSnapshot) => s.hosts.find((h) => h.name === TARGET) ?? null;
const cloneO = (c: string) => isCommand(c, 'alt_disk_copy') && hasFlag(c, 'O') && hasFlag(c, 'B');
const removeAlt = (c: string) => (isCommand(c, 'alt_rootvg_op') || isCommand(c, 'alt_disk_install')) && hasFlag(c, 'X');

export const otherLpar: Lesson = {
  id: 'other-lpar',
  title: 'A clone for another partition (-O) and moving the disk',
  summary: 'Clone rootvg with a device reset for aixprod02, hand the disk over the supported way, and boot aixprod02 from it.',
  track: 'advanced',
  scenario: 'mksysb-lab',
  intro: `A clone carries the device configuration of the system it was made on: its disks, adapters and boot device by location. Booted on another partition, that configuration does not match and the boot stops (LED 0554: the boot device cannot be opened). alt_disk_copy -O makes the clone for another machine: it resets the device configuration, so the first boot finds the hardware afresh. -c names the console device the new system should use (it goes with -O), and -B keeps this system's bootlist on its own disk.

Moving the disk is a procedure, not just pulling it. On the source: remove the altinst_rootvg placeholder with alt_rootvg_op -X altinst_rootvg and delete the disk's device with rmdev -dl. Then, with the target partition powered down, give it the disk, start it into SMS and boot that disk. The new system is a copy of aixlab01: same host name and network settings, which you would change before it joins the network.

Here the target is the partition aixprod02. lab console switches the terminal to its console, lab disk move d1 aixprod02 stands in for re-zoning the disk, and lab sms starts a partition into the SMS menus (answer each menu with its number).`,
  objectives: [
    said({
      id: 'clone',
      text: 'Clone rootvg onto hdisk1 for another partition, leaving this bootlist alone.',
      hint: 'Run `alt_disk_copy -B -O -c /dev/vty0 -d hdisk1`: "Resetting all device attributes." appears in the output.',
      ladder: {
        nudge: 'Two flags matter: one resets the device configuration, one keeps the bootlist.',
        concept: '`alt_disk_copy` -O resets device configuration for another system, -c names its console (only with -O), -B leaves the bootlist.',
        blanks: 'alt_disk_copy -B -____ -c /dev/vty0 -d hdisk1',
      },
      keep: true,
      spec: { reached: 'altinstAsleep', by: { name: 'alt_disk_copy', flags: 'OB' } },
      whyNotYet: () => 'No clone with -O and -B has been made on hdisk1.',
      focus: () => ['disk:hdisk1'],
      solutionLines: [0],
    }),
    {
      id: 'release',
      text: 'Release the disk on aixlab01: remove the placeholder and the device.',
      hint: 'Run `alt_rootvg_op -X altinst_rootvg`, then `rmdev -dl hdisk1`.',
      ladder: {
        nudge: 'This system must forget the disk before it leaves: first the volume group, then the device.',
        concept: '`alt_rootvg_op` -X removes the altinst_rootvg definition; `rmdev -dl hdisk1` deletes the disk from the ODM.',
        blanks: 'rmdev -dl ____',
      },
      after: 'clone',
      keep: true,
      done: (s, h) => {
        const d = diskById(s, DISK);
        const procedure = ranAfter(h, cloneO, removeAlt) && ranAfter(h, removeAlt, (c) => isCommand(c, 'rmdev') && hasFlag(c, 'd') && /\bhdisk1\b/.test(c));
        return procedure && (hostOf(s, DISK)?.name !== 'aixlab01' || (d?.name === null && d.role === 'free'));
      },
      whyNotYet: (_s, h) =>
        !ranAfter(h, cloneO, removeAlt)
          ? 'The altinst_rootvg placeholder of the clone has not been removed on aixlab01.'
          : 'hdisk1 has not been deleted as a device on aixlab01 (rmdev).',
      focus: () => ['disk:hdisk1'],
      solutionLines: [1, 2],
    },
    {
      id: 'move',
      text: 'Power aixprod02 down and give it the disk.',
      hint: 'Run `lab console aixprod02`, `shutdown -F`, then `lab disk move d1 aixprod02`.',
      ladder: {
        nudge: 'The target partition should be down when the disk arrives.',
        concept: '`lab` console attaches the terminal to aixprod02; `shutdown -F` stops it; `lab disk move` re-zones the disk.',
        blanks: 'lab disk move d1 ____',
      },
      after: 'release',
      keep: true,
      done: (s) => hostOf(s, DISK)?.name === TARGET,
      whyNotYet: (s) => `The disk d1 is still on ${hostOf(s, DISK)?.name ?? 'the shelf'}.`,
      focus: () => [`host:${TARGET}`],
      solutionLines: [3, 4, 5],
    },
    {
      id: 'boot',
      text: 'Boot aixprod02 from the moved disk.',
      hint: 'Run `lab sms aixprod02`, then answer 5 (Select Boot Options), 1 (Install/Boot Device), 7 (List all Devices), 3 (the new disk, location …L8300…), 2 (Normal Mode Boot), 1 (Yes). `lspv` shows it as rootvg; `hostname` still says aixlab01.',
      ladder: {
        nudge: 'The firmware of aixprod02 knows only its old boot disk. Choose the new one by hand.',
        concept: '`lab` sms starts the partition into SMS; Select Boot Options lets you boot one device once.',
        blanks: 'lab sms ____',
      },
      after: 'move',
      done: (s) => {
        const h = target(s);
        return h?.power === 'running' && h.disks.some((d) => d.id === DISK && d.booted);
      },
      whyNotYet: (s) => {
        const h = target(s);
        if (h?.power === 'hung') return `aixprod02 is hung at LED ${h.led ?? '?'}: the clone was not made for another partition.`;
        return h?.power === 'running' ? 'aixprod02 runs from its own disk, not from the moved one.' : 'aixprod02 has not been started from the moved disk yet.';
      },
      focus: () => [`host:${TARGET}`],
      solutionLines: [6, 7, 8, 9, 10, 11, 12],
    },
  ],
  solution: [
    'alt_disk_copy -B -O -c /dev/vty0 -d hdisk1',
    'alt_rootvg_op -X altinst_rootvg',
    'rmdev -dl hdisk1',
    'lab console aixprod02',
    'shutdown -F',
    'lab disk move d1 aixprod02',
    'lab sms aixprod02',
    '5',
    '1',
    '7',
    '3',
    '2',
    '1',
  ],
  deadEnd: (s) => {
    const hung = s.hosts.find((h) => h.power === 'hung');
    if (hung) return `${hung.name} is hung at LED ${hung.led ?? '?'}: this disk cannot boot there. Restart this lesson.`;
    return hangDeadEnd(s);
  },
  negatives: [
    { objective: 'clone', lines: ['alt_disk_copy -B -d hdisk1'], why: 'no device reset: the clone would not boot on aixprod02' },
    { objective: 'release', lines: ['alt_disk_copy -B -O -c /dev/vty0 -d hdisk1', 'alt_rootvg_op -X altinst_rootvg'], why: 'the device hdisk1 is still defined' },
    { objective: 'release', lines: ['alt_disk_copy -B -O -c /dev/vty0 -d hdisk1', 'lab disk move d1 aixprod02'], why: 'the disk was taken without the procedure: aixlab01 still defines it' },
    { objective: 'move', lines: ['alt_disk_copy -B -O -c /dev/vty0 -d hdisk1', 'alt_rootvg_op -X altinst_rootvg', 'rmdev -dl hdisk1', 'lab disk move d1 shelf'], why: 'the disk went to the shelf, not to aixprod02' },
    {
      objective: 'boot',
      lines: ['alt_disk_copy -B -O -c /dev/vty0 -d hdisk1', 'alt_rootvg_op -X altinst_rootvg', 'rmdev -dl hdisk1', 'lab console aixprod02', 'shutdown -F', 'lab disk move d1 aixprod02', 'lab power on aixprod02'],
      why: 'a plain power on follows aixprod02\'s bootlist: its own disk',
    },
  ],
};
