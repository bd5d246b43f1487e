// The renaming that wake and sleep (and clone phases 1 and 3) do to an alternate rootvg.
// Mechanics (OUTCOMES.md): wake prefixes WHATEVER it finds, sleep strips one prefix. A disk that was
// never put back to sleep therefore wakes as alt_alt_hd9var at /alt_inst/alt_inst/var.
import type { FsStanza, Host, LvImage, Mount, Odm, VgImage } from '../../model/types.ts';

export const ALT_PREFIX = 'alt_';
export const ALT_ROOT = '/alt_inst';

export const altName = (name: string) => ALT_PREFIX + name;
export const realName = (name: string) => (name.startsWith(ALT_PREFIX) ? name.slice(ALT_PREFIX.length) : name);
export const altMount = (mount: string) => (mount === '/' ? ALT_ROOT : ALT_ROOT + mount);
export const realMount = (mount: string) =>
  mount === ALT_ROOT ? '/' : mount.startsWith(ALT_ROOT + '/') ? mount.slice(ALT_ROOT.length) : mount;

/** How a mount point is printed in "Creating ... file system" lines: /alt_inst/ for the root. */
export const createdFsLabel = (mount: string) => (mount === ALT_ROOT ? ALT_ROOT + '/' : mount);

/** Renames the VGDA names, LVCB labels and superblock tags to their alt_ / /alt_inst form. */
export function prefixLvs(vg: VgImage): void {
  for (const lv of vg.lvs) {
    lv.name = altName(lv.name);
    if (lv.label && lv.label.startsWith('/')) lv.label = altMount(lv.label);
    if (lv.fs) lv.fs.superblockMount = altMount(lv.fs.superblockMount);
  }
}

/** Step 1 of sleep / phase 3: VGDA names lose one alt_ prefix. */
export function stripVgdaNames(vg: VgImage): void {
  for (const lv of vg.lvs) lv.name = realName(lv.name);
}

/** Step 2: LV control blocks lose one /alt_inst. */
export function fixLvcbs(vg: VgImage): void {
  for (const lv of vg.lvs) if (lv.label && lv.label.startsWith('/')) lv.label = realMount(lv.label);
}

/** Step 3: superblocks lose one /alt_inst. */
export function fixSuperblocks(vg: VgImage): void {
  for (const lv of vg.lvs) if (lv.fs) lv.fs.superblockMount = realMount(lv.fs.superblockMount);
}

/** The JFS2 (or JFS) log LV of a VG, by its current VGDA name. */
export function logLvName(vg: VgImage, vfs: 'jfs' | 'jfs2'): string | null {
  const lv = vg.lvs.find((l) => l.type === (vfs === 'jfs2' ? 'jfs2log' : 'jfslog'));
  return lv ? `/dev/${lv.name}` : null;
}

/** Defines the VG's LVs in the running ODM under their current VGDA names, with /etc/filesystems stanzas. */
export function defineLvsInOdm(odm: Odm, vg: VgImage, vgName: string): void {
  for (const lv of vg.lvs) {
    const lvid = `${vg.vgid}.${lv.minor}`;
    odm.lvs = odm.lvs.filter((l) => l.lvid !== lvid);
    odm.lvs.push({ name: lv.name, vg: vgName, lvid, type: lv.type });
    if (lv.fs) {
      const stanza: FsStanza = {
        mount: lv.fs.superblockMount,
        dev: `/dev/${lv.name}`,
        vfs: lv.fs.vfs,
        log: logLvName(vg, lv.fs.vfs),
        auto: false,
        account: false,
      };
      odm.filesystems = odm.filesystems.filter((f) => f.dev !== stanza.dev && f.mount !== stanza.mount);
      odm.filesystems.push(stanza);
    }
  }
}

/** Removes the VG's LV definitions and their stanzas from the running ODM. */
export function undefineLvsInOdm(odm: Odm, vg: VgImage): void {
  const ids = new Set(vg.lvs.map((l) => `${vg.vgid}.${l.minor}`));
  const devs = new Set(odm.lvs.filter((l) => ids.has(l.lvid)).map((l) => `/dev/${l.name}`));
  odm.lvs = odm.lvs.filter((l) => !ids.has(l.lvid));
  odm.filesystems = odm.filesystems.filter((f) => !devs.has(f.dev));
}

/** File-system LVs in mount order (parents before children). */
export function fsLvsInMountOrder(vg: VgImage): LvImage[] {
  return vg.lvs.filter((l) => l.fs).sort((a, b) => (a.fs!.superblockMount < b.fs!.superblockMount ? -1 : a.fs!.superblockMount > b.fs!.superblockMount ? 1 : 0));
}

/** Mounts every file system of the VG (or only `only`) at its superblock mount point, logging to the VG's log LV. */
export function mountAll(host: Host, vg: VgImage, atMs: number, only?: LvImage): Mount[] {
  const added: Mount[] = [];
  for (const lv of only ? [only] : fsLvsInMountOrder(vg)) {
    const mount = lv.fs!.superblockMount;
    if (host.run!.mounts.some((m) => m.mount === mount)) continue;
    const m: Mount = { dev: `/dev/${lv.name}`, mount, vfs: lv.fs!.vfs, lv: { vgid: vg.vgid, minor: lv.minor }, atMs, log: logLvName(vg, lv.fs!.vfs) };
    host.run!.mounts.push(m);
    added.push(m);
  }
  return added;
}

/** Mounts of the VG, deepest first (the order of "forced unmount" lines). */
export function mountsOfVgDeepestFirst(host: Host, vg: VgImage): Mount[] {
  return (host.run?.mounts ?? [])
    .filter((m) => m.lv?.vgid === vg.vgid)
    .sort((a, b) => (a.mount < b.mount ? 1 : a.mount > b.mount ? -1 : 0));
}

export function unmountVg(host: Host, vg: VgImage): void {
  if (host.run) host.run.mounts = host.run.mounts.filter((m) => m.lv?.vgid !== vg.vgid);
}
