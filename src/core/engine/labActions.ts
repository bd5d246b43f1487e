// The trainer's hands on the hardware (the `lab` command): disks appear, vanish, grow, move between
// hosts and the shelf, or fail; a fileset disappears. Pure world changes with a result in plain words;
// nothing here is AIX. Power actions live in engine/boot.ts (power on/off, SMS).
import { own, ownValue } from '../model/own.ts';
import { labMessages as L } from '../messages/system.ts';
import { makeDisk } from '../model/build.ts';
import { runningOdm } from '../model/select.ts';
import type { Disk, Host, Odm, World } from '../model/types.ts';
import { err, ok, type Result } from '../result.ts';
import { totalPps } from './lvm.ts';

/** What the trainer says: the done message, or why the action was refused. */
export type LabResult = Result<string, string>;
const done = (message: string): LabResult => ok(message);
const refuse = (message: string): LabResult => err(message);

/** The ODM a host knows disk names from: the running one, or the last booted disk's while it is down. */
export function namingOdm(world: World, host: Host): Odm | null {
  const running = runningOdm(world, host);
  if (running) return running;
  const vgid = host.lastBootDiskId ? world.disks[host.lastBootDiskId]?.vgid : null;
  return vgid ? (world.vgs[vgid]?.os?.odm ?? null) : null;
}

/** A disk given as an id (d1) or as an hdisk name of the console host. */
export function resolveDisk(world: World, ref: string): Disk | null {
  if (own(world.disks, ref)) return world.disks[ref];
  const host = world.hosts[world.console];
  const odm = host ? namingOdm(world, host) : null;
  const entry = odm?.disks.find((d) => d.name === ref.replace(/^\/dev\//, ''));
  return entry ? (world.disks[entry.diskId] ?? null) : null;
}

function freeSlot(world: World, host: Host): number | null {
  const used = new Set(Object.values(world.disks).filter((d) => d.location?.host === host.name).map((d) => d.location!.slot));
  for (let s = 0; s < host.slots; s++) if (!used.has(s)) return s;
  return null;
}

/** The varied-on VG a disk belongs to on its host, if any (by name in that host's ODM). */
function variedOnVg(world: World, disk: Disk): string | null {
  const host = disk.location ? world.hosts[disk.location.host] : null;
  if (!host?.run || !disk.vgid || !host.run.variedOn.includes(disk.vgid)) return null;
  return runningOdm(world, host)?.vgs.find((v) => v.vgid === disk.vgid)?.name ?? disk.vgid;
}

export function labDiskAdd(world: World, hostName: string, sizeMB: number): LabResult {
  const host = ownValue(world.hosts, hostName);
  if (!host) return refuse(L.noHost(hostName));
  const slot = freeSlot(world, host);
  if (slot === null) return refuse(L.noFreeSlot(hostName));
  let n = 0;
  while (world.disks[`d${n}`]) n++;
  const id = `d${n}`;
  world.disks[id] = makeDisk(id, hostName, slot, sizeMB, null);
  return done(L.diskAdded(id, sizeMB, hostName, slot));
}

export function labDiskRemove(world: World, disk: Disk): LabResult {
  const vg = variedOnVg(world, disk);
  if (vg) return refuse(L.diskInUse(disk.id, vg));
  delete world.disks[disk.id];
  const vgid = disk.vgid;
  const stillUsed = (id: string) =>
    Object.values(world.disks).some((d) => d.vgid === id) || Object.values(world.hosts).some((h) => h.run?.rootVgid === id);
  if (vgid && !stillUsed(vgid)) delete world.vgs[vgid];
  return done(L.diskRemoved(disk.id));
}

export function labDiskResize(world: World, disk: Disk, sizeMB: number): LabResult {
  const vg = disk.vgid ? world.vgs[disk.vgid] : undefined;
  if (vg && disk.pvid) {
    let highest = 0;
    for (const lv of vg.lvs) for (const c of lv.copies) for (const e of c) if (e.pvid === disk.pvid) highest = Math.max(highest, e.start + e.count - 1);
    if (totalPps(sizeMB, vg.ppSizeMB) < highest) return refuse(L.diskTooSmall(disk.id, (highest + 1) * vg.ppSizeMB));
  }
  const from = disk.sizeMB;
  disk.sizeMB = sizeMB;
  return done(L.diskResized(disk.id, from, sizeMB));
}

export function labDiskMove(world: World, disk: Disk, to: string): LabResult {
  const vg = variedOnVg(world, disk);
  if (vg) return refuse(L.diskInUse(disk.id, vg));
  if (to === 'shelf') {
    disk.location = null;
    return done(L.diskMoved(disk.id, 'the shelf'));
  }
  const host = ownValue(world.hosts, to);
  if (!host) return refuse(L.noHost(to));
  if (disk.location?.host === to) return done(L.diskMoved(disk.id, to));
  const slot = freeSlot(world, host);
  if (slot === null) return refuse(L.noFreeSlot(to));
  disk.location = { host: to, slot };
  return done(L.diskMoved(disk.id, `${to} (slot ${slot})`));
}

export function labDiskFail(_world: World, disk: Disk): LabResult {
  disk.failed = true;
  return done(L.diskFailed(disk.id));
}

export function labFilesetRemove(world: World, hostName: string, name: string): LabResult {
  const host = ownValue(world.hosts, hostName);
  if (!host?.run) return refuse(L.notRunning(hostName));
  const os = world.vgs[host.run.rootVgid]?.os;
  if (!os || !own(os.filesets, name)) return refuse(L.noFileset(name));
  delete os.filesets[name];
  return done(L.filesetRemoved(name));
}
