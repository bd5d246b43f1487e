// Mounting and unmounting file systems through /etc/filesystems stanzas, and the space figures df
// prints. A stanza's LV is found in the running ODM; it can be mounted only while its VG is varied on.
import { fsMessages as F } from '../messages/lvm.ts';
import type { FsImage, FsStanza, Host, LvImage, Mount, Odm, World } from '../model/types.ts';
import { err, ok, type Result } from '../result.ts';

/** The LV behind /dev/NAME in the running ODM (with its image), or null. */
export function lvOfDev(world: World, odm: Odm, dev: string): { lv: LvImage; vgid: string; name: string } | null {
  const name = dev.replace(/^\/dev\//, '');
  const def = odm.lvs.find((l) => l.name === name);
  if (!def) return null;
  const [vgid, minor] = def.lvid.split('.');
  const lv = world.vgs[vgid]?.lvs.find((l) => l.minor === Number(minor));
  return lv ? { lv, vgid, name } : null;
}

/** /etc/filesystems lookup as mount does it: by stanza name (mount point) first, then by device. */
export function findStanza(odm: Odm, name: string): FsStanza | null {
  return odm.filesystems.find((f) => f.mount === name) ?? odm.filesystems.find((f) => f.dev === name) ?? null;
}

/** The object mount shows for a stanza: ahafs is mounted as /ahafs (REFERENCE §2.15). */
export function mountObject(m: { dev: string; vfs: string }): string {
  return m.vfs === 'ahafs' ? '/ahafs' : m.dev;
}

/** Checks and builds the mount of `dev` over `dir`; the error line is mount's own. */
export function planMount(world: World, host: Host, odm: Odm, dev: string, dir: string, vfs: FsStanza['vfs'] | null, log: string | null): Result<Mount, string> {
  const run = host.run!;
  const atMs = world.clock.nowMs;
  if (vfs === 'procfs' || vfs === 'ahafs') {
    if (run.mounts.some((m) => m.mount === dir && m.vfs === vfs)) return err(F.cannotMount(mountObject({ dev, vfs }), dir, F.errno.EBUSY));
    return ok({ dev, mount: dir, vfs, lv: null, atMs, log: null });
  }
  const found = lvOfDev(world, odm, dev);
  if (!found) return err(F.cannotMount(dev, dir, F.errno.ENOENT));
  if (!run.variedOn.includes(found.vgid)) return err(F.cannotMount(dev, dir, F.errno.ENXIO));
  if (!found.lv.fs) return err(F.cannotMount(dev, dir, 'The media is not formatted or the format is not correct.'));
  if (run.mounts.some((m) => m.lv && m.lv.vgid === found.vgid && m.lv.minor === found.lv.minor)) {
    return err(F.cannotMount(dev, dir, F.errno.EBUSY));
  }
  const fsVfs = found.lv.fs.vfs;
  return ok({ dev, mount: dir, vfs: fsVfs, lv: { vgid: found.vgid, minor: found.lv.minor }, atMs, log });
}

/** Why a mount cannot be unmounted now (EBUSY), or null: /, /usr, /var and /opt of the running system,
 * a file system with another one mounted below it, or the one holding the current directory. */
export function unmountBusy(host: Host, m: Mount): boolean {
  const run = host.run!;
  if (m.mount === '/') return true;
  if (m.lv && m.lv.vgid === run.rootVgid && ['/usr', '/var', '/opt'].includes(m.mount)) return true;
  if (run.mounts.some((o) => o !== m && o.mount.startsWith(m.mount + '/'))) return true;
  if (run.cwd === m.mount || run.cwd.startsWith(m.mount + '/')) return true;
  return false;
}

export interface FsStats {
  sizeMB: number;
  usedMB: number;
  freeMB: number;
  iused: number;
  ifree: number;
}

/** Space of a mounted JFS/JFS2: the LV size, the FsImage's used MB and inodes; JFS2 counts one free
 * inode per free 4 KB block (its inodes are allocated on demand). */
export function fsStats(world: World, m: Mount): FsStats | null {
  if (!m.lv) return null;
  const vg = world.vgs[m.lv.vgid];
  const lv = vg?.lvs.find((l) => l.minor === m.lv!.minor);
  if (!vg || !lv?.fs) return null;
  const fs: FsImage = lv.fs;
  const sizeMB = lv.lps * vg.ppSizeMB;
  const usedMB = Math.min(fs.usedMB, sizeMB);
  const freeMB = sizeMB - usedMB;
  return { sizeMB, usedMB, freeMB, iused: fs.inodesUsed, ifree: freeMB * 256 };
}

/** printf("%.2f", num / den) with C's rounding (ties to even on the exact value). */
export function fixed2(num: number, den: number): string {
  const scaled = num * 100;
  let q = Math.floor(scaled / den);
  const r = scaled - q * den;
  if (r * 2 > den || (r * 2 === den && q % 2 === 1)) q++;
  return `${Math.floor(q / 100)}.${String(q % 100).padStart(2, '0')}`;
}

/** Percent used as df prints it: rounded up, "0%" only when nothing is used. */
export function pctUp(used: number, total: number): number {
  if (total <= 0 || used <= 0) return 0;
  return Math.ceil((used * 100) / total);
}
