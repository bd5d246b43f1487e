// Lesson: the classic mistake. Reboot with the clone awake and the bootlist on it: LED 0552. Recover
// through SMS onto the original disk, see that the clone cannot simply be put to sleep, remove it, clone again.
import { bootedFrom, consoleView, diskByName, diskPhrase, hasFlag, isCommand, isRunning, lifecycleIs, ranAfter } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const isLab = (c: string) => isCommand(c, 'lab');
const isSleep = (c: string) => isCommand(c, 'alt_rootvg_op') && hasFlag(c, 'S');
const isRemove = (c: string) => isCommand(c, 'alt_rootvg_op') && hasFlag(c, 'X');

export const awakeReboot: Lesson = {
  id: 'awake-reboot',
  title: 'Reboot with the clone awake: LED 0552 and the way out',
  summary: 'Forget to sleep the clone before a reboot, watch the boot stop at 0552, recover through SMS, clean up and clone again.',
  track: 'recovery',
  scenario: 'reference-lab',
  intro: `This lesson breaks things on purpose. Waking a clone renames its logical volumes on disk (hd4 becomes alt_hd4, and so on). Its boot image still expects the original names. If the system reboots from that disk before the clone is put back to sleep, the boot cannot vary on rootvg and stops with 0552 on the operator panel.

Getting out takes the firmware: power the partition off, start it into the SMS menus and boot the original disk once, by hand. The system comes back, but the wake left entries in its ODM that no sleep can undo any more. The clone is not to be trusted: remove its definition and make a new one.

In this trainer, \`lab power off\` and \`lab sms\` stand in for the HMC. In SMS you answer each menu with its number.`,
  objectives: [
    said({
      id: 'hang',
      text: 'Make a clone, wake it, and reboot without putting it to sleep.',
      hint: 'Run `alt_disk_copy -d hdisk1`, `alt_rootvg_op -W -d hdisk1`, then `shutdown -Fr`. The boot stops: the LED panel shows 0552.',
      ladder: {
        nudge: 'The mistake is a reboot at the wrong moment. Which state must the clone be in when you reboot?',
        concept: 'Make a clone (`alt_disk_copy`), wake it (`alt_rootvg_op -W`), and reboot (`shutdown -Fr`) without the sleep in between.',
        blanks: 'alt_disk_copy -d hdisk1 ; alt_rootvg_op -__ -d hdisk1 ; shutdown -Fr',
      },
      whyNotYet: (s) => {
        const d = diskByName(s, 'hdisk1');
        if (d?.role === 'altinst_rootvg' && d.awake) return 'The clone is awake and the bootlist points at it: now reboot.';
        if (d?.role === 'altinst_rootvg') return 'The clone sleeps: a reboot now would simply boot it. Wake it first.';
        return `${diskPhrase(s, 'hdisk1')}: there is no clone yet.`;
      },
      focus: () => ['disk:hdisk1', 'bootlist'],
      solutionLines: [0, 1, 2],
      keep: true,
      spec: { any: [{ lifecycle: 'hung.led552' }, { power: 'hung', led: '0552' }] },
    }),
    said({
      id: 'recover',
      text: 'Boot the original disk, hdisk0, through the SMS menus.',
      hint: 'Run `lab power off`, then `lab sms`. Answer 5 (Select Boot Options), 1 (Select Install/Boot Device), 7 (List all Devices), 1 (the first 21 GB disk, location …L8100…, is hdisk0; the clone is the one at position 1 of the boot order), 2 (Normal Mode Boot), 1 (Yes, leave SMS).',
      ladder: {
        nudge: 'The firmware can boot a disk of your choosing once, whatever the bootlist says. How do you reach it?',
        concept: 'Power off and start into SMS (`lab power off`, `lab sms`), then Select Boot Options → Install/Boot Device → List all Devices → the original disk → Normal Mode Boot.',
        blanks: 'lab power ___ ; lab ___',
      },
      whyNotYet: (s) => {
        const h = consoleView(s);
        if (h?.power === 'hung') return `${h.name} is hung at LED ${h.led ?? '?'}: power it off and start it into SMS.`;
        if (h?.power === 'off') return `${h.name} is off: start it into the SMS menus.`;
        if (h?.power === 'sms' || h?.power === 'firmware') return 'You are in SMS: pick hdisk0 (the first 21 GB disk) and boot it in normal mode.';
        return 'The system does not run from hdisk0.';
      },
      focus: (s) => [`host:${s.console}`, 'disk:hdisk0'],
      solutionLines: [3, 4, 5, 6, 7, 8, 9, 10],
      after: 'hang',
      spec: { bootedFrom: 'hdisk0' },
    }),
    said({
      id: 'damage',
      text: 'Try to put the clone to sleep, and see why that no longer helps.',
      hint: 'Run `alt_rootvg_op -S`: it fails with 0516-010, because the ODM still describes alt_ volumes of a volume group that is no longer varied on.',
      ladder: {
        nudge: 'The clone was left awake. Does putting it to sleep now still work?',
        concept: '`alt_rootvg_op -S` needs the clone varied on; after the reboot it is not, but its alt_ volumes are still in the ODM.',
        blanks: 'alt_rootvg_op -__',
      },
      whyNotYet: (s, h) => {
        if (!bootedFrom(s, 'hdisk0')) return 'The system is not back on hdisk0.';
        if (!lifecycleIs(s, 'odmDamaged')) return 'The stale clone definition is gone already: there is nothing left to try the sleep on.';
        return ranAfter(h, isLab, isSleep) ? 'The sleep ran, but the damage is not showing.' : 'You have not tried to put the clone to sleep since the recovery.';
      },
      focus: () => ['vg:altinst_rootvg', 'disk:hdisk1'],
      solutionLines: [11],
      after: 'recover',
      keep: true,
      spec: { all: [{ lifecycle: 'odmDamaged' }, { ran: { name: 'alt_rootvg_op', flags: 'S' }, after: 'lab' }] },
    }),
    said({
      id: 'cleanup',
      text: 'Remove the damaged clone definition.',
      hint: 'Run `alt_rootvg_op -X altinst_rootvg`. It clears the stale definitions and sets the bootlist back to hdisk0; `lspv` shows hdisk1 as None.',
      ladder: {
        nudge: 'The clone definition cannot be trusted. What removes an alternate rootvg definition?',
        concept: '`alt_rootvg_op -X altinst_rootvg` deletes the definition from the ODM and resets the bootlist.',
        blanks: 'alt_rootvg_op -X ______________',
      },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk1')}: the damaged definition is still there.`,
      focus: () => ['disk:hdisk1', 'vg:altinst_rootvg'],
      solutionLines: [12],
      after: 'damage',
      keep: true,
      spec: { all: [{ power: 'running' }, { disk: 'hdisk1', role: 'free' }, { any: [{ lifecycle: 'noAlternate' }, { lifecycle: 'cloneRemoved' }] }] },
    }),
    said({
      id: 'reclone',
      text: 'Make a fresh clone on hdisk1.',
      hint: 'Run `alt_disk_copy -d hdisk1` again. This time, if you wake it, finish with `alt_rootvg_op -S` before any reboot.',
      ladder: {
        nudge: 'hdisk1 is free again. Start over the right way.',
        concept: 'A new `alt_disk_copy` onto hdisk1; this time it ends asleep.',
        blanks: 'alt_disk_copy -d ______',
      },
      whyNotYet: (s) => {
        const d = diskByName(s, 'hdisk1');
        if (d?.role === 'altinst_rootvg' && d.awake) return 'The new clone is awake: put it to sleep.';
        return `${diskPhrase(s, 'hdisk1')}: no fresh clone yet.`;
      },
      focus: () => ['disk:hdisk1', 'vg:rootvg'],
      solutionLines: [13],
      after: 'cleanup',
      spec: { all: [{ disk: 'hdisk1', role: 'altinst_rootvg', awake: false }, { lifecycle: 'altinstAsleep' }] },
    }),
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
  deadEnd: (s, h) => {
    // Removed before the sleep was tried: the damage can no longer be seen.
    if (isRunning(s) && bootedFrom(s, 'hdisk0') && ranAfter(h, isLab, isRemove) && !ranAfter(h, isLab, isSleep))
      return 'You removed the clone before trying to put it to sleep, so the damage can no longer be shown. Restart this lesson or go back a step.';
    if (isRunning(s) && bootedFrom(s, 'hdisk1') && ranAfter(h, isLab, () => true))
      return 'The system came back on the clone, not on hdisk0: restart this lesson or go back a step.';
    return null;
  },
  negatives: [
    { objective: 'hang', lines: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'alt_rootvg_op -S', 'shutdown -Fr'], why: 'with the sleep first the clone boots fine' },
    {
      objective: 'recover',
      lines: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr', 'lab power off'],
      why: 'powered off, but nothing booted yet',
    },
    {
      objective: 'damage',
      lines: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr', 'lab power off', 'lab sms', '5', '1', '7', '1', '2', '1', 'lspv'],
      why: 'lspv does not try the sleep',
    },
    {
      objective: 'cleanup',
      lines: ['alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr', 'lab power off', 'lab sms', '5', '1', '7', '1', '2', '1', 'alt_rootvg_op -S'],
      why: 'the failed sleep removes nothing',
    },
    {
      objective: 'reclone',
      lines: [
        'alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1', 'shutdown -Fr', 'lab power off', 'lab sms', '5', '1', '7', '1', '2', '1',
        'alt_rootvg_op -S', 'alt_rootvg_op -X altinst_rootvg', 'alt_disk_copy -d hdisk1', 'alt_rootvg_op -W -d hdisk1',
      ],
      why: 'the new clone is left awake',
    },
  ],
};
