// System-information texts: getconf and bootinfo (REFERENCE §2.9, §11.7; the 4.1.3 bootinfo.c/.msg),
// lslpp (§2.11 and real captures: header, Path lines, the -L legend), instfix (§2.25), errpt (error
// templates seen in real errpt captures), mksysb (§2.23 and a real AIX 7 mksysb capture).
// `labMessages` at the end are the trainer's own words for the `lab` command: never AIX output.

export const getconfMessages = {
  /** Synopsis of the AIX getconf manual page (printed when the operands do not fit). */
  usage:
    'Usage: getconf [ -v specification ] { SystemwideConfiguration | PathConfiguration PathName }\n' +
    '       getconf DeviceVariable DeviceName\n' +
    '       getconf -a',
  /** A valid name with no value on this system. */
  undefined: 'undefined',
  /** Trainer words: AIX's text for a device that does not exist was not found. */
  noDevice: (dev: string) => `getconf: ${dev} is not a configured disk (AIX's exact message for this is not simulated).`,
} as const;

export const bootinfoMessages = {
  /** catgets set 250 msgs 1 and 2 (stderr, exit 1); the -M flag per REFERENCE §11.7. */
  usage: '\nusage: bootinfo [ -P psize -s disk ] |-b |-B disk |-c |\n\t\t-k |-m |-M |-q adapter |-r |-t |-T |-o disk |-z\n',
} as const;

export const lslppMessages = {
  header: '  Fileset                      Level  State      Description',
  headerL: '  Fileset                      Level  State  Type  Description (Uninstaller)',
  /** -h heading [V: REFERENCE §2.11 column names; spacing M]. */
  headerH: '  Fileset         Level     Action       Status       Date         Time',
  rule: '  ' + '-'.repeat(76),
  pathUsr: 'Path: /usr/lib/objrepos',
  pathRoot: 'Path: /etc/objrepos',
  notInstalled: (name: string) => `lslpp: 0504-132  Fileset ${name} not installed.`,
  /** The -L legend (real AIX 7 capture, including the unindented last line). */
  legend:
    '\nState codes:\n' +
    ' A -- Applied.\n' +
    ' B -- Broken.\n' +
    ' C -- Committed.\n' +
    ' E -- EFIX Locked.\n' +
    ' O -- Obsolete.  (partially migrated to newer version)\n' +
    ' ? -- Inconsistent State...Run lppchk -v.\n' +
    '\nType codes:\n' +
    ' F -- Installp Fileset\n' +
    ' P -- Product\n' +
    ' C -- Component\n' +
    ' T -- Feature\n' +
    ' R -- RPM Package\n' +
    'E -- Interim Fix\n',
  usage:
    'Usage: lslpp {-d|-E|-f|-h|-i|-l|-L|-p} [-a] [-c] [-J] [-q] [-I] [-O {[r][s][u]}]\n' +
    '             [[FilesetName ...] | [FixID ...] | all]',
} as const;

export const instfixMessages = {
  allFound: (keyword: string) => `    All filesets for ${keyword} were found.`,
  notAllFound: (keyword: string) => `    Not all filesets for ${keyword} were found.`,
  noData: (keyword: string) => `There was no data for ${keyword} in the fix database.`,
  usage:
    'Usage: instfix [-T [-M platform]] [-s string] [-S] [-k keyword | -f file] [-p]\n' +
    '               [-d device] [-i [-c] [-q] [-t type] [-v] [-F]] [-a]',
} as const;

/** Error log templates (identifier, type, class, resource, description) as real errpt captures show them. */
export const errTemplates = {
  errlogOn: { id: '9DBCFDEE', type: 'T', cls: 'O', resource: 'errdemon', description: 'ERROR LOGGING TURNED ON' },
  errlogOff: { id: '192AC071', type: 'T', cls: 'O', resource: 'errdemon', description: 'ERROR LOGGING TURNED OFF' },
  shutdown: { id: '2BFA76F6', type: 'T', cls: 'S', resource: 'SYSPROC', description: 'SYSTEM SHUTDOWN BY USER' },
  rmcStarted: { id: 'A6DF45AA', type: 'I', cls: 'O', resource: 'RMCdaemon', description: 'The daemon is started.' },
  pvMissing: { id: 'F7DDA124', type: 'U', cls: 'H', resource: 'LVDD', description: 'PHYSICAL VOLUME DECLARED MISSING' },
} as const;

