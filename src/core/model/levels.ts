// AIX levels the labs use. Fileset levels are illustrative but consistent: a higher service pack
// always carries higher fileset levels, so installp and oslevel agree.
import type { Fileset } from './types.ts';

export interface LevelInfo {
  /** oslevel -s */
  sp: string;
  /** base fileset fix level for this SP, e.g. 7.2.5.102 */
  vrmf: string;
}

export const KNOWN_LEVELS: LevelInfo[] = [
  { sp: '6100-05-01-1016', vrmf: '6.1.5.1' },
  { sp: '6100-07-01-1141', vrmf: '6.1.7.1' },
  { sp: '7100-05-06-2015', vrmf: '7.1.5.32' },
  { sp: '7200-04-02-2028', vrmf: '7.2.4.3' },
  { sp: '7200-05-01-2038', vrmf: '7.2.5.0' },
  { sp: '7200-05-02-2114', vrmf: '7.2.5.1' },
  { sp: '7200-05-03-2148', vrmf: '7.2.5.102' },
  { sp: '7200-05-04-2220', vrmf: '7.2.5.200' },
  { sp: '7200-05-05-2246', vrmf: '7.2.5.201' },
  // AIX 7.3: the NIM lab's SPOTs and lpp_source (nimadm); 7300-01-01-2246 as the release lab already used it.
  { sp: '7300-00-01-2148', vrmf: '7.3.0.1' },
  { sp: '7300-01-01-2246', vrmf: '7.3.1.0' },
];

export function levelInfo(sp: string): LevelInfo | null {
  return KNOWN_LEVELS.find((l) => l.sp === sp) ?? null;
}

/** "7200-05-03-2148" → "7200-05" */
export function technologyLevel(sp: string): string {
  return sp.split('-').slice(0, 2).join('-');
}

/** "7200-05-03-2148" → "7.2.0.0" (plain oslevel) */
export function baseLevel(sp: string): string {
  const vr = sp.slice(0, 2);
  return `${vr[0]}.${vr[1]}.0.0`;
}

/** Orders oslevel -s strings (release, TL, SP, build). */
export function compareLevels(a: string, b: string): number {
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Orders V.R.M.F fileset levels. */
export function compareVrmf(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const BASE_FILESETS: [string, string, 'os' | 'fixed'][] = [
  ['bos.rte', 'Base Operating System Runtime', 'os'],
  ['bos.mp64', 'Base Operating System 64-bit Multiprocessor Runtime', 'os'],
  ['bos.rte.lvm', 'Logical Volume Manager', 'os'],
  ['bos.rte.install', 'LPP Install Commands', 'os'],
  ['bos.rte.boot', 'Boot Commands', 'os'],
  ['bos.sysmgt.sysbr', 'System Backup and BOS Install Utilities', 'os'],
  ['bos.net.tcp.client', 'TCP/IP Client Support', 'os'],
  ['devices.vscsi.disk.rte', 'Virtual SCSI Client Disk Driver', 'os'],
  ['bos.alt_disk_install.rte', 'Alternate Disk Installation Runtime', 'os'],
  ['bos.alt_disk_install.boot_images', 'Alternate Disk Installation Disk Boot Images', 'os'],
];

/** The fileset table of an AIX installed at `sp`. */
export function filesetsFor(sp: string): Record<string, Fileset> {
  const info = levelInfo(sp);
  const vrmf = info ? info.vrmf : `${sp[0]}.${sp[1]}.${Number(sp.slice(5, 7))}.0`;
  const out: Record<string, Fileset> = {};
  for (const [name, description] of BASE_FILESETS) {
    out[name] = { level: vrmf, state: 'COMMITTED', description };
  }
  return out;
}
