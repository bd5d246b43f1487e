// The parts of phase 1 and phase 3 that alt_disk_copy and alt_disk_mksysb share: creating
// altinst_rootvg with its alt_ LVs and /alt_inst file systems, and finishing (rename back, sleep,
// bootlist) — the transcript lines are the same for both (REFERENCE §3.1, §3.6).
import { altMessages } from '../../messages/index.ts';
import { emptyVg } from '../../model/build.ts';
import { odmOf } from '../../model/select.ts';
import type { LvImage, VgImage } from '../../model/types.ts';
import type { CommandContext } from '../context.ts';
import { AltLog, layoutAltLv, sleepSteps } from './common.ts';
import { newPvid, newVgid } from '../../model/rng.ts';
import { altName, createdFsLabel, defineLvsInOdm, fixLvcbs, fsLvsInMountOrder, mountAll, stripVgdaNames, undefineLvsInOdm, unmountVg } from './rename.ts';
import type { Target } from './targets.ts';

const S = 1000;

export interface AltLayout {
  targets: Target[];
  /** COPIES from -i image.data, or null for the source's own. */
  copies: number | null;
  convertJfs: boolean;
}

/**
 * "Creating cloned rootvg volume group…": a new VG varied on as altinst_rootvg, the source's LVs as
 * alt_<name>, the file systems created and mounted under /alt_inst. Null when stopped (the half-made VG
 * stays, as an interrupted AIX leaves it) or when an LV cannot be placed: then mklv's allocp failure is
 * printed and the partial altinst_rootvg is removed (REFERENCE §12: a mirrored rootvg on one disk without
 * -i fails at alt_hd5, rc 1).
 */
export function createAltinstRootvg(ctx: CommandContext, source: { lvs: LvImage[]; ppSizeMB: number }, layout: AltLayout, log: AltLog): VgImage | null {
  const { world, host } = ctx;
  const odm = odmOf(world, host);
  log.say(ctx, altMessages.creatingVg, 5 * S);
  for (const t of layout.targets) {
    if (t.disk.pvid) continue;
    t.disk.pvid = newPvid(world);
    const entry = odm.disks.find((d) => d.diskId === t.disk.id);
    if (entry) entry.pvid = t.disk.pvid;
  }
  const vg = emptyVg(newVgid(world), source.ppSizeMB, layout.targets.map((t) => t.disk.pvid!));
  vg.altPhase = 0;
  world.vgs[vg.vgid] = vg;
  for (const t of layout.targets) {
    t.disk.vgid = vg.vgid;
    t.disk.bootRecord = null;
  }
  odm.vgs.push({ name: 'altinst_rootvg', vgid: vg.vgid, pvids: [...vg.pvids], autoOn: false });
  host.run!.variedOn.unshift(vg.vgid);
  for (const src of source.lvs) {
    if (ctx.stopRequested()) return null;
    log.say(ctx, altMessages.creatingLv(altName(src.name)), 2 * S);
    if (!layoutAltLv(vg, src, layout.targets, layout.copies ?? src.copies.length, layout.convertJfs)) {
      // alt_disk_copy sends mklv's output to stdout (the issue 278 run had an empty stderr).
      log.say(ctx, altMessages.allocpFailed, 1 * S);
      log.say(ctx, altMessages.mklvFailed, 1 * S);
      removePartialAlternate(ctx, vg);
      return null;
    }
  }
  defineLvsInOdm(odm, vg, 'altinst_rootvg');
  for (const lv of fsLvsInMountOrder(vg)) {
    if (ctx.stopRequested()) return null;
    log.say(ctx, altMessages.creatingFs(createdFsLabel(lv.fs!.superblockMount)), 3 * S);
    mountAll(host, vg, world.clock.nowMs, lv);
  }
  return ctx.stopRequested() ? null : vg;
}

/** The cleanup after a failed phase 1: the partial altinst_rootvg leaves the ODM and the disks; PVIDs stay. */
function removePartialAlternate(ctx: CommandContext, vg: VgImage): void {
  const { world, host } = ctx;
  const odm = odmOf(world, host);
  unmountVg(host, vg);
  undefineLvsInOdm(odm, vg);
  odm.vgs = odm.vgs.filter((v) => v.vgid !== vg.vgid);
  host.run!.variedOn = host.run!.variedOn.filter((id) => id !== vg.vgid);
  for (const d of Object.values(world.disks)) if (d.vgid === vg.vgid) d.vgid = null;
  delete world.vgs[vg.vgid];
}

/**
 * Phase 3, for alt_disk_copy and alt_disk_mksysb alike. Where the forced unmounts fall: we follow the one
 * verified capture of this phase, IBM Cloud's alt_disk_mksysb run on AIX 7.2 (REFERENCE §3.6, "CLOUD"):
 * "Changing logical volume names…" and "Fixing LV control blocks..." come BEFORE the forced unmounts,
 * "Fixing file system superblocks..." after them. REFERENCE §3.1 prints a clone transcript from memory
 * with both lines after the unmounts, and its own note names the verified order the default for 7.2+;
 * the two commands share this code on AIX, so the clone uses the verified order too. A cut between the
 * rename and the superblocks leaves a disk that fails at LED 517 (O2).
 */
export function finishAlternate(ctx: CommandContext, vg: VgImage, targets: Target[], setBootlist: boolean, log: AltLog): number {
  log.say(ctx, altMessages.changingNames, 5 * S);
  stripVgdaNames(vg);
  if (ctx.stopRequested()) return 1;
  log.say(ctx, altMessages.fixingLvcb, 5 * S);
  fixLvcbs(vg);
  if (ctx.stopRequested()) return 1;
  const code = sleepSteps(ctx, vg, log, { withSuperblocks: true });
  if (code !== 0) return code;
  delete vg.altPhase;
  if (setBootlist) {
    const holder = bootDiskOf(vg, targets);
    ctx.host.nvram.normal = [{ diskId: holder.disk.id, blv: 'hd5' }];
    log.say(ctx, altMessages.bootlistSet(holder.name), 2 * S);
  }
  return 0;
}

/** The target disk holding the boot LV (the first copy of hd5). */
export function bootDiskOf(vg: VgImage, targets: Target[]): Target {
  const hd5 = vg.lvs.find((l) => l.type === 'boot');
  return targets.find((t) => hd5?.copies[0]?.[0]?.pvid === t.disk.pvid) ?? targets[0];
}
