// The parts of phase 1 and phase 3 that alt_disk_copy and alt_disk_mksysb share: creating
// altinst_rootvg with its alt_ LVs and /alt_inst file systems, and finishing (rename back, sleep,
// bootlist) — the transcript lines are the same for both (REFERENCE §3.1, §3.6).
import { altMessages } from '../../messages/index.ts';
import { emptyVg } from '../../model/build.ts';
import { odmOf } from '../../model/select.ts';
import type { LvImage, VgImage } from '../../model/types.ts';
import type { CommandContext } from '../../commands/types.ts';
import { AltLog, layoutAltLv, sleepSteps } from './common.ts';
import { newPvid, newVgid } from '../../model/rng.ts';
import { altName, createdFsLabel, defineLvsInOdm, fixLvcbs, fsLvsInMountOrder, mountAll, stripVgdaNames } from './rename.ts';
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
 * alt_<name>, the file systems created and mounted under /alt_inst. Null when stopped or out of space
 * (the half-made VG stays, as AIX leaves it).
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
      // -S skipped the size check and the disks ran out: LVM's own messages (SRC41 texts).
      ctx.err(altMessages.allocpFailed + '\n' + altMessages.mklvFailed + '\n');
      return null;
    }
  }
  defineLvsInOdm(odm, vg, 'altinst_rootvg');
  for (const lv of fsLvsInMountOrder(vg)) {
    if (ctx.stopRequested()) return null;
    log.say(ctx, altMessages.creatingFs(createdFsLabel(lv.fs!.superblockMount)), 3 * S);
    mountAll(host, { ...vg, lvs: [lv] }, world.clock.nowMs);
  }
  return ctx.stopRequested() ? null : vg;
}

/**
 * Phase 3. Order of the verified 7.2 transcript (REFERENCE §3.1 note): VGDA names and LVCBs, then the
 * unmounts, then the superblocks. A cut between them leaves a disk that fails at LED 517 (O2).
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
