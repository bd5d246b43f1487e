// Lesson: install another server's mksysb onto a spare disk with alt_disk_mksysb, boot it, and bring
// the data volume group back (the restored system has never heard of it).
import { bootedDisk, consoleView, diskById, diskByName, diskPhrase, hangDeadEnd, hostTrouble, isCommand, isRunning, lifecycleIs, ran, reachedBy } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

/** The reference lab's data disk (PVID 00f6db0a91b44e07), known by its hardware id whatever its hdisk name. */
const DATA_DISK = 'd2';

export const mksysbRestore: Lesson = {
  id: 'mksysb-restore',
  title: "Restore another server's mksysb onto a spare disk",
  summary: 'Use alt_disk_mksysb to put the aixprod02 backup on hdisk3, boot it, and import the data volume group it does not know.',
  track: 'advanced',
  scenario: 'mksysb-lab',
  intro: `alt_disk_mksysb installs a mksysb backup onto a spare disk instead of cloning the running rootvg. The backup may come from another server: a quick way to rehearse a restore, or to move a system onto this hardware.

The rules are stricter than for a clone. The image must carry the device support this machine needs. The boot images fileset (bos.alt_disk_install.boot_images) here must be at the same version, release and technology level as the image. And an image older than the running system cannot be installed.

Several backups sit in /usr/sys/inst.images. The one you want is aixprod02.sysb. After the boot you run aixprod02's own ODM: it names the disks afresh (the old rootvg disk keeps hdisk0, the disk it booted from comes next, the others follow), and it has never heard of this machine's datavg, so that disk shows None until you import it. Go by the PVID, not by the hdisk name.`,
  objectives: [
    said({
      id: 'check',
      text: 'Check the boot images fileset and the available backups.',
      hint: 'Run `lslpp -l bos.alt_disk_install.boot_images` (7.2.5.x: only 7200-05 images will do) and `ls -l /usr/sys/inst.images`.',
      ladder: {
        nudge: 'Two things decide whether a backup can go on this machine: the boot images fileset here, and which backups there are. Where do you look?',
        concept: '`lslpp -l` with the fileset name shows its level; `ls -l` of the images directory lists the backups.',
        blanks: 'lslpp -l bos.alt_disk_install.___________ ; ls -l /usr/sys/__________',
      },
      whyNotYet: (_s, h) => {
        const fileset = ran(h, (c) => isCommand(c, 'lslpp') && /alt_disk/.test(c));
        const images = ran(h, (c) => isCommand(c, 'ls') && c.includes('/usr/sys/inst.images'));
        if (fileset) return 'You know the boot images level; now list the backups in /usr/sys/inst.images.';
        if (images) return 'You listed the backups; now check the level of the boot images fileset.';
        return 'You have checked neither the boot images fileset nor the backups yet.';
      },
      focus: (s) => [`host:${s.console}`],
      solutionLines: [0, 1],
      spec: { all: [{ ran: { name: 'lslpp', has: ['alt_disk'] } }, { ran: { name: 'ls', has: ['/usr/sys/inst.images'] } }] },
    }),
    {
      id: 'restore',
      text: "Install aixprod02's mksysb onto hdisk3.",
      hint: 'Run `alt_disk_mksysb -m /usr/sys/inst.images/aixprod02.sysb -d hdisk3` (it gives the disk a PVID). (aixweb05_61tl5.sysb is refused: older than this system; aixnew07_73tl1.sysb too: its boot images are not installed here.)',
      ladder: {
        nudge: 'Not a clone this time: the source is a backup file. Which alt_disk command installs one, and onto which free disk?',
        concept: '`alt_disk_mksysb` -m names the mksysb image, -d the target disk.',
        blanks: 'alt_disk_mksysb -m /usr/sys/inst.images/______________ -d ______',
      },
      whyNotYet: (s) => `${diskPhrase(s, 'hdisk3')}: aixprod02's backup is not installed on it yet.`,
      focus: () => ['disk:hdisk3'],
      solutionLines: [2],
      keep: true,
      done: (s) =>
        diskByName(s, 'hdisk3')?.role === 'altinst_rootvg' &&
        reachedBy(s, 'altinstAsleep', (c) => isCommand(c, 'alt_disk_mksysb') && /aixprod02\.sysb|\/dev\/rmt0/.test(c)),
    },
    {
      id: 'boot',
      text: 'Boot the restored disk.',
      hint: 'alt_disk_mksysb set the bootlist to hdisk3 (`bootlist -m normal -o`): run `shutdown -Fr`. `hostname` then answers aixprod02, and `bootinfo -b` says hdisk1: the same disk, renamed.',
      ladder: {
        nudge: 'The restored system is on hdisk3. How does it start running?',
        concept: 'alt_disk_mksysb pointed the bootlist at the disk; `shutdown -Fr` restarts onto it.',
        blanks: 'shutdown -__',
      },
      whyNotYet: (s) => (hostTrouble(s) ? `${hostTrouble(s)}.` : 'The system still runs from its original disk.'),
      focus: () => ['bootlist', 'disk:hdisk3'],
      solutionLines: [3],
      after: 'restore',
      done: (s) => isRunning(s) && bootedDisk(s)?.id !== 'd0' && lifecycleIs(s, 'onClone'),
    },
    {
      id: 'datavg',
      text: 'Bring back the data volume group and mount /data.',
      hint: 'In `lspv`, find the disk with PVID 00f6db0a91b44e07: it was hdisk2 and is now hdisk3, showing None. Run `importvg -y datavg hdisk3`, then `mount /data`.',
      ladder: {
        nudge: 'aixprod02 has never heard of datavg. Which disk holds it now, and how does a system learn about a volume group on a disk?',
        concept: 'Find the disk by its PVID in `lspv`; `importvg -y datavg` with that disk defines the group, and `mount /data` mounts it.',
        blanks: 'importvg -y datavg ______ ; mount /____',
      },
      whyNotYet: (s) => {
        const d = diskById(s, DATA_DISK);
        if (!d) return 'The data disk is not attached.';
        if (d.vg !== 'datavg') return `The data disk (PVID 00f6db0a91b44e07, now ${d.name ?? 'unnamed'}) belongs to no volume group on this system.`;
        if (!d.vgActive) return 'datavg is defined but not varied on.';
        return '/data is not mounted.';
      },
      focus: (s) => {
        const d = diskById(s, DATA_DISK);
        return d?.name ? [`disk:${d.name}`, 'vg:datavg'] : ['vg:datavg'];
      },
      solutionLines: [4, 5, 6],
      after: 'boot',
      done: (s) => {
        const d = diskById(s, DATA_DISK);
        return d?.vg === 'datavg' && d.vgActive && (consoleView(s)?.mounts.some((m) => m.mount === '/data') ?? false);
      },
    },
  ],
  solution: [
    'lslpp -l bos.alt_disk_install.boot_images',
    'ls -l /usr/sys/inst.images',
    'alt_disk_mksysb -m /usr/sys/inst.images/aixprod02.sysb -d hdisk3',
    'shutdown -Fr',
    'lspv',
    'importvg -y datavg hdisk3',
    'mount /data',
  ],
  deadEnd: (s, h) => {
    const hang = hangDeadEnd(s);
    if (hang) return hang;
    // Back on the original disk with the restored system's definition removed (-X): nothing left to boot.
    if (isRunning(s) && bootedDisk(s)?.id === 'd0' && ran(h, (c) => isCommand(c, 'alt_rootvg_op') && / -\w*X/.test(c)))
      return "You removed the restored system's definition: it cannot be booted from this lesson any more. Restart this lesson or go back a step.";
    return null;
  },
  negatives: [
    { objective: 'check', lines: ['lslpp -l bos.alt_disk_install.boot_images'], why: 'the backups were not listed' },
    {
      objective: 'restore',
      lines: ['alt_disk_mksysb -m /usr/sys/inst.images/aixweb05_61tl5.sysb -d hdisk3'],
      why: 'that image is older than the running system and is refused',
    },
    { objective: 'boot', lines: ['alt_disk_mksysb -m /usr/sys/inst.images/aixprod02.sysb -d hdisk3', 'lspv'], why: 'installed but not booted' },
    {
      objective: 'datavg',
      lines: ['alt_disk_mksysb -m /usr/sys/inst.images/aixprod02.sysb -d hdisk3', 'shutdown -Fr', 'importvg -y datavg hdisk3'],
      why: 'imported, but /data is not mounted',
    },
  ],
};
