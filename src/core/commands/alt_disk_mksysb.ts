// alt_disk_mksysb — installs a mksysb image (this server's or another's) onto free disks
// (REFERENCE §2.2, §3.6, rules R9–R11, R16, R17).
import { AltLog } from '../engine/altdisk/common.ts';
import { runRestore } from '../engine/altdisk/mksysb.ts';
import type { Phase } from '../engine/altdisk/clone.ts';
import { checkContinuation, checkNewTargets, cloneEvent, imageDataCopies, readGiven, resolveTargets, sharedFlagRules } from '../engine/altdisk/targets.ts';
import { normalizePath, stat } from '../engine/fs.ts';
import { altMessages } from '../messages/index.ts';
import { compareLevels } from '../model/levels.ts';
import type { MksysbImage } from '../model/types.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

const PROG = 'alt_disk_mksysb';
export const ALT_DISK_MKSYSB_USAGE = `Usage: alt_disk_mksysb -m device -d target_disks... [-i image.data] [-s script]
              [-R resolv_conf] [-p platform] [-L mksysb_level] [-n]
              [-P phase_option] [-c console] [-K] [-D B O V g k r y z T S C]`;

interface Args {
  device: string;
  disks: string[];
  phases: Phase[];
  imageData: string | null;
  script: string | null;
  resolvConf: string | null;
  firstBootScript: string | null;
  console: string | null;
  noBootlist: boolean;
  reboot: boolean;
  deviceReset: boolean;
  keepDevices: boolean;
  convertJfs: boolean;
  skipSizeCheck: boolean;
  verbose: boolean;
  nimClient: boolean;
  bootImageFromRunning: boolean;
}

export const alt_disk_mksysb = defineCommand<Args>({
  name: PROG,
  fileset: 'bos.alt_disk_install.rte',
  synopsis: ALT_DISK_MKSYSB_USAGE,
  summary: "Installs a mksysb image (this or another server's) onto an alternate disk.",
  manual: `alt_disk_mksysb — restores a mksysb backup onto free disks, where it becomes altinst_rootvg,
without taking the running system down. The image may come from another server.

  alt_disk_mksysb -m /usr/sys/inst.images/aixprod02.sysb -d hdisk1
  alt_disk_mksysb -m /dev/rmt0 -d hdisk1              from a tape (or /dev/cd0)
  alt_disk_mksysb -m FILE -i /home/image.data -d hdisk2   COPIES=1 breaks the image's mirror

Rules: both bos.alt_disk_install.rte and bos.alt_disk_install.boot_images must be installed; the
image must be at the level of this system or higher; the boot_images fileset's V.R.TL must match
the image's level (a 6.1 TL5 image needs 6.1.5.x boot images); the image must already contain the
device support this system's disks need: no device or kernel support can be installed into it
(alt_rootvg_op -C) before the system has booted from it. The restored AIX brings its own ODM: at its
first boot the disks are named afresh (the old rootvg disk keeps its name, the boot disk comes next,
the others follow), so hdisk names may differ — identify disks by PVID. -c names the restored system's console (/dev/vty0 on a partition); unlike
alt_disk_copy it does not need -O. Flags as alt_disk_copy: -B, -r, -O, -T, -S, -V, -s, -R, -n, -x, -P;
-k keeps the image's devices; -C uses this system's boot image. -p, -L, -D and -y are not simulated;
-K, -g and -z change nothing here.`,
  flags: { spec: 'm:d:i:s:R:p:L:nP:c:Kx:DBOVgkryzTSC', notSimulated: 'pLDy', operands: [0, 0], usage: ALT_DISK_MKSYSB_USAGE,
    meanings: {
      m: ['device', 'Where the mksysb comes from: an image file (/export/aixprod.sysb), a tape (/dev/rmt0) or a CD.'],
      d: ['target_disks', 'The free disk(s) to restore onto (lspv shows them in VG None).'],
      i: ['image.data', 'Use this image.data instead of the one inside the mksysb (COPIES=1 breaks its mirror).'],
      s: ['script', 'A customization script run at the end of the install, while the new rootvg is mounted under /alt_inst.'],
      R: ['resolv_conf', 'A resolv.conf file to put into the new rootvg.'],
      p: ['platform', 'The platform used to name the boot image (an old-style option, with -L).'],
      L: ['mksysb_level', 'The level used to name the boot image (an old-style option, with -p).'],
      n: 'Remain a NIM client: /.rhosts and /etc/niminfo are copied into the new rootvg.',
      P: ['phases', 'Which phases to run: 1, 2, 3, 12, 23 or all (the default).'],
      c: ['console', 'The console device of the restored system (e.g. /dev/vty0).'],
      K: 'Use the 64-bit kernel if the machine can.',
      x: ['first_boot_script', 'A script the restored system runs at its first boot, once its file systems are mounted.'],
      D: 'Debug: trace the install script (set -x).',
      B: 'Leave the bootlist alone at the end. Not with -r.',
      O: 'Device reset: the restored system keeps no user-defined device configuration.',
      V: 'Verbose: list the files restored.',
      g: 'Skip the checks that the target disks are bootable.',
      k: 'Keep the devices recorded in the mksysb instead of configuring them afresh.',
      r: 'Reboot from the new disk when done. Not with -B.',
      y: 'Import the non-rootvg volume groups the mksysb recorded.',
      z: 'Import no non-rootvg volume group (overrides -y).',
      T: 'Convert JFS file systems to JFS2 in the restored system.',
      S: 'Skip the check that the target disks are big enough.',
      C: "Use only this system's disk boot image (bosboot.disk.chrp) from the boot_images fileset.",
    },
  },
  parse(o) {
    const device = flagValue(o, 'm');
    const d = flagValue(o, 'd');
    if (!device || !d || !d.trim()) return usage(ALT_DISK_MKSYSB_USAGE);
    const rules = sharedFlagRules(PROG, (f) => hasFlag(o, f), flagValue(o, 'P'), false);
    if (!rules.ok) return usage(rules.error);
    return ok({
      device,
      disks: d.trim().split(/\s+/),
      phases: rules.value,
      imageData: flagValue(o, 'i') ?? null,
      script: flagValue(o, 's') ?? null,
      resolvConf: flagValue(o, 'R') ?? null,
      firstBootScript: flagValue(o, 'x') ?? null,
      console: flagValue(o, 'c') ?? null,
      noBootlist: hasFlag(o, 'B'),
      reboot: hasFlag(o, 'r'),
      deviceReset: hasFlag(o, 'O'),
      keepDevices: hasFlag(o, 'k'),
      convertJfs: hasFlag(o, 'T'),
      skipSizeCheck: hasFlag(o, 'S'),
      verbose: hasFlag(o, 'V'),
      nimClient: hasFlag(o, 'n'),
      bootImageFromRunning: hasFlag(o, 'C'),
    });
  },
  run(ctx, a) {
    const image = readImage(ctx, a.device);
    if (!image) return 1;
    if (!acceptsImage(ctx, image)) return 1;
    const targets = resolveTargets(ctx, PROG, a.disks);
    if (!targets) return 1;
    let copies: number | null = null;
    if (a.imageData) {
      const text = readGiven(ctx, PROG, 'image.data', a.imageData);
      if (text === null) return 1;
      copies = imageDataCopies(text);
    }
    const ok = a.phases[0] === 1 ? checkNewTargets(ctx, PROG, targets, image, copies, a.skipSizeCheck, a.phases) : checkContinuation(ctx, PROG, targets, a.phases);
    if (!ok) return 1;
    const firstBootScript = a.firstBootScript ? readGiven(ctx, PROG, 'first boot script', a.firstBootScript) : null;
    if (a.firstBootScript && firstBootScript === null) return 1;
    const log = new AltLog(`/usr/sbin/${ctx.line.trim()}`);
    const started = ctx.world.clock.nowMs;
    const code = runRestore(
      ctx,
      {
        image,
        targets,
        phases: a.phases,
        setBootlist: !a.noBootlist,
        reboot: a.reboot,
        deviceReset: a.deviceReset ? { console: a.console } : null,
        copies,
        script: a.script,
        firstBootScript,
        resolvConf: a.resolvConf,
        nimClient: a.nimClient,
        convertJfs: a.convertJfs,
        verbose: a.verbose,
        keepDevices: a.keepDevices,
        bootImageFromRunning: a.bootImageFromRunning,
      },
      log,
    );
    log.flush(ctx, started);
    if (code === 0) ctx.lifecycle.send(cloneEvent(a.phases));
    return code;
  },
});

