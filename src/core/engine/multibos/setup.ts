// multibos -s: the standby BOS setup operation (IBM, "Standby BOS setup operation",
// https://www.ibm.com/docs/en/aix/7.3.0?topic=utility-standby-bos-setup-operation): standby LVs created
// as copies of the BOS LVs (bos_ names), standby file systems /bos_inst…, mounted, the files copied, the
// standby boot image built on its BLV, the file systems unmounted and the bootlist set to the standby BLV.
// Out of free PPs, mklv fails for the first LV that does not fit: allocp's 0516-404, mklv's 0516-822,
// then multibos's 0565-003 and 0565-035, and the LVs made so far are removed again (a real capture).
import { altMessages } from '../../messages/index.ts';
import { multibosMessages as M } from '../../messages/multibos.ts';
import { odmOf } from '../../model/select.ts';
import type { Disk, LvImage, OsImage, VgImage } from '../../model/types.ts';
import type { CommandContext } from '../context.ts';
import { createLv, vgTotals } from '../lvm.ts';
import { buildStandbyBoot, mountStandby, MbLog, rootvgOf, setBootlist, unmountStandby } from './common.ts';
import { applyImages } from './customise.ts';
import { bosPairs, hasStandby, otherName, standbyMount } from './instances.ts';

export interface SetupRequest {
  preview: boolean;
  setBootlist: boolean;
  buildBoot: boolean;
  /** -l device -a: update_all into the standby during the setup. */
  updateFrom: string | null;
}

const S = 1000;

/** Member disks of the VG attached here and working, in PVID order of the VG. */
export function memberDisks(ctx: CommandContext, vg: VgImage): Disk[] {
  const all = Object.values(ctx.world.disks).filter((d) => d.location?.host === ctx.host.name && !d.failed && d.pvid);
  return vg.pvids.map((p) => all.find((d) => d.pvid === p)).filter((d): d is Disk => !!d);
}

/** Free PPs of the VG and the PPs the standby needs (one copy of each BOS LV). */
export function space(ctx: CommandContext, vg: VgImage): { need: number; free: number } {
  const t = vgTotals(vg, memberDisks(ctx, vg));
  const need = bosPairs(vg).reduce((n, p) => n + (vg.lvs.find((l) => l.name === p.active)?.lps ?? 0), 0);
  return { need, free: t.total - t.used };
}

export function runSetup(ctx: CommandContext, req: SetupRequest): number {
  const vg = rootvgOf(ctx);
  const log = new MbLog(ctx);
  log.open('Setup Operation');
  if (vg.lvs.some((l) => l.copies.length > 1)) return log.refuse(M.mirrored);
  if (hasStandby(vg)) return log.refuse(M.standbyExists);
  const pairs = bosPairs(vg);
  const blv = pairs.find((p) => p.classic === 'hd5')!.standby;
  if (req.preview) return preview(ctx, vg, req, log);

  log.say(M.creatingImageData, 3 * S);
  log.section('Logical Volumes');
  const created: LvImage[] = [];
  for (const p of pairs) {
    const src = vg.lvs.find((l) => l.name === p.active)!;
    log.say(M.creatingLv(p.standby), 2 * S);
    const lv = createOnAny(ctx, vg, src, p.standby, p.mount ? standbyMount(p.mount) : src.label);
    if (!lv) return failedSetup(ctx, vg, created, log);
    created.push(lv);
  }
  const odm = odmOf(ctx.world, ctx.host);
  for (const lv of created) odm.lvs.push({ name: lv.name, vg: 'rootvg', lvid: `${vg.vgid}.${lv.minor}`, type: lv.type });

  log.section('File Systems');
  log.say(M.creatingAllFs);
  for (const p of pairs) {
    if (!p.mount) continue;
    const source = odm.filesystems.find((f) => f.mount === p.mount);
    log.say(M.creatingFs(standbyMount(p.mount), p.standby), 2 * S);
    // the new file system; its content arrives with the copy below (the model copies it whole)
    const src = vg.lvs.find((l) => l.name === p.active)!;
    const dst = vg.lvs.find((l) => l.name === p.standby)!;
    if (src.fs) dst.fs = { ...structuredClone(src.fs), superblockMount: standbyMount(p.mount) };
    odm.filesystems.push({ mount: standbyMount(p.mount), dev: `/dev/${p.standby}`, vfs: source?.vfs ?? 'jfs2', log: source?.log ?? null, auto: false, account: false });
  }
  mountStandby(ctx, vg, log);

  log.section('Copy Files');
  log.say(M.copying, 60 * S);
  log.say(M.copied, S);
  const standby = standbyImage(vg.os!);
  vg.standbyBos = standby;

  if (req.updateFrom && applyImages(ctx, vg, req.updateFrom, log) !== 0) return log.close(false);
  buildStandbyBoot(ctx, vg, standby, log, req.buildBoot);
  unmountStandby(ctx, vg, log);
  if (req.setBootlist) setBootlist(ctx, vg, blv, log);
  return log.close(true);
}

