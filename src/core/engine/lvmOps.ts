// LVM state changes behind varyonvg/varyoffvg, exportvg/importvg, redefinevg/synclvodm, mkvg,
// extendvg/reducevg and mirrorvg/unmirrorvg. Each operation first checks everything and returns the
// AIX error lines without touching the world; only then does it change anything (REFERENCE §2.16–§2.18,
// §2.28, §2.29; the order of checks follows the AIX 4.1.3 scripts, SRC413).
import { allocate, pvTotal, pvUsed, totalPps } from './lvm.ts';
import { lvmMessages as M } from '../messages/lvm.ts';
import { configuredDisks, hdiskNumber, lvIsOpen, lvPvids, odmOf, odmVgByName } from '../model/select.ts';
import type { Disk, FsStanza, Host, LvImage, LvType, Odm, OdmDisk, OdmVg, PpExtent, VgImage, World } from '../model/types.ts';
import { newPvid, newVgid } from '../model/rng.ts';
import { err, ok, type Result } from '../result.ts';

export interface PvRef {
  odm: OdmDisk;
  disk: Disk;
}

/** An operation's answer: the lines AIX prints on failure, or the value. */
/** A check's verdict: the plan, or the AIX lines that refuse it (printed in order). */
type Checked<T> = Result<T, string[]>;
const fail = <T>(...lines: string[]): Checked<T> => err(lines);
const done = <T>(value: T): Checked<T> => ok(value);

// ---------------------------------------------------------------------------------------------
// Lookups

export function runOf(host: Host) {
  if (!host.run) throw new Error(`host ${host.name} is not running`);
  return host.run;
}

/** Configured (Available) disks on the host whose VGDA belongs to `vgid`, in hdisk order. */
export function disksCarrying(world: World, host: Host, vgid: string): PvRef[] {
  return configuredDisks(world, host).filter((d) => d.disk.vgid === vgid && !d.disk.failed);
}

/** Member disks of an ODM VG that are configured on the host, in hdisk order. */
export function odmMembers(world: World, host: Host, vg: OdmVg): PvRef[] {
  return configuredDisks(world, host).filter((d) => d.disk.pvid !== null && vg.pvids.includes(d.disk.pvid));
}

/** Every device name the running ODM knows (CuDv): hdisks, volume groups, logical volumes. */
export function odmNames(odm: Odm): Set<string> {
  return new Set([...odm.disks.map((d) => d.name), ...odm.vgs.map((v) => v.name), ...odm.lvs.map((l) => l.name)]);
}

export function isRootVg(host: Host, vgid: string): boolean {
  return host.run?.rootVgid === vgid;
}

/** AIX volume-group names: letters, digits, '.', '-', '_' (importvg.sh), at most 15 characters. */
export function validVgName(name: string): boolean {
  return /^[A-Za-z0-9._-]{1,15}$/.test(name);
}

/** getvgname without -y: the next free "vgNN". */
export function nextVgName(odm: Odm): string {
  const used = odmNames(odm);
  let n = 0;
  while (used.has(`vg${String(n).padStart(2, '0')}`)) n++;
  return `vg${String(n).padStart(2, '0')}`;
}

/** The name prefix getlvname uses for an LV type (M: fslv for JFS2, lv for JFS, loglv, paging, lv). */
export function lvPrefix(type: LvType): string {
  if (type === 'jfs2') return 'fslv';
  if (type === 'jfs2log' || type === 'jfslog') return 'loglv';
  if (type === 'paging') return 'paging';
  return 'lv';
}


/** The log a file system of this VG uses: the VG's own log LV of the matching type, by its VGDA name. */
export function logOf(vg: VgImage, vfs: 'jfs' | 'jfs2'): string | null {
  const log = vg.lvs.find((l) => l.type === (vfs === 'jfs2' ? 'jfs2log' : 'jfslog'));
  return log ? `/dev/${log.name}` : null;
}

// ---------------------------------------------------------------------------------------------
// varyonvg / varyoffvg

