// multibos-lab: the reference lab whose rootvg also holds a large application file system (/apps), so
// a standby BOS no longer fits in rootvg's free partitions (issue 18: "what goes wrong: rootvg without
// room"). hdisk1 is free to extend rootvg with.
import { createLv } from '../engine/lvm.ts';
import { bringUp } from '../engine/startup.ts';
import type { World } from '../model/types.ts';
import { LAB_START_MS, referenceLab } from './referenceLab.ts';

/** PPs of /apps: leaves 77 of rootvg's 477 free PPs, fewer than the 115 a standby BOS needs. */
export const APPS_LPS = 400;

export function multibosLab(): World {
  const world = referenceLab();
  const host = world.hosts.aixlab01;
  const root = world.vgs[host.run!.rootVgid];
  const lv = createLv(root, world.disks.d0, { name: 'appslv', type: 'jfs2', lps: APPS_LPS, label: '/apps' });
  if (!lv) throw new Error('multibos-lab: no room for /apps');
  lv.fs = { vfs: 'jfs2', superblockMount: '/apps', usedMB: 9800, inodesUsed: 5120, files: { bin: { kind: 'dir' }, data: { kind: 'dir' } } };
  const odm = root.os!.odm;
  const log = odm.filesystems.find((f) => f.mount === '/home')?.log ?? '/dev/hd8';
  odm.lvs.push({ name: 'appslv', vg: 'rootvg', lvid: `${root.vgid}.${lv.minor}`, type: 'jfs2' });
  odm.filesystems.push({ mount: '/apps', dev: '/dev/appslv', vfs: 'jfs2', log, auto: true, account: false });
  root.lvs.find((l) => l.name === 'hd4')!.fs!.files['apps'] = { kind: 'dir' };
  bringUp(world, 'aixlab01', 'd0', LAB_START_MS - 3 * 86_400_000);
  return world;
}
