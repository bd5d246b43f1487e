// The large lab: three partitions and a shelf, 18 disks in all, so the diagram draws about a hundred
// nodes (hosts, firmware, disks, volume groups and their logical volumes). Built for the diagram's
// frame-rate bench (scripts/bench-diagram.ts, BUDGETS P4) and for learners who want a busier picture:
//   aixlab01 (the console) on 7200-05-03-2148: hdisk0 rootvg, hdisk1 and hdisk2 free, hdisk3+hdisk4
//            datavg, hdisk5 without a PVID; the 7200-05-04 service pack in /export and on /dev/cd0.
//   aixlab02 on 7200-05-03-2148: rootvg mirrored over hdisk0+hdisk1 (PPs = 2 × LPs, quorum off, both
//            disks bootable), hdisk2+hdisk3 appvg, hdisk4 and hdisk5 free.
//   aixlab03 on 7200-05-04-2220: hdisk0 rootvg, hdisk1 dbvg, hdisk2 and hdisk3 free.
//   shelf:   two spare disks, one of them with a PVID.
import { allocate } from '../engine/lvm.ts';
import { bringUp } from '../engine/startup.ts';
import { addLvs, emptyVg, installRootvg, makeDisk, newHost, odmLvsFor, stanzasFor } from '../model/build.ts';
import type { LvSpec } from '../model/build.ts';
import { epochMs } from '../model/time.ts';
import type { Disk, VgImage, World } from '../model/types.ts';
import { emptyWorld, LAB_START_MS, updateImages } from './referenceLab.ts';

const DAY_MS = 86_400_000;

export function largeLab(): World {
  const world = emptyWorld(0x5eed0003, 'aixlab01');
  buildAixlab01(world);
  buildAixlab02(world);
  buildAixlab03(world);
  // Spares on the shelf: what `lab disk move` can bring in.
  world.disks.s0 = makeDisk('s0', null, 0, 20480, '00f6db0c0000a001');
  world.disks.s1 = makeDisk('s1', null, 1, 30720, null);
  return world;
}

function buildAixlab01(world: World): void {
  const h = 'aixlab01';
  world.hosts[h] = newHost(h);
  const d0 = (world.disks.a0 = makeDisk('a0', h, 0, 20480, '00f6db0a6c7aece5'));
  world.disks.a1 = makeDisk('a1', h, 1, 20480, '00f6db0a8f3a1c22');
  world.disks.a2 = makeDisk('a2', h, 2, 30720, '00f6db0a8f3a1c23');
  const d3 = (world.disks.a3 = makeDisk('a3', h, 3, 51200, '00f6db0a91b44e07'));
  const d4 = (world.disks.a4 = makeDisk('a4', h, 4, 51200, '00f6db0a91b44e08'));
  world.disks.a5 = makeDisk('a5', h, 5, 10240, null);

  const rootvg = installRootvg(world, d0, {
    hostname: h,
    level: '7200-05-03-2148',
    ppSizeMB: 32,
    builtAtMs: epochMs(2026, 10, 2, 14, 21, 7),
    vgid: '00f6db0a00004c000000017d43623707',
  });
  dataVg(world, rootvg, 'datavg', '00f6db0a00004c000000017d4a1b2c55', 64, [d3, d4], [
    { name: 'loglv00', type: 'jfs2log', lps: 1 },
    { name: 'fslv00', type: 'jfs2', lps: 400, mount: '/data', usedMB: 9830, inodes: 1207 },
    { name: 'fslv01', type: 'jfs2', lps: 200, mount: '/data/archive', usedMB: 4100, inodes: 310 },
  ]);
  const images = updateImages('7200-05-04-2220');
  const hd4 = rootvg.lvs.find((l) => l.name === 'hd4')!.fs!;
  hd4.files['export'] = { kind: 'dir' };
  hd4.files['export/7200-05-04'] = { kind: 'dir' };
  hd4.files['export/7200-05-04/.toc'] = images;
  world.hosts[h].cdrom = structuredClone(images);
  world.hosts[h].nvram.normal = [{ diskId: 'a0', blv: 'hd5' }];
  bringUp(world, h, 'a0', LAB_START_MS - 3 * DAY_MS);
}

