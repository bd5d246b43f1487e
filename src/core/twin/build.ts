// Parsed facts → the start world of a new lab: the pasted server's host name, level, disks (sizes,
// PVIDs), rootvg and other VGs with their LVs, mirrors and file systems, boot list and interim fixes.
// What the paste does not say is filled with a stated default (listed back to the admin).
import { err, ok, type Result } from '../result.ts';
import { allocate, createLv } from '../engine/lvm.ts';
import { bringUp } from '../engine/startup.ts';
import { classifyLifecycle } from '../lifecycle/index.ts';
import { baseOdmFor, emptyVg, makeDisk, newHost, odmLvsFor, orderStanzas, standardRootvg, type LvSpec } from '../model/build.ts';
import { clonePlain } from '../model/clone.ts';
import { checkInvariants } from '../model/invariants.ts';
import { filesetsFor } from '../model/levels.ts';
import type { Disk, FileNode, FsStanza, OdmDisk, OsImage, VgImage, World } from '../model/types.ts';
import { emptyWorld, LAB_START_MS } from '../scenario/referenceLab.ts';
import { imageDataText } from '../scenario/variants.ts';
import type { SessionState } from '../session/api.ts';
import type { LvFact, Problem, TwinFacts } from './types.ts';

/** The scenario id a twin lab records (not a built-in one: its start world lives in the lab). */
export { TWIN_SCENARIO } from './start.ts';
import { TWIN_SCENARIO } from './start.ts';

export const DEFAULT_HOSTNAME = 'aixtwin01';
export const DEFAULT_LEVEL = '7200-05-03-2148';
export const DEFAULT_DISK_MB = 20480;
export const DEFAULT_PP_MB = 32;
/** The most physical partitions a VG of a twin may have (bounded work for any paste or link). */
export const MAX_VG_PPS = 131_072;

/** What the admin may set over the paste (the editable defaults). */
export interface TwinOptions {
  hostname?: string;
  level?: string;
  diskSizeMB?: number;
  ppSizeMB?: number;
}

export interface TwinDefault {
  /** The option that changes it, or null when it is only said. */
  field: keyof TwinOptions | null;
  text: string;
}

export interface Twin {
  state: SessionState;
  hostname: string;
  disks: string[];
  defaults: TwinDefault[];
  /** The server in a few lines. */
  summary: string[];
  /** Plain-words advice for the clone (a mirrored rootvg, a missing fileset). */
  advice: string[];
}

const BUILT_MS = LAB_START_MS - 60 * 86_400_000;
const LEVEL = /^[5-7][0-9]00-\d{2}-\d{2}-\d{4}$/;
const HOST = /^[A-Za-z][A-Za-z0-9-]{0,30}$/;

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(width, '0').slice(-width);

class Refuse extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

const no = (message: string): never => {
  throw new Refuse({ line: 0, message });
};

/** Builds the twin; a paste that describes an impossible server is refused in plain words. */
export function buildTwin(facts: TwinFacts, options: TwinOptions = {}): Result<Twin, Problem[]> {
  try {
    return ok(build(facts, options));
  } catch (e) {
    if (e instanceof Refuse) return err([e.problem]);
    throw e;
  }
}

/** The host name a twin gets: the admin's choice, else the pasted one when the trainer can use it, else the default. */
export function twinHostname(facts: TwinFacts, options: TwinOptions = {}): string {
  const pasted = facts.hostname !== undefined && HOST.test(facts.hostname) ? facts.hostname : undefined;
  return options.hostname ?? pasted ?? DEFAULT_HOSTNAME;
}

