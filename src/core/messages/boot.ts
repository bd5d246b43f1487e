// Boot-side texts: bootlist (REFERENCE §2.8, AIX bootlist.c catalogue), shutdown/reboot/halt (§11.6,
// the AIX 4.1.3 shutdown.sh/shutdown.msg, reboot.c/reboot.msg, halt.msg), bosboot/savebase (§2.19,
// §2.20, §1.2; bosboot.sh error_func), the partition firmware, SMS and the AIX boot console (§6.3,
// §7, rc.boot phase 3 of the 4.1.3 source). Where the catalogue text differs from a built-in default
// string, the catalogue text is used (dspmsg prints it when the catalogue exists).

const DASHES79 = '-'.repeat(79);

export const bootMessages = {
  bootlistMissingMode: '0514-200 bootlist: Usage error. Flag or parameter is missing (-m)',
  bootlistConflict: (what: string) => `0514-201 bootlist: Usage error. Conflicting flags (${what})`,
  bootlistInvalidDevice: (dev: string) => `0514-202 bootlist: Invalid device name (${dev})`,
  bootlistInvalidMode: (mode: string) => `0514-203 bootlist: Invalid mode (${mode})`,
  bootlistNoRoom: (dev: string) => `0514-204 bootlist: There is not enough room in the list for ${dev}`,
  bootlistNotAvailable: (dev: string) => `0514-210 bootlist: Device ${dev} is not in the AVAILABLE state`,
  bootlistBadAttr: (attr: string) => `0514-215 bootlist: invalid attribute (${attr})`,
  bootlistDupAttr: (attr: string) => `0514-216 bootlist: attribute specified more than once (${attr})`,
  bootlistUsage:
    'Usage:\nbootlist -m mode [-r] [-o] [ [-i] [-V] [-F] | [ [-f file] [device [attr=value ...] ...] ] ] [-v]',
} as const;

/** shutdown.sh (catalogue shutdown.cat set 1) — REFERENCE §11.6. Everything goes to stdout (dspmsg). */
export const shutdownMessages = {
  /** msg 58 */
  usage: 'Usage: shutdown [ -c][ -d][ -F][ -i][ -k][ -m][ -r][ -hv | -t mmddHHMM[yy]][ + Time][ Message]',
  /** msg 2 (-f): printed after the usage. */
  lowerF: 'shutdown: 0481-061 Specify the -c or the -F flag.',
  /** msg 11: a word that is neither a time nor a flag, and no time was given. Printed before the usage. */
  badTime: 'shutdown: 0481-063 Specify time as +number or hh:mm.',
  /** msg 15: "\nSHUTDOWN PROGRAM\n", then `date` prints its line. */
  banner: '\nSHUTDOWN PROGRAM\n',
  /** msg 57 (reboot), with the catalogue's leading empty line and trailing space. */
  waitReboot: "\nWait for 'Rebooting...' before stopping. \n",
  /** Halt variant of the same message. */
  waitHalt: "\nWait for '....Halt completed....' before stopping. \n",
  /** msg 31 */
  errorsStopped: 'Error reporting has stopped.\n',
  /** msg 29 */
  acctStopped: 'Process accounting has stopped.\n',
  /** stopsrc output of the second pass, one line per subsystem that stopped. */
  subsystemStopped: (name: string) => `0513-044 The ${name} Subsystem was requested to stop.\n`,
  /** msg 32 */
  killing: 'All processes currently running will now be killed...\n',
  /** msg 33 */
  unmounting: 'Unmounting the file systems...\n',
  /** Console only: echo "\nBringing down network interfaces:\c", then " en0" per interface. */
  interfaces: (ifs: string[]) => `\nBringing down network interfaces:${ifs.map((i) => ' ' + i).join('')}`,
  /** echo "\n" on stdout after the interfaces: ends the line and leaves an empty one. */
  afterInterfaces: '\n\n',
  /** msg 42 (-k) */
  kFinished: '\nshutdown -k is finished.\nThe system is still up.\n',
} as const;

/** reboot.c / reboot.msg and halt.msg. */
export const rebootMessages = {
  /** reboot.msg REBOOT */
  rebooting: 'Rebooting . . .\n',
  /** reboot.msg USAGE2 (stderr, exit 1) */
  usage: 'Usage: reboot [-l][-n][-q][-t mmddHHMM[yy]]',
  /** halt.msg HALTOVER */
  haltCompleted: '....Halt completed....\n',
} as const;

