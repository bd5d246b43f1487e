// alt_disk_copy's three phases on simulated time (REFERENCE §2.1, §3.1–§3.5):
//   1  create altinst_rootvg with alt_ LVs mounted under /alt_inst and copy the mounted rootvg FS
//   2  install updates into the clone, run the customization script, build its boot image
//   3  rename everything back, unmount, vary off, set the bootlist
// Each step checks ctx.stopRequested() so Ctrl-C or a power cut leaves what AIX would leave.
import { altMessages } from '../../messages/index.ts';
import { emptyVg } from '../../model/build.ts';
import { odmOf } from '../../model/select.ts';
import type { Disk, OsImage, VgImage } from '../../model/types.ts';
import type { CommandContext } from '../../commands/types.ts';
import { createdFsLabel, ALT_ROOT, altName, defineLvsInOdm, fixLvcbs, fsLvsInMountOrder, mountAll, realName, stripVgdaNames } from './rename.ts';
import { AltLog, bootImageFor, copyIntoAlt, layoutAltLv, newPvid, newVgid, runScript, sleepSteps, type InstallRequest, installInto } from './common.ts';

export type Phase = 1 | 2 | 3;

export interface CloneRequest {
  targets: { name: string; disk: Disk }[];
  phases: Phase[];
  setBootlist: boolean;
  reboot: boolean;
  deviceReset: { console: string | null } | null;
  /** -i image.data: the copies it asks for (null = as in rootvg). */
  copies: number | null;
  exclude: RegExp[];
  script: string | null;
  /** The -x script's text, copied into the clone to run at its first boot. */
  firstBootScript: string | null;
  resolvConf: string | null;
  nimClient: boolean;
  install: InstallRequest | null;
  convertJfs: boolean;
  verbose: boolean;
  /** -i given: mkszfile is not called. */
  customImageData: boolean;
}

const S = 1000;

/** Runs the requested phases. Returns the exit code; the world holds whatever was done. */
export function runClone(ctx: CommandContext, req: CloneRequest, log: AltLog): number {
  let vg: VgImage | null;
  if (req.phases.includes(1)) {
    vg = phase1(ctx, req, log);
    if (!vg || ctx.stopRequested()) return 1;
  } else {
    vg = ctx.world.vgs[req.targets[0].disk.vgid!];
  }
  if (req.phases.includes(2)) {
    const code = phase2(ctx, vg, req, log);
    if (code !== 0 || ctx.stopRequested()) return code || 1;
  }
  if (req.phases.includes(3)) {
    const code = phase3(ctx, vg, req, log);
    if (code !== 0) return code;
    if (req.reboot) return ctx.shell('shutdown -Fr');
  }
  return 0;
}

