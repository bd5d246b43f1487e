// The scenario builder's "a server you describe": host name, AIX level, disks and their sizes, rootvg on
// one disk or mirrored on two, a data volume group, extra file systems, interim fixes, the alt_disk
// fileset, and install media. It becomes a twin start (core/twin/start.ts): the same facts a pasted
// server gives, so it builds, shares and saves exactly like a twin. Validated strictly: every refusal
// says which field and why, in plain words.
import { KNOWN_LEVELS } from '../model/levels.ts';
import { standardRootvg } from '../model/build.ts';
import { err, ok, type Result } from '../result.ts';
import { MAX_VG_PPS } from '../twin/build.ts';
import { LEVEL, type TwinMedia, type TwinStart } from '../twin/start.ts';
import type { LvFact, PvFact, TwinFacts } from '../twin/types.ts';

export interface ServerFs {
  /** Mount point, e.g. /opt/app. */
  mount: string;
  sizeMB: number;
  vg: 'rootvg' | 'datavg';
}

export interface ServerForm {
  hostname: string;
  /** oslevel -s, one of SERVER_LEVELS. */
  level: string;
  /** Disk sizes in MB: hdisk0, hdisk1, … in order. */
  disksMB: number[];
  /** rootvg on hdisk0, or mirrored on hdisk0 and hdisk1. */
  mirrored: boolean;
  /** Disks of a datavg (none: no datavg). */
  datavg: string[];
  fileSystems: ServerFs[];
  /** Interim fix labels (emgr -l). */
  efixes: string[];
  /** The interim fixes lock bos.rte (EFIXLOCKED: an update_all clone fails until they are removed). */
  efixLocksBosRte?: boolean;
  /** bos.alt_disk_install.rte is not installed. */
  noAltDisk: boolean;
  media: TwinMedia;
}

/** The levels the builder offers: the trainer's level table (6.1, 7.1, 7.2) and the 7.3 levels its labs run. */
export const SERVER_LEVELS: readonly string[] = [...KNOWN_LEVELS.map((l) => l.sp), '7300-01-01-2246', '7300-02-01-2346'];

export const SERVER_LIMITS = { maxDisks: 16, minDiskMB: 4096, maxDiskMB: 2_097_152, maxFs: 8, maxEfixes: 8, minFsMB: 32, maxFsMB: 1_048_576 } as const;

export const DEFAULT_SERVER: ServerForm = {
  hostname: 'aixprod01',
  level: '7200-05-03-2148',
  disksMB: [30720, 30720, 30720],
  mirrored: false,
  datavg: [],
  fileSystems: [],
  efixes: [],
  noAltDisk: false,
  media: {},
};

const PP_MB = 32;
const HOST = /^[A-Za-z][A-Za-z0-9-]{0,30}$/;
const MOUNT = /^\/[A-Za-z0-9_]+(?:\/[A-Za-z0-9_]+){0,3}$/;
const EFIX = /^[A-Za-z0-9][A-Za-z0-9_.]{0,15}$/;
const DISK = /^hdisk\d{1,2}$/;
const RESERVED_MOUNTS = new Set(standardRootvg().flatMap((s) => (s.mount ? [s.mount] : [])).concat(['/data', '/proc', '/aha', '/alt_inst']));

const show = (v: unknown) => JSON.stringify(String(v).slice(0, 30));

