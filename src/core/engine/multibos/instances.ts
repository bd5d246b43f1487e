// multibos: two bootable BOS instances in one rootvg (IBM, "multibos Command" and "Standby BOS setup
// operation", https://www.ibm.com/docs/en/aix/7.3.0?topic=utility-standby-bos-setup-operation).
//
// By default the boot logical volume and the BOS file systems /, /usr, /var and /opt are copied; every
// other LV (paging, log, /tmp, /home, dump…) is shared by both instances. A classic name (hd4) gets the
// bos_ prefix for the standby copy; an active name that already has it (bos_hd4) loses it. The standby
// file systems are /bos_inst, /bos_inst/usr… in the active instance's /etc/filesystems.
//
// "The set of BOS objects … that are currently booted are considered the active BOS, regardless of
// logical volume names. The previously active BOS becomes the standby BOS" (IBM, "Booting the standby
// BOS", https://www.ibm.com/docs/en/aix/7.3.0?topic=utility-booting-standby-bos). In the model the VG's
// `os` is the instance booted last and `standbyBos` the other; a boot from the other instance's BLV swaps
// them and relabels the copied LVs (a real capture after such a boot: bos_hd4 at /, hd4 at /bos_inst).
import type { LvImage, OsImage, VgImage } from '../../model/types.ts';

/** The BOS objects multibos copies, by classic name, with the mount point each has in its own instance. */
export const BOS_COPIED: readonly { classic: string; mount: string | null }[] = [
  { classic: 'hd5', mount: null },
  { classic: 'hd4', mount: '/' },
  { classic: 'hd2', mount: '/usr' },
  { classic: 'hd9var', mount: '/var' },
  { classic: 'hd10opt', mount: '/opt' },
];

export const BOS_INST = '/bos_inst';
const BOS = 'bos_';

/** /bos_inst for /, /bos_inst/usr for /usr… */
export const standbyMount = (mount: string): string => (mount === '/' ? BOS_INST : BOS_INST + mount);
/** The name the other instance gives an LV: hd4 ↔ bos_hd4. */
export const otherName = (name: string): string => (name.startsWith(BOS) ? name.slice(BOS.length) : BOS + name);
/** The instance an LV name belongs to: 'bos_' or '' (classic). */
export const prefixOfName = (name: string): '' | 'bos_' => (name.startsWith(BOS) ? BOS : '');

/** The instance an AIX image is: the prefix of the LV its /etc/filesystems mounts at /. */
export function instancePrefix(os: OsImage): '' | 'bos_' {
  const root = os.odm.filesystems.find((f) => f.mount === '/');
  return prefixOfName((root?.dev ?? '/dev/hd4').replace(/^\/dev\//, ''));
}

/** The LV name of a copied BOS object in the instance with this prefix. */
export const nameIn = (prefix: '' | 'bos_', classic: string): string => prefix + classic;

/** Active and standby LV names of each copied BOS object present in the VG (active = `vg.os`'s instance). */
export function bosPairs(vg: VgImage): { classic: string; mount: string | null; active: string; standby: string }[] {
  const prefix = vg.os ? instancePrefix(vg.os) : '';
  const other = prefix === '' ? BOS : '';
  return BOS_COPIED.filter((b) => vg.lvs.some((l) => l.name === nameIn(prefix, b.classic))).map((b) => ({
    ...b,
    active: nameIn(prefix, b.classic),
    standby: nameIn(other, b.classic),
  }));
}

/** The standby's LVs present in the VGDA (created, maybe only in part). */
export function standbyLvs(vg: VgImage): LvImage[] {
  const names = bosPairs(vg).map((p) => p.standby);
  return vg.lvs.filter((l) => names.includes(l.name));
}

/** True when booting `blv` would start the other instance than the one `vg.os` describes. */
export function bootsOtherInstance(vg: VgImage, blv: string): boolean {
  return !!vg.os && !!vg.standbyBos && prefixOfName(blv) !== instancePrefix(vg.os);
}

/**
 * The instance of `blv` becomes the active one: the AIX images swap, and the copied LVs take their
 * instance's labels (the booted ones /, /usr…; the others /bos_inst…). Returns whether anything changed.
 */
export function switchInstance(vg: VgImage, blv: string): boolean {
  if (!bootsOtherInstance(vg, blv)) return false;
  const was = vg.os!;
  vg.os = vg.standbyBos!;
  vg.standbyBos = was;
  relabel(vg);
  return true;
}

/** The VG as a boot from `blv` would see it after the switch, without changing `vg` (for diagnoseBoot). */
export function bootView(vg: VgImage, blv: string): VgImage {
  if (!bootsOtherInstance(vg, blv)) return vg;
  const copy: VgImage = { ...vg, lvs: vg.lvs.map((l) => ({ ...l, fs: l.fs ? { ...l.fs } : l.fs })) };
  switchInstance(copy, blv);
  return copy;
}

/** LVCB labels and superblocks of the copied file systems, after `vg.os`'s instance. */
export function relabel(vg: VgImage): void {
  for (const p of bosPairs(vg)) {
    if (!p.mount) continue;
    const active = vg.lvs.find((l) => l.name === p.active);
    const standby = vg.lvs.find((l) => l.name === p.standby);
    setMount(active, p.mount);
    setMount(standby, standbyMount(p.mount));
  }
}

function setMount(lv: LvImage | undefined, mount: string): void {
  if (!lv) return;
  lv.label = mount;
  if (lv.fs) lv.fs.superblockMount = mount;
}

/** The boot LV of the instance `vg.os` describes: hd5, or bos_hd5 once booted from the standby. */
export function activeBlv(vg: VgImage): string {
  return nameIn(vg.os ? instancePrefix(vg.os) : '', 'hd5');
}

/** A standby BOS exists: its AIX image and at least one of its LVs. */
export function hasStandby(vg: VgImage): boolean {
  return !!vg.standbyBos && standbyLvs(vg).length > 0;
}

/**
 * What the lifecycle view adds about multibos (the alternate-disk statechart does not model a standby in
 * the same rootvg): a standby BOS present, and which instance runs. Null without multibos.
 */
export function standbyBosNote(vg: VgImage | undefined): string | null {
  if (!vg?.os) return null;
  const active = activeBlv(vg);
  if (hasStandby(vg)) return `rootvg also holds a standby BOS (multibos, boot LV ${otherName(active)}); the running BOS booted from ${active}.`;
  return active === 'hd5' ? null : `The running BOS is the multibos instance booted from ${active}; no standby BOS is left.`;
}
