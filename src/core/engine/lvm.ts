// Physical-partition accounting: how many PPs a disk holds, which are used, and where new ones go.
// Distributions and free counts printed by lspv/lsvg are all derived from the LV extent maps here.
import type { Disk, LvImage, LvType, PpExtent, VgImage } from '../model/types.ts';

const REGION_ORDER: Record<LvImage['intraPolicy'], number[]> = {
  // regions: 0 outer edge, 1 outer middle, 2 center, 3 inner middle, 4 inner edge
  edge: [0, 4, 1, 3, 2],
  'inner edge': [4, 0, 3, 1, 2],
  middle: [1, 3, 2, 0, 4],
  'inner middle': [3, 1, 2, 4, 0],
  center: [2, 1, 3, 0, 4],
};

/** PPs a disk offers in a VG of the given PP size (one PP's worth is kept for the VGDA/VGSA). */
export function totalPps(sizeMB: number, ppSizeMB: number): number {
  return Math.max(0, Math.floor(sizeMB / ppSizeMB) - 1);
}

/** 1-based inclusive PP ranges of the five regions (outer edge … inner edge). */
export function regions(total: number): [number, number][] {
  const size = Math.ceil(total / 5);
  const out: [number, number][] = [];
  for (let i = 0; i < 5; i++) {
    const start = i * size + 1;
    const end = Math.min(total, (i + 1) * size);
    out.push([start, Math.max(start - 1, end)]);
  }
  return out;
}

export function regionName(i: number): string {
  return ['outer edge', 'outer middle', 'center', 'inner middle', 'inner edge'][i];
}

/** used[pp] = owning LV minor, for PP numbers 1..total on one PV. */
export function ppOwners(vg: VgImage, pvid: string, total: number): (number | null)[] {
  const owners: (number | null)[] = new Array(total + 1).fill(null);
  for (const lv of vg.lvs) {
    for (const copy of lv.copies) {
      for (const e of copy) {
        if (e.pvid !== pvid) continue;
        for (let p = e.start; p < e.start + e.count && p <= total; p++) owners[p] = lv.minor;
      }
    }
  }
  return owners;
}

export function pvTotal(disk: Disk, vg: VgImage): number {
  return totalPps(disk.sizeMB, vg.ppSizeMB);
}

export function pvUsed(vg: VgImage, pvid: string): number {
  let n = 0;
  for (const lv of vg.lvs) for (const copy of lv.copies) for (const e of copy) if (e.pvid === pvid) n += e.count;
  return n;
}

/** "128..96..61..128..64": free (or used) PPs per region. */
export function distribution(vg: VgImage, disk: Disk, which: 'free' | 'used'): string {
  const total = pvTotal(disk, vg);
  const owners = ppOwners(vg, disk.pvid ?? '', total);
  return regions(total)
    .map(([a, b]) => {
      let n = 0;
      for (let p = a; p <= b; p++) if ((owners[p] === null) === (which === 'free')) n++;
      return String(n).padStart(2, '0');
    })
    .join('..');
}

/** Per-region count of one LV's PPs on one PV: "01..00..00..00..00" (lspv -l) or "000:000:004:000:000" (lslv -l). */
export function lvRegionCounts(lv: LvImage, pvid: string, total: number): number[] {
  const counts = [0, 0, 0, 0, 0];
  const rs = regions(total);
  for (const copy of lv.copies) {
    for (const e of copy) {
      if (e.pvid !== pvid) continue;
      for (let p = e.start; p < e.start + e.count; p++) {
        const r = rs.findIndex(([a, b]) => p >= a && p <= b);
        if (r >= 0) counts[r]++;
      }
    }
  }
  return counts;
}

/**
 * Picks `count` free PPs on one PV, preferring the regions of the intra-policy, contiguous where it can.
 * Returns null when the PV has not enough free PPs.
 */
export function allocate(
  vg: VgImage,
  disk: Disk,
  count: number,
  policy: LvImage['intraPolicy'],
  reserved: Set<number> = new Set(),
): PpExtent[] | null {
  const pvid = disk.pvid;
  if (!pvid) return null;
  const total = pvTotal(disk, vg);
  const owners = ppOwners(vg, pvid, total);
  const rs = regions(total);
  const picked: number[] = [];
  for (const r of REGION_ORDER[policy]) {
    const [a, b] = rs[r];
    for (let p = a; p <= b && picked.length < count; p++) {
      if (owners[p] === null && !reserved.has(p)) picked.push(p);
    }
    if (picked.length >= count) break;
  }
  if (picked.length < count) return null;
  picked.sort((x, y) => x - y);
  const extents: PpExtent[] = [];
  for (const p of picked) {
    const last = extents[extents.length - 1];
    if (last && last.start + last.count === p) last.count++;
    else extents.push({ pvid, start: p, count: 1 });
  }
  return extents;
}

export interface NewLv {
  name: string;
  type: LvType;
  lps: number;
  label: string | null;
  intraPolicy?: LvImage['intraPolicy'];
}

/** Adds an LV with one copy on `disk`. Returns null (and changes nothing) when space runs out. */
export function createLv(vg: VgImage, disk: Disk, spec: NewLv): LvImage | null {
  const policy = spec.intraPolicy ?? defaultIntraPolicy(spec.type);
  const extents = allocate(vg, disk, spec.lps, policy);
  if (!extents) return null;
  const lv: LvImage = {
    minor: vg.nextMinor++,
    name: spec.name,
    type: spec.type,
    lps: spec.lps,
    copies: [extents],
    label: spec.label,
    intraPolicy: policy,
  };
  vg.lvs.push(lv);
  return lv;
}

export function defaultIntraPolicy(type: LvType): LvImage['intraPolicy'] {
  if (type === 'boot') return 'edge';
  if (type === 'paging' || type === 'jfs2log' || type === 'jfslog') return 'middle';
  return 'center';
}

export function vgTotals(vg: VgImage, disks: Disk[]): { total: number; used: number } {
  let total = 0;
  let used = 0;
  for (const d of disks) {
    if (!d.pvid || !vg.pvids.includes(d.pvid)) continue;
    total += pvTotal(d, vg);
    used += pvUsed(vg, d.pvid);
  }
  return { total, used };
}
