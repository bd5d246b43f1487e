// The model stays small: a disk, its VG and a rootvg serialise to a size that does not grow with the disk
// (extents, not per-partition maps).
import { describe, expect, it } from 'vitest';
import { addLvs, emptyVg, installRootvg, makeDisk, newHost } from './build.ts';
import type { World } from './types.ts';

describe('model size', () => {
  it('a 146 GB disk and its VG serialise to at most 4 KB', () => {
    const w: World = { schema: 1, clock: { nowMs: 0 }, rng: { state: 1 }, hosts: { h: newHost('h') }, console: 'h', disks: {}, vgs: {} };
    const disk = (w.disks.big = makeDisk('big', 'h', 0, 149504, '00f6db0a0000beef'));
    const vg = emptyVg('00f6db0a00004c00000001aabbccdd01', 128, [disk.pvid!]);
    addLvs(vg, disk, [
      { name: 'loglv01', type: 'jfs2log', lps: 1 },
      { name: 'fslv01', type: 'jfs2', lps: 1100, mount: '/big', usedMB: 120000, inodes: 90000 },
    ]);
    w.vgs[vg.vgid] = vg;
    disk.vgid = vg.vgid;
    expect(JSON.stringify(disk).length + JSON.stringify(vg).length).toBeLessThanOrEqual(4096);

    // A rootvg's size does not grow with the disk either (extents, not per-partition maps).
    const rootvgBytes = (sizeMB: number, id: string) => {
      const d = (w.disks[id] = makeDisk(id, 'h', Object.keys(w.disks).length, sizeMB, `00f6db0a0000${id.padStart(4, '0')}`));
      const r = installRootvg(w, d, { hostname: 'h', level: '7200-05-03-2148', ppSizeMB: 32, builtAtMs: 0, vgid: `00f6db0a00004c00000001aabbcc${id.padStart(4, '0')}` });
      return JSON.stringify(d).length + JSON.stringify(r).length;
    };
    expect(Math.abs(rootvgBytes(149504, 'r146') - rootvgBytes(20480, 'r020'))).toBeLessThan(200);
  });
});
