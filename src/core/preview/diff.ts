// The changes between the lab before a line and after it, as the diagram sees them: each change names
// the node it belongs to (nodeIds.ts) in the diagram after the line (`node`) and now (`was`). Read from
// the snapshots the diagram draws (session/project.ts) and, for what a snapshot does not show (boot
// images, logical volumes of a varied-off VG, files, the shell), from the worlds (diffWorld.ts). Pure.
import { previewMessages } from '../messages/preview.ts';
import { stateDescription } from '../lifecycle/index.ts';
import type { DiskView, HostView, SimSnapshot, VgView } from '../session/snapshot.ts';
import { change, type Side } from './changeOf.ts';
import { diskNode, firmwareNode, hostNode, lvNode, vgNode } from './nodeIds.ts';
import { bootImageChanges, fileChanges, lvChanges, otherChange, shellChanges } from './diffWorld.ts';
import type { PreviewChange } from './types.ts';

const words = previewMessages.change;

interface Placed {
  host: string | null;
  view: DiskView;
}

function disksOf(s: SimSnapshot): Map<string, Placed> {
  const out = new Map<string, Placed>();
  for (const h of s.hosts) for (const d of h.disks) out.set(d.id, { host: h.name, view: d });
  for (const d of s.shelf) out.set(d.id, { host: null, view: d });
  return out;
}

const label = (d: DiskView) => d.name ?? d.id;
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function hostChanges(out: PreviewChange[], a: HostView | undefined, b: HostView | undefined): void {
  if (!a || !b) return;
  const node = hostNode(b.name);
  const h = b.name;
  if (a.power !== b.power) out.push(change('host-power', node, node, h, h, a.power, b.power, words.hostPower(h, a.power, b.power)));
  if (a.led !== b.led) out.push(change('host-led', node, node, h, h, a.led, b.led, words.hostLed(h, b.led)));
  if (a.level !== b.level) out.push(change('host-level', node, node, h, h, a.level, b.level, words.hostLevel(h, a.level, b.level)));
  if (a.bootDisk !== b.bootDisk) out.push(change('host-boot-disk', node, node, h, h, a.bootDisk, b.bootDisk, words.hostBootDisk(h, a.bootDisk, b.bootDisk)));
  const fw = firmwareNode(h);
  for (const mode of ['normal', 'service'] as const) {
    const x = a.bootlist[mode].join(', ') || null;
    const y = b.bootlist[mode].join(', ') || null;
    if (x !== y) out.push(change('bootlist', fw, fw, h, mode, x, y, words.bootlist(h, mode, x, y)));
  }
}

/** A host whose running state both sides show: names, VGs and mounts are only compared on one. */
const upOn = (s: SimSnapshot, host: string | null) => host === null || s.hosts.some((h) => h.name === host && h.power === 'running');

function diskChanges(out: PreviewChange[], a: SimSnapshot, b: SimSnapshot): void {
  const before = disksOf(a);
  const after = disksOf(b);
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const x = before.get(id);
    const y = after.get(id);
    const node = y ? diskNode(y.host, id) : null;
    const was = x ? diskNode(x.host, id) : null;
    const host = y?.host ?? x?.host ?? null;
    if (!x || !y || x.host !== y.host) {
      const from = x ? (x.host ?? 'shelf') : null;
      const to = y ? (y.host ?? 'shelf') : null;
      out.push(change('disk-moved', node, was, host, label((y ?? x)!.view), from, to, words.diskMoved(label((y ?? x)!.view), from ?? 'none', to ?? 'none')));
      if (!x || !y) continue;
    }
    const p = x.view;
    const q = y.view;
    const name = label(q.name ? q : p);
    // A host that goes down (or comes up) shows no names or VGs while down: its disks changed nothing by it.
    const up = upOn(a, x.host) && upOn(b, y.host);
    if (up && p.name !== q.name) out.push(change('disk-name', node, was, host, id, p.name, q.name, words.diskName(id, p.name, q.name)));
    if (p.pvid !== q.pvid) out.push(change('disk-pvid', node, was, host, name, p.pvid, q.pvid, words.diskPvid(name, p.pvid, q.pvid)));
    if (up && p.vg !== q.vg) out.push(change('disk-vg', node, was, host, name, p.vg, q.vg, words.diskVg(name, p.vg, q.vg)));
    else if (up && p.role !== q.role) out.push(change('disk-role', node, was, host, name, p.role, q.role, words.diskRole(name, p.role, q.role)));
    if (up && p.awake !== q.awake) out.push(change('disk-awake', node, was, host, name, p.awake ? 'awake' : 'asleep', q.awake ? 'awake' : 'asleep', words.diskAwake(name, q.awake)));
    if (p.osLevel !== q.osLevel) out.push(change('disk-level', node, was, host, name, p.osLevel, q.osLevel, words.diskLevel(name, p.osLevel, q.osLevel)));
    if (p.bootRecord !== q.bootRecord) out.push(change('disk-boot-record', node, was, host, name, yesNo(p.bootRecord), yesNo(q.bootRecord), words.diskBootRecord(name, q.bootRecord)));
    if (p.failed !== q.failed) out.push(change('disk-failed', node, was, host, name, yesNo(p.failed), yesNo(q.failed), words.diskFailed(name, q.failed)));
  }
}

