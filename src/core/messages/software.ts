// Software maintenance texts: emgr (REFERENCE §2.26), installp (§2.24) and its refusal of filesets an
// interim fix locks (§2.26, §8 S23). Where no capture was found the layout follows the AIX output the
// team knows and is marked [M]; no message number is given unless REFERENCE verifies it.

const RULE = '+-----------------------------------------------------------------------------+';

export const emgrMessages = {
  /** [V: §2.26, ANS-T sample_emgr_output1] emgr -l heading. */
  listHeader:
    'ID  STATE LABEL      INSTALL TIME      UPDATED BY ABSTRACT\n' +
    '=== ===== ========== ================= ========== ======================================',
  /** [V: §2.26] the legend after the list. */
  stateCodes:
    '\nSTATE codes:\n' +
    ' S = STABLE\n M = MOUNTED\n U = UNMOUNTED\n Q = REBOOT REQUIRED\n B = BROKEN\n I = INSTALLING\n R = REMOVING\n' +
    ' T = TESTED\n P = PATCHED\n N = NOT PATCHED\n SP = STABLE + PATCHED\n SN = STABLE + NOT PATCHED\n' +
    ' QP = BOOT IMAGE MODIFIED + PATCHED\n QN = BOOT IMAGE MODIFIED + NOT PATCHED\n RQ = REMOVING + REBOOT REQUIRED\n',
  /** [M] emgr -l when no interim fix is installed. */
  noEfixes: 'There is no efix data on this system.',
  /** [M] the removal report: initialization banner, per-label line, operation summary. */
  removeStart: (label: string) =>
    [RULE, 'Efix Manager Initialization', RULE, 'Initializing log /var/adm/ras/emgr.log ...', 'Accessing efix metadata ...', `Processing efix label "${label}" ...`, ''].join('\n'),
  removeSummary: (n: number, label: string) =>
    [RULE, 'Operation Summary', RULE, 'Log file is /var/adm/ras/emgr.log', '',
      'EFIX NUMBER       LABEL               OPERATION              RESULT           ',
      '===========       ==============      =================      ==============   ',
      `${String(n).padEnd(18)}${label.padEnd(20)}REMOVE                 SUCCESS          `, '', 'Return Status = SUCCESS', ''].join('\n'),
  /** Trainer wording: AIX's own text for an unknown label was not found. */
  noSuchLabel: (label: string) => `emgr: no interim fix with label ${label} is installed on this system.`,
  /** [M] synopsis lines of the emgr manual page for the forms the trainer knows. */
  usage:
    'Usage: emgr -l [-L Label | -n EfixNumber | -u VUID] [-v{1-3}] [-X]\n' +
    '       emgr -r -L Label | -n EfixNumber | -u VUID | -f ListFile [-w Directory] [-a Path] [-bkpIqX]\n' +
    '       emgr -e EfixPackage | -f ListFile [-w Directory] [-a Path] [-bkmpoqIX]\n' +
    '       emgr -c [-L Label | -n EfixNumber | -u VUID | -f ListFile] [-w Directory] [-a Path] [-v{1-3}] [-X]',
} as const;

export const installpMessages = {
  /**
   * [M] installp's FAILURES section for filesets an interim fix locks: the section heading and its two
   * explanation lines are installp's usual failure wording; the sub-heading and its note are the
   * trainer's reading of the emgr lock (the exact AIX lines were not found).
   */
  efixLockedFailures: (rows: string[]) => [
    'FAILURES',
    '--------',
    '  Filesets listed in this section failed pre-installation verification',
    '  and will not be installed.',
    '',
    '  Locked by EFIX',
    '  --------------',
    '  The following filesets are locked by an interim fix (emgr). Remove the',
    '  interim fix with "emgr -r -L <label>" before updating them.',
    '',
    ...rows,
    '',
    '  << End of Failure Section >>',
    '',
  ],
  /** [M] installp -s with nothing in the APPLIED state (and installp -c with nothing to commit). */
  nothingApplied: 'installp:  No filesets were found in the Software Vital Product Database in\n\tthe APPLIED state.',
  /** [M] installp -C when no installation was left broken. */
  nothingToClean: 'installp:  No filesets were found in the Software Vital Product Database\n\tthat could be cleaned up.',
  /** [M] the pre-commit verification and committing report of installp -c (layout of the apply report, §2.24). */
  commitReport: (rows: { name: string; level: string; description: string }[]) => {
    const n = String(rows.length);
    const pad = (s: string, w: number) => s.padEnd(w);
    return [
      RULE, '                    Pre-commit Verification...', RULE,
      'Verifying requisites...done', 'Results...', '',
      'SUCCESSES', '---------', '  Filesets listed in this section passed pre-commit verification', '  and will be committed.', '',
      '  Selected Filesets', '  -----------------',
      ...rows.map((r) => `  ${pad(`${r.name} ${r.level}`, 44)}# ${r.description}`),
      '', '  << End of Success Section >>', '',
      'FILESET STATISTICS', '------------------',
      `${n.padStart(5)}  Selected to be committed, of which:`, `${n.padStart(9)}  Passed pre-commit verification`, '  ----', `${n.padStart(5)}  Total to be committed`, '',
      RULE, '                        Committing Software...', RULE, '',
      'installp:  COMMITTING software for:', ...rows.map((r) => `        ${r.name} ${r.level}`), '',
      RULE, '                                Summaries:', RULE, '',
      'Installation Summary', '--------------------',
      `${pad('Name', 28)}${pad('Level', 16)}${pad('Part', 12)}${pad('Event', 12)}Result`,
      '-------------------------------------------------------------------------------',
      ...rows.flatMap((r) => ['USR', 'ROOT'].map((part) => `${pad(r.name, 27)} ${pad(r.level, 15)} ${pad(part, 11)} ${pad('COMMIT', 11)} SUCCESS`)),
      '',
    ].join('\n');
  },
  usage:
    'Usage: installp [-a|-ac] [-eLogFile] [-V Number] [-dDevice] [-b] [-S] [-B] [-D] [-I] [-p]\n' +
    '                [-Q] [-q] [-v] [-X] [-F|-g] [-O{[r][s][u]}] [-tSaveDirectory] [-w] [-zBlockSize]\n' +
    '                {FilesetName [Level]...|-f ListFile|all}\n' +
    '       installp -c [-eLogFile] [-V Number] [-b] [-g] [-p] [-v] [-X] [-O{[r][s][u]}] [-w]\n' +
    '                {FilesetName [Level]...|-f ListFile|all}\n' +
    '       installp -C [-eLogFile] [-b] [-p] [-V Number]\n' +
    '       installp -s [-eLogFile] [-O{[r][s][u]}] [-w] {FilesetName...|-f ListFile|all}',
} as const;
