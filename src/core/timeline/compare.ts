// Two points of a lab (two steps, or two labs) side by side: what differs on the disks, the volume
// groups, the boot lists, the ODM (CuDv and CuAt of the disks and VGs) and the lifecycle, in plain words.
// Read from the same projection the diagram draws (session/project.ts) and from the running ODM, so each
// difference names the diagram node it belongs to. Pure.
import { consoleHost } from '../model/select.ts';
import type { Odm, World } from '../model/types.ts';
import type { SessionState } from '../session/api.ts';
import { createSession } from '../session/session.ts';
import type { DiskView, HostView, SimSnapshot, VgView } from '../session/snapshot.ts';

export type DifferenceArea = 'disk' | 'vg' | 'bootlist' | 'odm' | 'lifecycle' | 'host';

export interface Difference {
  area: DifferenceArea;
  /** The diagram node it belongs to (disk by hdisk name, VG by name, host by name), or null. */
  node: { kind: 'disk' | 'vg' | 'host'; name: string } | null;
  /** What differs, in words ("hdisk1 volume group", "bootlist normal"). */
  what: string;
  /** Its value at the first point and at the second ('—' when absent). */
  a: string;
  b: string;
}

const NONE = '—';
const show = (v: unknown): string => (v === null || v === undefined || v === '' ? NONE : Array.isArray(v) ? (v.length ? v.join(' ') : NONE) : String(v));

function fields<T extends object>(out: Difference[], area: DifferenceArea, node: Difference['node'], label: string, a: T | undefined, b: T | undefined, keys: readonly (keyof T & string)[], words: Record<string, string>): void {
  if (!a || !b) {
    out.push({ area, node, what: label, a: a ? 'present' : NONE, b: b ? 'present' : NONE });
    return;
  }
  for (const k of keys) {
    const x = show(a[k]);
    const y = show(b[k]);
    if (x !== y) out.push({ area, node, what: `${label} ${words[k] ?? k}`, a: x, b: y });
  }
}

const DISK_WORDS: Record<string, string> = { name: 'name', pvid: 'PVID', vg: 'volume group', vgActive: 'varied on', role: 'role', bootRecord: 'boot record', osLevel: 'AIX level', booted: 'booted from', awake: 'awake', bootHang: 'boot hangs at LED', failed: 'failed' };
const DISK_KEYS = ['name', 'pvid', 'vg', 'vgActive', 'role', 'bootRecord', 'osLevel', 'booted', 'awake', 'bootHang', 'failed'] as const;
const HOST_WORDS: Record<string, string> = { power: 'power', led: 'LED', level: 'AIX level', bootDisk: 'booted from' };
const HOST_KEYS = ['power', 'led', 'level', 'bootDisk'] as const;

function diskLabel(d: DiskView, host: string): string {
  return d.name ?? `${d.id} (${host})`;
}

function vgSummary(vg: VgView): { active: boolean; pvs: string[]; lvs: string[]; mounts: string[] } {
  return {
    active: vg.active,
    pvs: vg.pvs,
    lvs: vg.lvs.map((l) => `${l.name}:${l.state}`),
    mounts: vg.lvs.filter((l) => l.mount).map((l) => `${l.name}→${l.mount}`),
  };
}

function compareHosts(out: Difference[], a: HostView | undefined, b: HostView | undefined, name: string): void {
  const node = { kind: 'host' as const, name };
  fields(out, 'host', node, name, a, b, HOST_KEYS, HOST_WORDS);
  if (!a || !b) return;
  for (const list of ['normal', 'service'] as const) {
    const x = show(a.bootlist[list]);
    const y = show(b.bootlist[list]);
    if (x !== y) out.push({ area: 'bootlist', node, what: `${name} bootlist (${list} mode)`, a: x, b: y });
  }
  const disksA = new Map(a.disks.map((d) => [d.id, d]));
  const disksB = new Map(b.disks.map((d) => [d.id, d]));
  for (const id of new Set([...disksA.keys(), ...disksB.keys()])) {
    const x = disksA.get(id);
    const y = disksB.get(id);
    const label = diskLabel((y ?? x)!, name);
    const nodeName = y?.name ?? x?.name ?? null;
    fields(out, 'disk', nodeName ? { kind: 'disk', name: nodeName } : null, label, x, y, DISK_KEYS, DISK_WORDS);
  }
  const vgsA = new Map(a.vgs.map((v) => [v.name, v]));
  const vgsB = new Map(b.vgs.map((v) => [v.name, v]));
  for (const vgName of new Set([...vgsA.keys(), ...vgsB.keys()])) {
    const x = vgsA.get(vgName);
    const y = vgsB.get(vgName);
    fields(out, 'vg', { kind: 'vg', name: vgName }, vgName, x && vgSummary(x), y && vgSummary(y), ['active', 'pvs', 'lvs', 'mounts'], { active: 'varied on', pvs: 'disks', lvs: 'logical volumes', mounts: 'mounts' });
  }
}

