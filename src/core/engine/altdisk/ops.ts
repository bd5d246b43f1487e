// alt_rootvg_op's operations on an existing alternate rootvg (REFERENCE §2.3, §3.7, §4.3, §4.4):
// wake, sleep, remove the definition, rename, query the boot disk, customize.
import { altMessages, lvmMessages } from '../../messages/index.ts';
import { compareLevels } from '../../model/levels.ts';
import { configuredDisks, diskByName, hdiskName, odmOf } from '../../model/select.ts';
import type { Disk, VgImage } from '../../model/types.ts';
import type { CommandContext } from '../../commands/types.ts';
import { AltLog, bootImageFor, installInto, runScript, sleepSteps, type InstallRequest } from './common.ts';
import { findImages, selectUpdates } from './install.ts';
import { ALT_ROOT, defineLvsInOdm, mountAll, prefixLvs, undefineLvsInOdm, unmountVg } from './rename.ts';

const isAltMount = (mount: string) => mount === ALT_ROOT || mount.startsWith(ALT_ROOT + '/');

const PROG = 'alt_rootvg_op';

/**
 * Device and kernel support: what IBM forbids installing into a mksysb-made alternate before it has booted,
 * because its kernel and libraries may not match the running system (REFERENCE §2.2, §12 on R9).
 */
export function isDeviceOrKernelSupport(fileset: string): boolean {
  return fileset.startsWith('devices.') || fileset === 'bos.mp64' || fileset === 'bos.mp' || fileset === 'bos.up';
}

/** The alternate rootvg image on a disk of the running system, or an error already printed. */
function alternateOn(ctx: CommandContext, diskArg: string): { disk: Disk; name: string; vg: VgImage } | null {
  const found = diskByName(ctx.world, ctx.host, diskArg);
  if (!found) {
    ctx.err(altMessages.noSuchDisk(PROG, diskArg) + '\n');
    return null;
  }
  const vg = found.disk.vgid ? ctx.world.vgs[found.disk.vgid] : undefined;
  if (!vg?.os || vg.vgid === ctx.host.run!.rootVgid) {
    ctx.err(altMessages.notRootvgImage(PROG, found.odm.name) + '\n');
    return null;
  }
  return { disk: found.disk, name: found.odm.name, vg };
}

export interface WakeResult {
  code: number;
  /** The VG's level was higher than the running system's and FORCE=yes overrode the refusal. */
  forced: boolean;
}

/** -W -d disk: vary on, rename to alt_ names, define in the ODM, mount under /alt_inst. */
export function wake(ctx: CommandContext, diskArg: string): WakeResult {
  const { world, host } = ctx;
  const target = alternateOn(ctx, diskArg);
  if (!target) return { code: 1, forced: false };
  const odm = odmOf(world, host);
  const { vg } = target;
  const entry = odm.vgs.find((v) => v.vgid === vg.vgid);
  if (host.run!.variedOn.includes(vg.vgid)) {
    ctx.err(altMessages.alreadyAwake(PROG) + '\n');
    return { code: 1, forced: false };
  }
  const other = odm.vgs.find((v) => v.name === 'altinst_rootvg' && v.vgid !== vg.vgid);
  if (other) {
    ctx.err(altMessages.nameInUse(PROG, 'altinst_rootvg') + '\n');
    return { code: 1, forced: false };
  }
  const running = world.vgs[host.run!.rootVgid].os!.level;
  const higher = compareLevels(vg.os!.level, running) > 0;
  const force = (ctx.env.FORCE ?? '').toLowerCase() === 'yes';
  // R12 lives in the lifecycle rule book: a newer alternate wakes only with FORCE=yes.
  if (higher && !ctx.lifecycle.can({ type: 'WAKE', higherLevel: true, force })) {
    ctx.err(altMessages.higherLevel(PROG, target.name, vg.os!.level, running) + '\n');
    return { code: 1, forced: false };
  }
  const log = new AltLog(ctx.line);
  log.say(ctx, altMessages.waking, 15_000);
  if (entry) entry.name = 'altinst_rootvg';
  else odm.vgs.push({ name: 'altinst_rootvg', vgid: vg.vgid, pvids: [...vg.pvids], autoOn: false });
  host.run!.variedOn.unshift(vg.vgid);
  prefixLvs(vg);
  defineLvsInOdm(odm, vg, 'altinst_rootvg');
  mountAll(host, vg, world.clock.nowMs);
  if (higher) ctx.out(altMessages.forcedWakeWarning(vg.os!.level, running) + '\n');
  ctx.wait(10_000);
  log.flush(ctx, world.clock.nowMs);
  ctx.lifecycle.send({ type: 'WAKE', higherLevel: higher, force });
  return { code: 0, forced: higher };
}

