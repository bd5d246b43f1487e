// bootlist texts (REFERENCE §2.8, AIX bootlist.c catalogue).
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