function buildAixlab02(world: World): void {
  const h = 'aixlab02';
  world.hosts[h] = newHost(h);
  const d0 = (world.disks.b0 = makeDisk('b0', h, 0, 20480, '00f6db0b10000001'));
  const d1 = (world.disks.b1 = makeDisk('b1', h, 1, 20480, '00f6db0b10000002'));
  const d2 = (world.disks.b2 = makeDisk('b2', h, 2, 40960, '00f6db0b10000003'));
  const d3 = (world.disks.b3 = makeDisk('b3', h, 3, 40960, '00f6db0b10000004'));
  world.disks.b4 = makeDisk('b4', h, 4, 20480, '00f6db0b10000005');
  world.disks.b5 = makeDisk('b5', h, 5, 20480, null);

  const rootvg = installRootvg(world, d0, {
    hostname: h,
    level: '7200-05-03-2148',
    ppSizeMB: 32,
    builtAtMs: epochMs(2026, 9, 14, 10, 2, 41),
    vgid: '00f6db0b00004c000000018a11d2e901',
  });
  mirrorOnto(rootvg, d1);
  rootvg.os!.odm.vgs[0].pvids.push(d1.pvid!);
  dataVg(world, rootvg, 'appvg', '00f6db0b00004c000000018a11d2f7a0', 64, [d2, d3], [
    { name: 'loglv00', type: 'jfs2log', lps: 1 },
    { name: 'applv', type: 'jfs2', lps: 300, mount: '/app', usedMB: 12800, inodes: 5210 },
    { name: 'applogs', type: 'jfs2', lps: 80, mount: '/app/logs', usedMB: 2300, inodes: 920 },
    { name: 'appswap', type: 'paging', lps: 32 },
  ]);
  world.hosts[h].nvram.normal = [
    { diskId: 'b0', blv: 'hd5' },
    { diskId: 'b1', blv: 'hd5' },
  ];
  world.hosts[h].nvram.service = [{ diskId: 'b1', blv: 'hd5' }];
  bringUp(world, h, 'b0', LAB_START_MS - 11 * DAY_MS);
}

function buildAixlab03(world: World): void {
  const h = 'aixlab03';
  world.hosts[h] = newHost(h);
  const d0 = (world.disks.c0 = makeDisk('c0', h, 0, 30720, '00f6db0c20000001'));
  const d1 = (world.disks.c1 = makeDisk('c1', h, 1, 81920, '00f6db0c20000002'));
  world.disks.c2 = makeDisk('c2', h, 2, 30720, '00f6db0c20000003');
  world.disks.c3 = makeDisk('c3', h, 3, 30720, null);

  const rootvg = installRootvg(world, d0, {
    hostname: h,
    level: '7200-05-04-2220',
    ppSizeMB: 32,
    builtAtMs: epochMs(2026, 11, 3, 8, 44, 12),
    vgid: '00f6db0c00004c000000019b77e0c311',
  });
  dataVg(world, rootvg, 'dbvg', '00f6db0c00004c000000019b77e0d402', 128, [d1], [
    { name: 'loglv00', type: 'jfs2log', lps: 1 },
    { name: 'dblv', type: 'jfs2', lps: 420, mount: '/db', usedMB: 40200, inodes: 860 },
    { name: 'dblogs', type: 'jfs2', lps: 60, mount: '/db/logs', usedMB: 3900, inodes: 140 },
  ]);
  world.hosts[h].nvram.normal = [{ diskId: 'c0', blv: 'hd5' }];
  bringUp(world, h, 'c0', LAB_START_MS - 6 * DAY_MS);
}

/** A data VG over `disks` (LVs on the first disk), defined in the running ODM of `rootvg`'s AIX. */
function dataVg(world: World, rootvg: VgImage, name: string, vgid: string, ppSizeMB: number, disks: Disk[], lvs: LvSpec[]): void {
  const vg = emptyVg(vgid, ppSizeMB, disks.map((d) => d.pvid!));
  addLvs(vg, disks[0], lvs);
  world.vgs[vg.vgid] = vg;
  for (const d of disks) d.vgid = vg.vgid;
  const odm = rootvg.os!.odm;
  odm.vgs.push({ name, vgid: vg.vgid, pvids: disks.map((d) => d.pvid!), autoOn: true });
  odm.lvs.push(...odmLvsFor(vg, name));
  odm.filesystems.push(...stanzasFor(vg, () => '/dev/loglv00'));
}

/** mirrorvg rootvg onto `disk` and bosboot it: a second copy of every LV but the dump device. */
function mirrorOnto(vg: VgImage, disk: Disk): void {
  vg.pvids.push(disk.pvid!);
  disk.vgid = vg.vgid;
  for (const lv of vg.lvs) {
    if (lv.type === 'sysdump') continue;
    const copy = allocate(vg, disk, lv.lps, lv.intraPolicy);
    if (!copy) throw new Error(`lab: no room to mirror ${lv.name}`);
    lv.copies.push(copy);
  }
  vg.quorum = false;
  disk.bootRecord = { blv: 'hd5' };
}
