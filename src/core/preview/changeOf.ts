// What the two parts of a preview's diff share: the two sides compared, the change record, and the
// node of a logical volume in a snapshot.
import type { World } from '../model/types.ts';
import type { SimSnapshot } from '../session/snapshot.ts';
import { lvNode, vgNode } from './nodeIds.ts';
import type { ChangeKind, PreviewChange } from './types.ts';

/** One side of the comparison: the snapshot the diagram draws and the world it was drawn from. */
export interface Side {
  snapshot: SimSnapshot;
  world: World;
}

export function change(kind: ChangeKind, node: string | null, was: string | null, host: string | null, subject: string, from: string | null, to: string | null, text: string): PreviewChange {
  return { kind, node, was, host, subject, from, to, text };
}

/** The node of an LV (by name) in a snapshot, or of its VG when its LVs are not listed; null when absent. */
export function lvNodeIn(s: SimSnapshot, vgid: string, lv: string): string | null {
  for (const h of s.hosts) {
    const vg = h.vgs.find((v) => v.vgid === vgid);
    if (!vg) continue;
    const i = vg.lvs.findIndex((l) => l.name === lv);
    return i >= 0 ? lvNode(h.name, vg.name, i) : vgNode(h.name, vg.name);
  }
  return null;
}