function vgChanges(out: PreviewChange[], a: HostView | undefined, b: HostView | undefined): void {
  const host = (b ?? a)!.name;
  const byId = (h: HostView | undefined) => {
    const m = new Map<string, VgView>();
    for (const v of h?.vgs ?? []) if (!m.has(v.vgid)) m.set(v.vgid, v);
    return m;
  };
  const before = byId(a);
  const after = byId(b);
  for (const vgid of new Set([...before.keys(), ...after.keys()])) {
    const x = before.get(vgid);
    const y = after.get(vgid);
    const node = y ? vgNode(host, y.name) : null;
    const was = x ? vgNode(host, x.name) : null;
    if (!x) {
      out.push(change('vg-created', node, null, host, y!.name, null, y!.name, words.vgCreated(y!.name, host)));
      continue;
    }
    if (!y) {
      out.push(change('vg-removed', null, was, host, x.name, x.name, null, words.vgRemoved(x.name, host)));
      continue;
    }
    if (x.name !== y.name) out.push(change('vg-renamed', node, was, host, y.name, x.name, y.name, words.vgRenamed(x.name, y.name)));
    if (x.active !== y.active) out.push(change('vg-varied', node, was, host, y.name, x.active ? 'on' : 'off', y.active ? 'on' : 'off', words.vgVaried(y.name, y.active)));
    const pa = x.pvs.join(', ') || null;
    const pb = y.pvs.join(', ') || null;
    if (pa !== pb) out.push(change('vg-disks', node, was, host, y.name, pa, pb, words.vgDisks(y.name, pa, pb)));
  }
}

/** The node of the LV mounted from `dev` ("/dev/hd4") in a host's view, or the host when none is shown. */
function mountNode(h: HostView, dev: string): string {
  const lv = dev.slice(dev.lastIndexOf('/') + 1);
  for (const vg of h.vgs) {
    const i = vg.lvs.findIndex((l) => l.name === lv);
    if (i >= 0) return lvNode(h.name, vg.name, i);
  }
  return hostNode(h.name);
}

function mountChanges(out: PreviewChange[], a: HostView | undefined, b: HostView | undefined): void {
  if (!a || !b) return;
  const key = (m: { dev: string; mount: string }) => `${m.dev}\u0000${m.mount}`;
  const before = new Set(a.mounts.map(key));
  const after = new Set(b.mounts.map(key));
  for (const m of b.mounts) {
    if (before.has(key(m))) continue;
    out.push(change('mount-added', mountNode(b, m.dev), null, b.name, m.mount, null, m.dev, words.mountAdded(m.mount, m.dev)));
  }
  for (const m of a.mounts) {
    if (after.has(key(m))) continue;
    out.push(change('mount-removed', null, mountNode(a, m.dev), a.name, m.mount, m.dev, null, words.mountRemoved(m.mount, m.dev)));
  }
}

/**
 * Every change between two sides, in a stable order: lifecycle, hosts and bootlists, disks, VGs, LVs,
 * mounts, files, the shell, and 'other' when the worlds differ in a way none of these name.
 */
export function diffSides(a: Side, b: Side): PreviewChange[] {
  const out: PreviewChange[] = [];
  const from = a.snapshot.lifecycle.state;
  const to = b.snapshot.lifecycle.state;
  if (from !== to) out.push(change('lifecycle', null, null, b.snapshot.console, 'lifecycle', from, to, words.lifecycle(from, to, stateDescription(to))));
  const hostsA = new Map(a.snapshot.hosts.map((h) => [h.name, h]));
  const hostsB = new Map(b.snapshot.hosts.map((h) => [h.name, h]));
  const names = [...new Set([...hostsA.keys(), ...hostsB.keys()])];
  for (const n of names) hostChanges(out, hostsA.get(n), hostsB.get(n));
  diskChanges(out, a.snapshot, b.snapshot);
  bootImageChanges(out, a, b);
  const running = names.filter((n) => hostsA.get(n)?.power === 'running' && hostsB.get(n)?.power === 'running');
  for (const n of running) vgChanges(out, hostsA.get(n), hostsB.get(n));
  lvChanges(out, a, b);
  for (const n of running) mountChanges(out, hostsA.get(n), hostsB.get(n));
  fileChanges(out, a, b);
  shellChanges(out, a, b);
  if (out.length === 0) otherChange(out, a, b);
  return out;
}
