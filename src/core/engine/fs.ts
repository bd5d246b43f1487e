// Paths on the running system: the mount table decides which file system (and so which disk) a path
// lives on. Files are small texts or size-only entries inside the LV's FsImage.
//
// Besides the stored files there are views computed from the model, never stored:
// - /dev/null;
// - etc/filesystems in the root file system of every installed AIX (the running one and a mounted clone):
//   the stanzas of that system's ODM, in /etc/filesystems syntax; writing the file parses it back.
// File operations below (mkdir, unlink, copy, rename) return an AIX errno name instead of throwing, and
// keep each file system's used space and inode count in step with what they add or remove.
import type { FileNode, FsImage, Host, LvImage, Mount, Odm, World } from '../model/types.ts';
import type { Errno } from '../messages/files.ts';
import { ownValue } from '../model/own.ts';
import { err, ok, type Result } from '../result.ts';
import { parseFilesystems, renderFilesystems } from './etcFilesystems.ts';
import { childNames, dropEntry, entryCount, hasChildren, putEntry } from './fsIndex.ts';

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

/** A path as the console's shell resolves it (relative to the current directory). */
export function resolvePath(host: Host, path: string): string {
  return normalizePath(host.run?.cwd ?? '/', path);
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
  // File maps are plain objects: a name that would reach their prototype is not a place a file can be.
  if (absPath.split('/').includes('__proto__')) return null;
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

export function isMountPoint(host: Host, absPath: string): boolean {
  return absPath === '/' || !!host.run?.mounts.some((m) => m.mount === absPath);
}

export type Stat = { kind: 'dir' } | { kind: 'file'; node: FileNode } | null;

export function stat(world: World, host: Host, absPath: string): Stat {
  if (absPath === '/') return { kind: 'dir' };
  if (host.run?.mounts.some((m) => m.mount === absPath)) return { kind: 'dir' };
  if (absPath === '/dev') return { kind: 'dir' };
  if (absPath.startsWith('/dev/')) return devices(world, host).includes(absPath.slice(5)) ? { kind: 'file', node: { kind: 'file', text: '' } } : null;
  const loc = locate(world, host, absPath);
  if (!loc || !loc.fs) return null;
  if (loc.rel === '') return { kind: 'dir' };
  const virtual = virtualFile(world, loc);
  if (virtual !== null) return { kind: 'file', node: { kind: 'file', text: virtual } };
  const node = nodeAt(loc.fs.files, loc.rel);
  if (node) return node.kind === 'dir' ? { kind: 'dir' } : { kind: 'file', node };
  if (hasChildren(loc.fs.files, loc.rel)) return { kind: 'dir' };
  if (childMountPoints(host, absPath).length > 0) return { kind: 'dir' };
  return null;
}

/** Entries of a directory: names with their kind, sorted as ls sorts them (C locale). */
export function listDir(world: World, host: Host, absDir: string): { name: string; dir: boolean; node: FileNode | null }[] {
  const names = new Map<string, { dir: boolean; node: FileNode | null }>();
  const loc = locate(world, host, absDir);
  if (loc?.fs) {
    const prefix = loc.rel === '' ? '' : loc.rel + '/';
    const files = loc.fs.files;
    for (const name of childNames(files, loc.rel)) {
      if (!name) continue;
      const node = nodeAt(files, prefix + name) ?? null;
      names.set(name, { dir: node?.kind === 'dir' || hasChildren(files, prefix + name), node });
    }
    const virtual = virtualFile(world, { ...loc, rel: prefix + 'filesystems' });
    if (loc.rel === 'etc' && virtual !== null) names.set('filesystems', { dir: false, node: { kind: 'file', text: virtual } });
  }
  if (absDir === '/dev') for (const d of devices(world, host)) names.set(d, { dir: false, node: { kind: 'file', text: '' } });
  if (absDir === '/') names.set('dev', { dir: true, node: null });
  for (const mp of childMountPoints(host, absDir)) names.set(mp, { dir: true, node: null });
  return [...names.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, v]) => ({ name, ...v }));
}

/** Why a write was refused. */
export type WriteFailure = 'no-fs' | 'no-dir' | 'is-dir' | 'read-only' | 'no-space' | 'name-too-long';
export type WriteResult = Result<void, WriteFailure>;
/** A change that went through (writeFile's and the operations' success). */
const OK = ok(undefined);
/** Why a read found no text. */
export type ReadFailure = 'missing' | 'is-dir';

/** AIX's PATH_MAX and NAME_MAX: a longer path or name cannot be created (ENAMETOOLONG). */
export const PATH_MAX = 1023;
export const NAME_MAX = 255;

