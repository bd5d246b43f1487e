// Read-only views over the world: the running ODM, hdisk names, VG membership. Every command's
// output is derived through these, never stored as text.
import type { Disk, Host, LvImage, Odm, OdmDisk, OdmVg, RunState, VgImage, World } from './types.ts';

export function consoleHost(world: World): Host {
  return world.hosts[world.console];
}

export function attachedDisks(world: World, host: string): Disk[] {
  return Object.values(world.disks)
    .filter((d) => d.location?.host === host)
    .sort((a, b) => a.location!.slot - b.location!.slot);
}

export function shelfDisks(world: World): Disk[] {
  return Object.values(world.disks)
    .filter((d) => d.location === null)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The ODM of the running system: it lives in the booted rootvg, so each disk keeps its own view. */
export function runningOdm(world: World, host: Host): Odm | null {
  if (!host.run) return null;
  return world.vgs[host.run.rootVgid]?.os?.odm ?? null;
}

export function requireRun(host: Host): RunState {
  if (!host.run) throw new Error(`host ${host.name} is not running`);
  return host.run;
}

export function odmOf(world: World, host: Host): Odm {
  const odm = runningOdm(world, host);
  if (!odm) throw new Error(`host ${host.name} has no running ODM`);
  return odm;
}

/** Available hdisks of the running system, in name order, joined with their hardware. */
export function configuredDisks(world: World, host: Host): { odm: OdmDisk; disk: Disk }[] {
  const odm = runningOdm(world, host);
  if (!odm) return [];
  return odm.disks
    .filter((d) => d.state === 'Available')
    .map((o) => ({ odm: o, disk: world.disks[o.diskId] }))
    .filter((x) => x.disk && x.disk.location?.host === host.name)
    .sort((a, b) => hdiskNumber(a.odm.name) - hdiskNumber(b.odm.name));
}

export function hdiskNumber(name: string): number {
  const m = /(\d+)$/.exec(name);
  return m ? Number(m[1]) : 0;
}

export function diskByName(world: World, host: Host, name: string): { odm: OdmDisk; disk: Disk } | null {
  const bare = name.replace(/^\/dev\/r?/, '');
  return configuredDisks(world, host).find((d) => d.odm.name === bare) ?? null;
}

export function hdiskName(world: World, host: Host, diskId: string): string | null {
  const odm = runningOdm(world, host);
  const entry = odm?.disks.find((d) => d.diskId === diskId && d.state === 'Available');
  return entry ? entry.name : null;
}

export function odmVgOfPvid(odm: Odm, pvid: string | null): OdmVg | null {
  if (!pvid) return null;
  return odm.vgs.find((v) => v.pvids.includes(pvid)) ?? null;
}

export function odmVgByName(odm: Odm, name: string): OdmVg | null {
  return odm.vgs.find((v) => v.name === name) ?? null;
}

export function isVariedOn(host: Host, vgid: string): boolean {
  return !!host.run && host.run.variedOn.includes(vgid);
}

export function vgImage(world: World, vgid: string): VgImage | null {
  return world.vgs[vgid] ?? null;
}

export function lvByMinor(vg: VgImage, minor: number): LvImage | null {
  return vg.lvs.find((l) => l.minor === minor) ?? null;
}

/** Disks (on this host) whose PVID is a member of the VG. */
export function vgDisks(world: World, host: Host, vg: OdmVg): { odm: OdmDisk; disk: Disk }[] {
  return configuredDisks(world, host).filter((d) => d.disk.pvid && vg.pvids.includes(d.disk.pvid));
}

export function lvPps(lv: LvImage): number {
  return lv.copies.reduce((n, c) => n + c.reduce((m, e) => m + e.count, 0), 0);
}

export function lvPvids(lv: LvImage): string[] {
  const set: string[] = [];
  for (const copy of lv.copies) for (const e of copy) if (!set.includes(e.pvid)) set.push(e.pvid);
  return set;
}

/** Is the LV open on the running system (mounted FS, active paging, log of a mounted FS, dump device)? */
export function lvIsOpen(host: Host, vg: VgImage, lv: LvImage): boolean {
  const run = host.run;
  if (!run || !run.variedOn.includes(vg.vgid)) return false;
  if (run.mounts.some((m) => m.lv && m.lv.vgid === vg.vgid && m.lv.minor === lv.minor)) return true;
  if (lv.type === 'jfs2log' || lv.type === 'jfslog') {
    return run.mounts.some((m) => m.lv?.vgid === vg.vgid && m.log === `/dev/${lv.name}`);
  }
  // Paging and dump devices of the booted rootvg are in use while it runs.
  if (vg.vgid === run.rootVgid && (lv.type === 'paging' || lv.type === 'sysdump')) return true;
  return false;
}

/**
 * Volume groups other than `own` that hold an AIX and whose logical volumes `odm` defines under their
 * own names: an alternate rootvg merged into this ODM by varyonvg + synclvodm (OUTCOMES O6; importvg
 * also doubles the / stanza). A wake defines alt_ names instead; a clone in progress has its phase.
 */
export function mergedRootvgs(world: World, odm: Odm, own: string): string[] {
  // By the ODM's own volume groups: a clone's ODM, copied from its source, still calls that one rootvg.
  const others = odm.vgs.filter((v) => v.vgid !== own && v.name !== 'rootvg').map((v) => v.vgid);
  return others.filter((id) => {
    const vg = world.vgs[id];
    const defined = odm.lvs.some((l) => l.lvid.startsWith(`${id}.`));
    return defined && !!vg?.os && vg.altPhase === undefined && !vg.lvs.some((l) => l.name.startsWith('alt_'));
  });
}
