// Texts printed by ksh and by the C library's getopt on AIX.
export const shellMessages = {
  notFound: (cmd: string) => `ksh: ${cmd}:  not found.`,
  syntaxError: (token: string) => `ksh: syntax error: \`${token}' unexpected`,
  cannotOpen: (path: string) => `ksh: ${path}: cannot create`,
  cannotOpenInput: (path: string) => `ksh: ${path}: cannot open`,
  cdNotFound: (path: string) => `ksh: ${path}:  not found.`,
  notADirectory: (path: string) => `ksh: ${path}: not a directory`,
  unknownFlag: (prog: string, flag: string) => `${prog}: Not a recognized flag: ${flag}`,
  flagNeedsArg: (prog: string, flag: string) => `${prog}: Flag requires a parameter: ${flag}`,
} as const;
