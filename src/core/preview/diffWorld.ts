// The part of a preview's changes the diagram's snapshot does not carry: boot images written, logical
// volumes renamed or mirrored (also in a varied-off VG), files, the shell, and a last check that the
// worlds do not differ in some way nothing above names. Read from the two worlds. Pure.
import { previewMessages } from '../messages/preview.ts';
import type { FileNode, LvImage, VgImage, World } from '../model/types.ts';
import { diskNode, hostNode } from './nodeIds.ts';
import { change, lvNodeIn, type Side } from './changeOf.ts';
import type { PreviewChange } from './types.ts';

const words = previewMessages.change;
/** File changes named one by one; the rest are counted in one change. */
const FILES_NAMED = 5;

/** The boot image a disk carries (in a boot LV with a copy on it), as a comparable signature, or null. */
function bootImageOn(world: World, diskId: string): string | null {
  const disk = world.disks[diskId];
  const vg = disk?.vgid ? world.vgs[disk.vgid] : undefined;
  if (!disk?.pvid || !vg) return null;
  for (const lv of vg.lvs) {
    const img = lv.bootImage;
    if (img && lv.copies.some((c) => c.some((e) => e.pvid === disk.pvid))) return `${vg.vgid}.${lv.minor} ${img.level} ${img.builtAtMs} ${img.madeForHost} ${JSON.stringify(img.baseOdm)}`;
  }
  return null;
}

export function bootImageChanges(out: PreviewChange[], a: Side, b: Side): void {
  for (const h of b.snapshot.hosts) {
    for (const d of h.disks) {
      const after = bootImageOn(b.world, d.id);
      if (after === null || after === bootImageOn(a.world, d.id)) continue;
      const name = d.name ?? d.id;
      out.push(change('boot-image', diskNode(h.name, d.id), diskNode(h.name, d.id), h.name, name, null, name, words.bootImage(name)));
    }
  }
}

const byMinor = (vg: VgImage) => new Map(vg.lvs.map((l) => [l.minor, l] as const));

/** LVs of the VGs that exist before and after (a new VG's LVs come with it; a gone VG's go with it). */
export function lvChanges(out: PreviewChange[], a: Side, b: Side): void {
  for (const vgid of Object.keys(b.world.vgs)) {
    const va = Object.prototype.hasOwnProperty.call(a.world.vgs, vgid) ? a.world.vgs[vgid] : undefined;
    if (!va) continue;
    const vb = b.world.vgs[vgid];
    const before = byMinor(va);
    const after = byMinor(vb);
    const vgName = (s: Side) => s.snapshot.hosts.flatMap((h) => h.vgs).find((v) => v.vgid === vgid)?.name ?? vgid;
    const host = b.snapshot.hosts.find((h) => h.vgs.some((v) => v.vgid === vgid))?.name ?? null;
    for (const minor of new Set([...before.keys(), ...after.keys()])) {
      const x: LvImage | undefined = before.get(minor);
      const y: LvImage | undefined = after.get(minor);
      const node = y ? lvNodeIn(b.snapshot, vgid, y.name) : null;
      const was = x ? lvNodeIn(a.snapshot, vgid, x.name) : null;
      if (!x) out.push(change('lv-created', node, null, host, y!.name, null, y!.name, words.lvCreated(y!.name, vgName(b))));
      else if (!y) out.push(change('lv-removed', null, was, host, x.name, x.name, null, words.lvRemoved(x.name, vgName(a))));
      else {
        if (x.name !== y.name) out.push(change('lv-renamed', node, was, host, y.name, x.name, y.name, words.lvRenamed(x.name, y.name)));
        if (x.copies.length !== y.copies.length) {
          const [p, q] = [String(x.copies.length), String(y.copies.length)];
          out.push(change('lv-copies', node, was, host, y.name, p, q, words.lvCopies(y.name, p, q)));
        }
      }
    }
  }
}