export const errptMessages = {
  /** Header; errpt prints nothing at all when no entry matches. */
  header: 'IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION',
  /** [M] the synopsis of the errpt manual page. */
  usage:
    'Usage: errpt [-a][-c][-d ErrorClassList][-e EndDate][-g][-i File][-j ErrorID[,ErrorID]]\n' +
    '             [-k ErrorID[,ErrorID]][-J Label[,Label]][-K Label[,Label]][-l SequenceNumber]\n' +
    '             [-m Machine][-n Node][-N ResourceNameList][-R ResourceTypeList][-s StartDate]\n' +
    '             [-S ResourceClassList][-t][-T ErrorTypeList][-y File][-z File]',
} as const;

/** mksysb output (REFERENCE §2.23; layout of a real AIX 7 mksysb capture). */
export const mksysbMessages = {
  creatingImageData: '\nCreating information file (/image.data) for rootvg.\n',
  creatingList: '\nCreating list of files to back up.\n.\n',
  backingUp: (n: number) => `Backing up ${n} files`,
  progress: (done: number, total: number) => `${done} of ${total} files (${Math.floor((100 * done) / total)}%)`,
  finalCount: (n: number) => `\n\n${n} of ${n} files backed up (100%)\n`,
  completed: '0512-038 mksysb: Backup Completed Successfully.\n',
  /** Trainer words: AIX's own failure text for an unwritable target was not found. */
  cannotWrite: (path: string, reason: string) => `mksysb: the backup could not be written to ${path}: ${reason} (AIX's exact message is not simulated)`,
  usage:
    'Usage: mksysb [-a] [-A] [-b Blocks] [-e] [-F filename] [-G | -N] [-i | -m] [-M] [-p] [-P]\n' +
    '              [-t argument] [-T] [-v] [-V] [-x file] [-X] [-Z] Device | File',
} as const;

/** The `lab` trainer command (and other trainer notes of the boot part): plain words, no AIX numbers. */
export const labMessages = {
  usage:
    'Usage: lab power off|on [host]\n' +
    '       lab sms [host]\n' +
    '       lab cut-power [host]\n' +
    '       lab disk add <sizeMB> [host]\n' +
    '       lab disk remove <hdisk|id>\n' +
    '       lab disk resize <hdisk|id> <sizeMB>\n' +
    '       lab disk move <hdisk|id> <host|shelf>\n' +
    '       lab disk fail <hdisk|id>\n' +
    '       lab fileset remove <name>\n' +
    '       lab status\n' +
    '       lab console <host>',
  console: (h: string, state: string) => `lab: the terminal is now the console of ${h} (${state}).`,
  noHost: (h: string) => `lab: there is no host called ${h} in this lab.`,
  noDisk: (d: string) => `lab: no disk ${d} (give an hdisk name of the console host or a disk id; see lab status).`,
  badSize: (s: string) => `lab: ${s} is not a size in MB.`,
  poweredOff: (h: string) => `lab: ${h} powered off (immediate: no operating-system shutdown).`,
  alreadyOff: (h: string) => `lab: ${h} is already powered off.`,
  poweringOn: (h: string) => `lab: activating ${h}.`,
  notOff: (h: string, state: string) => `lab: ${h} is ${state}; power it off first (lab power off ${h}).`,
  cutPower: (h: string) => `lab: power cut on ${h}. Nothing was shut down; every disk stays as it was at this moment.`,
  diskAdded: (id: string, sizeMB: number, h: string, slot: number) =>
    `lab: new ${sizeMB} MB virtual disk ${id} attached to ${h} in slot ${slot}. AIX sees it after cfgmgr (or the next boot).`,
  noFreeSlot: (h: string) => `lab: ${h} has no free disk slot.`,
  diskInUse: (d: string, vg: string) => `lab: ${d} belongs to ${vg}, which is varied on. Vary it off first, or use lab disk fail to simulate a failure.`,
  diskRemoved: (d: string) => `lab: disk ${d} removed from the lab.`,
  diskResized: (d: string, from: number, to: number) => `lab: disk ${d} resized from ${from} MB to ${to} MB.`,
  diskTooSmall: (d: string, needMB: number) => `lab: disk ${d} has partitions allocated up to ${needMB} MB; it cannot shrink below that.`,
  diskMoved: (d: string, to: string) => `lab: disk ${d} moved to ${to}.`,
  diskFailed: (d: string) => `lab: disk ${d} now fails every I/O. Firmware skips it and LVM cannot read it.`,
  filesetRemoved: (f: string) => `lab: fileset ${f} removed from the running system (it stays on other disks' AIX).`,
  noFileset: (f: string) => `lab: fileset ${f} is not installed on the running system.`,
  notRunning: (h: string) => `lab: ${h} is not running.`,
  smsNotSimulated: 'lab: this SMS menu is not simulated in this trainer.',
} as const;
