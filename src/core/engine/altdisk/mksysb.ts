// alt_disk_mksysb: restore a mksysb image (of this or another server) onto free disks
// (REFERENCE §2.2, §3.6, rules R9–R11). Phase 1 lays out the image's LVs as alt_* under /alt_inst and
// restores its files; the boot image comes prebuilt from bos.alt_disk_install.boot_images (no
// "Building boot image" line); phase 3 is the clone's. The restored AIX keeps the image's own ODM, so
// device names are given afresh at its first boot (identify disks by PVID).
import { altMessages } from '../../messages/index.ts';
import { emptyVg } from '../../model/build.ts';
import { odmOf } from '../../model/select.ts';
import type { MksysbImage, OsImage, VgImage } from '../../model/types.ts';
import type { CommandContext } from '../../commands/types.ts';
import { AltLog, copyIntoAlt, layoutAltLv, newPvid, newVgid, runScript, sleepSteps } from './common.ts';
import { allocationFailed, type CloneRequest } from './clone.ts';
import { ALT_ROOT, altName, createdFsLabel, defineLvsInOdm, fixLvcbs, fsLvsInMountOrder, mountAll, realMount, realName, stripVgdaNames } from './rename.ts';

const S = 1000;

export interface RestoreRequest extends Omit<CloneRequest, 'install' | 'exclude' | 'convertJfs' | 'customImageData'> {
  image: MksysbImage;
  convertJfs: boolean;
  /** -k: keep the image's device configuration (hdisk names) instead of configuring afresh. */
  keepDevices: boolean;
  /** -C: build the boot image from the running system's bosboot.disk.chrp rather than the boot_images fileset. */
  bootImageFromRunning: boolean;
}

export function runRestore(ctx: CommandContext, req: RestoreRequest, log: AltLog): number {
  let vg: VgImage | null;
  if (req.phases.includes(1)) {
    vg = restorePhase1(ctx, req, log);
    if (!vg || ctx.stopRequested()) return 1;
  } else {
    vg = ctx.world.vgs[req.targets[0].disk.vgid!];
  }
  if (req.phases.includes(2)) {
    if (req.resolvConf) copyIntoAlt(ctx, vg, req.resolvConf, 'etc/resolv.conf');
    if (req.script) {
      const code = runScript(ctx, req.script, 'alt_disk_mksysb');
      if (code !== 0) return code;
    }
    vg.altPhase = 2;
  }
  if (req.phases.includes(3)) {
    log.say(ctx, altMessages.changingNames, 5 * S);
    stripVgdaNames(vg);
    if (ctx.stopRequested()) return 1;
    log.say(ctx, altMessages.fixingLvcb, 5 * S);
    fixLvcbs(vg);
    const code = sleepSteps(ctx, vg, log, { withSuperblocks: true });
    if (code !== 0) return code;
    delete vg.altPhase;
    if (req.setBootlist) {
      const hd5 = vg.lvs.find((l) => l.type === 'boot');
      const holder = req.targets.find((t) => hd5?.copies[0]?.[0]?.pvid === t.disk.pvid) ?? req.targets[0];
      ctx.host.nvram.normal = [{ diskId: holder.disk.id, blv: 'hd5' }];
      log.say(ctx, altMessages.bootlistSet(holder.name), 2 * S);
    }
    if (req.reboot) return ctx.shell('shutdown -Fr');
  }
  return 0;
}

