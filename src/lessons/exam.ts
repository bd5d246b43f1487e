// The exam: the change a team would book a window for. Pre-check the system, build an updated clone of
// rootvg on the free disk, boot it, prove the new level, then back out to the original disk and clean up,
// as the change plan says. No hints: each item says, after the exam, what was right or what was missing.
import { bootedFrom, bootlistFirst, commandsOf, consoleView, diskByName, firstListedDisk, hasFlag, isCommand, lifecycleIs, ran, ranAfter, runningLevel, sawAfter } from '../core/lessons/checker.ts';
import type { Exam } from '../core/lessons/exam.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';

const NEW = '7200-05-04';
const OLD = '7200-05-03';

const isClone = (c: string) => isCommand(c, 'alt_disk_copy');
const isUpdateClone = (c: string) => isClone(c) && hasFlag(c, 'b');
const isReboot = (c: string) => isCommand(c, 'shutdown') || isCommand(c, 'reboot');
const isLevel = (c: string) => /^oslevel -s\b/.test(c);
const isBootlistShow = (c: string) => isCommand(c, 'bootlist') && hasFlag(c, 'o');
const isLsvgRootvg = (c: string) => isCommand(c, 'lsvg') && c.split(' ').includes('rootvg');
const isFilesetCheck = (c: string) => isCommand(c, 'lslpp') && /bos\.alt_disk_install|alt_disk/.test(c);
const isBootlistSet = (c: string) => isCommand(c, 'bootlist') && !hasFlag(c, 'o') && c.split(' ').includes('hdisk0');

/** `check` ran before any clone was started: a pre-check is a check only when it comes first. */
const before = (check: (c: string) => boolean) => (_s: SimSnapshot, h: readonly string[]) => {
  const cmds = commandsOf(h);
  const at = cmds.findIndex(check);
  const clone = cmds.findIndex(isClone);
  return at >= 0 && (clone < 0 || at < clone);
};

/** The boot went wrong: hung at an LED, or the ODM left damaged by a boot of an awake clone. */
const bootTrouble = (s: SimSnapshot) => consoleView(s)?.power === 'hung' || lifecycleIs(s, 'hung', 'odmDamaged');

