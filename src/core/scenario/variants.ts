// Built-in labs that vary the reference lab for one lesson each: a mirrored rootvg, a rootvg with a
// JFS file system, two servers with mksysb images to restore (REFERENCE §8 S12, S13; issue 5), and a
// 7.3 alternate from a rolled-back migration (S10).
import { allocate } from '../engine/lvm.ts';
import { bringUp } from '../engine/startup.ts';
import { installRootvg, makeDisk, newHost } from '../model/build.ts';
import { filesetsFor } from '../model/levels.ts';
import { epochMs } from '../model/time.ts';
import type { FileNode, MksysbImage, VgImage, World } from '../model/types.ts';
import { emptyWorld, LAB_START_MS, referenceLab } from './referenceLab.ts';

const BUILT = epochMs(2026, 10, 2, 14, 21, 7);
const MIGRATED = epochMs(2026, 10, 20, 10, 0, 0);

/** Adds a second copy of every LV but the dump device on `pvid`'s disk, as mirrorvg does. */
function mirror(world: World, vg: VgImage, diskId: string): void {
  const disk = world.disks[diskId];
  disk.vgid = vg.vgid;
  vg.pvids.push(disk.pvid!);
  for (const lv of vg.lvs) {
    if (lv.type === 'sysdump') continue;
    const extents = allocate(vg, disk, lv.lps, lv.intraPolicy);
    if (!extents) throw new Error(`lab: no room to mirror ${lv.name}`);
    lv.copies.push(extents);
  }
  vg.quorum = false;
  disk.bootRecord = { blv: 'hd5' };
}

/** hdisk0 and hdisk1 hold a mirrored rootvg; hdisk2 is the only free disk (S13). */
export function mirroredLab(): World {
  const world = referenceLab();
  const host = world.hosts.aixlab01;
  const rootVgid = host.run!.rootVgid;
  const root = world.vgs[rootVgid];
  mirror(world, root, 'd1');
  // hdisk2 is free here: datavg moves to hdisk3 (which gets a PVID)
  const datavg = world.vgs[world.disks.d2.vgid!];
  const odm = root.os!.odm;
  odm.vgs.find((v) => v.vgid === rootVgid)!.pvids = [...root.pvids];
  world.disks.d3.pvid = '00f6db0a9c2d7e14';
  world.disks.d3.sizeMB = 51200;
  world.disks.d3.vgid = datavg.vgid;
  world.disks.d2.vgid = null;
  world.disks.d2.sizeMB = 20480;
  for (const lv of datavg.lvs) for (const copy of lv.copies) for (const e of copy) e.pvid = '00f6db0a9c2d7e14';
  datavg.pvids = ['00f6db0a9c2d7e14'];
  odm.vgs.find((v) => v.vgid === datavg.vgid)!.pvids = ['00f6db0a9c2d7e14'];
  for (const d of odm.disks) d.pvid = world.disks[d.diskId].pvid;
  host.nvram.normal = [
    { diskId: 'd0', blv: 'hd5' },
    { diskId: 'd1', blv: 'hd5' },
  ];
  addFile(root, 'hd1', 'image.data', { kind: 'file', text: imageDataText(root, 1) });
  bringUp(world, 'aixlab01', 'd0', LAB_START_MS - 3 * 86_400_000);
  return world;
}

/** The reference lab with /home on JFS and its own log (for alt_disk_copy -T). */
export function jfsLab(): World {
  return referenceLab({ jfsHome: true });
}

/** The reference lab with an interim fix on bos.rte, which blocks an update_all until removed (S23). */
export function efixLab(): World {
  const world = referenceLab();
  const os = world.vgs[world.hosts.aixlab01.run!.rootVgid].os!;
  os.efixes = [{ label: 'IJ41974s3a', abstract: 'ksh93 CVE fix for bos.rte', installedAtMs: LAB_START_MS - 20 * 86_400_000, filesets: ['bos.rte'], state: 'S' }];
  os.filesets['bos.rte'].efixLocked = true;
  return world;
}

/**
 * The reference lab after a rolled-back migration (REFERENCE §8 S10, O9): hdisk1 holds aixlab01's AIX
 * 7300-01-01 rootvg, which ran for a while and was left for hdisk0 (7200-05-03) again; the running
 * system knows it as a sleeping altinst_rootvg. Its own ODM still knows the disks, datavg, and hdisk0
 * as old_rootvg.
 */
export function releaseLab(): World {
  const world = referenceLab();
  const root = world.vgs[world.hosts.aixlab01.run!.rootVgid];
  const rootOdm = root.os!.odm;
  const vg = installRootvg(world, world.disks.d1, { hostname: 'aixlab01', level: '7300-01-01-2246', ppSizeMB: root.ppSizeMB, builtAtMs: MIGRATED, vgid: '00f6db0a00004c000000017f3c5e7a01' });
  vg.os!.clonedFrom = root.vgid; // nimadm clones rootvg, then migrates the copy
  const odm = vg.os!.odm;
  const datavg = rootOdm.vgs.find((v) => v.name === 'datavg')!;
  odm.disks = structuredClone(rootOdm.disks);
  odm.vgs.push({ name: 'old_rootvg', vgid: root.vgid, pvids: [...root.pvids], autoOn: false }, structuredClone(datavg));
  odm.lvs.push(...structuredClone(rootOdm.lvs.filter((l) => l.vg === 'datavg')));
  odm.filesystems.push(...structuredClone(rootOdm.filesystems.filter((f) => f.mount === '/data')));
  rootOdm.vgs.push({ name: 'altinst_rootvg', vgid: vg.vgid, pvids: [...vg.pvids], autoOn: false });
  return world;
}