/** The running ODM's CuDv/CuAt objects of disks and VGs, as "class name attribute" → value. */
function odmObjects(odm: Odm | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!odm) return out;
  for (const d of odm.disks) {
    out.set(`CuDv ${d.name} status`, d.state);
    out.set(`CuAt ${d.name} pvid`, d.pvid ?? NONE);
  }
  for (const v of odm.vgs) {
    out.set(`CuDv ${v.name} status`, 'Available');
    out.set(`CuAt ${v.name} vgserial_id`, v.vgid);
    out.set(`CuAt ${v.name} pv`, v.pvids.join(' ') || NONE);
    out.set(`CuAt ${v.name} auto_on`, v.autoOn ? 'y' : 'n');
  }
  return out;
}

function runningOdmOf(world: World): Odm | null {
  const host = consoleHost(world);
  return host.run ? (world.vgs[host.run.rootVgid]?.os?.odm ?? null) : null;
}

function compareOdm(out: Difference[], a: World, b: World, vgNames: Set<string>): void {
  const x = odmObjects(runningOdmOf(a));
  const y = odmObjects(runningOdmOf(b));
  for (const key of new Set([...x.keys(), ...y.keys()])) {
    const va = x.get(key) ?? NONE;
    const vb = y.get(key) ?? NONE;
    if (va === vb) continue;
    const name = key.split(' ')[1];
    const node = vgNames.has(name) ? { kind: 'vg' as const, name } : name.startsWith('hdisk') ? { kind: 'disk' as const, name } : null;
    out.push({ area: 'odm', node, what: `ODM ${key}`, a: va, b: vb });
  }
}

/** The differences between two points of a lab (or two labs), in a stable order. */
export function compareStates(a: SessionState, b: SessionState): Difference[] {
  const sa: SimSnapshot = createSession(a).snapshot();
  const sb: SimSnapshot = createSession(b).snapshot();
  return compareSnapshots(sa, sb, a.world, b.world);
}

export function compareSnapshots(sa: SimSnapshot, sb: SimSnapshot, wa: World, wb: World): Difference[] {
  const out: Difference[] = [];
  if (sa.lifecycle.state !== sb.lifecycle.state) out.push({ area: 'lifecycle', node: null, what: 'lifecycle state', a: sa.lifecycle.state, b: sb.lifecycle.state });
  const hostsA = new Map(sa.hosts.map((h) => [h.name, h]));
  const hostsB = new Map(sb.hosts.map((h) => [h.name, h]));
  for (const name of new Set([...hostsA.keys(), ...hostsB.keys()])) compareHosts(out, hostsA.get(name), hostsB.get(name), name);
  const shelfA = new Map(sa.shelf.map((d) => [d.id, d]));
  const shelfB = new Map(sb.shelf.map((d) => [d.id, d]));
  for (const id of new Set([...shelfA.keys(), ...shelfB.keys()])) {
    if (!!shelfA.get(id) !== !!shelfB.get(id)) out.push({ area: 'disk', node: null, what: `${id} on the shelf`, a: shelfA.has(id) ? 'yes' : 'no', b: shelfB.has(id) ? 'yes' : 'no' });
  }
  const vgNames = new Set([...sa.hosts, ...sb.hosts].flatMap((h) => h.vgs.map((v) => v.name)));
  compareOdm(out, wa, wb, vgNames);
  return out;
}