/** bosboot.sh error_func and usage (catalogue bosboot.cat set 150). Errors go to stderr. */
export const bosbootMessages = {
  /** msg 51 (stdout) */
  imageSize: (blocks: number) => `\nbosboot: Boot image is ${blocks} 512 byte blocks.\n`,
  /** msg 1; followed by the usage when no device name was given. */
  invalidDevice: '\n0301-150 bosboot: Invalid or no boot device specified!',
  /** msg 66 */
  invalidDeviceNamed: (dev: string) => `\n0301-174 bosboot: Invalid device ${dev} specified!\n`,
  /** msg 49 */
  savebaseFailed: (dev: string) => `\n0301-162 bosboot: savebase failed with ${dev}.\n`,
  /** msg 54 */
  blvNotOnDevice: (blv: string, dev: string) => `\n0301-168 bosboot: The current boot logical volume, ${blv},\n\tdoes not exist on ${dev}.\n`,
  /** msg 100 */
  doNotBoot: '\n0301-165 bosboot: WARNING! bosboot failed - do not attempt to boot device.\n',
  usage:
    '\nusage:\tbosboot -a [-d device] [-p proto] [-k kernel] [-l lvdev]\n' +
    '\t\t   [-b file] [-M serv|norm|both] [-D|-I] [-LOUq]\n' +
    '\tbosboot -w file [-d device] [-q]\n' +
    '\tbosboot -r file [-d device] [-l lvdev] [-M serv|norm|both] [-q]\n' +
    '\tWhere:\n' +
    '\t-a\t\tCreate boot image and write to device or file.\n' +
    '\t-w file\t\tCopy given boot image file to device.\n' +
    '\t-r file\t\tCreate ROS emulation network boot image.\n' +
    '\t-d device\tDevice for which to create the boot image.\n' +
    '\t-U\t\tCreate uncompressed boot image.\n' +
    '\t-p proto\tUse given proto file for RAM disk file system.\n' +
    '\t-k kernel\tUse given kernel file for boot image.\n' +
    '\t-l lvdev\tTarget boot logical volume for boot image.\n' +
    '\t-b file\t\tUse given file name for boot image name.\n' +
    '\t-D\t\tLoad Low Level Debugger.\n' +
    '\t-I\t\tLoad and Invoke Low Level Debugger.\n' +
    '\t-M norm|serv|both\tBoot mode - normal or service.\n' +
    '\t-O offset\tboot image offset for CDROM file system.\n' +
    '\t-q\t\tQuery disk space required to create boot image.\n' +
    '\t-L\t\tEnable MP locks instrumentation.\n',
} as const;

/** savebase (REFERENCE §1.2, §2.20; CNTRBL capture). */
export const savebaseMessages = {
  cannotSave: (dev: string) => `0514-508 Cannot save the base customized information on ${dev}.`,
  unableToSave: (dev: string) => `0514-609 Unable to save the base customized information on ${dev}.`,
  usage: 'Usage: savebase [-o ODMdir] [-d device] [-m mode]',
} as const;

/** Partition firmware console (REFERENCE §6.3; SMS screens as in a real AL730 SMS capture). */
export const firmwareMessages = {
  /** The splash a vterm shows while the partition firmware starts (18 rows of "IBM"). */
  splash: Array.from({ length: 18 }, () => Array(19).fill('IBM').join(' ')).join('\n') + '\n',
  bootMenu:
    '\n          1 = SMS Menu                          5 = Default Boot List\n' +
    '          8 = Open Firmware Prompt              6 = Stored Boot List\n\n',
  progress: '     Memory      Keyboard     Network     SCSI\n',
  noOsImage:
    '\nNo OS image was detected by firmware.\n' +
    'At least one disk in the bootlist was not found yet.\n' +
    'Firmware is now retrying the entries in the bootlist.\n',
  tryingToLoad: (path: string) => `\nTrying to load:  from: ${path} ...   Successfully loaded\n`,
} as const;