function phase1(ctx: CommandContext, req: CloneRequest, log: AltLog): VgImage | null {
  const { world, host } = ctx;
  const run = host.run!;
  const odm = odmOf(world, host);
  const root = world.vgs[run.rootVgid];
  if (!req.customImageData) log.say(ctx, altMessages.callingMkszfile, 6 * S);
  log.say(ctx, altMessages.checkingSizes, 3 * S);
  log.say(ctx, altMessages.creatingVg, 5 * S);

  for (const t of req.targets) {
    if (!t.disk.pvid) {
      t.disk.pvid = newPvid(world);
      const entry = odm.disks.find((d) => d.diskId === t.disk.id);
      if (entry) entry.pvid = t.disk.pvid;
    }
  }
  const vg = emptyVg(newVgid(world), root.ppSizeMB, req.targets.map((t) => t.disk.pvid!));
  vg.altPhase = 0;
  world.vgs[vg.vgid] = vg;
  for (const t of req.targets) {
    t.disk.vgid = vg.vgid;
    t.disk.bootRecord = null;
  }
  odm.vgs.push({ name: 'altinst_rootvg', vgid: vg.vgid, pvids: [...vg.pvids], autoOn: false });
  run.variedOn.unshift(vg.vgid);

  for (const src of root.lvs) {
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
  if (ctx.stopRequested()) return null;
  log.say(ctx, altMessages.generatingList, 45 * S);
  log.say(ctx, altMessages.backingUp, 0);
  if (!copyFiles(ctx, root, vg, req)) return null;
  log.say(ctx, altMessages.modifyingOdm, 20 * S);
  vg.os = cloneOsImage(root, vg, req, run.rootVgid);
  if (req.deviceReset) log.say(ctx, altMessages.resettingDevices, 10 * S);
  vg.altPhase = 1;
  return vg;
}

/** Backup/restore of the MOUNTED rootvg file systems (REFERENCE R4), honouring the -e exclude list. */
function copyFiles(ctx: CommandContext, root: VgImage, vg: VgImage, req: CloneRequest): boolean {
  const run = ctx.host.run!;
  const sources = root.lvs.filter((l) => l.fs && run.mounts.some((m) => m.lv?.vgid === root.vgid && m.lv.minor === l.minor));
  const totalMB = sources.reduce((n, l) => n + l.fs!.usedMB, 0) || 1;
  let doneMB = 0;
  for (const src of sources) {
    const mountPoint = src.fs!.superblockMount;
    const target = vg.lvs.find((l) => realName(l.name) === src.name)!;
    let kept = 0;
    for (const [rel, node] of Object.entries(src.fs!.files)) {
      const full = `./${mountPoint === '/' ? '' : mountPoint.slice(1) + '/'}${rel}`;
      if (node.kind !== 'dir' && req.exclude.some((re) => re.test(full))) continue;
      target.fs!.files[rel] = structuredClone(node);
      kept++;
      if (req.verbose && node.kind !== 'dir') ctx.out(full + '\n');
    }
    const total = Object.keys(src.fs!.files).length || 1;
    target.fs!.usedMB = Math.max(1, Math.round((src.fs!.usedMB * kept) / total));
    target.fs!.inodesUsed = Math.max(4, Math.round((src.fs!.inodesUsed * kept) / total));
    // About 3 simulated minutes per GB copied; progress as each file system completes.
    ctx.wait(Math.round(src.fs!.usedMB * 0.18 * S));
    doneMB += src.fs!.usedMB;
    ctx.event({ type: 'progress', percent: Math.round((100 * doneMB) / totalMB), label: `backup/restore ${mountPoint}` });
    if (ctx.stopRequested()) return false;
  }
  return true;
}

/** The clone's own ODM: it will boot as rootvg; the running rootvg becomes old_rootvg (REFERENCE §4.2). */
function cloneOsImage(root: VgImage, vg: VgImage, req: CloneRequest, runningRootVgid: string): OsImage {
  const os = structuredClone(root.os!);
  const odm = os.odm;
  odm.vgs = odm.vgs.map((v) =>
    v.vgid === runningRootVgid ? { ...v, name: 'old_rootvg', autoOn: false } : v.vgid === vg.vgid ? { ...v, name: 'rootvg', autoOn: true } : v,
  );
  odm.lvs = odm.lvs.filter((l) => {
    const owner = l.lvid.split('.')[0];
    return owner !== runningRootVgid && owner !== vg.vgid;
  });
  odm.lvs.unshift(...vg.lvs.map((lv) => ({ name: realName(lv.name), vg: 'rootvg', lvid: `${vg.vgid}.${lv.minor}`, type: lv.type })));
  odm.filesystems = odm.filesystems
    .filter((f) => f.mount !== ALT_ROOT && !f.mount.startsWith(ALT_ROOT + '/'))
    .map((f) => {
      const lv = vg.lvs.find((l) => `/dev/${realName(l.name)}` === f.dev);
      return lv?.fs && lv.fs.vfs !== f.vfs ? { ...f, vfs: lv.fs.vfs, log: '/dev/hd8' } : f;
    });
  if (req.deviceReset) odm.disks = [];
  os.pendingFirstBoot = { fromVgid: runningRootVgid };
  os.clonedFrom = runningRootVgid;
  os.firstBootScript = req.firstBootScript;
  return os;
}

function phase2(ctx: CommandContext, vg: VgImage, req: CloneRequest, log: AltLog): number {
  const os = vg.os!;
  if (req.install) {
    const code = installInto(ctx, os, req.install, log);
    if (code !== 0) return code;
  }
  if (req.resolvConf) copyIntoAlt(ctx, vg, req.resolvConf, 'etc/resolv.conf');
  if (req.nimClient) {
    copyIntoAlt(ctx, vg, '/.rhosts', '.rhosts');
    copyIntoAlt(ctx, vg, '/etc/niminfo', 'etc/niminfo');
  }
  if (ctx.stopRequested()) return 1;
  log.say(ctx, altMessages.buildingBootImage, 45 * S);
  const hd5 = vg.lvs.find((l) => l.type === 'boot');
  if (hd5) {
    hd5.bootImage = bootImageFor(ctx, vg, req.deviceReset);
    const holder = req.targets.find((t) => hd5.copies[0]?.[0]?.pvid === t.disk.pvid) ?? req.targets[0];
    holder.disk.bootRecord = { blv: 'hd5' };
  }
  if (req.script) {
    const code = runScript(ctx, req.script);
    if (code !== 0) return code;
  }
  if (ctx.stopRequested()) return 1;
  vg.altPhase = 2;
  return 0;
}

function phase3(ctx: CommandContext, vg: VgImage, req: CloneRequest, log: AltLog): number {
  // Order of the verified 7.2 transcript (REFERENCE §3.1 note): VGDA names and LVCBs, then the
  // unmounts, then the superblocks. A cut between them leaves a disk that fails at LED 517.
  log.say(ctx, altMessages.changingNames, 5 * S);
  stripVgdaNames(vg);
  if (ctx.stopRequested()) return 1;
  log.say(ctx, altMessages.fixingLvcb, 5 * S);
  fixLvcbs(vg);
  if (ctx.stopRequested()) return 1;
  const code = sleepSteps(ctx, vg, log, { withSuperblocks: true });
  if (code !== 0) return code;
  delete vg.altPhase;
  if (req.setBootlist) {
    const hd5 = vg.lvs.find((l) => l.type === 'boot');
    const holder = req.targets.find((t) => hd5?.copies[0]?.[0]?.pvid === t.disk.pvid) ?? req.targets[0];
    ctx.host.nvram.normal = [{ diskId: holder.disk.id, blv: 'hd5' }];
    log.say(ctx, altMessages.bootlistSet(holder.name), 2 * S);
  }
  return 0;
}


/** -S skipped the size check and the disks ran out: LVM's own messages, the half-made VG stays (O10). */
export function allocationFailed(ctx: CommandContext): null {
  ctx.err(altMessages.allocpFailed + '\n' + altMessages.mklvFailed + '\n');
  return null;
}