/** varyonvg: quorum of descriptor areas (more than half of the PVs, all of them with quorum off). */
export function checkVaryOn(world: World, host: Host, vg: OdmVg): Checked<null> {
  const image = world.vgs[vg.vgid];
  const present = disksCarrying(world, host, vg.vgid).filter((d) => d.disk.pvid && image?.pvids.includes(d.disk.pvid));
  if (!image || present.length === 0) return fail(M.noDescriptors('varyonvg'), M.cannotVaryOn(vg.name));
  const total = image.pvids.length;
  const quorumOn = image.quorum !== false;
  if ((quorumOn && present.length * 2 <= total) || (!quorumOn && present.length < total)) {
    return fail(M.noQuorum('varyonvg'), M.cannotVaryOn(vg.name));
  }
  return done(null);
}

export function varyOn(host: Host, vgid: string): void {
  const run = runOf(host);
  if (!run.variedOn.includes(vgid)) run.variedOn.unshift(vgid);
}

/** varyoffvg: refused while any LV is open (mounted file system, its log, the running rootvg's paging). */
export function checkVaryOff(world: World, host: Host, vg: OdmVg): Checked<null> {
  const run = runOf(host);
  if (!run.variedOn.includes(vg.vgid)) return fail(M.notVariedOnBy('lvaryoffvg'), M.cannotVaryOff(vg.name));
  const image = world.vgs[vg.vgid];
  if (image && image.lvs.some((lv) => lvIsOpen(host, image, lv))) return fail(M.lvOpen('lvaryoffvg'), M.cannotVaryOff(vg.name));
  return done(null);
}

export function varyOff(host: Host, vgid: string): void {
  const run = runOf(host);
  run.variedOn = run.variedOn.filter((id) => id !== vgid);
}

// ---------------------------------------------------------------------------------------------
// exportvg

export function checkExport(host: Host, vg: OdmVg): Checked<null> {
  if (isRootVg(host, vg.vgid)) return fail(M.rootvgNoExport);
  if (runOf(host).variedOn.includes(vg.vgid)) return fail(M.mustVaryOffFirst);
  return done(null);
}

/** Removes the VG, its LV definitions and their /etc/filesystems stanzas; the disks keep PVID and VGDA. */
export function exportVg(odm: Odm, vg: OdmVg): void {
  const prefix = `${vg.vgid}.`;
  const gone = odm.lvs.filter((l) => l.vg === vg.name || l.lvid.startsWith(prefix));
  const devs = new Set(gone.map((l) => `/dev/${l.name}`));
  odm.lvs = odm.lvs.filter((l) => !gone.includes(l));
  odm.filesystems = odm.filesystems.filter((f) => !devs.has(f.dev));
  odm.vgs = odm.vgs.filter((v) => v !== vg);
}

// ---------------------------------------------------------------------------------------------
// redefinevg / synclvodm / importvg

/** The VGID in a disk's descriptor area, as lqueryvg -p reads it (null: no usable VGDA). */
export function vgdaOf(world: World, disk: Disk): VgImage | null {
  if (!disk.vgid || !disk.pvid) return null;
  const image = world.vgs[disk.vgid];
  return image && image.pvids.includes(disk.pvid) ? image : null;
}

/** redefinevg's checks (the VGDA has been read already): name free or the same VG, VGID not under another name. */
export function checkRedefine(odm: Odm, name: string, vgid: string): Checked<null> {
  const byName = odm.vgs.find((v) => v.name === name);
  if (byName && byName.vgid !== vgid) return fail(M.redefineNameUsed(name));
  const byId = odm.vgs.find((v) => v.vgid === vgid);
  if (!byName && byId) return fail(M.redefineExistsAs(byId.name));
  return done(null);
}

/** Re-enters the VG in the ODM with the configured PVs whose VGDA carries it (delete, then add). */
export function redefineVg(world: World, host: Host, odm: Odm, name: string, vgid: string): OdmVg {
  const old = odm.vgs.find((v) => v.vgid === vgid);
  const entry: OdmVg = {
    name,
    vgid,
    pvids: disksCarrying(world, host, vgid).map((d) => d.disk.pvid!).filter((p) => world.vgs[vgid]?.pvids.includes(p)),
    autoOn: old?.autoOn ?? true,
  };
  odm.vgs = odm.vgs.filter((v) => v.vgid !== vgid);
  odm.vgs.push(entry);
  return entry;
}

