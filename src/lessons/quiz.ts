// Knowledge questions for exam mode: two or three per track, multiple choice. Every option says why it
// is right or wrong, so the exam's feedback teaches as much as the lessons. Plain data; quiz.test.ts
// holds the shape (one correct option, an explanation for each, every track covered).
import type { QuizQuestion } from '../core/lessons/types.ts';

export const QUIZ: readonly QuizQuestion[] = [
  // ---- basics
  {
    id: 'basics-free-disk',
    track: 'basics',
    question: 'lspv shows hdisk1 with a PVID and None in the volume group column. What does that tell you?',
    options: [
      { text: 'hdisk1 belongs to no volume group in this system\'s ODM, so alt_disk_copy will accept it as a target.', correct: true, explanation: 'alt_disk_copy judges a disk free from the ODM: None in the third column is exactly what it checks.' },
      { text: 'hdisk1 is empty: nothing has ever been written to it.', correct: false, explanation: 'A PVID means the disk was used by the LVM at some point; None only says no volume group is defined for it now. Old data may still be on it.' },
      { text: 'hdisk1 is broken and cannot be used.', correct: false, explanation: 'A failed disk shows up differently (lsdev reports it, errpt logs it); None is the normal state of a spare disk.' },
      { text: 'hdisk1 is part of rootvg but not varied on.', correct: false, explanation: 'A rootvg member would show rootvg in that column; "active" is a separate fourth column.' },
    ],
  },
  {
    id: 'basics-oslevel',
    track: 'basics',
    question: 'Before a change you want to record the level so you can compare it afterwards. Which command, and what does 7200-05-03-2148 mean?',
    options: [
      { text: '`oslevel`: it prints the full level by default.', correct: false, explanation: 'Plain oslevel prints only the base level, such as 7.2.0.0: it does not change when a TL or SP is applied.' },
      { text: '`oslevel -s`: AIX 7.2, technology level 05, service pack 03, build 2148 (year 21, week 48).', correct: true, explanation: '-s prints release, TL, SP and build sequence: the finest level you can compare before and after an update.' },
      { text: '`oslevel -s`: AIX 7.2, service pack 05, technology level 03, patched on 21/48.', correct: false, explanation: 'The order is TL first, then SP. 2148 is the build sequence (year and week), not a patch date you set.' },
      { text: '`lslpp -l bos.rte`: the bos.rte level is the system level.', correct: false, explanation: 'One fileset level (7.2.5.x) does not say which TL and SP the whole system is at; oslevel -s does.' },
    ],
  },
  {
    id: 'basics-boot-disk',
    track: 'basics',
    question: 'Which command tells you the disk the system booted from last time?',
    options: [
      { text: '`bootlist -m normal -o`.', correct: false, explanation: 'The bootlist is where the next boot will go; after a clone (without -B) it already points at the new disk.' },
      { text: '`lsvg rootvg`.', correct: false, explanation: 'lsvg describes the volume group, not which of its disks the firmware booted.' },
      { text: '`bootinfo -b` (or `getconf BOOT_DEVICE`).', correct: true, explanation: 'Both name the disk of the last boot, whatever the bootlist says now.' },
    ],
  },
  // ---- cloning
  {
    id: 'cloning-bootlist',
    track: 'cloning',
    question: 'You ran `alt_disk_copy -d hdisk1` and it finished. What happens at the next reboot?',
    options: [
      { text: 'The system boots the clone on hdisk1: the command set the bootlist to it.', correct: true, explanation: 'Without -B, the last step of alt_disk_copy points the normal bootlist at the new disk.' },
      { text: 'Nothing changes: the system boots hdisk0 as before.', correct: false, explanation: 'That is what -B gives you. The default changes the bootlist.' },
      { text: 'The reboot fails because altinst_rootvg is varied off.', correct: false, explanation: 'A sleeping (varied off) clone is exactly the state it must be in to boot.' },
    ],
  },
  {
    id: 'cloning-wake-sleep',
    track: 'cloning',
    question: 'You woke a clone with `alt_rootvg_op -W -d hdisk1` to copy a file into it. What must you do before any reboot?',
    options: [
      { text: 'Put it back to sleep with `alt_rootvg_op -S`.', correct: true, explanation: 'The wake renamed its volumes alt_* on disk and defined them in the running ODM; -S reverses both so the clone matches its boot image again.' },
      { text: 'Nothing: the wake only mounted file systems.', correct: false, explanation: 'The wake also renamed the logical volumes on disk. Booting it that way stops at LED 0552.' },
      { text: 'Run `varyoffvg altinst_rootvg`.', correct: false, explanation: 'Varying it off leaves the alt_ names on disk and the file systems still mounted under /alt_inst; only -S undoes a wake.' },
      { text: 'Remove it with `alt_rootvg_op -X altinst_rootvg`.', correct: false, explanation: 'That deletes the clone\'s definition: you would throw away the clone you just changed.' },
    ],
  },
  {
    id: 'cloning-in-use',
    track: 'cloning',
    question: 'alt_disk_copy -d hdisk2 stops at once with 0505-126 "target disk hdisk2 has a volume group assigned to it". Why?',
    options: [
      { text: 'hdisk2 is too small for rootvg.', correct: false, explanation: 'A size problem shows up at "Checking disk sizes", with a different message.' },
      { text: 'An altinst_rootvg already exists.', correct: false, explanation: 'That is refused too, but for another reason: only one altinst_rootvg can be defined; remove or rename it first.' },
      { text: 'hdisk2 belongs to a volume group (here datavg): the target must show None in lspv.', correct: true, explanation: 'The check protects data: a clone would overwrite whatever volume group is on the target.' },
    ],
  },
  // ---- updating
  {
    id: 'updating-where',
    track: 'updating',
    question: 'You run `alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1` on a 7200-05-03 system. Right after it finishes, what does `oslevel -s` print?',
    options: [
      { text: '7200-05-03-2148: only the copy on hdisk1 was updated.', correct: true, explanation: 'The update goes into the clone in phase 2; the running system changes level only when you boot the clone.' },
      { text: '7200-05-04-2220: the update was applied.', correct: false, explanation: 'You will see that only after booting hdisk1. The running system was never touched.' },
      { text: 'An error: oslevel cannot run while altinst_rootvg exists.', correct: false, explanation: 'The clone sleeps and does not affect commands on the running system.' },
    ],
  },
  {
    id: 'updating-l-flag',
    track: 'updating',
    question: 'Why does `alt_disk_copy -b update_all -d hdisk1` (without -l) not work?',
    options: [
      { text: 'update_all is not a bundle alt_disk_copy knows.', correct: false, explanation: 'update_all is the usual bundle: it updates every installed fileset that has a newer image in the -l location.' },
      { text: 'Installing a bundle, filesets or fixes into the clone needs -l, the place where the images are.', correct: true, explanation: '-b says what to install, -l where from: a directory or a device such as /dev/cd0.' },
      { text: '-b must come after -d.', correct: false, explanation: 'Flags can come in any order; the missing piece is the image location.' },
    ],
  },
  {
    id: 'updating-efix',
    track: 'updating',
    question: 'The update of the clone reports failures for filesets marked EFIXLOCKED. What is the cause and the fix?',
    options: [
      { text: 'The images in the -l directory are damaged; download them again.', correct: false, explanation: 'Bad images fail differently; EFIXLOCKED is a state of the installed fileset, not of the images.' },
      { text: 'The target disk is too small; use a bigger one.', correct: false, explanation: 'Size is checked before anything is copied; this failure comes later, in the install step.' },
      { text: 'An interim fix (efix) locks those filesets; remove it with `emgr -r -L <label>` (when the update includes its fix), then clone and update again.', correct: true, explanation: 'emgr locks the filesets an efix touches so an update cannot silently overwrite it; emgr -l lists the efixes.' },
    ],
  },
  // ---- recovery
  {
    id: 'recovery-fall-back',
    track: 'recovery',
    question: 'You run on the clone (hdisk1) and the application misbehaves. How do you go back to the original system on hdisk0?',
    options: [
      { text: 'Set `bootlist -m normal hdisk0` and reboot; hdisk0 (now old_rootvg) is untouched.', correct: true, explanation: 'The fall-back is just a boot order change: the old disk was never written by the clone.' },
      { text: 'Restore the last mksysb onto hdisk0.', correct: false, explanation: 'Not needed: the original rootvg is still complete on hdisk0. A restore would take hours for nothing.' },
      { text: 'Run `alt_rootvg_op -X old_rootvg` first, then reboot.', correct: false, explanation: 'That removes the definition of the very disk you want to go back to.' },
    ],
  },
  {
    id: 'recovery-552',
    track: 'recovery',
    question: 'After a reboot the panel stops at LED 0552. You had woken the clone and not put it to sleep. What is the way out?',
    options: [
      { text: 'Wait: the boot will finish after fsck.', correct: false, explanation: '0552 means the boot could not vary on rootvg; it does not recover on its own.' },
      { text: 'Power off, start into SMS and boot the original disk once by hand; then remove the clone definition and clone again.', correct: true, explanation: 'The clone cannot vary on its own rootvg (its volumes carry alt_ names). The original disk is fine; the stale clone is not to be trusted.' },
      { text: 'Boot the same disk again; the second boot renames the volumes back.', correct: false, explanation: 'Nothing renames them during a boot; it stops at 0552 every time.' },
    ],
  },
  {
    id: 'recovery-x-rootvg',
    track: 'recovery',
    question: '`alt_rootvg_op -X rootvg` was run by mistake. What repairs the running system without a reboot?',
    options: [
      { text: '`importvg -y rootvg hdisk0`.', correct: false, explanation: 'importvg is for volume groups the system does not run from; the lesson\'s repair for the running rootvg is redefinevg plus synclvodm.' },
      { text: 'Nothing can repair it: reinstall.', correct: false, explanation: 'The disk and its data are untouched; only the ODM definitions are missing, and they can be rebuilt from the disk.' },
      { text: '`redefinevg -d hdisk0 rootvg`, then `synclvodm -Pv rootvg`.', correct: true, explanation: '-X only deleted ODM entries. redefinevg re-enters the volume group from the disk\'s descriptor area; synclvodm rebuilds the logical volume entries.' },
    ],
  },
  // ---- advanced
  {
    id: 'advanced-mirror',
    track: 'advanced',
    question: 'rootvg is mirrored on two disks and you have one free disk. How do you clone onto it?',
    options: [
      { text: 'Give alt_disk_copy an image.data with COPIES= 1 for every volume (`-i`).', correct: true, explanation: 'The clone\'s layout comes from image.data; one copy per volume fits on one disk, while the running rootvg stays mirrored.' },
      { text: 'Just run `alt_disk_copy -d` with the free disk: it drops the mirror by itself.', correct: false, explanation: 'By default the copy keeps two copies per volume and needs two target disks; with one it fails and removes what it built.' },
      { text: 'Use `-S` to skip the space check.', correct: false, explanation: 'The problem is placing a second copy on another disk, not space: -S does not change the number of copies.' },
    ],
  },
  {
    id: 'advanced-mksysb-level',
    track: 'advanced',
    question: 'Which of these can stop alt_disk_mksysb from installing a backup onto a spare disk?',
    options: [
      { text: 'The backup comes from another server.', correct: false, explanation: 'That is allowed and common, provided the image carries the device support this hardware needs.' },
      { text: 'The boot images fileset here does not match the backup\'s level, or the backup is older than the running system.', correct: true, explanation: 'The boot image is copied from bos.alt_disk_install.boot_images rather than built, so its level must suit the image; and an older level cannot be installed.' },
      { text: 'A data volume group is varied on.', correct: false, explanation: 'Other volume groups on other disks do not matter; only the target disk must be free.' },
    ],
  },
  {
    id: 'advanced-other-lpar',
    track: 'advanced',
    question: 'You clone rootvg onto a disk that will be moved to another LPAR. Which alt_disk_copy flag belongs on the command?',
    options: [
      { text: '`-B`: leave the bootlist alone.', correct: false, explanation: 'Useful too (this system should not boot the disk), but it does nothing about the device configuration.' },
      { text: '`-T`: convert JFS to JFS2.', correct: false, explanation: '-T changes file system types; it is unrelated to moving the disk.' },
      { text: '`-O`: reset the device configuration so the other system finds its own devices.', correct: true, explanation: 'Without -O the clone carries this system\'s device definitions, which do not fit the other partition.' },
    ],
  },
];