/** A mksysb image of a freshly built server at `level`, optionally with a mirrored rootvg. */
export function makeMksysb(hostname: string, level: string, opts: { mirrored?: boolean; seed?: number } = {}): MksysbImage {
  const w = emptyWorld(opts.seed ?? 7, hostname);
  w.hosts[hostname] = newHost(hostname);
  const a = (w.disks.a = makeDisk('a', hostname, 0, 20480, '00c25ab0062fa576'));
  w.disks.b = makeDisk('b', hostname, 1, 20480, '00c25ab0071b9e30');
  const vg = installRootvg(w, a, { hostname, level, ppSizeMB: 32, builtAtMs: BUILT, vgid: `00c25ab000004c00${(opts.seed ?? 7).toString(16).padStart(16, '0')}` });
  if (opts.mirrored) mirror(w, vg, 'b');
  const os = structuredClone(vg.os!);
  os.filesets = filesetsFor(level);
  os.odm.disks = [
    { name: 'hdisk0', diskId: 'a', pvid: a.pvid, state: 'Available' },
    { name: 'hdisk1', diskId: 'b', pvid: w.disks.b.pvid, state: 'Available' },
  ];
  if (opts.mirrored) os.odm.vgs[0].pvids = [...vg.pvids];
  return { sourceHost: hostname, createdAtMs: LAB_START_MS - 86_400_000, os, ppSizeMB: vg.ppSizeMB, lvs: structuredClone(vg.lvs) };
}

/**
 * aixlab01 (7200-05-03) with mksysb images of other servers in /usr/sys/inst.images and one on the
 * tape in /dev/rmt0, plus a second server aixprod02 that a cloned disk can be moved to.
 */
export function mksysbLab(): World {
  const world = referenceLab();
  const root = world.vgs[world.hosts.aixlab01.run!.rootVgid];
  const images: Record<string, MksysbImage> = {
    'aixprod02.sysb': makeMksysb('aixprod02', '7200-05-03-2148', { seed: 11 }),
    'aixprod02_mirrored.sysb': makeMksysb('aixprod02', '7200-05-03-2148', { mirrored: true, seed: 12 }),
    'aixweb05_61tl5.sysb': makeMksysb('aixweb05', '6100-05-01-1016', { seed: 13 }),
    'aixnew07_73tl1.sysb': makeMksysb('aixnew07', '7300-01-01-2246', { seed: 14 }),
  };
  addFile(root, 'hd2', 'sys', { kind: 'dir' });
  addFile(root, 'hd2', 'sys/inst.images', { kind: 'dir' });
  for (const [name, image] of Object.entries(images)) addFile(root, 'hd2', `sys/inst.images/${name}`, { kind: 'mksysb', image });
  addFile(root, 'hd1', 'image.data', { kind: 'file', text: imageDataText(root, 1) });
  world.hosts.aixlab01.tape = { kind: 'mksysb', image: structuredClone(images['aixprod02.sysb']) };

  // The second server, running from its own disks; a cloned disk can be carried over to it.
  world.hosts.aixprod02 = newHost('aixprod02');
  const p0 = (world.disks.p0 = makeDisk('p0', 'aixprod02', 0, 20480, '00c25ab0062fa001'));
  world.disks.p1 = makeDisk('p1', 'aixprod02', 1, 20480, '00c25ab0062fa002');
  installRootvg(world, p0, { hostname: 'aixprod02', level: '7200-05-03-2148', ppSizeMB: 32, builtAtMs: BUILT, vgid: '00c25ab000004c000000017e11a0c0de' });
  world.hosts.aixprod02.nvram.normal = [{ diskId: 'p0', blv: 'hd5' }];
  bringUp(world, 'aixprod02', 'p0', LAB_START_MS - 5 * 86_400_000);
  return world;
}

function addFile(vg: VgImage, lvName: string, rel: string, node: FileNode): void {
  const fs = vg.lvs.find((l) => l.name === lvName)?.fs;
  if (!fs) throw new Error(`lab: ${lvName} has no file system`);
  fs.files[rel] = node;
}

/** An image.data as mkszfile writes it (the stanzas alt_disk reads), with COPIES set to `copies`. */
export function imageDataText(vg: VgImage, copies: number): string {
  const lines = ['image_data:', '\tIMAGE_TYPE= bff', '\tDATE_TIME= Thu Nov 26 09:00:00 UTC 2026', '', 'logical_volume_policy:', '\tSHRINK= no', '\tEXACT_FIT= no', '', 'vg_data:', '\tVGNAME= rootvg', `\tPPSIZE= ${vg.ppSizeMB}`, ''];
  for (const lv of vg.lvs) {
    lines.push('lv_data:', `\tLOGICAL_VOLUME= ${lv.name}`, `\tTYPE= ${lv.type}`, `\tCOPIES= ${lv.type === 'sysdump' ? 1 : copies}`, `\tLPs= ${lv.lps}`, `\tMOUNT_POINT= ${lv.fs ? lv.fs.superblockMount : ''}`, '');
  }
  return lines.join('\n') + '\n';
}
