// Texts of the file and text commands (cat, grep, head, tail, wc, sort, more, pg, ls, cp, mv, rm, mkdir,
// touch, date, hostname, id). Sources, all AIX's own:
// - AIX 4.1.3 message catalogues (src/bos/usr/bin/<cmd>/<cmd>.msg) and libc.msg (errno texts, regerror
//   texts, getopt wording). AIX keeps catalogue numbers across releases; numbers seen again in AIX 5–7
//   captures: cat 0652-050, grep 0652-033, ls 0653-341, rm 0653-603/0653-609, mv 0653-401, mkdir
//   0653-357, touch 0652-046, cp 0653-435.
// - The grep usage is the AIX 7 one from a capture ("-r -R -H -L" added since 4.1).
// Where the command prints perror() text it is the errno line below, exactly as libc.msg words it.
// A text marked [M] is AIX wording whose exact form was not seen in a capture.

export type Errno = 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'EBUSY' | 'ENOSPC' | 'EROFS' | 'ENOTEMPTY' | 'EACCES' | 'EINVAL' | 'EXDEV' | 'ENAMETOOLONG';

const ERRNO: Record<Errno, string> = {
  ENOENT: 'A file or directory in the path name does not exist.',
  EEXIST: 'Do not specify an existing file.',
  ENOTDIR: 'A parameter must be a directory.',
  EISDIR: 'Cannot write to a directory.',
  EBUSY: 'The requested resource is busy.',
  ENOSPC: 'There is not enough space in the file system.',
  EROFS: 'The file system has read permission only.',
  ENOTEMPTY: 'Cannot delete a directory that is not empty.',
  EACCES: 'The file access permissions do not allow the specified action.',
  EINVAL: 'A system call received a parameter that is not valid.',
  EXDEV: 'Cannot link to a file on another device.',
  /** [M]: a path over PATH_MAX (1,023) or a component over NAME_MAX (255). */
  ENAMETOOLONG: 'The file name is too long.',
};

/** strerror() on AIX. */
export function errnoText(e: Errno): string {
  return ERRNO[e];
}

/** perror(name): "name: text". */
export const perror = (name: string, e: Errno) => `${name}: ${ERRNO[e]}`;

/** regerror() texts (libc.msg set MS_REG); grep prints them alone. */
export type RegexError = 'EBRACK' | 'EPAREN' | 'EBRACE' | 'BADBR' | 'ERANGE' | 'ECTYPE' | 'EESCAPE' | 'BADRPT' | 'ESUBREG';
const REGEX: Record<RegexError, string> = {
  EBRACK: '[] imbalance.',
  EPAREN: '\\(\\) or () imbalance.',
  EBRACE: '\\{\\} or {} imbalance.',
  BADBR: 'Invalid \\{\\} repetition.',
  ERANGE: 'Invalid range within [] expression.',
  ECTYPE: 'Invalid character class within [] expression.',
  EESCAPE: 'Last character cannot be \\.',
  BADRPT: '?*+ not preceded by valid expression.',
  ESUBREG: 'Invalid subexpression backreference number',
};

