// bosboot and savebase on the model: the boot image in the boot logical volume of the running rootvg,
// and the base customized ODM copy inside it (REFERENCE §1.4, §2.19, §2.20). Both work from the
// running system's ODM: they know the boot LV by its ODM name (hd5), never by looking at other disks.
import { runningOdm } from '../model/select.ts';
import type { BaseOdm, BootImage, Host, LvImage, OdmLv, VgImage, World } from '../model/types.ts';

/** Blocks of a freshly built AIX 7.2 boot image (REFERENCE §1.4: the FRBLOG capture). */
export const BOOT_IMAGE_BLOCKS = 53276;

/** The running ODM's definition of a boot LV of the booted rootvg (CuDv/CuAt type=boot). */
export function blvDefinition(world: World, host: Host, blvName = 'hd5'): OdmLv | null {
  const odm = runningOdm(world, host);
  if (!odm || !host.run) return null;
  const rootVgid = host.run.rootVgid;
  return odm.lvs.find((l) => l.name === blvName && l.type === 'boot' && l.lvid.startsWith(rootVgid + '.')) ?? null;
}

/** The VGDA LV behind an ODM LV definition. */
export function lvOfDefinition(world: World, def: OdmLv): { vg: VgImage; lv: LvImage } | null {
  const [vgid, minor] = def.lvid.split('.');
  const vg = world.vgs[vgid];
  const lv = vg?.lvs.find((l) => l.minor === Number(minor));
  return vg && lv ? { vg, lv } : null;
}

/** Disk ids holding a copy of the boot LV (`lslv -l hd5`), in the order of its copies. */
export function blvDiskIds(world: World, host: Host, blvName = 'hd5'): string[] | null {
  const def = blvDefinition(world, host, blvName);
  const found = def ? lvOfDefinition(world, def) : null;
  return found ? diskIdsOf(world, host, found.lv) : null;
}

/**
 * Disk ids holding the running rootvg's LV of that name as its VGDA has it: where its device special
 * file (/dev/hd5) writes, whether or not the ODM still defines it.
 */
export function vgdaBlvDiskIds(world: World, host: Host, blvName = 'hd5'): string[] {
  const lv = host.run ? world.vgs[host.run.rootVgid]?.lvs.find((l) => l.name === blvName && l.type === 'boot') : undefined;
  return lv ? diskIdsOf(world, host, lv) : [];
}

function diskIdsOf(world: World, host: Host, lv: LvImage): string[] {
  const ids: string[] = [];
  for (const copy of lv.copies) {
    for (const e of copy) {
      const disk = Object.values(world.disks).find((d) => d.pvid === e.pvid && d.location?.host === host.name);
      if (disk && !ids.includes(disk.id)) ids.push(disk.id);
    }
  }
  return ids;
}

/** What savebase writes: the running ODM's rootvg LV names and the mounts /etc/filesystems gives them. */
export function runningBaseOdm(world: World, host: Host): BaseOdm | null {
  const odm = runningOdm(world, host);
  if (!odm || !host.run) return null;
  const rootVgid = host.run.rootVgid;
  const rootLvs = odm.lvs.filter((l) => l.lvid.startsWith(rootVgid + '.')).map((l) => l.name);
  const mounts: Record<string, string> = {};
  for (const st of odm.filesystems) {
    const name = st.dev.replace(/^\/dev\//, '');
    if (rootLvs.includes(name)) mounts[st.mount] = name;
  }
  return { rootLvs, mounts };
}

/**
 * bosboot -a: a new boot image with the running level, now, and the running ODM's rootvg names, in
 * the boot LV; the boot record of `diskId` points at it. Returns false when the boot LV is not known.
 */
export function writeBootImage(world: World, host: Host, diskId: string, blvName = 'hd5'): boolean {
  const def = blvDefinition(world, host, blvName);
  const found = def ? lvOfDefinition(world, def) : null;
  const os = host.run ? world.vgs[host.run.rootVgid]?.os : undefined;
  const base = runningBaseOdm(world, host);
  if (!found || !os || !base) return false;
  found.lv.bootImage = { level: os.level, builtAtMs: world.clock.nowMs, blocks: BOOT_IMAGE_BLOCKS, baseOdm: base, madeForHost: host.name };
  world.disks[diskId].bootRecord = { blv: blvName };
  return true;
}

/**
 * savebase: the running ODM's base customized data into the boot image of the boot LV (also run at
 * the end of every boot). 'no-blv' when the ODM no longer defines the boot LV (0514-508/0514-609).
 */
export function saveBase(world: World, host: Host, blvName = 'hd5'): 'ok' | 'no-blv' {
  const def = blvDefinition(world, host, blvName);
  const found = def ? lvOfDefinition(world, def) : null;
  const base = runningBaseOdm(world, host);
  if (!found || !base) return 'no-blv';
  const image = found.lv.bootImage;
  if (image) {
    image.baseOdm = base;
    image.madeForHost = host.name;
    delete image.deviceReset;
  }
  return 'ok';
}

/**
 * rc.boot phase 1 restores the base customized ODM saved in the boot image (restbase) and phase 2
 * copies it to the disk's ODM (REFERENCE §7 steps 4–5): definitions of rootvg and its LVs that the
 * disk's ODM lost since the last savebase (`alt_rootvg_op -X rootvg`, O8) come back with the boot.
 * REFERENCE §6.1 allows a hang instead; nothing after -X rewrites the saved copy (savebase fails with
 * 0514-508 while hd5 is undefined), so the copy still defines rootvg and the boot restores it.
 */
export function restoreBaseDefinitions(vg: VgImage, image: BootImage): void {
  const odm = vg.os?.odm;
  if (!odm) return;
  if (!odm.vgs.some((v) => v.vgid === vg.vgid)) odm.vgs.unshift({ name: 'rootvg', vgid: vg.vgid, pvids: [...vg.pvids], autoOn: true });
  const vgName = odm.vgs.find((v) => v.vgid === vg.vgid)!.name;
  for (const lv of vg.lvs) {
    const lvid = `${vg.vgid}.${lv.minor}`;
    if (!image.baseOdm.rootLvs.includes(lv.name) || odm.lvs.some((l) => l.lvid === lvid)) continue;
    odm.lvs.push({ name: lv.name, vg: vgName, lvid, type: lv.type });
  }
}