/**
 * The most entries (files and directories) one file system keeps, as many as a saved lab may hold
 * (session/worldSchema.ts LIMITS.filesPerFs): creating one more fails with ENOSPC, as running out of inodes does.
 */
export const MAX_FILES_PER_FS = 20_000;

function nameTooLong(absPath: string): boolean {
  return absPath.length > PATH_MAX || absPath.split('/').some((c) => c.length > NAME_MAX);
}

/** Is there room for one more entry? inodesUsed counts at least every stored entry, so it is checked first. */
function hasEntryRoom(fs: FsImage): boolean {
  return fs.inodesUsed < MAX_FILES_PER_FS || entryCount(fs.files) < MAX_FILES_PER_FS;
}

/**
 * The most bytes of text a file keeps. A longer file is kept as its size only (the model's size-only
 * file: reading it gives binaryPlaceholder), so memory stays bounded however often a file is doubled,
 * while its size still counts against the file system until that is full.
 */
export const MAX_TEXT_BYTES = 256 * 1024;

export function writeFile(world: World, host: Host, absPath: string, text: string, append: boolean): WriteResult {
  if (absPath === '/dev/null') return OK;
  if (absPath === '/dev' || absPath.startsWith('/dev/')) return err(stat(world, host, absPath) ? 'read-only' : 'no-dir');
  const loc = locate(world, host, absPath);
  if (!loc || !loc.fs) return err(loc ? 'read-only' : 'no-fs');
  if (loc.rel === '' || isMountPoint(host, absPath)) return err('is-dir');
  if (nameTooLong(absPath)) return err('name-too-long');
  const parent = parentOf(absPath);
  const pst = stat(world, host, parent);
  if (!pst || pst.kind !== 'dir') return err('no-dir');
  const virtual = virtualFile(world, loc);
  if (virtual !== null) {
    writeVirtual(world, loc, append ? virtual + text : text);
    return OK;
  }
  const existing = nodeAt(loc.fs.files, loc.rel);
  if (existing?.kind === 'dir' || (!existing && stat(world, host, absPath)?.kind === 'dir')) return err('is-dir');
  const before = existing?.kind === 'file' ? existing : null;
  const node = append && before ? appendedNode(before, text) : textNode(text);
  const delta = nodeBytes(node) - (existing ? nodeBytes(existing) : 0);
  // ENOSPC: the write is refused whole (AIX would write what fits, then fail).
  if ((delta > 0 && !hasRoom(world, loc, loc.fs, delta)) || (!existing && !hasEntryRoom(loc.fs))) return err('no-space');
  account(loc.fs, delta / 1024, existing ? 0 : 1);
  putEntry(loc.fs.files, loc.rel, node);
  return OK;
}

export function readFile(world: World, host: Host, absPath: string): Result<string, ReadFailure> {
  if (absPath === '/dev/null') return ok('');
  const st = stat(world, host, absPath);
  if (!st) return err('missing');
  if (st.kind === 'dir') return err('is-dir');
  const node = st.node;
  if (node.kind === 'file') return ok(node.text ?? binaryPlaceholder(node.sizeKB ?? 0));
  if (node.kind === 'lppsource') return ok('');
  return ok('');
}

/** Big files are kept as a size only; reading one shows that instead of inventing bytes. */
function binaryPlaceholder(sizeKB: number): string {
  return `[${sizeKB} KB of data not kept by the simulator]\n`;
}

/** The placeholders in a text (a size-only file copied through cat or a pipe): each stands for its size. */
const PLACEHOLDER = /\[(\d{1,12}) KB of data not kept by the simulator\]\n/g;

/** Bytes a written text stands for: its own bytes, with each placeholder counted as the data it names. */
export function writtenBytes(text: string): number {
  let bytes = utf8Length(text);
  for (const m of text.matchAll(PLACEHOLDER)) bytes += Number(m[1]) * 1024 - m[0].length;
  return bytes;
}

/** A file node for written text: the text itself, or its size only when it is long or holds placeholders. */
function textNode(text: string): FileNode {
  const bytes = writtenBytes(text);
  if (bytes <= MAX_TEXT_BYTES && bytes === utf8Length(text)) return { kind: 'file', text };
  return { kind: 'file', sizeKB: Math.ceil(bytes / 1024) };
}

/** A file with text appended (>>): a size-only file only grows in size. */
function appendedNode(before: FileNode & { kind: 'file' }, text: string): FileNode {
  if (before.text !== undefined) return textNode(before.text + text);
  return { kind: 'file', sizeKB: (before.sizeKB ?? 0) + Math.ceil(writtenBytes(text) / 1024) };
}

/** Is there room for `deltaBytes` more in the file system? (One without an LV, such as /proc, has no size.) */
function hasRoom(world: World, loc: Located, fs: FsImage, deltaBytes: number): boolean {
  const size = fsSizeMB(world, loc);
  return size <= 0 || fs.usedMB + deltaBytes / (1024 * 1024) <= size;
}