/** The twin start of a described server, or the first thing wrong with the form. */
export function serverStart(f: ServerForm): Result<TwinStart> {
  const no = (error: string): Result<TwinStart> => err(error);
  if (typeof f.hostname !== 'string' || !HOST.test(f.hostname)) return no(`Host name ${show(f.hostname)}: a letter, then letters, digits or '-', at most 31 characters.`);
  if (!SERVER_LEVELS.includes(f.level)) return no(`AIX level ${show(f.level)} is not one the trainer has (${SERVER_LEVELS[0]} … ${SERVER_LEVELS[SERVER_LEVELS.length - 1]}).`);
  const L = SERVER_LIMITS;
  if (!Array.isArray(f.disksMB) || f.disksMB.length < 1 || f.disksMB.length > L.maxDisks) return no(`A server has 1 to ${L.maxDisks} disks.`);
  for (const [i, mb] of f.disksMB.entries()) {
    if (!Number.isSafeInteger(mb) || mb < L.minDiskMB || mb > L.maxDiskMB) return no(`hdisk${i}: ${show(mb)} MB is not a size from ${L.minDiskMB} to ${L.maxDiskMB} MB (whole MB).`);
  }
  const names = f.disksMB.map((_, i) => `hdisk${i}`);
  const root = f.mirrored ? ['hdisk0', 'hdisk1'] : ['hdisk0'];
  if (f.mirrored && f.disksMB.length < 2) return no('A mirrored rootvg needs two disks (hdisk0 and hdisk1).');
  for (const d of f.datavg) {
    if (!DISK.test(d) || !names.includes(d)) return no(`datavg: ${show(d)} is not one of the server's disks (${names.join(', ')}).`);
    if (root.includes(d)) return no(`datavg: ${d} holds rootvg.`);
  }
  if (new Set(f.datavg).size !== f.datavg.length) return no('datavg names a disk twice.');
  if (f.fileSystems.length > L.maxFs) return no(`At most ${L.maxFs} extra file systems.`);
  const mounts = new Set<string>();
  for (const fs of f.fileSystems) {
    if (typeof fs.mount !== 'string' || !MOUNT.test(fs.mount)) return no(`File system ${show(fs.mount)}: a mount point such as /opt/app (letters, digits, _; up to 4 levels).`);
    if (RESERVED_MOUNTS.has(fs.mount) || mounts.has(fs.mount)) return no(`File system ${fs.mount}: that mount point is already taken.`);
    mounts.add(fs.mount);
    if (!Number.isSafeInteger(fs.sizeMB) || fs.sizeMB < L.minFsMB || fs.sizeMB > L.maxFsMB) return no(`File system ${fs.mount}: ${show(fs.sizeMB)} MB is not a size from ${L.minFsMB} to ${L.maxFsMB} MB.`);
    if (fs.vg !== 'rootvg' && fs.vg !== 'datavg') return no(`File system ${fs.mount}: its volume group is rootvg or datavg.`);
    if (fs.vg === 'datavg' && f.datavg.length === 0) return no(`File system ${fs.mount} is in datavg, but no disk holds datavg.`);
  }
  if (f.efixes.length > L.maxEfixes) return no(`At most ${L.maxEfixes} interim fixes.`);
  for (const e of f.efixes) if (typeof e !== 'string' || !EFIX.test(e)) return no(`Interim fix ${show(e)}: a label such as IJ41974s3a (letters, digits, '.', '_'; at most 16).`);
  if (new Set(f.efixes).size !== f.efixes.length) return no('An interim fix is named twice.');
  for (const lvl of [...(f.media.dirs ?? []), ...(f.media.cd0 ? [f.media.cd0] : []), ...(f.media.mksysb ?? []).map((m) => m.level)]) {
    if (!LEVEL.test(lvl) || !SERVER_LEVELS.includes(lvl)) return no(`Media: ${show(lvl)} is not a level the trainer has.`);
  }
  for (const m of f.media.mksysb ?? []) if (!HOST.test(m.host)) return no(`mksysb image: ${show(m.host)} is not a host name.`);
  if ((f.media.dirs ?? []).length > 4 || (f.media.mksysb ?? []).length > 4) return no('At most 4 update directories and 4 mksysb images.');

  const lps = (mb: number) => Math.ceil(mb / PP_MB);
  const copies = f.mirrored ? 2 : 1;
  const fsLvs = (vg: 'rootvg' | 'datavg'): LvFact[] =>
    f.fileSystems.filter((x) => x.vg === vg).map((x, i): LvFact => ({ name: `${vg === 'rootvg' ? 'fslv' : 'datalv'}${String(i).padStart(2, '0')}`, type: 'jfs2', lps: lps(x.sizeMB), pps: lps(x.sizeMB) * (vg === 'rootvg' ? copies : 1), pvs: vg === 'rootvg' ? copies : 1, state: 'open/syncd', mount: x.mount }));
  const rootLvs: LvFact[] = standardRootvg().map((s) => {
    const c = s.type === 'sysdump' ? 1 : copies;
    return { name: s.name, type: s.type, lps: s.lps, pps: s.lps * c, pvs: c, state: s.type === 'sysdump' ? 'open/syncd' : 'open/syncd', mount: s.mount ?? null };
  });
  rootLvs.push(...fsLvs('rootvg'));
  const rootNeed = rootLvs.reduce((n, l) => n + l.lps, 0) + 8;
  if (rootNeed * PP_MB > f.disksMB[0]) return no(`rootvg needs about ${rootNeed * PP_MB} MB; hdisk0 has ${f.disksMB[0]} MB.`);
  if (f.mirrored && rootNeed * PP_MB > f.disksMB[1]) return no(`The mirror needs about ${rootNeed * PP_MB} MB; hdisk1 has ${f.disksMB[1]} MB.`);
  const pvs: PvFact[] = names.map((n) => ({ name: n, pvid: null, vg: root.includes(n) ? 'rootvg' : f.datavg.includes(n) ? 'datavg' : null, active: root.includes(n) || f.datavg.includes(n) }));
  const facts: TwinFacts = {
    hostname: f.hostname,
    level: f.level,
    pvs,
    vgs: { rootvg: { name: 'rootvg', vgid: null, ppSizeMB: PP_MB, totalPps: null, quorumDisabled: f.mirrored } },
    lvs: { rootvg: rootLvs },
    vgPvs: {},
    bootlist: root,
    diskSizes: Object.fromEntries(names.map((n, i) => [n, f.disksMB[i]])),
    attrPvids: {},
  };
  if (f.datavg.length > 0) {
    const data = fsLvs('datavg');
    const need = data.reduce((n, l) => n + l.lps, 0) + 1;
    const room = f.datavg.reduce((n, d) => n + Math.floor(f.disksMB[Number(d.slice(5))] / PP_MB) - 1, 0);
    if (need > room) return no(`datavg's file systems need ${need * PP_MB} MB; its disks hold about ${room * PP_MB} MB.`);
    if (room > MAX_VG_PPS) return no(`datavg's disks hold ${room} partitions of ${PP_MB} MB; the trainer models at most ${MAX_VG_PPS} in a volume group: use fewer or smaller disks.`);
    facts.vgs.datavg = { name: 'datavg', vgid: null, ppSizeMB: PP_MB, totalPps: null, quorumDisabled: false };
    facts.lvs.datavg = data.length > 0 ? [{ name: 'loglv00', type: 'jfs2log', lps: 1, pps: 1, pvs: 1, state: 'open/syncd', mount: null }, ...data] : [];
  }
  if (f.efixLocksBosRte && f.efixes.length === 0) return no('Interim fixes that lock bos.rte: name at least one fix.');
  if (f.efixes.length > 0) facts.efixes = f.efixes.map((label) => ({ label, state: 'S', abstract: 'Interim fix', ...(f.efixLocksBosRte ? { filesets: ['bos.rte'] } : {}) }));
  if (f.noAltDisk) facts.altDisk = { installed: [], missing: ['bos.alt_disk_install.rte'] };
  const start: TwinStart = { facts };
  const media: TwinMedia = {};
  if (f.media.dirs?.length) media.dirs = [...f.media.dirs];
  if (f.media.cd0) media.cd0 = f.media.cd0;
  if (f.media.mksysb?.length) media.mksysb = f.media.mksysb.map((m) => ({ ...m }));
  if (Object.keys(media).length > 0) start.media = media;
  return ok(start);
}
