// The partition firmware's view of disks: where a virtual SCSI disk sits (location code, Open Firmware
// device path) and whether a boot-list entry can be loaded. Firmware knows nothing of LVM names: it
// follows the disk's boot record to the boot logical volume's partitions and loads the image there.
import { err, ok, type Result } from '../result.ts';
import type { BootDevice, BootImage, Disk, Host, LvImage, VgImage, World } from '../model/types.ts';

/** The LUN part of a virtual SCSI disk's address: slot 0 → 8100000000000000, slot 1 → 8200000000000000. */
export function lunOf(disk: Disk): string {
  const slot = disk.location?.slot ?? 0;
  return `8${(slot + 1).toString(16)}00000000000000`;
}

/** Open Firmware device path of a PowerVM virtual SCSI disk (the banner's "boot device:"). */
export function bootDevicePath(disk: Disk): string {
  return `/vdevice/v-scsi@30000002/disk@${lunOf(disk)}`;
}

/** Physical location code as SMS lists it: U<type>.<model>.<serial>-V<lpar>-C<slot>-T1-L<lun>. */
export function locationCode(host: Host, disk: Disk): string {
  const [type, model] = host.model.replace(/^IBM,/, '').split('-');
  return `U${type}.${model ?? '000'}.${serialOf(host.name)}-V3-C2-T1-L${lunOf(disk)}`;
}

/** A stable 7-character machine serial derived from the host name (no randomness: same lab, same codes). */
export function serialOf(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return ('78' + h.toString(16).toUpperCase()).slice(0, 7).padEnd(7, '0');
}

/** An LV name with any alt_ prefixes removed (the VGDA name an awake alternate carries). */
export function realLvName(name: string): string {
  let n = name;
  while (n.startsWith('alt_')) n = n.slice(4);
  return n;
}

/**
 * The boot logical volume firmware reaches on `disk` for the boot-list attribute blv=`blv`: a boot-type
 * LV with a copy on this disk, whose name is `blv` once any alt_ prefix is ignored (firmware goes by the
 * boot record's pointer, not by the VGDA's name).
 */
export function bootLvOn(vg: VgImage, disk: Disk, blv: string): LvImage | null {
  return (
    vg.lvs.find(
      (l) => l.type === 'boot' && realLvName(l.name) === realLvName(blv) && l.copies.some((c) => c.some((e) => e.pvid === disk.pvid)),
    ) ?? null
  );
}

/** A boot image firmware could load: the disk, its volume group, the boot logical volume and the image. */
export interface LoadedImage {
  disk: Disk;
  vg: VgImage;
  lv: LvImage;
  image: BootImage;
}
/** Why firmware skips a boot-list entry. */
export type FirmwareRefusal = 'missing' | 'failed' | 'no-boot-record' | 'no-boot-image';
export type FirmwareVerdict = Result<LoadedImage, FirmwareRefusal>;

/**
 * Firmware rule for one boot-list entry: the disk must be attached to `hostName`, not failed, carry a
 * boot record, and the named boot logical volume on it must hold a boot image. Anything else is skipped.
 */
export function firmwareCheck(world: World, hostName: string, dev: BootDevice): FirmwareVerdict {
  const disk = world.disks[dev.diskId];
  if (!disk || disk.location?.host !== hostName) return err('missing');
  if (disk.failed) return err('failed');
  if (!disk.bootRecord) return err('no-boot-record');
  const vg = disk.vgid ? world.vgs[disk.vgid] : undefined;
  const lv = vg ? bootLvOn(vg, disk, dev.blv) : null;
  if (!vg || !lv?.bootImage) return err('no-boot-image');
  return ok({ disk, vg, lv, image: lv.bootImage });
}

/** Disks firmware can see on the host (attached, not failed), in slot order. */
export function firmwareDisks(world: World, hostName: string): Disk[] {
  return Object.values(world.disks)
    .filter((d) => d.location?.host === hostName && !d.failed)
    .sort((a, b) => a.location!.slot - b.location!.slot);
}