/** The standby's own AIX: a copy of the active one whose /etc/filesystems mounts its own LVs at /, /usr… */
export function standbyImage(active: OsImage): OsImage {
  const copy = structuredClone(active);
  copy.pendingFirstBoot = null;
  copy.firstBootScript = null;
  const copied = new Set(copy.odm.filesystems.filter((f) => f.mount === '/bos_inst' || f.mount.startsWith('/bos_inst/')).map((f) => f.dev));
  for (const f of copy.odm.filesystems) {
    const name = f.dev.replace(/^\/dev\//, '');
    if (copied.has(f.dev) || copied.has(`/dev/${otherName(name)}`)) f.dev = `/dev/${otherName(name)}`;
  }
  return copy;
}

/** mklv on the first member disk with room (the standby is never mirrored). */
function createOnAny(ctx: CommandContext, vg: VgImage, src: LvImage, name: string, label: string | null): LvImage | null {
  for (const disk of memberDisks(ctx, vg)) {
    const lv = createLv(vg, disk, { name, type: src.type, lps: src.lps, label, intraPolicy: src.intraPolicy });
    if (lv) return lv;
  }
  return null;
}

/** The capture's failure path: mklv's errors, multibos's, the LVs made so far removed, bootlist to the active BLV. */
function failedSetup(ctx: CommandContext, vg: VgImage, created: LvImage[], log: MbLog): number {
  log.say([altMessages.allocpFailed, altMessages.mklvFailed]);
  ctx.err(`${M.errCreatingLvs}\n${M.errSetup}\n`);
  const active = bosPairs(vg).find((p) => p.classic === 'hd5')!;
  log.section('Boot Partition Processing');
  log.say([M.activeBlv(active.active), M.standbyBlv(active.standby)]);
  log.section('Logical Volumes');
  log.say(M.removingAllLvs);
  for (const lv of created) {
    vg.lvs = vg.lvs.filter((l) => l !== lv);
    log.say(M.removingLv(lv.name), S);
  }
  setBootlist(ctx, vg, active.active, log);
  return log.close(false);
}

/** -p: the checks and what the setup would do, nothing changed (the listing is the trainer's). */
function preview(ctx: CommandContext, vg: VgImage, req: SetupRequest, log: MbLog): number {
  const { need, free } = space(ctx, vg);
  log.say(M.previewNote);
  let left = free;
  let failsAt: string | null = null;
  for (const p of bosPairs(vg)) {
    const src = vg.lvs.find((l) => l.name === p.active)!;
    log.say(M.previewLv(p.standby, src.lps, p.active));
    if (p.mount) log.say(M.previewMount(standbyMount(p.mount), p.standby));
    left -= src.lps;
    if (left < 0 && !failsAt) failsAt = p.standby;
  }
  log.say(M.previewSpace(need, free));
  if (failsAt) {
    log.say(M.previewNoRoom(failsAt));
    return log.close(false);
  }
  if (req.updateFrom) log.say(`  would apply the updates in ${req.updateFrom} to the standby BOS`);
  const blv = bosPairs(vg).find((p) => p.classic === 'hd5')!.standby;
  const disk = memberDisks(ctx, vg)[0];
  const name = ctx.host.run && disk ? (odmOf(ctx.world, ctx.host).disks.find((d) => d.diskId === disk.id)?.name ?? disk.id) : '?';
  log.say(req.setBootlist ? M.previewBootlist(blv, name) : M.previewKeepBootlist);
  return log.close(true);
}
