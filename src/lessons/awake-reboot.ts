// Lesson: the classic mistake. Reboot with the clone awake and the bootlist on it: LED 0552. Recover
// through SMS onto the original disk, see that the clone cannot simply be put to sleep, remove it, clone again.
import { bootedFrom, consoleView, diskByName, hasFlag, isCommand, isRunning, lifecycleIs, ranAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';

export const awakeReboot: Lesson = {
  id: 'awake-reboot',
  title: 'Reboot with the clone awake: LED 0552 and the way out',
  summary: 'Forget to sleep the clone before a reboot, watch the boot stop at 0552, recover through SMS, clean up and clone again.',
  scenario: 'reference-lab',
  intro: `This lesson breaks things on purpose. Waking a clone renames its logical volumes on disk (hd4 becomes alt_hd4, and so on). Its boot image still expects the original names. If the system reboots from that disk before the clone is put back to sleep, the boot cannot vary on rootvg and stops with 0552 on the operator panel.

Getting out takes the firmware: power the partition off, start it into the SMS menus and boot the original disk once, by hand. The system comes back, but the wake left entries in its ODM that no sleep can undo any more. The clone is not to be trusted: remove its definition and make a new one.

In this trainer, \`lab power off\` and \`lab sms\` stand in for the HMC. In SMS you answer each menu with its number.`,
  objectives: [
    {
      id: 'hang',
      text: 'Make a clone, wake it, and reboot without putting it to sleep.',
      hint: 'Run `alt_disk_copy -d hdisk1`, `alt_rootvg_op -W -d hdisk1`, then `shutdown -Fr`. The boot stops: the LED panel shows 0552.',
      keep: true,
      done: (s) => lifecycleIs(s, 'hung.led552') || (consoleView(s)?.power === 'hung' && consoleView(s)?.led === '0552'),
    },
    {
      id: 'recover',
      text: 'Boot the original disk, hdisk0, through the SMS menus.',
      hint: 'Run `lab power off`, then `lab sms`. Answer 5 (Select Boot Options), 1 (Select Install/Boot Device), 7 (List all Devices), 1 (the first 21 GB disk, location …L8100…, is hdisk0; the clone is the one at position 1 of the boot order), 2 (Normal Mode Boot), 1 (Yes, leave SMS).',
      after: 'hang',
      done: (s) => bootedFrom(s, 'hdisk0'),
    },
    {
      id: 'damage',
      text: 'Try to put the clone to sleep, and see why that no longer helps.',
      hint: 'Run `alt_rootvg_op -S`: it fails with 0516-010, because the ODM still describes alt_ volumes of a volume group that is no longer varied on.',
      after: 'recover',
      keep: true,
      done: (s, h) => lifecycleIs(s, 'odmDamaged') && ranAfter(h, (c) => isCommand(c, 'lab'), (c) => isCommand(c, 'alt_rootvg_op') && hasFlag(c, 'S')),
    },
    {
      id: 'cleanup',
      text: 'Remove the damaged clone definition.',
      hint: 'Run `alt_rootvg_op -X altinst_rootvg`. It clears the stale definitions and sets the bootlist back to hdisk0; `lspv` shows hdisk1 as None.',
      after: 'damage',
      keep: true,
      done: (s) => isRunning(s) && diskByName(s, 'hdisk1')?.role === 'free' && lifecycleIs(s, 'noAlternate', 'cloneRemoved'),
    },
    {
      id: 'reclone',
      text: 'Make a fresh clone on hdisk1.',
      hint: 'Run `alt_disk_copy -d hdisk1` again. This time, if you wake it, finish with `alt_rootvg_op -S` before any reboot.',
      after: 'cleanup',
      done: (s) => diskByName(s, 'hdisk1')?.role === 'altinst_rootvg' && !diskByName(s, 'hdisk1')?.awake && lifecycleIs(s, 'altinstAsleep'),
    },
  ],
  solution: [
    'alt_disk_copy -d hdisk1',
    'alt_rootvg_op -W -d hdisk1',
    'shutdown -Fr',
    'lab power off',
    'lab sms',
    '5',
    '1',
    '7',
    '1',
    '2',
    '1',
    'alt_rootvg_op -S',
    'alt_rootvg_op -X altinst_rootvg',
    'alt_disk_copy -d hdisk1',
  ],
};