/** updatevg: the ODM's PV list of a VG follows the configured disks that carry its VGDA (in place). */
export function updateVgPvs(world: World, host: Host, vg: OdmVg): void {
  const image = world.vgs[vg.vgid];
  vg.pvids = disksCarrying(world, host, vg.vgid)
    .map((d) => d.disk.pvid!)
    .filter((p) => image?.pvids.includes(p));
}

export interface Rename {
  from: string;
  to: string;
}

/**
 * synclvodm: defines the VGDA's LVs in the ODM under the VG's name. An LV whose name another device
 * already uses is renamed in the VGDA and in the ODM (fslvNN, loglvNN, pagingNN, lvNN).
 * `only` limits it to the named LVs. Returns the renames and the LV names processed.
 */
export function syncLvOdm(odm: Odm, vg: OdmVg, image: VgImage, only: string[] | null = null): { renames: Rename[]; updated: string[] } {
  const renames: Rename[] = [];
  const updated: string[] = [];
  const inVgda = new Set(image.lvs.map((l) => l.name));
  for (const lv of image.lvs) {
    if (only && !only.includes(lv.name)) continue;
    const lvid = `${image.vgid}.${lv.minor}`;
    const clash =
      odm.lvs.some((l) => l.name === lv.name && l.lvid !== lvid) || odm.vgs.some((v) => v.name === lv.name) || odm.disks.some((d) => d.name === lv.name);
    const from = lv.name;
    if (clash) {
      const used = odmNames(odm);
      const prefix = lvPrefix(lv.type);
      let n = 0;
      const candidate = () => `${prefix}${String(n).padStart(2, '0')}`;
      while (used.has(candidate()) || inVgda.has(candidate())) n++;
      lv.name = candidate();
      inVgda.add(lv.name);
      renames.push({ from, to: lv.name });
    }
    odm.lvs = odm.lvs.filter((l) => l.lvid !== lvid);
    odm.lvs.push({ name: lv.name, vg: vg.name, lvid, type: lv.type });
    updated.push(from);
  }
  return { renames, updated };
}

/** imfs: a stanza for every file-system LV of the VG, at the mount point its LV control block names. */
export function importStanzas(odm: Odm, image: VgImage): void {
  for (const lv of image.lvs) {
    if (!lv.fs) continue;
    const dev = `/dev/${lv.name}`;
    if (odm.filesystems.some((f) => f.dev === dev)) continue;
    const stanza: FsStanza = {
      mount: lv.label && lv.label.startsWith('/') ? lv.label : lv.fs.superblockMount,
      dev,
      vfs: lv.fs.vfs,
      log: logOf(image, lv.fs.vfs),
      auto: true,
      account: false,
    };
    odm.filesystems.push(stanza);
  }
}

export interface ImportPlan {
  name: string;
  image: VgImage;
}

/** All of importvg's checks, in the order importvg.sh makes them; nothing is changed. */
export function checkImport(world: World, host: Host, odm: Odm, pv: PvRef | null, pvName: string, requested: string | null): Checked<ImportPlan> {
  if (requested !== null && !validVgName(requested)) return fail(M.invalidVgName('importvg', requested));
  if (requested !== null && odmNames(odm).has(requested)) return fail(M.deviceNameUsed('getvgname'), M.cannotImportAs(pvName, requested));
  const name = requested ?? nextVgName(odm);
  if (!pv) return fail(M.pvOpenFailed('lqueryvg'), M.redefineCannotAccess(pvName), M.cannotImport(pvName));
  const image = vgdaOf(world, pv.disk);
  if (!image) return fail(M.notVgMember('lqueryvg'), M.redefineCannotAccess(pvName), M.cannotImport(pvName));
  if (image.lvs.some((l) => l.name === name)) return fail(M.cannotImportAs(pvName, requested ?? name));
  const redefine = checkRedefine(odm, name, image.vgid);
  if (!redefine.ok) return fail(...redefine.error, M.cannotImport(pvName));
  const entry: OdmVg = { name, vgid: image.vgid, pvids: image.pvids, autoOn: true };
  const varyon = checkVaryOn(world, host, entry);
  if (!varyon.ok) return fail(...varyon.error, M.cannotImport(pvName));
  return done({ name, image });
}

