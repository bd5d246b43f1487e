// F4 lists, from the live state the UI holds (the snapshot): never a fixed list of disk names.
import type { SimSnapshot } from '../session/snapshot.ts';
import type { DialogField } from './types.ts';

/** Disks of the console host whose volume group is None (lspv shows None), in lspv order. */
export function freeDisks(snapshot: SimSnapshot): string[] {
  const host = snapshot.hosts.find((h) => h.name === snapshot.console);
  if (!host) return [];
  return host.disks.filter((d) => d.role === 'free' && d.vg === null && d.name !== null && !d.failed).map((d) => d.name!);
}

/** What F4 offers for a field; null when the field has no list (F4 does nothing there). */
export function choicesFor(field: DialogField, snapshot: SimSnapshot): string[] | null {
  const c = field.choices;
  if (!c) return null;
  return c.from === 'free-disks' ? freeDisks(snapshot) : [...c.values];
}

/** The next value of a ring field (Tab forwards, Shift-Tab backwards), wrapping round. */
export function cycleRing(field: DialogField, current: string, step: 1 | -1): string {
  const c = field.choices;
  if (!c || c.from !== 'fixed' || c.values.length === 0) return current;
  const i = c.values.indexOf(current);
  const n = c.values.length;
  return c.values[i < 0 ? 0 : (i + step + n) % n];
}
