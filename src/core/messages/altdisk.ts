// alt_disk_copy / alt_disk_mksysb / alt_rootvg_op texts (REFERENCE §2.1–§2.4, §3, §11.1–§11.4).
// Only 0505-126 has a verified number; the other refusals carry none (REFERENCE §9.1: do not invent).
export const altMessages = {
  // Transcript lines of a clone (§3.1; the first lines verified by §11.3).
  callingMkszfile: 'Calling mkszfile to create new /image.data file.',
  checkingSizes: 'Checking disk sizes.',
  creatingVg: 'Creating cloned rootvg volume group and associated logical volumes.',
  creatingLv: (lv: string) => `Creating logical volume ${lv}.`,
  creatingFs: (mount: string) => `Creating ${mount} file system`,
  generatingList: 'Generating a list of files\nfor backup and restore into the alternate file system...',
  backingUp: 'Backing-up the rootvg files and restoring them to the\nalternate file system...',
  modifyingOdm: 'Modifying ODM on cloned disk.',
  resettingDevices: 'Resetting all device attributes.\nNOTE: The first boot from altinst_rootvg will prompt to define the new\nsystem console.',
  buildingBootImage: 'Building boot image on cloned disk.',
  forcedUnmount: (mount: string) => `forced unmount of ${mount}`,
  changingNames: 'Changing logical volume names in volume group descriptor area.',
  fixingLvcb: 'Fixing LV control blocks...',
  fixingSuperblocks: 'Fixing file system superblocks...',
  bootlistSet: (disk: string) => `Bootlist is set to the boot disk: ${disk} blv=hd5`,
  // mksysb restore (§3.6)
  restoringImageData: 'Restoring /image.data from mksysb image.',
  restoringMksysb: 'Restoring mksysb image to alternate disk(s).',
  linking64: 'Linking to 64bit kernel.',
  // alt_rootvg_op (§3.7; first lines L/M, kept as the reference records them)
  waking: 'Waking up altinst_rootvg volume group ...',
  sleeping: 'Putting volume group altinst_rootvg to sleep ...',
  // LVM's answer when an alt_ LV cannot be placed: a mirrored rootvg on too few disks (REFERENCE §12, the
  // alt_disk_copy transcript of IBM/ansible-power-aix issue 278) or disks too small after -S. mklv's line
  // follows allocp's as in a multibos capture of the same failure.
  allocpFailed:
    '0516-404 allocp: This system cannot fulfill the allocation request.\n\tThere are not enough free partitions or not enough physical volumes \n\tto keep strictness and satisfy allocation requests.  The command\n\tshould be retried with different allocation characteristics.',
  mklvFailed: '0516-822 mklv: Unable to create logical volume.',
  // alt_disk_mksysb (R9–R11); only 0512-054 carries a verified number.
  mksysbUnreadable: (file: string) => `0512-054 listvgbackup: File ${file} does not exist or is empty.`,
  noBootImagesFileset: (prog: string) =>
    `${prog}: The fileset bos.alt_disk_install.boot_images is not installed.\n  It is required to install a mksysb image on an alternate disk.`,
  mksysbTooOld: (prog: string, image: string, running: string) =>
    `${prog}: The mksysb image is at level ${image}, lower than this system (${running}).\n  A mksysb can only be installed at the level of the system or higher.`,
  bootImagesMismatch: (prog: string, fileset: string, needed: string) =>
    `${prog}: The boot images in bos.alt_disk_install.boot_images ${fileset} do not match the\n  level of the mksysb image; boot images at ${needed}.x are needed.`,
  noDeviceSupport: (prog: string, fileset: string) =>
    `${prog}: The mksysb image does not contain ${fileset}, the device support this system's\n  disks need. Device support cannot be added to the image after it is installed.`,
  // Refusals
  targetHasVg: (prog: string, disk: string) => `0505-126 ${prog}: target disk ${disk} has a volume group assigned to it.`,
  altExists: (prog: string) => `${prog}: The volume group altinst_rootvg already exists.\n  Remove it with "alt_rootvg_op -X altinst_rootvg" or rename it with "alt_rootvg_op -v".`,
  noSuchDisk: (prog: string, disk: string) => `${prog}: ${disk} is not a valid disk on this system.`,
  tooSmall: (prog: string, needMB: number, haveMB: number) =>
    `${prog}: The target disk(s) are not large enough: ${needMB} megabytes are needed, ${haveMB} are available.`,
  needsImagesLocation: (prog: string) => `${prog}: The -l flag (images location) is required with -b, -w, -f or -F.`,
  conflictRB: (prog: string) => `${prog}: The -r and -B flags cannot be used together.`,
  consoleNeedsO: (prog: string) => `${prog}: The -c flag can only be used with -O.`,
  badPhase: (prog: string, p: string) => `${prog}: ${p} is not a valid phase. Valid phases are 1, 2, 3, 12, 23 and all.`,
  phaseOrder: (prog: string, p: string) => `${prog}: Phase ${p} cannot run: phase 1 has not been run on this disk.`,
  noImagesLocation: (loc: string) => `0503-105 geninstall: The device or directory: ${loc} does not exist.`,
  fileMissing: (prog: string, what: string, path: string) => `${prog}: The ${what} file ${path} does not exist.`,
  noAltVg: (prog: string, vg: string) => `${prog}: The volume group ${vg} is not an alternate rootvg on this system.`,
  noAwakeVg: (prog: string) => `${prog}: There is no alternate rootvg awake (woken with -W) to put to sleep.`,
  alreadyAwake: (prog: string) => `${prog}: The volume group altinst_rootvg is already awake.`,
  higherLevel: (prog: string, disk: string, vgLevel: string, runLevel: string) =>
    `${prog}: The alternate rootvg on ${disk} is at level ${vgLevel}, higher than the\n  running system (${runLevel}). Waking it is not supported; set FORCE=yes to override.`,
  /**
   * R12 as IBM's alt_rootvg_op page words it (REFERENCE §12): a higher TL or SP of the same release may
   * be woken, but some operations on it might not work correctly. IBM gives no message number.
   */
  newerTlSpWarning: (prog: string, disk: string, vgLevel: string, runLevel: string) =>
    `${prog}: Warning: the alternate rootvg on ${disk} is at ${vgLevel},\n  a higher technology level or service pack than the running system\n  (${runLevel}); some operations on it might not work correctly.`,
  /**
   * Trainer note (not AIX output) after waking a newer VG that has run as a rootvg (REFERENCE §12,
   * IBM-DATA): its JFS2 logs may hold records of the newer level. A never-booted clone does not get it.
   */
  bootedNewerWarning: (vgLevel: string, runLevel: string) =>
    `trainer: this ${vgLevel} volume group has run as a rootvg; its JFS2 logs were written by that newer level and\n  replaying them on this ${runLevel} system can damage its file systems. Put it to sleep and boot the newer disk instead.`,
  /** -S of a clone cut in phase 1 (OUTCOMES O10); plain words, no AIX number. */
  partialCloneSleep: (prog: string) =>
    `${prog}: The volume group altinst_rootvg is an incomplete clone and cannot be put to sleep.\n  Remove it with "alt_rootvg_op -X altinst_rootvg".`,
  notAltDisk: (prog: string, disk: string) => `${prog}: ${disk} does not hold an alternate rootvg.`,
  notRootvgImage: (prog: string, disk: string) => `${prog}: ${disk} does not belong to an alternate rootvg volume group.`,
  /** R9 as REFERENCE §12 words it; IBM gives no message number. */
  mksysbNotBooted: (prog: string, filesets: string[]) =>
    `${prog}: This alternate rootvg was installed from a mksysb image and has not been booted yet.\n  Device and kernel support cannot be installed into it before the system has booted from it:\n${filesets.map((f) => `    ${f}`).join('\n')}`,
  customizeNeedsAwake: (prog: string) => `${prog}: The alternate rootvg must be awake (alt_rootvg_op -W) before it can be customized.`,
  nameInUse: (prog: string, name: string) => `${prog}: The volume group name ${name} is already in use.`,
  logHeader: (date: string, cmd: string) => `\n${date}\ncmd: ${cmd}`,
} as const;