/** Special files under /dev the simulator shows: null and the configured disks (block and raw). */
export function devices(world: World, host: Host): string[] {
  const odm = host.run ? world.vgs[host.run.rootVgid]?.os?.odm : undefined;
  const disks = (odm?.disks ?? []).filter((d) => d.state === 'Available').map((d) => d.name);
  return ['null', ...disks, ...disks.map((d) => 'r' + d)];
}

// ---- Sizes, owners and times for ls -l ----------------------------------------------------------

export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Size in bytes of a stored node (a directory counts as one 256-byte JFS2 directory block). */
export function nodeBytes(node: FileNode): number {
  if (node.kind === 'dir' || node.kind === 'lppsource') return 256;
  if (node.kind === 'file') return node.text !== undefined ? utf8Length(node.text) : (node.sizeKB ?? 0) * 1024;
  return Math.round(node.image.lvs.reduce((n, l) => n + (l.fs?.usedMB ?? 0), 0) * 1024 * 1024);
}

/** Modification time shown by ls: when the file system holding the path was mounted (files keep no times). */
export function mtimeOf(world: World, host: Host, absPath: string): number {
  const loc = locate(world, host, absPath);
  return loc?.mount.atMs ?? host.run?.bootedAtMs ?? world.clock.nowMs;
}

// ---- Changes -------------------------------------------------------------------------------------

export type FsResult = Result<void, Errno>;
const fail = (errno: Errno): FsResult => err(errno);

export function parentOf(absPath: string): string {
  return absPath.slice(0, absPath.lastIndexOf('/')) || '/';
}

export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || '/';
}

/** The LV behind a located file system (for its size). */
function lvOf(world: World, loc: Located): LvImage | null {
  const ref = loc.mount.lv;
  return ref ? (world.vgs[ref.vgid]?.lvs.find((l) => l.minor === ref.minor) ?? null) : null;
}

/** Size of a file system in MB: its LV's partitions. */
export function fsSizeMB(world: World, loc: Located): number {
  const lv = lvOf(world, loc);
  const vg = loc.mount.lv ? world.vgs[loc.mount.lv.vgid] : undefined;
  return lv && vg ? lv.lps * vg.ppSizeMB : 0;
}

function account(fs: FsImage, deltaKB: number, deltaInodes: number): void {
  fs.usedMB = Math.max(0, Math.round((fs.usedMB + deltaKB / 1024) * 1024) / 1024);
  fs.inodesUsed = Math.max(0, fs.inodesUsed + deltaInodes);
}

function writableDirLoc(world: World, host: Host, absPath: string): Result<Located & { fs: FsImage }, Errno> {
  if (absPath.startsWith('/dev/')) return err('EACCES');
  if (nameTooLong(absPath)) return err('ENAMETOOLONG');
  const parent = parentOf(absPath);
  const pst = stat(world, host, parent);
  if (!pst) return err('ENOENT');
  if (pst.kind !== 'dir') return err('ENOTDIR');
  const loc = locate(world, host, absPath);
  if (!loc) return err('ENOENT');
  if (!loc.fs) return err('EACCES');
  return ok(loc as Located & { fs: FsImage });
}

/** mkdir(2). */
export function makeDir(world: World, host: Host, absPath: string): FsResult {
  if (stat(world, host, absPath)) return fail('EEXIST');
  const w = writableDirLoc(world, host, absPath);
  if (!w.ok) return fail(w.error);
  if (!hasEntryRoom(w.value.fs)) return fail('ENOSPC');
  putEntry(w.value.fs.files, w.value.rel, { kind: 'dir' });
  account(w.value.fs, 0, 1);
  return OK;
}

/** Keeps a directory that only existed through its children after its last child goes. */
function keepParent(fs: FsImage, rel: string): void {
  const slash = rel.lastIndexOf('/');
  if (slash < 0) return;
  const parent = rel.slice(0, slash);
  if (!nodeAt(fs.files, parent)) putEntry(fs.files, parent, { kind: 'dir' });
}

/** unlink(2) of a file. */
export function unlinkFile(world: World, host: Host, absPath: string): FsResult {
  const st = stat(world, host, absPath);
  if (!st) return fail('ENOENT');
  if (st.kind === 'dir') return fail('EISDIR');
  if (absPath.startsWith('/dev/')) return fail('EBUSY');
  const loc = locate(world, host, absPath);
  if (!loc?.fs) return fail('EACCES');
  if (virtualFile(world, loc) !== null) return fail('EBUSY');
  const node = nodeAt(loc.fs.files, loc.rel);
  if (!node) return fail('ENOENT');
  dropEntry(loc.fs.files, loc.rel);
  keepParent(loc.fs, loc.rel);
  account(loc.fs, -nodeBytes(node) / 1024, -1);
  return OK;
}

