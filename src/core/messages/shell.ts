// Texts printed by ksh and by the C library's getopt on AIX.
// Sources: "0403-057 Syntax error: `(' is not expected." and "seq:  not found." from an AIX 7.1 ksh
// capture; "0403-005 Cannot create the specified file." (after the errno line) and "0403-016 Cannot find
// or open the file." from AIX script captures; getopt wording from the AIX libc catalogue (libc.msg:
// ": Not a recognized flag: ", ": A flag requires a parameter: ", also seen in an AIX 4.3.3 capture).
// "is not matched." is ksh88's e_unmatched in AIX wording [M]; cd's "not found." [M].
import { errnoText, type Errno } from './files.ts';

export const shellMessages = {
  notFound: (cmd: string) => `ksh: ${cmd}:  not found.`,
  syntaxError: (token: string) => `ksh: 0403-057 Syntax error: \`${token}' is not expected.`,
  unmatched: (quote: string) => `ksh: 0403-057 Syntax error: \`${quote}' is not matched.`,
  /** Output redirection that cannot be opened: the errno line, then ksh's own line. */
  cannotOpen: (path: string, errno: Errno = 'ENOENT') => `${errnoText(errno)}\nksh: ${path}: 0403-005 Cannot create the specified file.`,
  /** Input redirection from a file that cannot be opened. */
  cannotOpenInput: (path: string, errno: Errno = 'ENOENT') => `${errnoText(errno)}\nksh: ${path}: 0403-016 Cannot find or open the file.`,
  cdNotFound: (path: string) => `ksh: ${path}:  not found.`,
  /** cd into a file [L]: worded like ksh's "not found." (AIX's exact text was not found). */
  notADirectory: (path: string) => `ksh: ${path}:  not a directory.`,
  unknownFlag: (prog: string, flag: string) => `${prog}: Not a recognized flag: ${flag}`,
  flagNeedsArg: (prog: string, flag: string) => `${prog}: A flag requires a parameter: ${flag}`,
} as const;