/** SMS screens. The prompt line is the session's prompt, not part of the screen text. */
export const smsMessages = {
  header: 'PowerPC Firmware\n Version FW950.50 (VL950_105)\n SMS 1.7 (c) Copyright IBM Corp. 2000,2021 All rights reserved.\n' + DASHES79 + '\n',
  footerMain:
    '\n ' + DASHES79 + '\n Navigation Keys:\n\n' + ' '.repeat(45) + 'X = eXit System Management Services\n ' + DASHES79 + '\n',
  footerSub:
    '\n ' + DASHES79 + '\n Navigation keys:\n M = return to Main Menu\n' +
    ' ESC key = return to previous screen         X = eXit System Management Services\n ' + DASHES79 + '\n',
  prompt: ' Type menu item number and press Enter or select Navigation key:',
  item: (n: number, text: string) => ` ${n}.   ${text}`,
  mainMenu: ['Select Language', 'Setup Remote IPL (Initial Program Load)', 'Change SCSI Settings', 'Select Console', 'Select Boot Options'],
  bootOptions: ['Select Install/Boot Device', 'Configure Boot Device Order', 'Multiboot Startup <OFF>', 'SAN Zoning Support'],
  deviceTypes: ['Diskette', 'Tape', 'CD/DVD', 'IDE', 'Hard Drive', 'Network', 'List all Devices'],
  deviceHeader: ' Select Device\n Device  Current  Device\n Number  Position  Name\n',
  device: (n: number, position: string, name: string, loc: string) => ` ${n}.        ${position}      ${name}\n        ( loc=${loc} )\n`,
  diskName: (sizeMB: number) => `SCSI ${Math.floor((sizeMB * 1_048_576) / 1e9)} GB Harddisk`,
  tasks: ['Information', 'Normal Mode Boot', 'Service Mode Boot'],
  exitQuestion: ' Are you sure you want to exit System Management Services?\n',
} as const;

/** The AIX side of the boot console (REFERENCE §6.3 banner and console prompt; rc.boot phase 3 lines). */
export const consoleMessages = {
  banner: (timestamp: string, processors: number, memoryMB: number, bootDevice: string) =>
    '\n' +
    DASHES79 +
    '\n                                Welcome to AIX.\n' +
    `                   boot image timestamp: ${timestamp}\n` +
    `        processor count: ${processors};  memory size: ${memoryMB}MB;  kernel size: 45422205\n` +
    `         boot device: ${bootDevice}\n` +
    DASHES79 +
    '\n',
  /** cfgcon when no console is defined (after -O clones): LED 0c31 while it waits. */
  defineConsole: '\n ******* Please define the System Console. *******\n\nType a 1 and press Enter to use this terminal as the\n  system console.\n',
  /** rc.boot phase 3 (echo ... | alog -t boot also writes to the console). */
  savingBase: '\nSaving Base Customize Data to boot disk\n',
  syncDaemon: 'Starting the sync daemon\n',
  errorDaemon: 'Starting the error daemon\n',
  initCompleted: 'System initialization completed.\n',
} as const;

/**
 * Why a host stopped, in the trainer's plain words (shown next to the LED, never on the console).
 * These are not AIX texts.
 */
export const hangReasons = {
  restbase: 'restbase could not read the base customized ODM in the boot image (it holds no LV definitions).',
  deviceConfig: (madeFor: string, host: string) =>
    `the boot image's device configuration was made on ${madeFor}; on ${host} the boot disk cannot be opened (disk moved without -O).`,
  mergedOdm: (sign: string) => `the ODM on the boot disk holds two root volume groups' definitions (${sign}): ipl_varyon cannot open rootvg.`,
  quorum: (present: number, total: number) =>
    `ipl_varyon of rootvg failed: only ${present} of its ${total} disks can be read and quorum is on.`,
  names: (missing: string[], found: string[]) =>
    `ipl_varyon of rootvg failed: the boot image's ODM names ${missing.join(', ')}, but the VGDA on the disk has ${found.join(', ')}.`,
  noRootFs: (lv: string) => `fsck -fp /dev/${lv} failed: ${lv} holds no file system.`,
  rootLabel: (lv: string, label: string) => `the root file system will not mount: the LVCB/superblock of ${lv} says ${label}, not /.`,
  usrVar: (mount: string, lv: string, label: string) =>
    `mounting ${mount} failed: ${lv} ${label ? `is labelled ${label}` : 'holds no file system'}.`,
  inittab: '/etc/inittab is missing from the root file system: init cannot start phase 3.',
} as const;
