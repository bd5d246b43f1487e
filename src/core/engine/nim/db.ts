// The NIM database of a master. AIX keeps it in ODM classes (nim_object, nim_attr) under /etc/objrepos;
// the trainer keeps the same objects as a stanza text file there, so it lives on the master's disk,
// travels with the world and survives a reboot. The parser is bounded and ignores what it cannot read.
import type { Host, World } from '../../model/types.ts';
import { readFile, writeFile } from '../fs.ts';

export const NIM_DB = '/etc/objrepos/nim_object';

export type NimClass = 'machines' | 'networks' | 'resources';

export interface NimObject {
  name: string;
  class: NimClass;
  type: string;
  /** Attributes in lsnim -l order (class and type come first and are not repeated here). */
  attrs: [string, string][];
}

const MAX_OBJECTS = 512;
const MAX_ATTRS = 64;
const NAME = /^[A-Za-z0-9_.-]{1,39}$/;
const HEADER = '# trainer: the NIM database (ODM nim_object/nim_attr), one stanza per object\n';

export function parseNimDb(text: string): NimObject[] {
  const out: NimObject[] = [];
  let cur: NimObject | null = null;
  for (const raw of text.split('\n')) {
    const head = /^([A-Za-z0-9_.-]{1,39}):\s*$/.exec(raw);
    if (head) {
      if (out.length >= MAX_OBJECTS) break;
      cur = { name: head[1], class: 'resources', type: '', attrs: [] };
      out.push(cur);
      continue;
    }
    const attr = /^\s+([A-Za-z0-9_]{1,39})\s*=\s*(.*)$/.exec(raw);
    if (!attr || !cur || cur.attrs.length >= MAX_ATTRS) continue;
    const [, key, value] = attr;
    if (key === 'class') cur.class = value === 'machines' || value === 'networks' ? value : 'resources';
    else if (key === 'type') cur.type = value.trim();
    else cur.attrs.push([key, value.trim()]);
  }
  return out.filter((o) => o.type !== '');
}

export function formatNimDb(objects: NimObject[]): string {
  return HEADER + objects.map((o) => [`${o.name}:`, `   class = ${o.class}`, `   type = ${o.type}`, ...o.attrs.map(([k, v]) => `   ${k} = ${v}`)].join('\n')).join('\n') + '\n';
}

/** The master's database, or null when this host is no NIM master (no database file). */
export function readNimDb(world: World, host: Host): NimObject[] | null {
  const r = readFile(world, host, NIM_DB);
  return r.ok ? parseNimDb(r.value) : null;
}

export function writeNimDb(world: World, host: Host, objects: NimObject[]): boolean {
  return writeFile(world, host, NIM_DB, formatNimDb(objects), false).ok;
}

export const validNimName = (name: string): boolean => NAME.test(name);

export function attr(o: NimObject, key: string): string | null {
  return o.attrs.find(([k]) => k === key)?.[1] ?? null;
}

export function setAttr(o: NimObject, key: string, value: string | null): void {
  const i = o.attrs.findIndex(([k]) => k === key);
  if (value === null) {
    if (i >= 0) o.attrs.splice(i, 1);
  } else if (i >= 0) o.attrs[i] = [key, value];
  else o.attrs.push([key, value]);
}

export function findObject(db: NimObject[], name: string): NimObject | null {
  return db.find((o) => o.name === name) ?? null;
}

/** A standalone client's allocations: its attributes named after a resource type. */
export const ALLOCATABLE = ['lpp_source', 'spot'] as const;

export function allocate(client: NimObject, res: NimObject): void {
  setAttr(client, res.type, res.name);
  setAttr(res, 'alloc_count', String(Number(attr(res, 'alloc_count') ?? '0') + 1));
}

export function deallocate(client: NimObject, res: NimObject): void {
  setAttr(client, res.type, null);
  setAttr(res, 'alloc_count', String(Math.max(0, Number(attr(res, 'alloc_count') ?? '0') - 1)));
}

/** The trainer's record of a part-way nimadm run on a client: the last phase done (0 = none). */
export function migrationPhase(client: NimObject): number {
  const n = Number(attr(client, 'nimadm_phase') ?? '0');
  return Number.isInteger(n) && n >= 0 && n <= 12 ? n : 0;
}
