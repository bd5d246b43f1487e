// The operator-panel LED codes the trainer shows, with what each means, in one table. The boot console,
// the diagram's host nodes, the details panel and the narration all read it from here.
// Codes are four characters as the panel shows them ("0552", "0c31").

export interface LedCode {
  code: string;
  /** A few words: what the system is doing at this code (or what failed). */
  meaning: string;
  /** True when a boot that stays on this code is stuck there (a hang), not passing through. */
  failure: boolean;
}

const TABLE: readonly LedCode[] = [
  { code: '0510', meaning: 'cfgmgr phase 1: configuring the base devices', failure: false },
  { code: '0511', meaning: 'cfgmgr phase 1 finished: base devices configured', failure: false },
  { code: '0517', meaning: 'mounting the root (/) and /usr file systems', failure: false },
  { code: '0518', meaning: 'mount of /usr or /var failed', failure: true },
  { code: '0538', meaning: 'a device configuration method is running (cfgmgr)', failure: false },
  { code: '0539', meaning: 'a device configuration method returned (cfgmgr)', failure: false },
  { code: '0548', meaning: 'restbase failed: the boot image could not restore its ODM copy', failure: true },
  { code: '0551', meaning: 'IPL varyon of rootvg', failure: false },
  { code: '0552', meaning: 'IPL varyon failed', failure: true },
  { code: '0553', meaning: 'handing over to init (rc.boot phase 2 done)', failure: false },
  { code: '0554', meaning: 'the boot device could not be opened or read', failure: true },
  { code: '0555', meaning: 'fsck of / failed', failure: true },
  { code: '0556', meaning: 'LVM error during the IPL varyon', failure: true },
  { code: '0557', meaning: 'the root file system (/) will not mount', failure: true },
  { code: '0581', meaning: 'TCP/IP configuration (rc.net)', failure: false },
  { code: '0c31', meaning: 'waiting for the console to be defined', failure: false },
];

const BY_CODE = new Map(TABLE.map((c) => [c.code, c] as const));

export function ledCodes(): readonly LedCode[] {
  return TABLE;
}

/** "552" and "0552" are the same code; letters are matched in lower case ("0C31" → "0c31"). */
export function normalizeLed(code: string): string {
  const c = code.trim().toLowerCase();
  return c.length < 4 ? c.padStart(4, '0') : c;
}

export function ledInfo(code: string): LedCode | null {
  return BY_CODE.get(normalizeLed(code)) ?? null;
}

/** Plain words for a code, with a fallback for codes the table does not know. */
export function ledMeaning(code: string | null): string {
  if (code === null || code.trim() === '') return 'blank: no code on the panel';
  return ledInfo(code)?.meaning ?? `code ${code}: not described in the trainer's table`;
}