export const fileMessages = {
  cat: {
    usage: 'Usage: cat [-qrSsu] [-n[b]] [-v[et]] [-|File ...]',
    cannotOpen: (f: string) => `cat: 0652-050 Cannot open ${f}.`,
  },
  grep: {
    usage: (prog: string) =>
      `Usage: ${prog} [-r] [-R] [-H] [-L] [-E|-F] [-c|-l|-q] [-insvxbhwyu] [-p[parasep]] -e pattern_list...\n` +
      `\t[-f pattern_file...] [file...]\n` +
      `Usage: ${prog} [-r] [-R] [-H] [-L]  [-E|-F] [-c|-l|-q] [-insvxbhwyu] [-p[parasep]] [-e pattern_list...]\n` +
      `\t-f pattern_file... [file...]\n` +
      `Usage: ${prog} [-r] [-R] [-H] [-L] [-E|-F] [-c|-l|-q] [-insvxbhwyu] [-p[parasep]] pattern_list [file...]`,
    cannotOpen: (prog: string, f: string) => `${prog}: 0652-033 Cannot open ${f}.`,
    stdinName: '(standard input)',
    regex: (e: RegexError) => REGEX[e],
  },
  head: {
    usage: 'Usage: head [-Count | -n Number | -c Number] [File...]',
    badNumber: 'head: 0652-036 Specify a positive decimal number.',
  },
  tail: {
    usage:
      'Usage: tail [-f] [-c Number|-n Number|-m Number|-b Number|-k Number] [File]\n' +
      'Usage: tail [-r] [-n Number] [File]\n' +
      'Usage: tail [+|-[Number]][l|b|c|k|m][f] [File]',
    oneFile: 'tail: 0652-044 Can only process one file at a time.',
    exclusive: 'tail: 0652-045 Options are mutually exclusive.',
  },
  wc: {
    usage: 'Usage: wc [-c | -m][-lw] [File ...]\n       wc -k [-c [-lw]] [File ...]',
    cannotOpen: (f: string) => `wc: 0653-755 Cannot open ${f}.`,
    total: 'total',
  },
  sort: {
    usage:
      'Usage:   sort\t[-Abcdfimnru] [-T Directory] [-t Character] [-o File]\n' +
      '\t\t[-y[Kilobytes]] [-z Recordsize] [-k Keydefinition]...\n' +
      '\t\t[[+Position1][-Position2]]... [File]...',
    /** [M]: catalogue text; the "sort: " prefix is how AIX commands print catalogue errors. */
    cannotOpen: (f: string) => `sort: 0653-655 Cannot open ${f}`,
    cannotCreate: (f: string) => `sort: 0653-654 Cannot create ${f}`,
  },
  more: {
    usage: 'Usage: more [-Ncdeisuvz] [-t tag] [-x tabs] [-p command] [-n number]\n\t    [-W option] [file ...]',
    isDir: (f: string) => `${f} is a directory`,
  },
  pg: {
    usage: 'Usage: pg [-Number] [-p String] [-cefns] [+LineNumber] [+/Pattern/] [File...]',
    isDir: (f: string) => `pg: 0652-118 ${f} is a directory.`,
  },
  ls: {
    usage: 'Usage: ls [-1ACFLNRabcdefgilmnopqrstux] [File...]',
    notFound: (f: string) => `ls: 0653-341 The file ${f} does not exist.`,
  },
  cp: {
    usage: (prog: string) => `Usage: ${prog} [-fhip] [-r|-R] [--] src target\n   or: ${prog} [-fhip] [-r|-R] [--] src1 ... srcN directory`,
    bothR: 'cp: 0653-433 the -R and -r options are mutually exclusive.',
    identical: (to: string, from: string) => `cp: 0653-435  ${to} and ${from} are identical (not copied).`,
    isDir: (f: string) => `cp: 0653-436  ${f} is a directory.\n\tSpecify -r or -R to copy.`,
    notDir: (f: string) => `cp: 0653-437  ${f} is not a directory.`,
    error: (f: string, e: Errno) => `cp: ${f}: ${ERRNO[e]}`,
  },
  mv: {
    usage: 'Usage: mv [-i | -f]  [--] src target\n   or: mv [-i | -f]  [--] src1 ... srcN directory',
    cannotRename: (from: string, to: string, e: Errno) => `mv: 0653-401 Cannot rename ${from} to ${to}:\n\t     ${ERRNO[e]}`,
    identical: (a: string, b: string) => `mv: 0653-405 ${a} and ${b} are identical.`,
  },
  rm: {
    usage: 'Usage: rm [-firRe] [--] File...',
    dotNames: "rm: 0653-600 Cannot remove '.' or '..'.",
    isDir: (f: string) => `rm: 0653-603 Cannot remove directory ${f}.`,
    notRemoved: (f: string, e: Errno) => `rm: 0653-609 Cannot remove ${f}.\n${ERRNO[e]}`,
    currentDir: (f: string) => `rm: 0653-610 Cannot remove current directory ${f}.`,
    notEmpty: (f: string) => `rm: 0653-611 Directory ${f} is not empty.`,
    missing: (f: string) => `rm: ${f}: ${ERRNO.ENOENT}`,
  },
  mkdir: {
    usage: 'Usage: mkdir [-p] [-m mode] Directory ...',
    noAccess: (dir: string, e: Errno) => `mkdir: 0653-357 Cannot access directory ${dir}.\n${dir}: ${ERRNO[e]}`,
    noMake: (dir: string, e: Errno) => `mkdir: 0653-358 Cannot create ${dir}.\n${dir}: ${ERRNO[e]}`,
    multiple: (c: string) => `mkdir: 0653-355 Cannot have multiple -${c} options.`,
  },
  touch: {
    usage: 'Usage: touch [-amcf] [mmddhhmm[yy]] [-t [[CC]YY]MMDDhhmm[.SS]] \n\t\t[-r ref_file] File ...',
    cannotCreate: (f: string) => `touch: 0652-046 Cannot create ${f}.`,
  },
  date: {
    usage: 'Usage: date [-n][-u] [mmddHHMM[.SSyy]] [+"Field Descriptors"]',
    badField: (c: string) => `date: 0551-001 ${c} is not a recognized field descriptor.`,
    needPlus: 'date: 0551-401 Field descriptor must begin with a + (plus sign).',
  },
  hostname: {
    usage: 'Usage: hostname [-s] [Host].',
  },
  id: {
    usage: 'usage: id [user]\n       id  -G [-n] [user]\n       id  -g [-nr] [user]\n       id  -u [-nr] [user]',
    noUser: '3004-820 User not found in /etc/passwd file',
  },
} as const;
