// An index of each file system's entries (FsImage.files, keyed by path: "etc/hosts"), so that listing a
// directory, stat of a missing path and counting entries cost what the answer holds, not a scan of every
// file. (A line walking /tmp with 2,000 directories and 10,000 files took over a minute by scanning.)
//
// The index is kept per files object in a WeakMap, built on first use from the keys, then kept in step
// by putEntry and dropEntry, which every change in engine/fs.ts goes through. The session copies the
// world for each line, so an index lives for one line at most; code that writes a files object directly
// (building a scenario, cloning a VG) does so on objects no index has seen yet.
import type { FileNode } from '../model/types.ts';
import { own } from '../model/own.ts';

export type Files = Record<string, FileNode>;

interface Index {
  /** directory ('' for the root) → name of a child → how many keys lie at or under dir/name */
  children: Map<string, Map<string, number>>;
  entries: number;
}

const indexes = new WeakMap<Files, Index>();

/** Calls `visit(dir, name)` for each level of a key: "a/b/c" gives ('', a), (a, b), (a/b, c). */
function levels(key: string, visit: (dir: string, name: string) => void): void {
  let start = 0;
  for (;;) {
    const slash = key.indexOf('/', start);
    const dir = start === 0 ? '' : key.slice(0, start - 1);
    visit(dir, slash < 0 ? key.slice(start) : key.slice(start, slash));
    if (slash < 0) return;
    start = slash + 1;
  }
}

function change(index: Index, key: string, by: 1 | -1): void {
  levels(key, (dir, name) => {
    let kids = index.children.get(dir);
    if (!kids) index.children.set(dir, (kids = new Map()));
    const n = (kids.get(name) ?? 0) + by;
    if (n > 0) kids.set(name, n);
    else kids.delete(name);
  });
  index.entries += by;
}

function indexOf(files: Files): Index {
  let index = indexes.get(files);
  if (!index) {
    index = { children: new Map(), entries: 0 };
    for (const k of Object.keys(files)) change(index, k, 1);
    indexes.set(files, index);
  }
  return index;
}

/** Stores an entry (new or replacing one). */
export function putEntry(files: Files, key: string, node: FileNode): void {
  const index = indexes.get(files);
  if (index && !own(files, key)) change(index, key, 1);
  files[key] = node;
}

/** Removes an entry. */
export function dropEntry(files: Files, key: string): void {
  const index = indexes.get(files);
  if (index && own(files, key)) change(index, key, -1);
  delete files[key];
}

/** Names directly inside `dir` ('' for the root of the file system) that some key starts with. */
export function childNames(files: Files, dir: string): string[] {
  return [...(indexOf(files).children.get(dir)?.keys() ?? [])];
}

/** Does any key lie under `dir/`? (A directory that exists only through its children.) */
export function hasChildren(files: Files, dir: string): boolean {
  return (indexOf(files).children.get(dir)?.size ?? 0) > 0;
}

export function entryCount(files: Files): number {
  return indexOf(files).entries;
}