function sameEntry(x: FileNode, y: FileNode): boolean {
  if (x.kind !== y.kind) return false;
  switch (x.kind) {
    case 'dir':
      return true;
    case 'file':
      return y.kind === 'file' && x.text === y.text && x.sizeKB === y.sizeKB;
    case 'lppsource':
      return y.kind === 'lppsource' && x.level === y.level && Object.keys(x.filesets).length === Object.keys(y.filesets).length;
    case 'mksysb':
      return y.kind === 'mksysb' && x.image.createdAtMs === y.image.createdAtMs && x.image.sourceHost === y.image.sourceHost;
  }
}

/** Files of the file systems that exist before and after, named by their mount point. */
export function fileChanges(out: PreviewChange[], a: Side, b: Side): void {
  const host = b.world.console;
  const found: { path: string; what: 'created' | 'removed' | 'changed' }[] = [];
  for (const vgid of Object.keys(b.world.vgs)) {
    const va = Object.prototype.hasOwnProperty.call(a.world.vgs, vgid) ? a.world.vgs[vgid] : undefined;
    if (!va) continue;
    const before = byMinor(va);
    for (const lv of b.world.vgs[vgid].lvs) {
      const fa = before.get(lv.minor)?.fs?.files;
      const fb = lv.fs?.files;
      if (!fa || !fb) continue;
      const mount = lv.label?.startsWith('/') ? lv.label : (lv.fs?.superblockMount ?? '');
      const path = (key: string) => (mount === '/' ? `/${key}` : `${mount}/${key}`);
      for (const key of Object.keys(fb)) {
        const x = Object.prototype.hasOwnProperty.call(fa, key) ? fa[key] : undefined;
        if (!x) found.push({ path: path(key), what: 'created' });
        else if (!sameEntry(x, fb[key])) found.push({ path: path(key), what: 'changed' });
      }
      for (const key of Object.keys(fa)) if (!Object.prototype.hasOwnProperty.call(fb, key)) found.push({ path: path(key), what: 'removed' });
    }
  }
  const node = hostNode(host);
  for (const f of found.slice(0, FILES_NAMED)) {
    out.push(change('file', node, node, host, f.path, f.what === 'created' ? null : f.path, f.what === 'removed' ? null : f.path, words.file(f.path, f.what)));
  }
  if (found.length > FILES_NAMED) out.push(change('file', node, node, host, 'files', null, null, words.files(found.length - FILES_NAMED)));
}

/** The console's shell within one boot: its current directory and variables. */
export function shellChanges(out: PreviewChange[], a: Side, b: Side): void {
  const host = b.world.console;
  const x = a.world.hosts[host]?.run;
  const y = b.world.hosts[host]?.run;
  if (!x || !y || x.bootedAtMs !== y.bootedAtMs) return;
  const node = hostNode(host);
  if (x.cwd !== y.cwd) out.push(change('shell', node, node, host, 'cwd', x.cwd, y.cwd, words.cwd(x.cwd, y.cwd)));
  const has = (o: Record<string, string>, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  for (const name of new Set([...Object.keys(x.vars), ...Object.keys(y.vars)])) {
    const p = has(x.vars, name) ? x.vars[name] : null;
    const q = has(y.vars, name) ? y.vars[name] : null;
    if (p !== q) out.push(change('shell', node, node, host, name, p, q, words.variable(name, q)));
  }
}

/** Deep equality of plain JSON-shaped data. */
function same(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  if (kx.length !== ky.length) return false;
  const oy = y as Record<string, unknown>;
  return kx.every((k) => Object.prototype.hasOwnProperty.call(oy, k) && same((x as Record<string, unknown>)[k], oy[k]));
}

/** The world without what every line moves on (the clock, the random source, $?). */
function comparable(w: World): unknown {
  const hosts = Object.fromEntries(Object.entries(w.hosts).map(([k, h]) => [k, h.run ? { ...h, run: { ...h.run, lastExit: 0 } } : h]));
  return { ...w, clock: null, rng: null, hosts };
}

/** When nothing above named a change but the worlds still differ: one 'other' change. */
export function otherChange(out: PreviewChange[], a: Side, b: Side): void {
  if (same(comparable(a.world), comparable(b.world))) return;
  out.push(change('other', null, null, b.world.console, 'lab', null, null, words.other));
}
