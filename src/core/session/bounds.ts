// What keeps a saved lab the size of what exists, however long it runs: the world holds only the VG
// images some disk still carries, and every log is capped the way AIX or ksh caps it.
import type { World } from '../model/types.ts';

/**
 * ksh keeps the last HISTSIZE commands; AIX's ksh sets HISTSIZE to 128 when it is unset. The session
 * keeps as many and counts the lines it let go in `historyBase`, so positions in the history stay
 * absolute (a lesson run remembers where it began).
 */
export const HISTSIZE = 128;

/** Keeps the newest HISTSIZE lines; returns how many were let go. */
export function capHistory(state: { history: string[]; historyBase?: number }): number {
  const over = state.history.length - HISTSIZE;
  if (over <= 0) return 0;
  state.history = state.history.slice(over);
  state.historyBase = (state.historyBase ?? 0) + over;
  return over;
}

/**
 * Drops the VG images no disk carries any more. An image stops being carried in many places (a clone or
 * `mkvg -f` writes a new VGDA over the disk, `reducevg` of the last PV, `lab disk remove`, a mksysb
 * restore), so the session sweeps once after every line instead of each of those places remembering to:
 * the cost is one pass over the disks and VGs. An image a running host still uses (its rootvg, a
 * varied-on VG, a mount) stays until the host lets it go, as the kernel keeps a VGDA it has read.
 * ODM objects naming a dropped VG stay: AIX keeps a stale CuDv/CuAt entry until exportvg.
 * Returns the dropped VGIDs.
 */
export function dropUncarriedVgs(world: World): string[] {
  const used = new Set<string>();
  for (const disk of Object.values(world.disks)) if (disk.vgid) used.add(disk.vgid);
  for (const host of Object.values(world.hosts)) {
    const run = host.run;
    if (!run) continue;
    used.add(run.rootVgid);
    for (const id of run.variedOn) used.add(id);
    for (const m of run.mounts) if (m.lv) used.add(m.lv.vgid);
  }
  const dropped: string[] = [];
  for (const vgid of Object.keys(world.vgs)) {
    if (used.has(vgid)) continue;
    delete world.vgs[vgid];
    dropped.push(vgid);
  }
  return dropped;
}