function build(facts: TwinFacts, options: TwinOptions): Twin {
  const defaults: TwinDefault[] = [];
  const pasted = facts.hostname !== undefined && HOST.test(facts.hostname) ? facts.hostname : undefined;
  const hostname = twinHostname(facts, options);
  if (!HOST.test(hostname)) no(`'${hostname.slice(0, 40)}' is not a host name the trainer can use (a letter, then letters, digits or '-', at most 31)`);
  if (!options.hostname && !pasted) {
    const why = facts.hostname ? `the pasted name '${facts.hostname.slice(0, 40)}' is longer than the trainer's 31 characters` : 'no prompt or hostname output named it';
    defaults.push({ field: 'hostname', text: `Host name: ${DEFAULT_HOSTNAME} (${why})` });
  }
  const level = options.level ?? facts.level ?? DEFAULT_LEVEL;
  if (!LEVEL.test(level)) no(`'${level.slice(0, 40)}' is not an oslevel -s level like 7200-05-03-2148`);
  if (!options.level && !facts.level) defaults.push({ field: 'level', text: `AIX level: ${DEFAULT_LEVEL} (oslevel -s was not pasted)` });
  const diskDefault = options.diskSizeMB ?? DEFAULT_DISK_MB;
  if (!Number.isInteger(diskDefault) || diskDefault < 1024 || diskDefault > 16 * 1024 * 1024) no('the default disk size must be a whole number of MB between 1024 and 16777216');
  const ppDefault = options.ppSizeMB ?? DEFAULT_PP_MB;
  if (![4, 8, 16, 32, 64, 128, 256, 512, 1024].includes(ppDefault)) no('the default PP size must be a power of two from 4 to 1024 MB');

  // Disks: lspv first, then every other command that names one.
  const names: string[] = [];
  const addName = (n: string) => {
    if (!names.includes(n)) names.push(n);
  };
  for (const p of facts.pvs ?? []) addName(p.name);
  for (const list of Object.values(facts.vgPvs)) for (const p of list) addName(p.name);
  for (const n of [...(facts.bootlist ?? []), ...Object.keys(facts.diskSizes), ...Object.keys(facts.attrPvids)]) addName(n);
  if (names.length === 0) no("no disks: paste the output of 'lspv' (and 'lsvg -p rootvg')");
  if (names.length > 32) no(`${names.length} disks: the twin models at most 32 on one server`);
  names.sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));

  const vgOf = (n: string): string | null => {
    const p = facts.pvs?.find((x) => x.name === n);
    if (p) return p.vg;
    for (const [vg, list] of Object.entries(facts.vgPvs)) if (list.some((x) => x.name === n)) return vg;
    return null;
  };
  const ppOf = (vg: string): number => facts.vgs[vg]?.ppSizeMB ?? ppDefault;
  for (const vg of new Set(names.map(vgOf).filter((v): v is string => v !== null))) {
    if (!facts.vgs[vg] && (vg === 'rootvg' || facts.lvs[vg])) defaults.push({ field: 'ppSizeMB', text: `PP size of ${vg}: ${ppDefault} MB (lsvg ${vg} was not pasted)` });
  }

  const world: World = emptyWorld(hash(hostname) | 1, hostname);
  world.hosts[hostname] = newHost(hostname, Math.max(8, names.length));
  const diskOf: Record<string, Disk> = {};
  const usedPvids = new Set<string>();
  names.forEach((n, i) => {
    const vg = vgOf(n);
    const listed = facts.pvs?.find((x) => x.name === n)?.pvid;
    let pvid: string | null = listed !== undefined ? listed : facts.attrPvids[n] !== undefined ? facts.attrPvids[n] : null;
    if (listed !== undefined && facts.attrPvids[n] !== undefined && facts.attrPvids[n] !== listed) no(`${n}: lspv shows PVID ${listed ?? 'none'} but lsattr shows ${facts.attrPvids[n] ?? 'none'}`);
    if (pvid === null && vg !== null) {
      pvid = `00c7${hex(hash(hostname), 8)}${hex(i + 1, 4)}`;
      defaults.push({ field: null, text: `PVID of ${n}: ${pvid} (made up: its PVID was not pasted)` });
    }
    if (pvid && usedPvids.has(pvid)) no(`two disks have PVID ${pvid}`);
    if (pvid) usedPvids.add(pvid);
    let size = facts.diskSizes[n];
    if (size === undefined && vg) {
      const total = facts.vgPvs[vg]?.find((x) => x.name === n)?.totalPps;
      if (total !== undefined) {
        size = (total + 1) * ppOf(vg);
        defaults.push({ field: null, text: `Size of ${n}: ${size} MB (from its ${total} PPs in lsvg -p ${vg})` });
      }
    }
    if (size === undefined) {
      size = diskDefault;
      defaults.push({ field: 'diskSizeMB', text: `Size of ${n}: ${size} MB (neither getconf DISK_SIZE nor bootinfo -s was pasted for it)` });
    }
    const disk = makeDisk(`t${i}`, hostname, i, size, pvid);
    world.disks[disk.id] = disk;
    diskOf[n] = disk;
  });

  // Bounded work for any paste or link: the layout is laid out PP by PP, so a VG's PPs are capped (a real
  // rootvg has a few thousand; 131,072 covers 32 disks of 4,096 PPs).
  for (const vg of new Set(names.map(vgOf).filter((v): v is string => v !== null))) {
    const pps = names.filter((n) => vgOf(n) === vg).reduce((sum, n) => sum + Math.floor(diskOf[n].sizeMB / ppOf(vg)), 0);
    if (pps > MAX_VG_PPS) no(`${vg} would have ${pps} physical partitions of ${ppOf(vg)} MB; the trainer models at most ${MAX_VG_PPS} in a volume group (a larger PP size describes the same disks)`);
  }

  const rootDisks = names.filter((n) => vgOf(n) === 'rootvg');
  if (rootDisks.length === 0) no("no disk holds rootvg: paste 'lspv' or 'lsvg -p rootvg'");
  for (const n of names) {
    const vg = vgOf(n);
    if (vg === 'altinst_rootvg' || vg === 'old_rootvg') defaults.push({ field: null, text: `${n} holds ${vg} on the server; the twin makes it a free disk (its content was not pasted)` });
  }

  const root = buildRootvg(world, facts, { hostname, level, disks: rootDisks.map((n) => diskOf[n]), ppSizeMB: ppOf('rootvg'), defaults });
  const odm = root.os!.odm;
  odm.disks = names.map((n): OdmDisk => ({ name: n, diskId: diskOf[n].id, pvid: diskOf[n].pvid, state: 'Available' }));

  const others = [...new Set(names.map(vgOf))].filter((v): v is string => v !== null && !['rootvg', 'altinst_rootvg', 'old_rootvg'].includes(v));
  for (const vgName of others) {
    const disks = names.filter((n) => vgOf(n) === vgName).map((n) => diskOf[n]);
    const vg = emptyVg(facts.vgs[vgName]?.vgid ?? `00c7${hex(hash(hostname + vgName), 12)}${hex(hash(vgName), 16)}`, ppOf(vgName), disks.map((d) => d.pvid!));
    const lvs = facts.lvs[vgName];
    if (!lvs) defaults.push({ field: null, text: `${vgName}: no logical volumes (lsvg -l ${vgName} was not pasted)` });
    placeLvs(vg, disks, lvs ?? [], facts, vgName);
    world.vgs[vg.vgid] = vg;
    for (const d of disks) d.vgid = vg.vgid;
    const active = facts.pvs?.find((p) => p.vg === vgName)?.active ?? true;
    odm.vgs.push({ name: vgName, vgid: vg.vgid, pvids: [...vg.pvids], autoOn: active });
    odm.lvs.push(...odmLvsFor(vg, vgName));
    odm.filesystems.push(...stanzas(vg));
  }

  const host = world.hosts[hostname];
  const bootNames = (facts.bootlist ?? []).filter((n) => rootDisks.includes(n));
  for (const n of facts.bootlist ?? []) if (!rootDisks.includes(n)) defaults.push({ field: null, text: `The boot list named ${n}, which holds no rootvg; the twin leaves it out` });
  const boot = bootNames.length > 0 ? bootNames : rootDisks.filter((n) => diskOf[n].bootRecord);
  if (!facts.bootlist) defaults.push({ field: null, text: `Boot list: ${boot.join(' ')} (bootlist -m normal -o was not pasted)` });
  const blv = root.lvs.find((l) => l.type === 'boot')!.name;
  host.nvram.normal = boot.filter((n) => diskOf[n].bootRecord).map((n) => ({ diskId: diskOf[n].id, blv }));
  const bootDisk = host.nvram.normal[0]?.diskId ?? diskOf[rootDisks[0]].id;
  bringUp(world, hostname, bootDisk, LAB_START_MS - 3 * 86_400_000);

  const broken = checkInvariants(world);
  if (broken.length > 0) no(`the pasted layout does not add up: ${broken[0]}`);

  const start = world;
  const state: SessionState = { format: 'altdisk-session', version: 1, scenario: TWIN_SCENARIO, start, world: clonePlain(start), history: [], pending: null, lifecycle: { state: classifyLifecycle(start), recent: [] } };
  const copies = Math.max(...root.lvs.map((l) => l.copies.length));
  const free = names.filter((n) => vgOf(n) === null || vgOf(n) === 'altinst_rootvg' || vgOf(n) === 'old_rootvg');
  const summary = [
    `${hostname} on AIX ${level}`,
    `rootvg on ${rootDisks.join(' and ')}${copies > 1 ? ` (mirrored: ${copies} copies)` : ''}, PP size ${root.ppSizeMB} MB, ${root.lvs.length} logical volumes`,
    ...others.map((v) => `${v} on ${names.filter((n) => vgOf(n) === v).join(', ')}`),
    free.length > 0 ? `Free for the clone: ${free.map((n) => `${n} (${diskOf[n].sizeMB} MB)`).join(', ')}` : 'No free disk: add one in the lab (lab disk add) before cloning',
  ];
  const advice: string[] = [];
  if (copies > 1) {
    advice.push(
      `rootvg is mirrored (PPs = ${copies} × LPs in lsvg -l rootvg). alt_disk_copy rebuilds the mirrors and needs ${copies} target disks. To clone onto one disk, give it an image.data with COPIES= 1 for every logical volume: alt_disk_copy -d ${free[0] ?? 'hdiskN'} -i /home/image.data${root.lvs.some((l) => l.name === 'hd1' && l.fs) ? ' (the twin has one there, as mkszfile and an edit of COPIES would make)' : ''}.`,
    );
  }
  if (facts.altDisk?.missing.includes('bos.alt_disk_install.rte')) advice.push('bos.alt_disk_install.rte is not installed on the server: install it before the change (the twin has it removed too).');
  return { state, hostname, disks: names, defaults, summary, advice };
}