/** importvg itself: redefinevg, varyonvg, synclvodm, imfs. Returns the renames (printed by synclvodm). */
export function importVg(world: World, host: Host, odm: Odm, plan: ImportPlan): Rename[] {
  const entry = redefineVg(world, host, odm, plan.name, plan.image.vgid);
  varyOn(host, plan.image.vgid);
  const { renames } = syncLvOdm(odm, entry, plan.image);
  importStanzas(odm, plan.image);
  return renames;
}

// ---------------------------------------------------------------------------------------------
// mkvg / extendvg / reducevg

/** mkvg's default PP size: the smallest power of two (at least 4 MB) that keeps every disk within 1016 PPs. */
export function defaultPpSize(disks: Disk[]): number {
  let pp = 4;
  while (disks.some((d) => Math.floor(d.sizeMB / pp) > 1016)) pp *= 2;
  return pp;
}

/** Why a disk cannot join a VG (mkvg/extendvg), or null. `force` overrides a foreign VGDA only. */
export function joinRefusal(odm: Odm, pv: PvRef, prog: string, force: boolean, targetVgid: string | null): string | null {
  const inOdm = pv.disk.pvid ? odm.vgs.find((v) => v.pvids.includes(pv.disk.pvid!)) : undefined;
  if (inOdm && inOdm.vgid === targetVgid) return M.alreadyMember(prog);
  if (inOdm) return M.pvInOtherVg(prog, pv.odm.name);
  if (pv.disk.vgid && !force) return M.belongsToOtherVg(prog, pv.odm.name);
  return null;
}

/** Gives a disk a PVID if it has none (mkvg/extendvg print 0516-1254 for it). Returns true if it changed. */
export function ensurePvid(world: World, pv: PvRef): boolean {
  if (pv.disk.pvid) return false;
  const pvid = newPvid(world);
  pv.disk.pvid = pvid;
  pv.odm.pvid = pvid;
  return true;
}

/** Writes a fresh VGDA share on the disk. A VG it carried before (-f) keeps listing it: for the other
 * disks of that group it is now a missing PV. */
function takeDisk(disk: Disk, vgid: string): void {
  disk.vgid = vgid;
}

export function makeVg(world: World, host: Host, odm: Odm, name: string, ppSizeMB: number, pvs: PvRef[]): VgImage {
  const vgid = newVgid(world);
  const image: VgImage = { vgid, ppSizeMB, maxPpsPerPv: 1016, pvids: pvs.map((p) => p.disk.pvid!), lvs: [], nextMinor: 1 };
  world.vgs[vgid] = image;
  for (const p of pvs) takeDisk(p.disk, vgid);
  odm.vgs.push({ name, vgid, pvids: [...image.pvids], autoOn: true });
  varyOn(host, vgid);
  return image;
}

/** 0516-1162 when the disk would need more PPs than the VG allows per PV. */
export function ppLimitError(pv: PvRef, image: VgImage, vgName: string): string | null {
  const count = Math.floor(pv.disk.sizeMB / image.ppSizeMB);
  if (totalPps(pv.disk.sizeMB, image.ppSizeMB) <= image.maxPpsPerPv) return null;
  return M.ppLimit(image.ppSizeMB, count, pv.odm.name, vgName, image.maxPpsPerPv);
}

export function extendVg(odmVg: OdmVg, image: VgImage, pvs: PvRef[]): void {
  for (const p of pvs) {
    takeDisk(p.disk, image.vgid);
    image.pvids.push(p.disk.pvid!);
    odmVg.pvids.push(p.disk.pvid!);
  }
}

/** Takes one PV out of a VG (ldeletepv). Returns true when that was the last PV and the VG is gone. */
export function reducePv(world: World, host: Host, odm: Odm, odmVg: OdmVg, image: VgImage, pv: PvRef): boolean {
  const pvid = pv.disk.pvid!;
  image.pvids = image.pvids.filter((p) => p !== pvid);
  odmVg.pvids = odmVg.pvids.filter((p) => p !== pvid);
  if (pv.disk.vgid === image.vgid) pv.disk.vgid = null;
  if (image.pvids.length > 0) return false;
  exportVg(odm, odmVg);
  varyOff(host, image.vgid);
  delete world.vgs[image.vgid];
  return true;
}

// ---------------------------------------------------------------------------------------------
// mirrorvg / unmirrorvg

export function copyPvids(copy: PpExtent[]): string[] {
  return [...new Set(copy.map((e) => e.pvid))];
}