function restorePhase1(ctx: CommandContext, req: RestoreRequest, log: AltLog): VgImage | null {
  const { world, host } = ctx;
  const run = host.run!;
  const odm = odmOf(world, host);
  const image = req.image;
  log.say(ctx, altMessages.restoringImageData, 8 * S);
  log.say(ctx, altMessages.checkingSizes, 3 * S);
  log.say(ctx, altMessages.creatingVg, 5 * S);
  for (const t of req.targets) {
    if (!t.disk.pvid) {
      t.disk.pvid = newPvid(world);
      const entry = odm.disks.find((d) => d.diskId === t.disk.id);
      if (entry) entry.pvid = t.disk.pvid;
    }
  }
  const vg = emptyVg(newVgid(world), image.ppSizeMB, req.targets.map((t) => t.disk.pvid!));
  vg.altPhase = 0;
  world.vgs[vg.vgid] = vg;
  for (const t of req.targets) {
    t.disk.vgid = vg.vgid;
    t.disk.bootRecord = null;
  }
  odm.vgs.push({ name: 'altinst_rootvg', vgid: vg.vgid, pvids: [...vg.pvids], autoOn: false });
  run.variedOn.unshift(vg.vgid);
  for (const src of image.lvs) {
    if (ctx.stopRequested()) return null;
    log.say(ctx, altMessages.creatingLv(altName(src.name)), 2 * S);
    if (!layoutAltLv(vg, src, req.targets, req.copies ?? src.copies.length, req.convertJfs)) return allocationFailed(ctx);
  }
  defineLvsInOdm(odm, vg, 'altinst_rootvg');
  for (const lv of fsLvsInMountOrder(vg)) {
    if (ctx.stopRequested()) return null;
    log.say(ctx, altMessages.creatingFs(createdFsLabel(lv.fs!.superblockMount)), 3 * S);
    mountAll(host, { ...vg, lvs: [lv] }, world.clock.nowMs);
  }
  log.say(ctx, altMessages.restoringMksysb, 0);
  for (const src of image.lvs) {
    if (!src.fs) continue;
    const target = vg.lvs.find((l) => realName(l.name) === src.name)!;
    target.fs!.files = structuredClone(src.fs.files);
    target.fs!.usedMB = src.fs.usedMB;
    target.fs!.inodesUsed = src.fs.inodesUsed;
    if (req.verbose) for (const rel of Object.keys(src.fs.files)) ctx.out(`.${src.fs.superblockMount === '/' ? '' : src.fs.superblockMount}/${rel}\n`);
    ctx.wait(Math.round(src.fs.usedMB * 0.15 * S));
    if (ctx.stopRequested()) return null;
  }
  log.say(ctx, altMessages.linking64, 4 * S);
  vg.os = restoredOs(image, vg, run.rootVgid, req);
  const hd5 = vg.lvs.find((l) => l.type === 'boot');
  if (hd5) {
    const mounts: Record<string, string> = {};
    for (const lv of vg.lvs) if (lv.fs) mounts[realMount(lv.fs.superblockMount)] = realName(lv.name);
    hd5.bootImage = {
      level: req.bootImageFromRunning ? world.vgs[run.rootVgid].os!.level : image.os.level,
      builtAtMs: world.clock.nowMs,
      blocks: 53276,
      baseOdm: { rootLvs: vg.lvs.map((l) => realName(l.name)), mounts },
      madeForHost: host.name,
      ...(req.deviceReset ? { deviceReset: req.deviceReset } : {}),
    };
    const holder = req.targets.find((t) => hd5.copies[0]?.[0]?.pvid === t.disk.pvid) ?? req.targets[0];
    holder.disk.bootRecord = { blv: 'hd5' };
  }
  vg.altPhase = 1;
  return vg;
}

/** The AIX inside the image, with its ODM pointed at the disks it now lives on. */
function restoredOs(image: MksysbImage, vg: VgImage, runningRootVgid: string, req: RestoreRequest): OsImage {
  const os = structuredClone(image.os);
  const odm = os.odm;
  const sourceRoot = odm.vgs.find((v) => v.name === 'rootvg');
  const sourceVgid = sourceRoot?.vgid ?? null;
  odm.vgs = odm.vgs.filter((v) => v.vgid !== sourceVgid);
  odm.vgs.unshift({ name: 'rootvg', vgid: vg.vgid, pvids: [...vg.pvids], autoOn: true });
  odm.lvs = odm.lvs.filter((l) => !sourceVgid || !l.lvid.startsWith(sourceVgid + '.'));
  odm.lvs.unshift(...vg.lvs.map((lv) => ({ name: realName(lv.name), vg: 'rootvg', lvid: `${vg.vgid}.${lv.minor}`, type: lv.type })));
  odm.filesystems = odm.filesystems.filter((f) => f.mount !== ALT_ROOT && !f.mount.startsWith(ALT_ROOT + '/'));
  // Devices are configured afresh at first boot unless -k keeps the image's (REFERENCE §3.6).
  if (!req.keepDevices || req.deviceReset) odm.disks = [];
  os.pendingFirstBoot = { fromVgid: runningRootVgid };
  os.clonedFrom = runningRootVgid;
  os.firstBootScript = req.firstBootScript;
  return os;
}