/** rmdir(2): the directory must be empty and must not be a mount point. */
export function removeDir(world: World, host: Host, absPath: string): FsResult {
  const st = stat(world, host, absPath);
  if (!st) return fail('ENOENT');
  if (st.kind !== 'dir') return fail('ENOTDIR');
  if (isMountPoint(host, absPath)) return fail('EBUSY');
  if (listDir(world, host, absPath).length > 0) return fail('ENOTEMPTY');
  const loc = locate(world, host, absPath);
  if (!loc?.fs) return fail('EACCES');
  if (nodeAt(loc.fs.files, loc.rel)) {
    dropEntry(loc.fs.files, loc.rel);
    account(loc.fs, 0, -1);
  }
  keepParent(loc.fs, loc.rel);
  return OK;
}

/** Stores a copy of `node` at `absPath` (a new file or an overwrite), checking the space left. */
export function putFile(world: World, host: Host, absPath: string, node: FileNode): FsResult {
  if (absPath === '/dev/null') return OK;
  const st = stat(world, host, absPath);
  if (st?.kind === 'dir') return fail('EISDIR');
  const w = writableDirLoc(world, host, absPath);
  if (!w.ok) return fail(w.error);
  const loc = w.value;
  const copy = structuredClone(node);
  if (virtualFile(world, loc) !== null) {
    writeVirtual(world, loc, copy.kind === 'file' ? (copy.text ?? '') : '');
    return OK;
  }
  const old = nodeAt(loc.fs.files, loc.rel);
  const delta = nodeBytes(copy) - (old ? nodeBytes(old) : 0);
  if ((delta > 0 && !hasRoom(world, loc, loc.fs, delta)) || (!old && !hasEntryRoom(loc.fs))) return fail('ENOSPC');
  putEntry(loc.fs.files, loc.rel, copy);
  account(loc.fs, delta / 1024, old ? 0 : 1);
  return OK;
}

/** Renames within one file system (a file or a whole directory tree). Mount points cannot move. */
export function renameWithin(world: World, host: Host, fromAbs: string, toAbs: string): FsResult {
  const from = locate(world, host, fromAbs);
  const to = locate(world, host, toAbs);
  if (!from?.fs || !to?.fs || from.fs !== to.fs) return fail('EXDEV');
  if (nameTooLong(toAbs)) return fail('ENAMETOOLONG');
  if (isMountPoint(host, fromAbs) || from.rel === '') return fail('EBUSY');
  if (virtualFile(world, from) !== null || virtualFile(world, to) !== null) return fail('EBUSY');
  const fs = from.fs;
  const prefix = from.rel + '/';
  const moved: [string, FileNode][] = [];
  for (const [k, node] of Object.entries(fs.files)) {
    if (k === from.rel || k.startsWith(prefix)) moved.push([k, node]);
  }
  const old = nodeAt(fs.files, to.rel);
  if (old && old.kind !== 'dir') account(fs, -nodeBytes(old) / 1024, -1);
  for (const [k] of moved) dropEntry(fs.files, k);
  for (const [k, node] of moved) putEntry(fs.files, to.rel + k.slice(from.rel.length), node);
  if (moved.every(([k]) => k !== from.rel)) putEntry(fs.files, to.rel, { kind: 'dir' });
  keepParent(fs, from.rel);
  return OK;
}

// ---- Computed files ------------------------------------------------------------------------------

/** The ODM whose /etc/filesystems a located path shows, when it is etc/filesystems of an AIX root FS. */
function virtualOdm(world: World, loc: Located): Odm | null {
  if (loc.rel !== 'etc/filesystems' || !loc.fs || !loc.mount.lv) return null;
  const vg = world.vgs[loc.mount.lv.vgid];
  const lv = lvOf(world, loc);
  if (!vg?.os || !lv) return null;
  const isRoot = /^(alt_)?hd4$/.test(lv.name) || lv.fs?.superblockMount === '/';
  return isRoot ? vg.os.odm : null;
}

function virtualFile(world: World, loc: Located): string | null {
  const odm = virtualOdm(world, loc);
  return odm ? renderFilesystems(odm.filesystems) : null;
}

function writeVirtual(world: World, loc: Located, text: string): void {
  const odm = virtualOdm(world, loc);
  if (odm) odm.filesystems = parseFilesystems(text);
}

/** A file-system entry by its own key only: a file named "constructor" must not find Object's. */
export function nodeAt(files: Record<string, FileNode>, rel: string): FileNode | undefined {
  return ownValue(files, rel);
}
