// alt_disk_copy's three phases on simulated time (REFERENCE §2.1, §3.1–§3.5):
//   1  create altinst_rootvg with alt_ LVs mounted under /alt_inst and copy the mounted rootvg FS
//   2  install updates into the clone, run the customization script, build its boot image
//   3  rename everything back, unmount, vary off, set the bootlist
// Each step checks ctx.stopRequested() so Ctrl-C or a power cut leaves what AIX would leave.
import { putEntry } from '../fsIndex.ts';
import type { PathTest } from '../../shell/regex.ts';
import { altMessages } from '../../messages/index.ts';
import type { Disk, OsImage, VgImage } from '../../model/types.ts';
import type { CommandContext } from '../context.ts';
import { nodeBytes } from '../fs.ts';
import { ALT_ROOT, realName } from './rename.ts';
import { AltLog, bootImageFor, copyIntoAlt, runScript, type InstallRequest, installInto } from './common.ts';
import { bootDiskOf, createAltinstRootvg, finishAlternate } from './build.ts';

export type Phase = 1 | 2 | 3;

export interface CloneRequest {
  targets: { name: string; disk: Disk }[];
  phases: Phase[];
  setBootlist: boolean;
  reboot: boolean;
  deviceReset: { console: string | null } | null;
  /** -i image.data: the copies it asks for (null = as in rootvg). */
  copies: number | null;
  /** -e exclude list: grep patterns (shell/regex.ts basicRegexTest). */
  exclude: PathTest[];
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
    const code = finishAlternate(ctx, vg, req.targets, req.setBootlist, log);
    if (code !== 0) return code;
    if (req.reboot) return ctx.shell('shutdown -Fr');
  }
  return 0;
}

function phase1(ctx: CommandContext, req: CloneRequest, log: AltLog): VgImage | null {
  const run = ctx.host.run!;
  const root = ctx.world.vgs[run.rootVgid];
  if (!req.customImageData) log.say(ctx, altMessages.callingMkszfile, 6 * S);
  log.say(ctx, altMessages.checkingSizes, 3 * S);
  const vg = createAltinstRootvg(ctx, root, req, log);
  if (!vg) return null;
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
    // The clone holds what the source holds (df shows the same used space and inodes), less what -e left out.
    let skippedBytes = 0;
    let skippedFiles = 0;
    for (const [rel, node] of Object.entries(src.fs!.files)) {
      const full = `./${mountPoint === '/' ? '' : mountPoint.slice(1) + '/'}${rel}`;
      if (node.kind !== 'dir' && req.exclude.some((re) => re.test(full))) {
        skippedBytes += nodeBytes(node);
        skippedFiles++;
        continue;
      }
      putEntry(target.fs!.files, rel, structuredClone(node));
      if (req.verbose && node.kind !== 'dir') ctx.out(full + '\n');
    }
    target.fs!.usedMB = Math.max(0, src.fs!.usedMB - skippedBytes / (1024 * 1024));
    target.fs!.inodesUsed = Math.max(4, src.fs!.inodesUsed - skippedFiles);
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
    bootDiskOf(vg, req.targets).disk.bootRecord = { blv: 'hd5' };
  }
  if (req.script) {
    const code = runScript(ctx, req.script);
    if (code !== 0) return code;
  }
  if (ctx.stopRequested()) return 1;
  vg.altPhase = 2;
  return 0;
}
