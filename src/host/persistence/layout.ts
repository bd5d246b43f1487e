// How one lab's session is laid out in IndexedDB: not one record for the whole SessionState, but a
// record per part — the head (scenario, history, question, lifecycle and the world's small fields), the
// start world (written once), and one record per host, disk and volume group. A command rewrites only
// the parts it changed, so its cost does not grow with what the lab has accumulated (issue: flat cost).
import type { IDBPDatabase, DBSchema, StoreNames } from 'idb';
import type { LabSummary, TerminalLine } from '../../protocol/index.ts';
import type { AsideRecord, InflightRecord, LogEntry, MetaRecord } from './records.ts';

/** Lab records are keyed [labId, part], [labId, seq] or [labId, n]; a lab's range is [id] … [id, []]. */
export type LabKey = [string, string | number];

export interface TrainerDB extends DBSchema {
  meta: { key: string; value: MetaRecord };
  labs: { key: string; value: LabSummary };
  labParts: { key: LabKey; value: unknown };
  labLog: { key: LabKey; value: LogEntry };
  labLines: { key: LabKey; value: TerminalLine };
  labInflight: { key: string; value: InflightRecord };
  aside: { key: number; value: AsideRecord };
}
export type TrainerDatabase = IDBPDatabase<TrainerDB>;

/** Every store of the current schema, with how it is keyed (a missing one is recreated on open). */
export const STORES: readonly { name: StoreNames<TrainerDB>; keyPath?: string; autoIncrement?: boolean }[] = [
  { name: 'meta', keyPath: 'key' },
  { name: 'labs', keyPath: 'id' },
  { name: 'labParts' },
  { name: 'labLog' },
  { name: 'labLines' },
  { name: 'labInflight' },
  { name: 'aside', autoIncrement: true },
];

export const HEAD = 'head';
export const START = 'start';
const MAPS = [
  ['hosts', 'host:'],
  ['disks', 'disk:'],
  ['vgs', 'vg:'],
] as const;

/** Every key of one lab in a store keyed [labId, …]. */
export function labRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id], [id, []]);
}

const isPlain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * A state as its part records (key → value), start world excluded. Works on anything (a legacy record
 * being migrated may be garbage): what is not shaped like a world stays in the head for the gate to refuse.
 */
export function splitState(state: unknown): Map<string, unknown> {
  const parts = new Map<string, unknown>();
  if (!isPlain(state)) {
    parts.set(HEAD, state);
    return parts;
  }
  const { start: _start, world, ...head } = state;
  void _start;
  if (!isPlain(world)) {
    parts.set(HEAD, { ...head, world });
    return parts;
  }
  const core: Record<string, unknown> = { ...world };
  for (const [field, prefix] of MAPS) {
    const map = world[field];
    if (!isPlain(map)) continue;
    delete core[field];
    for (const name of Object.keys(map)) parts.set(prefix + name, map[name]);
  }
  parts.set(HEAD, { ...head, world: core });
  return parts;
}

/** The stored parts back as one (unchecked) session value for the gate; null when there is no head. */
export function joinState(parts: ReadonlyMap<string, unknown>): unknown {
  if (!parts.has(HEAD)) return null;
  const head = parts.get(HEAD);
  if (!isPlain(head) || !isPlain(head.world)) return head;
  const world: Record<string, unknown> = { ...head.world };
  for (const [field, prefix] of MAPS) {
    if (field in world) continue; // a legacy head that kept its maps
    // Object.fromEntries defines own properties, so a part named "__proto__" stays an ordinary key.
    world[field] = Object.fromEntries([...parts].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
  }
  return { ...head, world, start: parts.get(START) };
}

/** The JSON of each part, to tell which ones a command changed (a state from the core is a fresh copy). */
export function fingerprints(parts: ReadonlyMap<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of parts) out.set(k, JSON.stringify(v) ?? 'undefined');
  return out;
}

