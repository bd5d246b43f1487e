// Paths on the running system: the mount table decides which file system (and so which disk) a path
// lives on. Files are small texts or size-only entries inside the LV's FsImage.
import type { FileNode, FsImage, Host, Mount, World } from '../model/types.ts';

export function normalizePath(cwd: string, path: string): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return '/' + out.join('/');
}

export interface Located {
  mount: Mount;
  fs: FsImage | null;
  /** Path inside the file system, no leading slash ('' for its root). */
  rel: string;
}

/** The mount a path falls under (longest mount-point prefix). */
export function locate(world: World, host: Host, absPath: string): Located | null {
  const run = host.run;
  if (!run) return null;
  let best: Mount | null = null;
  for (const m of run.mounts) {
    const mp = m.mount;
    const under = mp === '/' || absPath === mp || absPath.startsWith(mp + '/');
    if (under && (!best || mp.length > best.mount.length)) best = m;
  }
  if (!best) return null;
  const rel = best.mount === '/' ? absPath.slice(1) : absPath.slice(best.mount.length + 1);
  let fs: FsImage | null = null;
  if (best.lv) {
    const lv = world.vgs[best.lv.vgid]?.lvs.find((l) => l.minor === best!.lv!.minor);
    fs = lv?.fs ?? null;
  }
  return { mount: best, fs, rel };
}

/** Mount points directly below `absDir` (they show up as directories in ls). */
export function childMountPoints(host: Host, absDir: string): string[] {
  const prefix = absDir === '/' ? '/' : absDir + '/';
  return (host.run?.mounts ?? [])
    .map((m) => m.mount)
    .filter((mp) => mp !== absDir && mp.startsWith(prefix) && !mp.slice(prefix.length).includes('/'))
    .map((mp) => mp.slice(prefix.length));
}

export type Stat = { kind: 'dir' } | { kind: 'file'; node: FileNode } | null;

export function stat(world: World, host: Host, absPath: string): Stat {
  if (absPath === '/') return { kind: 'dir' };
  if (host.run?.mounts.some((m) => m.mount === absPath)) return { kind: 'dir' };
  const loc = locate(world, host, absPath);
  if (!loc || !loc.fs) return null;
  if (loc.rel === '') return { kind: 'dir' };
  const node = loc.fs.files[loc.rel];
  if (node) return node.kind === 'dir' ? { kind: 'dir' } : { kind: 'file', node };
  const prefix = loc.rel + '/';
  if (Object.keys(loc.fs.files).some((k) => k.startsWith(prefix))) return { kind: 'dir' };
  if (childMountPoints(host, absPath).length > 0) return { kind: 'dir' };
  return null;
}

/** Entries of a directory: names with their kind, sorted as ls sorts them (C locale). */
export function listDir(world: World, host: Host, absDir: string): { name: string; dir: boolean; node: FileNode | null }[] {
  const names = new Map<string, { dir: boolean; node: FileNode | null }>();
  const loc = locate(world, host, absDir);
  if (loc?.fs) {
    const prefix = loc.rel === '' ? '' : loc.rel + '/';
    for (const [k, node] of Object.entries(loc.fs.files)) {
      if (!k.startsWith(prefix) || k === loc.rel) continue;
      const rest = k.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      if (!name) continue;
      const dir = slash >= 0 || node.kind === 'dir';
      const prev = names.get(name);
      names.set(name, { dir: dir || !!prev?.dir, node: slash < 0 ? node : (prev?.node ?? null) });
    }
  }
  for (const mp of childMountPoints(host, absDir)) names.set(mp, { dir: true, node: null });
  return [...names.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, v]) => ({ name, ...v }));
}

export type WriteResult = { ok: true } | { ok: false; reason: 'no-fs' | 'no-dir' | 'is-dir' | 'read-only' };

export function writeFile(world: World, host: Host, absPath: string, text: string, append: boolean): WriteResult {
  if (absPath === '/dev/null') return { ok: true };
  const loc = locate(world, host, absPath);
  if (!loc || !loc.fs) return { ok: false, reason: loc ? 'read-only' : 'no-fs' };
  if (loc.rel === '') return { ok: false, reason: 'is-dir' };
  const parent = absPath.slice(0, absPath.lastIndexOf('/')) || '/';
  const pst = stat(world, host, parent);
  if (!pst || pst.kind !== 'dir') return { ok: false, reason: 'no-dir' };
  const existing = loc.fs.files[loc.rel];
  if (existing?.kind === 'dir') return { ok: false, reason: 'is-dir' };
  const before = existing?.kind === 'file' ? (existing.text ?? '') : '';
  const next = append ? before + text : text;
  loc.fs.files[loc.rel] = { kind: 'file', text: next };
  return { ok: true };
}

export function readFile(world: World, host: Host, absPath: string): { ok: true; text: string } | { ok: false; reason: 'missing' | 'is-dir' } {
  if (absPath === '/dev/null') return { ok: true, text: '' };
  const st = stat(world, host, absPath);
  if (!st) return { ok: false, reason: 'missing' };
  if (st.kind === 'dir') return { ok: false, reason: 'is-dir' };
  const node = st.node;
  if (node.kind === 'file') return { ok: true, text: node.text ?? binaryPlaceholder(node.sizeKB ?? 0) };
  if (node.kind === 'lppsource') return { ok: true, text: '' };
  return { ok: true, text: '' };
}

/** Big files are kept as a size only; reading one shows that instead of inventing bytes. */
function binaryPlaceholder(sizeKB: number): string {
  return `[${sizeKB} KB of data not kept by the simulator]\n`;
}