interface RootvgInput {
  hostname: string;
  level: string;
  disks: Disk[];
  ppSizeMB: number;
  defaults: TwinDefault[];
}

function buildRootvg(world: World, facts: TwinFacts, input: RootvgInput): VgImage {
  const { disks, hostname, level } = input;
  const vg = emptyVg(facts.vgs.rootvg?.vgid ?? `00c7${hex(hash(hostname), 12)}${hex(hash(`${hostname}/rootvg`), 16)}`, input.ppSizeMB, disks.map((d) => d.pvid!));
  let lvs = facts.lvs.rootvg;
  if (!lvs) {
    input.defaults.push({ field: null, text: 'rootvg: the standard AIX 7.2 logical volumes, one copy each (lsvg -l rootvg was not pasted)' });
    lvs = standardRootvg().map((s) => ({ name: s.name, type: s.type, lps: s.lps, pps: s.lps, pvs: 1, state: 'open/syncd', mount: s.mount ?? null }));
  }
  const boot = lvs.find((l) => l.type === 'boot');
  if (!boot) no('rootvg has no boot logical volume (type boot, hd5) in lsvg -l rootvg');
  for (const m of ['/', '/usr', '/var']) if (!lvs.some((l) => l.mount === m)) no(`rootvg has no file system mounted on ${m} in lsvg -l rootvg`);
  placeLvs(vg, disks, lvs, facts, 'rootvg');
  for (const d of disks) {
    d.vgid = vg.vgid;
    const bootLv = vg.lvs.find((l) => l.type === 'boot')!;
    if (bootLv.copies.some((c) => c.some((e) => e.pvid === d.pvid))) d.bootRecord = { blv: bootLv.name };
  }
  if (vg.lvs.some((l) => l.copies.length > 1) || facts.vgs.rootvg?.quorumDisabled) vg.quorum = false;
  const bootLv = vg.lvs.find((l) => l.type === 'boot')!;
  bootLv.bootImage = { level, builtAtMs: BUILT_MS, blocks: 53276, baseOdm: baseOdmFor(vg), madeForHost: hostname };
  const filesets = filesetsFor(level);
  for (const missing of facts.altDisk?.missing ?? []) delete filesets[missing];
  for (const f of facts.altDisk?.installed ?? []) {
    const known = filesets[f.name];
    if (known && /^\d+\.\d+\.\d+\.\d+$/.test(f.level)) filesets[f.name] = { ...known, level: f.level };
  }
  const odm = {
    disks: [],
    vgs: [{ name: 'rootvg', vgid: vg.vgid, pvids: [...vg.pvids], autoOn: true }],
    lvs: odmLvsFor(vg, 'rootvg'),
    filesystems: orderStanzas([
      ...stanzas(vg),
      { mount: '/proc', dev: '/proc', vfs: 'procfs' as const, log: null, auto: true, account: false },
      { mount: '/aha', dev: '/aha', vfs: 'ahafs' as const, log: null, auto: true, account: false },
    ]),
  };
  const os: OsImage = { hostname, level, filesets, odm, pendingFirstBoot: null, installedAtMs: BUILT_MS };
  const efixes = facts.efixes ?? [];
  if (efixes.length > 0) {
    os.efixes = efixes.slice(0, 64).map((e) => ({ label: e.label, abstract: e.abstract, installedAtMs: BUILT_MS, filesets: (e.filesets ?? []).filter((f) => filesets[f]), state: e.state.includes('Q') ? ('Q' as const) : ('S' as const) }));
    for (const e of os.efixes) for (const f of e.filesets) filesets[f] = { ...filesets[f], efixLocked: true };
    if (efixes.some((e) => e.filesets === undefined)) input.defaults.push({ field: null, text: 'Interim fixes: emgr -l does not say which filesets each fix locks; in the twin they lock none' });
  }
  vg.os = os;
  world.vgs[vg.vgid] = vg;
  if (vg.lvs.some((l) => l.copies.length > 1)) {
    const hd1 = vg.lvs.find((l) => l.name === 'hd1')?.fs;
    if (hd1) hd1.files['image.data'] = { kind: 'file', text: imageDataText(vg, 1) };
  }
  return vg;
}

