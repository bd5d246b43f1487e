// Texts of the diagnostic commands an administrator reaches for around alt_disk work: errpt -a details,
// lscfg, uname, prtconf, ps, lsps, sysdumpdev, lspath, odmget, the LVM internals, lsmksysb and restore.
// Layouts follow REFERENCE where it has them; otherwise the AIX layout the trainer's authors know,
// kept minimal and tagged [M] here. No message number appears unless REFERENCE verifies it.

/**
 * errpt -a: the error templates' labels and the explanation sections AIX prints under the
 * description [M: from memory of AIX 7 errpt -a output; only the sections known for each template].
 */
export const errDetails: Readonly<Record<string, { label: string; sections: string[] }>> = {
  '9DBCFDEE': { label: 'ERRLOG_ON', sections: ['Probable Causes', 'ERRDEMON STARTED AUTOMATICALLY', '', 'User Causes', '/USR/LIB/ERRDEMON COMMAND', '', '\tRecommended Actions', '\tNONE'] },
  '192AC071': { label: 'ERRLOG_OFF', sections: ['Probable Causes', 'ERRSTOP COMMAND', '', 'User Causes', 'ERRSTOP COMMAND', '', '\tRecommended Actions', '\tRUN ERRDEMON'] },
  '2BFA76F6': { label: 'REBOOT_ID', sections: ['Probable Causes', 'SYSTEM SHUTDOWN', '', 'Detail Data', 'USER ID', '           0', '0=SOFT IPL 1=HALT 2=TIME REBOOT', '           0', 'TIME TO REBOOT (FOR TIMED REBOOT ONLY)', '           0'] },
  A6DF45AA: { label: 'RMCD_INFO_0_ST', sections: ['Probable Causes', 'The Resource Monitoring and Control daemon has been started.', '', 'User Causes', 'The RMC daemon was started by the SRC.', '', '\tRecommended Actions', '\tNone'] },
  F7DDA124: { label: 'LVM_SA_PVMISS', sections: ['Probable Causes', 'POWER, DRIVE, ADAPTER, OR CABLE FAILURE', '', '\tRecommended Actions', '\tPERFORM PROBLEM DETERMINATION PROCEDURES'] },
};

export const errptDetailMessages = {
  rule: '-'.repeat(75),
  /** The -a header block [M]. */
  header: (f: { label: string; id: string; date: string; seq: number; machineId: string; node: string; cls: string; type: string; resource: string }) =>
    [
      `LABEL:          ${f.label}`,
      `IDENTIFIER:     ${f.id}`,
      '',
      `Date/Time:       ${f.date}`,
      `Sequence Number: ${f.seq}`,
      `Machine Id:      ${f.machineId}`,
      `Node Id:         ${f.node}`,
      `Class:           ${f.cls}`,
      `Type:            ${f.type}`,
      'WPAR:            Global',
      `Resource Name:   ${f.resource}`,
      '',
      'Description',
    ].join('\n'),
} as const;

export const lscfgMessages = {
  usage: 'Usage: lscfg [-v] [-p] [-s] [-l Name ]',
  /** [M] lscfg's answer for a name with no customized device. */
  notFound: (name: string) => `lscfg: device ${name} not found.`,
} as const;

export const odmgetMessages = {
  usage: 'Usage: odmget [-q criteria] classname ...',
  /** Trainer wording: AIX's texts for unreadable criteria and unknown classes were not found. */
  badCriteria: (q: string) => `odmget: the search criteria "${q}" could not be read (AIX's exact message is not simulated).`,
  noClass: (c: string) => `odmget: there is no object class ${c} (AIX's exact message is not simulated).`,
} as const;

export const psMessages = {
  /** [M] AIX ps -f heading (right-aligned columns: UID 8, PID 8, PPID 8, C 4, STIME 9, TTY 7, TIME 6). */
  fullHeader: '     UID     PID    PPID   C    STIME    TTY  TIME CMD',
  shortHeader: '     PID    TTY  TIME CMD',
  /** [M] the usage lines of AIX ps. */
  usage:
    'Usage: ps [-ANPaedfklmMZ] [-n namelist] [-F Format] [-o specifier[=header],...]\n' +
    '\t\t[-p proclist][-G|-g grouplist] [-t termlist] [-U|-u userlist] [-c classlist] [ -T pid] [ -L pidlist]\n' +
    'Usage: ps [aceglnsuvwxU] [t tty] [processnumber]',
} as const;

