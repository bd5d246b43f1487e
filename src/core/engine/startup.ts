// The end of a successful boot: devices configured, rootvg and auto-on VGs varied on, file systems
// mounted. The boot sequence (LED checks, SMS) decides whether a disk gets this far.
import type { Disk, FsStanza, Host, Mount, Odm, World } from '../model/types.ts';
import { hdiskNumber } from '../model/select.ts';

/** cfgmgr: known hardware keeps its name, new disks get the next free hdiskN, vanished ones go Defined. */
export function configureDevices(world: World, host: Host, odm: Odm): string[] {
  const attached = Object.values(world.disks)
    .filter((d) => d.location?.host === host.name)
    .sort((a, b) => a.location!.slot - b.location!.slot);
  const added: string[] = [];
  for (const o of odm.disks) {
    const d = world.disks[o.diskId];
    o.state = d && d.location?.host === host.name && !d.failed ? 'Available' : 'Defined';
    if (d && o.state === 'Available') o.pvid = d.pvid;
  }
  for (const d of attached) {
    if (d.failed || odm.disks.some((o) => o.diskId === d.id)) continue;
    const name = `hdisk${nextHdisk(odm)}`;
    odm.disks.push({ name, diskId: d.id, pvid: d.pvid, state: 'Available' });
    added.push(name);
  }
  odm.disks.sort((a, b) => hdiskNumber(a.name) - hdiskNumber(b.name));
  return added;
}

/** Disks attached to the host (and working) that the ODM has no definition for: cfgmgr will define them. */
export function unknownDisks(world: World, hostName: string, odm: Odm): Disk[] {
  return Object.values(world.disks).filter((d) => d.location?.host === hostName && !d.failed && !odm.disks.some((o) => o.diskId === d.id));
}

/**
 * rc.boot phase 1 (`cfgmgr -f`) configures the boot disk before any other: a boot disk the ODM does not
 * know yet (a mksysb of another server, a -O clone) takes the lowest free hdisk number, ahead of the
 * disks cfgmgr finds later in slot order (REFERENCE §3.6: the restored hdisk2 came up as hdisk1).
 */
export function configureBootDisk(world: World, odm: Odm, bootDiskId: string): void {
  if (odm.disks.some((o) => o.diskId === bootDiskId)) return;
  const d = world.disks[bootDiskId];
  odm.disks.push({ name: `hdisk${nextHdisk(odm)}`, diskId: d.id, pvid: d.pvid, state: 'Available' });
  odm.disks.sort((a, b) => hdiskNumber(a.name) - hdiskNumber(b.name));
}

function nextHdisk(odm: Odm): number {
  let n = 0;
  while (odm.disks.some((o) => o.name === `hdisk${n}`)) n++;
  return n;
}

/** Are all member disks of a VG present on the host? */
export function vgDisksPresent(world: World, host: Host, pvids: string[]): Disk[] {
  return Object.values(world.disks).filter((d) => d.location?.host === host.name && !d.failed && d.pvid && pvids.includes(d.pvid));
}

/** Resolves an /etc/filesystems stanza to a mount entry, if its LV belongs to a varied-on VG. */
export function mountFor(odm: Odm, host: Host, stanza: FsStanza, atMs: number): Mount | null {
  if (stanza.vfs === 'procfs' || stanza.vfs === 'ahafs') {
    return { dev: stanza.dev, mount: stanza.mount, vfs: stanza.vfs, lv: null, atMs, log: null };
  }
  const lvName = stanza.dev.replace(/^\/dev\//, '');
  const lv = odm.lvs.find((l) => l.name === lvName);
  if (!lv) return null;
  const [vgid, minor] = lv.lvid.split('.');
  if (!host.run?.variedOn.includes(vgid)) return null;
  return { dev: stanza.dev, mount: stanza.mount, vfs: stanza.vfs, lv: { vgid, minor: Number(minor) }, atMs, log: stanza.log };
}

/** Brings a host up from `bootDiskId` (whose VG must hold an OS image). */
export function bringUp(world: World, hostName: string, bootDiskId: string, atMs: number): void {
  const host = world.hosts[hostName];
  const disk = world.disks[bootDiskId];
  const vg = disk.vgid ? world.vgs[disk.vgid] : undefined;
  if (!vg?.os) throw new Error(`bringUp: disk ${bootDiskId} holds no AIX`);
  const odm = vg.os.odm;
  configureDevices(world, host, odm);
  host.run = { bootDiskId, rootVgid: vg.vgid, bootedAtMs: atMs, variedOn: [vg.vgid], mounts: [], cwd: '/', lastExit: 0, vars: {} };
  host.power = 'running';
  host.led = null;
  host.hangReason = null;
  host.lastBootDiskId = bootDiskId;
  for (const other of odm.vgs) {
    if (other.vgid === vg.vgid || !other.autoOn) continue;
    const present = vgDisksPresent(world, host, other.pvids);
    if (present.length > 0 && present.length * 2 > other.pvids.length && world.vgs[other.vgid]) {
      host.run.variedOn.unshift(other.vgid);
    }
  }
  for (const stanza of odm.filesystems) {
    if (!stanza.auto) continue;
    if (host.run.mounts.some((m) => m.mount === stanza.mount)) continue;
    const m = mountFor(odm, host, stanza, atMs);
    if (m) host.run.mounts.push(m);
  }
}