/** Standard files of the standard file systems (/etc/hosts, /var/tmp …) so the twin feels like AIX. */
const STANDARD_FILES: Record<string, Record<string, FileNode>> = Object.fromEntries(standardRootvg().filter((s): s is LvSpec & { mount: string } => !!s.mount && !!s.files).map((s) => [s.mount, s.files!]));

/** Lays out LVs: copy k on the k-th disk with room (a mirror never keeps two copies on one disk). */
function placeLvs(vg: VgImage, disks: Disk[], lvs: LvFact[], facts: TwinFacts, vgName: string): void {
  for (const fact of lvs) {
    const copies = fact.pps / fact.lps;
    if (copies > disks.length) no(`${vgName}: ${fact.name} has ${copies} copies but ${vgName} is on ${disks.length} disk${disks.length === 1 ? '' : 's'}`);
    const label = fact.mount ?? (fact.type === 'boot' ? 'primary_bootlv' : null);
    const first = disks.find((d) => allocate(vg, d, fact.lps, 'middle'));
    if (!first) no(`${vgName}: no disk has room for ${fact.name} (${fact.lps} PPs of ${vg.ppSizeMB} MB): are the disk sizes right?`);
    const lv = createLv(vg, first!, { name: fact.name, type: fact.type, lps: fact.lps, label })!;
    for (let k = 1; k < copies; k++) {
      const used = new Set(lv.copies.flatMap((c) => c.map((e) => e.pvid)));
      const target = disks.find((d) => !used.has(d.pvid!) && allocate(vg, d, fact.lps, lv.intraPolicy));
      if (!target) no(`${vgName}: no other disk has room for copy ${k + 1} of ${fact.name}`);
      lv.copies.push(allocate(vg, target!, fact.lps, lv.intraPolicy)!);
    }
    if (fact.mount && (fact.type === 'jfs2' || fact.type === 'jfs')) {
      const df = facts.fs?.find((f) => f.mount === fact.mount || f.dev === `/dev/${fact.name}`);
      const sizeMB = fact.lps * vg.ppSizeMB;
      const used = df && df.sizeGB !== null && df.freeGB !== null ? Math.round((df.sizeGB - df.freeGB) * 1024) : Math.ceil(sizeMB / 10);
      lv.fs = {
        vfs: fact.type,
        superblockMount: fact.mount,
        usedMB: Math.max(1, Math.min(sizeMB - 1, used)),
        inodesUsed: Math.max(4, Math.min(1_000_000, df?.inodesUsed ?? 4)),
        files: vgName === 'rootvg' ? { ...clonePlain(STANDARD_FILES[fact.mount] ?? {}) } : {},
      };
    }
  }
}

function stanzas(vg: VgImage): FsStanza[] {
  const log = (t: 'jfs2log' | 'jfslog') => {
    const l = vg.lvs.find((x) => x.type === t && (t !== 'jfs2log' || x.name === 'hd8')) ?? vg.lvs.find((x) => x.type === t);
    return l ? `/dev/${l.name}` : null;
  };
  return vg.lvs.filter((l) => l.fs).map((l) => ({ mount: l.fs!.superblockMount, dev: `/dev/${l.name}`, vfs: l.fs!.vfs, log: log(l.fs!.vfs === 'jfs2' ? 'jfs2log' : 'jfslog'), auto: true, account: false }));
}