/** -S [-t]: put the awake alternate back to sleep, optionally rebuilding its boot image first. */
export function sleep(ctx: CommandContext, rebuildBootImage: boolean): number {
  const { world, host } = ctx;
  const odm = odmOf(world, host);
  const entry = odm.vgs.find((v) => v.name === 'altinst_rootvg');
  const vg = entry ? world.vgs[entry.vgid] : undefined;
  if (!entry || !vg) {
    ctx.err(altMessages.noAwakeVg(PROG) + '\n');
    return 1;
  }
  if (!host.run!.variedOn.includes(vg.vgid)) {
    // The reboot-while-awake case: the ODM still has the alt_ LVs, the VG is not varied on.
    ctx.err(lvmMessages.vgNotVariedOn + '\n');
    return 1;
  }
  const log = new AltLog(ctx.line);
  const started = world.clock.nowMs;
  log.say(ctx, altMessages.sleeping, 5000);
  if (rebuildBootImage) {
    const hd5 = vg.lvs.find((l) => l.type === 'boot');
    log.say(ctx, altMessages.buildingBootImage, 45_000);
    if (hd5 && vg.os) hd5.bootImage = bootImageFor(ctx, vg, hd5.bootImage?.deviceReset);
  }
  const code = sleepSteps(ctx, vg, log, { withSuperblocks: true, renameAfterUnmount: true });
  if (code === 0) delete vg.altPhase;
  log.flush(ctx, started);
  if (code === 0) ctx.lifecycle.send({ type: 'SLEEP' });
  return code;
}

/** -X [vg]: remove the definition from the ODM only; the disk keeps its PVID and its rootvg. */
export function removeDefinition(ctx: CommandContext, vgName: string): number {
  const { world, host } = ctx;
  const odm = odmOf(world, host);
  const entry = odm.vgs.find((v) => v.name === vgName);
  const vg = entry ? world.vgs[entry.vgid] : undefined;
  const isRunningRoot = entry?.vgid === host.run!.rootVgid;
  if (!entry || (!isRunningRoot && !vg?.os && vg?.altPhase === undefined)) {
    ctx.err(altMessages.noAltVg(PROG, vgName) + '\n');
    return 1;
  }
  if (vg && !isRunningRoot) {
    unmountVg(host, vg);
    host.run!.variedOn = host.run!.variedOn.filter((id) => id !== vg.vgid);
  }
  if (vg) undefineLvsInOdm(odm, vg);
  // Stanzas for /alt_inst… whose LV is no longer defined (left by a reboot while awake and a second wake,
  // O4/O5) belong to no VG but this one: -X leaves no /alt_inst stanza in /etc/filesystems.
  if (!isRunningRoot) odm.filesystems = odm.filesystems.filter((f) => !isAltMount(f.mount) || odm.lvs.some((l) => `/dev/${l.name}` === f.dev));
  odm.vgs = odm.vgs.filter((v) => v !== entry);
  // The boot list goes back to the disk the system runs from, so the next boot cannot land elsewhere.
  const bootName = hdiskName(world, host, host.run!.bootDiskId);
  host.nvram.normal = [{ diskId: host.run!.bootDiskId, blv: 'hd5' }];
  ctx.wait(5000);
  if (bootName) ctx.out(altMessages.bootlistSet(bootName) + '\n');
  ctx.lifecycle.send({ type: 'REMOVE', target: isRunningRoot ? 'rootvg' : 'alternate' });
  return 0;
}

