// alt_disk_mksysb: restore a mksysb image (of this or another server) onto free disks
// (REFERENCE §2.2, §3.6, rules R9–R11). Phase 1 lays out the image's LVs as alt_* under /alt_inst and
// restores its files; the boot image comes prebuilt from bos.alt_disk_install.boot_images (no
// "Building boot image" line); phase 3 is the clone's. The restored AIX keeps the image's own ODM, so
// device names are given afresh at its first boot (identify disks by PVID).
import { altMessages } from '../../messages/index.ts';
import { odmOf } from '../../model/select.ts';
import type { MksysbImage, OdmDisk, OsImage, VgImage } from '../../model/types.ts';
import type { CommandContext } from '../context.ts';
import { AltLog, copyIntoAlt, runScript } from './common.ts';
import { bootDiskOf, createAltinstRootvg, finishAlternate } from './build.ts';
import type { CloneRequest } from './clone.ts';
import { ALT_ROOT, realMount, realName } from './rename.ts';

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
    const code = finishAlternate(ctx, vg, req.targets, req.setBootlist, log);
    if (code !== 0) return code;
    if (req.reboot) return ctx.shell('shutdown -Fr');
  }
  return 0;
}

function restorePhase1(ctx: CommandContext, req: RestoreRequest, log: AltLog): VgImage | null {
  const { world, host } = ctx;
  const run = host.run!;
  const image = req.image;
  log.say(ctx, altMessages.restoringImageData, 8 * S);
  log.say(ctx, altMessages.checkingSizes, 3 * S);
  const vg = createAltinstRootvg(ctx, image, req, log);
  if (!vg) return null;
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
  vg.os = restoredOs(image, vg, run.rootVgid, req, odmOf(world, host).disks.filter((d) => !!d.pvid && world.vgs[run.rootVgid].pvids.includes(d.pvid)));
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
    bootDiskOf(vg, req.targets).disk.bootRecord = { blv: 'hd5' };
  }
  vg.altPhase = 1;
  return vg;
}

/**
 * The AIX inside the image, with its ODM pointed at the disks it now lives on. `rootvgDisks` are the
 * running system's definitions of its rootvg disks: they keep their names so the first boot can call
 * them old_rootvg; every other disk is named afresh at that boot, the boot disk first (REFERENCE §3.6:
 * hdisk0 old_rootvg, the restored hdisk2 came up as hdisk1, the staging disk hdisk1 as hdisk2).
 */
function restoredOs(image: MksysbImage, vg: VgImage, runningRootVgid: string, req: RestoreRequest, rootvgDisks: OdmDisk[]): OsImage {
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
  if (!req.keepDevices || req.deviceReset) odm.disks = req.deviceReset ? [] : rootvgDisks.map((d) => ({ ...d }));
  os.pendingFirstBoot = { fromVgid: runningRootVgid };
  os.restoredFromMksysb = true;
  os.clonedFrom = runningRootVgid;
  os.firstBootScript = req.firstBootScript;
  return os;
}