export const lspsMessages = {
  /** [M] lsps -a heading; the columns of each row end under the heading's last letter. */
  header: 'Page Space      Physical Volume   Volume Group    Size %Used Active  Auto  Type Chksum',
  summaryHeader: 'Total Paging Space   Percent Used',
  usage: 'Usage: lsps [-c | -l] {-a | -s | PagingSpace | -t {lv|nfs} PagingSpace}',
  /** Trainer wording: AIX's message for an unknown paging space was not found. */
  noSuch: (name: string) => `lsps: ${name} is not a paging space on this system (AIX's exact message is not simulated).`,
} as const;

export const sysdumpdevMessages = {
  usage:
    'Usage: sysdumpdev -P {-p device | -s device} [-q] [-i]\n' +
    '       sysdumpdev [-p device | -s device] [-q] [-i]\n' +
    '       sysdumpdev [-c | -C] [-d directory | -D directory | -e | -I | -k | -K | -l | -L | -p | -q | -r host:path | -s | -t | -z]',
} as const;

export const lspathMessages = {
  usage:
    'Usage: lspath [-F Format | -t] [-H] [-l Name] [-p Parent] [-s Status] [-w Connection] [-i PathID]\n' +
    '       lspath -A -l Name -p Parent [-w Connection] [-i PathID] [-E | -D [-O]] [-F Format] [-a Attribute]...',
  /** Trainer wording: AIX's text when no path matches was not found. */
  noPaths: 'lspath: no path matches the selection (AIX\'s exact message is not simulated).',
  /** AIX's 0514-529 wording for an unknown -F field, as lsdev prints it. */
  badField: (f: string) => `lspath: 0514-529 The "${f}" column does not exist in the device configuration\n\tdatabase.`,
} as const;

export const prtconfMessages = {
  usage: 'Usage: prtconf [-c] [-k] [-L] [-m] [-s] [-v]',
  rule: '=============================================================================== ',
} as const;

/** LVM low-level commands (ipl_varyon -i, lqueryvg, lquerypv): layouts [M] as the authors know them. */
export const lvmInternalsMessages = {
  iplHeader: 'PVNAME          BOOT DEVICE     PVID                                    VOLUME GROUP ID',
  iplUsage: 'Usage: ipl_varyon -i | -v [-d DiskName]',
  lqueryvgUsage: 'Usage: lqueryvg -p PVname [-g VGid] [-A] [-t] [-v] [-L] [-P] [-s] [-N] [-c] [-a] [-D] [-n]',
  lquerypvUsage: 'Usage: lquerypv -h PVname [Offset [Length]]',
  /** Trainer wording: the exact AIX texts for a disk without a VGDA or that cannot be read were not found. */
  noVgda: (prog: string, pv: string) => `${prog}: ${pv} holds no volume group descriptor area (AIX's exact message is not simulated).`,
  cannotOpen: (prog: string, pv: string) => `${prog}: cannot open ${pv} (AIX's exact message is not simulated).`,
} as const;

export const mksysbListMessages = {
  lsmksysbUsage: 'Usage: lsmksysb [-b blocks] [-f device] [-a] [-c] [-l] [-n] [-r] [-s] [-d path] [-B] [-D] [-L] [-V]',
  restoreUsage:
    'Usage: restore -x[Mdvqea] [-b Number] [-f Device] [-s Number] [-X VolumeNumber] [-Pstring] [File ...]\n' +
    '       restore -T|-t [-a] [-l] [-q] [-v] [-b Number] [-f Device] [-s Number] [-X VolumeNumber]',
  /** [V: REFERENCE §2.23, CLOUD] restore's line for each file extracted. */
  extracted: (name: string) => `x ${name}`,
  /** Trainer wording for a file of the backup other than the two control files. */
  notABackup: (f: string) => `restore: ${f} does not hold a mksysb backup (AIX's exact message is not simulated).`,
  onlyControlFiles: 'restore: only ./bosinst.data and ./image.data can be restored from a mksysb in this trainer',
} as const;