/** -v name -d disk: rename an alternate VG (silent). */
export function rename(ctx: CommandContext, newName: string, diskArg: string): number {
  const target = alternateOn(ctx, diskArg);
  if (!target) return 1;
  const odm = odmOf(ctx.world, ctx.host);
  if (odm.vgs.some((v) => v.name === newName && v.vgid !== target.vg.vgid)) {
    ctx.err(altMessages.nameInUse(PROG, newName) + '\n');
    return 1;
  }
  const entry = odm.vgs.find((v) => v.vgid === target.vg.vgid);
  if (entry) entry.name = newName;
  else odm.vgs.push({ name: newName, vgid: target.vg.vgid, pvids: [...target.vg.pvids], autoOn: false });
  for (const l of odm.lvs) if (l.lvid.startsWith(target.vg.vgid + '.')) l.vg = newName;
  if (newName !== 'altinst_rootvg' && newName !== 'old_rootvg') ctx.lifecycle.send({ type: 'RENAME' });
  return 0;
}

/** -q -d disk: the member disk holding the boot LV. */
export function queryBootDisk(ctx: CommandContext, diskArg: string): number {
  const target = alternateOn(ctx, diskArg);
  if (!target) return 1;
  const hd5 = target.vg.lvs.find((l) => l.type === 'boot');
  const pvid = hd5?.copies[0]?.[0]?.pvid;
  const holder = configuredDisks(ctx.world, ctx.host).find((d) => d.disk.pvid === pvid);
  ctx.out(`${holder?.odm.name ?? target.name}\n`);
  return 0;
}

/** -C: phase 2 on the awake alternate (installs, resolv.conf, script); a kernel update rebuilds its boot image. */
export function customize(ctx: CommandContext, install: InstallRequest | null, script: string | null): number {
  const { world, host } = ctx;
  const odm = odmOf(world, host);
  const entry = odm.vgs.find((v) => v.name === 'altinst_rootvg');
  const vg = entry ? world.vgs[entry.vgid] : undefined;
  if (!vg?.os || !host.run!.variedOn.includes(vg.vgid)) {
    ctx.err(altMessages.customizeNeedsAwake(PROG) + '\n');
    return 1;
  }
  if (install && vg.os.restoredFromMksysb && vg.os.pendingFirstBoot) {
    // REFERENCE §12 (IBM alt_disk_mksysb page): nothing with device or kernel support goes into a
    // mksysb-made alternate before the system has booted from it; the whole request is refused.
    const images = findImages(world, host, install.location);
    const blocked = images ? selectUpdates(vg.os, images, install.bundle === 'update_all' ? null : install.filesets).filter((u) => isDeviceOrKernelSupport(u.name)) : [];
    if (blocked.length) {
      ctx.err(altMessages.mksysbNotBooted(PROG, blocked.map((u) => u.name)) + '\n');
      return 1;
    }
  }
  const log = new AltLog(ctx.line);
  const started = world.clock.nowMs;
  if (install) {
    const before = vg.os.level;
    const code = installInto(ctx, vg.os, install, log);
    if (code !== 0) {
      log.flush(ctx, started);
      return code;
    }
    if (vg.os.level !== before) {
      const hd5 = vg.lvs.find((l) => l.type === 'boot');
      log.say(ctx, altMessages.buildingBootImage, 45_000);
      if (hd5) hd5.bootImage = bootImageFor(ctx, vg, hd5.bootImage?.deviceReset);
    }
  }
  const code = script ? runScript(ctx, script, PROG) : 0;
  log.flush(ctx, started);
  return code;
}