/** -m: a mksysb file, the tape in /dev/rmt0 or the disc in /dev/cd0. */
function readImage(ctx: CommandContext, device: string): MksysbImage | null {
  const host = ctx.host;
  let node = device === '/dev/rmt0' ? (host.tape ?? null) : device === '/dev/cd0' ? host.cdrom : null;
  if (!device.startsWith('/dev/')) {
    const st = stat(ctx.world, host, normalizePath(host.run!.cwd, device));
    node = st?.kind === 'file' ? st.node : null;
  }
  if (!node || node.kind !== 'mksysb') {
    ctx.err(altMessages.mksysbUnreadable(device) + '\n');
    return null;
  }
  return node.image;
}

/** R10, R11 and the level rule: what this system can install from this image. */
function acceptsImage(ctx: CommandContext, image: MksysbImage): boolean {
  const os = ctx.world.vgs[ctx.host.run!.rootVgid].os!;
  const bootImages = os.filesets['bos.alt_disk_install.boot_images'];
  if (!bootImages) {
    ctx.err(altMessages.noBootImagesFileset(PROG) + '\n');
    return false;
  }
  if (compareLevels(image.os.level, os.level) < 0) {
    ctx.err(altMessages.mksysbTooOld(PROG, image.os.level, os.level) + '\n');
    return false;
  }
  const vrtl = (vrmf: string) => vrmf.split('.').slice(0, 3).join('.');
  const needed = `${image.os.level[0]}.${image.os.level[1]}.${Number(image.os.level.slice(5, 7))}`;
  if (vrtl(bootImages.level) !== needed) {
    ctx.err(altMessages.bootImagesMismatch(PROG, bootImages.level, needed) + '\n');
    return false;
  }
  const vscsi = Object.values(ctx.world.disks).some((d) => d.location?.host === ctx.host.name && d.description.startsWith('Virtual SCSI'));
  if (vscsi && !image.os.filesets['devices.vscsi.disk.rte']) {
    ctx.err(altMessages.noDeviceSupport(PROG, 'devices.vscsi.disk.rte') + '\n');
    return false;
  }
  return true;
}