/** LVs mirrorvg works on: everything but the dump device. */
export function mirrorableLvs(image: VgImage): LvImage[] {
  return image.lvs.filter((l) => l.type !== 'sysdump');
}

export interface MirrorPlan {
  /** New copies per LV minor, in the order they are added. */
  adds: { minor: number; copy: PpExtent[] }[];
  pps: number;
}

/**
 * Plans the new copies on a scratch copy of the VG: each LV gets up to `copies` copies, every copy on
 * PVs that hold no other copy of it (strictness), taken from `targets` in order.
 */
export function planMirror(image: VgImage, targets: PvRef[], copies: number): Checked<MirrorPlan> {
  const scratch: VgImage = structuredClone(image);
  const adds: MirrorPlan['adds'] = [];
  let pps = 0;
  for (const lv of mirrorableLvs(scratch)) {
    while (lv.copies.length < copies) {
      const used = new Set(lvPvids(lv));
      let placed: PpExtent[] | null = null;
      for (const t of targets) {
        if (!t.disk.pvid || used.has(t.disk.pvid)) continue;
        placed = allocate(scratch, t.disk, lv.lps, lv.intraPolicy);
        if (placed) break;
      }
      if (!placed) return fail(M.allocFailed('allocp'));
      lv.copies.push(placed);
      adds.push({ minor: lv.minor, copy: placed });
      pps += lv.lps;
    }
  }
  return done({ adds, pps });
}

export function applyMirror(image: VgImage, plan: MirrorPlan): void {
  for (const a of plan.adds) {
    const lv = image.lvs.find((l) => l.minor === a.minor)!;
    lv.copies.push(a.copy);
    lv.stale = false;
  }
}

export interface UnmirrorPlan {
  /** Copy indexes to drop per LV minor. */
  drops: { minor: number; index: number }[];
  bootLvTouched: boolean;
}

/** Which copies unmirrorvg removes: down to `copies`, preferring copies on the named PVs (or the last ones). */
export function planUnmirror(image: VgImage, pvids: string[] | null, copies: number): UnmirrorPlan {
  const drops: UnmirrorPlan['drops'] = [];
  let bootLvTouched = false;
  for (const lv of image.lvs) {
    let remaining = lv.copies.length;
    const order = lv.copies.map((_, i) => i).reverse();
    for (const i of order) {
      if (remaining <= copies) break;
      if (pvids && !copyPvids(lv.copies[i]).some((p) => pvids.includes(p))) continue;
      drops.push({ minor: lv.minor, index: i });
      remaining--;
      if (lv.type === 'boot') bootLvTouched = true;
    }
  }
  return { drops, bootLvTouched };
}

export function applyUnmirror(image: VgImage, plan: UnmirrorPlan): void {
  for (const lv of image.lvs) {
    const idx = plan.drops.filter((d) => d.minor === lv.minor).map((d) => d.index);
    if (idx.length) lv.copies = lv.copies.filter((_, i) => !idx.includes(i));
  }
}

/** The disks holding a copy of a boot LV, as mirrorvg/unmirrorvg name them for the bootlist (REFERENCE §2.28). */
export function bootDiskNames(world: World, host: Host, image: VgImage): string[] {
  const pvids = new Set(image.lvs.filter((l) => l.type === 'boot').flatMap((l) => lvPvids(l)));
  return configuredDisks(world, host)
    .filter((d) => d.disk.pvid && pvids.has(d.disk.pvid))
    .sort((a, b) => hdiskNumber(b.odm.name) - hdiskNumber(a.odm.name))
    .map((d) => d.odm.name);
}

/** Free PPs of one member disk. */
export function pvFree(image: VgImage, disk: Disk): number {
  return pvTotal(disk, image) - pvUsed(image, disk.pvid ?? '');
}

export type VgLookup = Result<{ vg: OdmVg; image: VgImage }, 'undefined' | 'varied-off'>;

/** The named VG of the running ODM when it is varied on; otherwise why not (each command words it). */
export function findVariedOnVg(world: World, host: Host, name: string): VgLookup {
  const vg = odmVgByName(odmOf(world, host), name);
  if (!vg) return err('undefined');
  const image = world.vgs[vg.vgid];
  if (!image || !host.run!.variedOn.includes(vg.vgid)) return err('varied-off');
  return ok({ vg, image });
}