export const exam: Exam = {
  id: 'update-change',
  title: 'Exam: update rootvg to 7200-05-04 with a clone, and back out',
  scenario: 'reference-lab',
  quizTracks: ['basics', 'cloning', 'updating', 'recovery', 'advanced'],
  brief: `Change 4711: lpar01 runs AIX 7200-05-03 from hdisk0. Apply technology level 7200-05-04 (images in /export/7200-05-04) without touching the running disk: build an updated copy of rootvg on a free disk, boot it and prove the new level.

The change plan also asks you to prove the way back: once the new level is verified, return to the original disk, confirm the old level, and remove the leftover alternate definition so the disk is free again.

Start with the pre-checks a change record asks for: the disks, rootvg, the bootlist, the level, and that the alt_disk_install fileset is installed. No hints in this run; when you are done, press "Finish exam" for your score and feedback on each step.`,
  items: [
    {
      id: 'check-disks',
      title: 'Pre-check: the disks',
      met: before((c) => isCommand(c, 'lspv')),
      pass: 'You listed the disks before cloning: lspv showed hdisk1 with no volume group (None), a valid target.',
      fail: 'Before cloning, run `lspv`: the target must be a disk that belongs to no volume group (None). Cloning onto a disk in use destroys its data, or is refused.',
    },
    {
      id: 'check-rootvg',
      title: 'Pre-check: rootvg',
      met: before(isLsvgRootvg),
      pass: 'You looked at rootvg before cloning (lsvg rootvg): its used partitions must fit on the target disk.',
      fail: 'Before cloning, run `lsvg rootvg` (or `lsvg -l rootvg`): the target disk must hold every used partition of rootvg.',
    },
    {
      id: 'check-bootlist',
      title: 'Pre-check: the bootlist',
      met: before(isBootlistShow),
      pass: 'You recorded the bootlist before the change (bootlist -m normal -o): hdisk0, the disk to come back to.',
      fail: 'Before cloning, run `bootlist -m normal -o` and note it: alt_disk_copy changes the bootlist, and the back-out needs the original.',
    },
    {
      id: 'check-level',
      title: 'Pre-check: the level',
      met: before(isLevel),
      pass: 'You recorded the level before the change (oslevel -s: 7200-05-03-2148), to compare with after the boot.',
      fail: 'Before cloning, run `oslevel -s`: without the level before the change you cannot prove the update changed it.',
    },
    {
      id: 'check-fileset',
      title: 'Pre-check: the alt_disk_install fileset',
      met: before(isFilesetCheck),
      pass: 'You checked that bos.alt_disk_install.rte is installed (lslpp -l): alt_disk_copy comes from it.',
      fail: 'Before cloning, run `lslpp -l bos.alt_disk_install.rte`: alt_disk_copy and alt_rootvg_op are part of that fileset.',
    },
    {
      id: 'updated-clone',
      title: 'Clone and update',
      met: (s) => bootedFrom(s, 'hdisk0') && runningLevel(s)?.startsWith(OLD) === true && diskByName(s, 'hdisk1')?.osLevel?.startsWith(NEW) === true,
      pass: 'You built the updated copy on hdisk1 while hdisk0 kept running 7200-05-03 (alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1).',
      fail: 'hdisk1 never held a copy of rootvg at 7200-05-04. Clone and update in one step: `alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1`.',
    },
    {
      id: 'bootlist-before-boot',
      title: 'Before the reboot: where it will boot',
      after: 'updated-clone',
      met: (s, h, seen) => bootedFrom(s, 'hdisk0') && !ranAfter(h, isUpdateClone, isReboot) && sawAfter(seen, isClone, isBootlistShow, (out) => firstListedDisk(out) === 'hdisk1'),
      pass: 'Before rebooting you saw the bootlist start with hdisk1, the updated clone.',
      fail: 'After the clone and before the reboot, run `bootlist -m normal -o`: confirm the next boot goes to hdisk1, the updated copy, not to the old disk.',
    },
    {
      id: 'boot-clone',
      title: 'Boot the updated clone',
      after: 'updated-clone',
      met: (s) => bootedFrom(s, 'hdisk1') && runningLevel(s)?.startsWith(NEW) === true,
      spoils: bootTrouble,
      pass: 'You rebooted onto hdisk1 with the clone asleep, as alt_disk_copy left it: the system came up on the new level.',
      fail: 'The system never ran from the updated clone. With the clone asleep and the bootlist on hdisk1, restart with `shutdown -Fr`.',
      spoiled: 'The boot went wrong (it hung, or left the ODM damaged): a clone must be asleep when you reboot into it. Put it back to sleep with `alt_rootvg_op -S` before `shutdown -Fr`.',
    },
    {
      id: 'verify-level',
      title: 'Verify the new level',
      after: 'boot-clone',
      met: (s, _h, seen) => bootedFrom(s, 'hdisk1') && sawAfter(seen, isReboot, isLevel, (out) => out.includes(NEW)),
      pass: 'After the boot, oslevel -s showed 7200-05-04: the change is proved, not assumed.',
      fail: 'After booting the clone, run `oslevel -s` and read 7200-05-04-2220: a change is done when you have seen the new level.',
    },
    {
      id: 'back-out',
      title: 'Back out to hdisk0',
      after: 'verify-level',
      met: (s, h) => bootedFrom(s, 'hdisk0') && runningLevel(s)?.startsWith(OLD) === true && ran(h, isBootlistSet),
      pass: 'You backed out the way the plan says: bootlist -m normal hdisk0, a reboot, and the system runs 7200-05-03 from hdisk0 again.',
      fail: 'To back out, point the bootlist at the original disk (`bootlist -m normal hdisk0`) and restart (`shutdown -Fr`): the old rootvg on hdisk0 is untouched.',
    },
    {
      id: 'clean-up',
      title: 'Clean up the alternate',
      after: 'back-out',
      met: (s) => bootedFrom(s, 'hdisk0') && diskByName(s, 'hdisk1')?.role === 'free' && bootlistFirst(s) === 'hdisk0',
      pass: 'You removed the leftover alternate definition (alt_rootvg_op -X altinst_rootvg): hdisk1 is free again and the bootlist stays on hdisk0.',
      fail: 'After the back-out, hdisk1 still holds the updated copy as altinst_rootvg. Remove its definition with `alt_rootvg_op -X altinst_rootvg` so the disk is free (lspv: None).',
    },
  ],
  solution: [
    'lspv',
    'lsvg rootvg',
    'bootlist -m normal -o',
    'oslevel -s',
    'lslpp -l bos.alt_disk_install.rte',
    'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1',
    'bootlist -m normal -o',
    'shutdown -Fr',
    'oslevel -s',
    'bootlist -m normal hdisk0',
    'shutdown -Fr',
    'oslevel -s',
    'alt_rootvg_op -X altinst_rootvg',
  ],
};
