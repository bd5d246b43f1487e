// alt_rootvg_op's operations on an existing alternate rootvg (REFERENCE §2.3, §3.7, §4.3, §4.4):
// wake, sleep, remove the definition, rename, query the boot disk, customize.
import { altMessages } from '../../messages/index.ts';
import { hasRunAsRootvg, leftover, levelRelation, targetName } from '../../lifecycle/facts.ts';
import { outOfStep, refusalText, type RefusalFacts } from '../../lifecycle/refusals.ts';
import type { LifecycleEvent } from '../../lifecycle/lifecycle.machine.ts';
import { configuredDisks, diskByName, hdiskName, odmOf } from '../../model/select.ts';
import type { Disk, VgImage } from '../../model/types.ts';
import type { CommandContext } from '../context.ts';
import { AltLog, bootImageFor, installInto, runScript, sleepSteps, type InstallRequest } from './common.ts';
import { findImages, selectUpdates } from './install.ts';
import { ALT_ROOT, defineLvsInOdm, mountAll, prefixLvs, undefineLvsInOdm, unmountVg } from './rename.ts';

const isAltMount = (mount: string) => mount === ALT_ROOT || mount.startsWith(ALT_ROOT + '/');

const PROG = 'alt_rootvg_op';

/**
 * Asks the lifecycle rule book; a refusal is printed in the words the machine's rule names (every
 * lifecycle refusal of alt_rootvg_op goes through here). True when the operation may go ahead.
 */
function allowed(ctx: CommandContext, event: LifecycleEvent, facts: Omit<RefusalFacts, 'prog'> = {}): boolean {
  const answer = ctx.lifecycle.ask(event);
  if (!answer.ok) ctx.err(refusalText(answer.error, { prog: PROG, ...facts }));
  return answer.ok;
}

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
  const running = world.vgs[host.run!.rootVgid].os!.level;
  const level = levelRelation(vg.os!.level, running);
  const booted = hasRunAsRootvg(vg);
  const force = (ctx.env.FORCE ?? '').toLowerCase() === 'yes';
  // Already awake, altinst_rootvg taken by another VG, R12's level rule: the rule book decides.
  const prefixed = vg.lvs.some((l) => l.name.startsWith('alt_'));
  const fromOld = world.vgs[host.run!.rootVgid].os!.clonedFrom === vg.vgid;
  const event = { type: 'WAKE', level, force, booted, target: targetName(odm, vg.vgid), prefixed, fromOld } as const;
  if (!allowed(ctx, event, { disk: target.name, vgLevel: vg.os!.level, runLevel: running })) return { code: 1, forced: false };
  const log = new AltLog(ctx.line);
  log.say(ctx, altMessages.waking, 15_000);
  if (entry) entry.name = 'altinst_rootvg';
  else odm.vgs.push({ name: 'altinst_rootvg', vgid: vg.vgid, pvids: [...vg.pvids], autoOn: false });
  host.run!.variedOn.unshift(vg.vgid);
  prefixLvs(vg);
  defineLvsInOdm(odm, vg, 'altinst_rootvg');
  mountAll(host, vg, world.clock.nowMs);
  // REFERENCE §12: a newer TL/SP wakes with a caveat; the file-system danger is for a VG that has run.
  if (level === 'newerTlSp') ctx.err(altMessages.newerTlSpWarning(PROG, target.name, vg.os!.level, running) + '\n');
  if (level !== 'notNewer' && booted) ctx.out(altMessages.bootedNewerWarning(vg.os!.level, running) + '\n');
  ctx.wait(10_000);
  log.flush(ctx, world.clock.nowMs);
  ctx.lifecycle.send(event);
  return { code: 0, forced: level === 'newerRelease' };
}

/** -S [-t]: put the awake alternate back to sleep, optionally rebuilding its boot image first. */
export function sleep(ctx: CommandContext, rebuildBootImage: boolean): number {
  const { world, host } = ctx;
  // Nothing awake, or altinst_rootvg defined but varied off (asleep, or rebooted while awake: O4).
  if (!allowed(ctx, { type: 'SLEEP' })) return 1;
  const odm = odmOf(world, host);
  const entry = odm.vgs.find((v) => v.name === 'altinst_rootvg');
  const vg = entry ? world.vgs[entry.vgid] : undefined;
  if (!entry || !vg || !host.run!.variedOn.includes(vg.vgid)) return outOfStep(ctx, PROG, 'no awake altinst_rootvg');
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
  const which = isRunningRoot ? 'rootvg' : targetName(odm, entry.vgid) === 'other' ? 'other' : 'alternate';
  const event = { type: 'REMOVE', target: which, leaves: leftover(world, host, entry.vgid) } as const;
  if (!allowed(ctx, event, { name: vgName })) return 1;
  if (vg && !isRunningRoot) {
    unmountVg(host, vg);
    host.run!.variedOn = host.run!.variedOn.filter((id) => id !== vg.vgid);
  }
  // -X removes ODM definitions only: rootvg's /etc/filesystems stanzas are a file on its own hd4.
  if (vg && isRunningRoot) odm.lvs = odm.lvs.filter((l) => !l.lvid.startsWith(vg.vgid + '.'));
  else if (vg) undefineLvsInOdm(odm, vg);
  // Stanzas for /alt_inst… whose LV is no longer defined (left by a reboot while awake and a second wake,
  // O4/O5) belong to no VG but this one: -X leaves no /alt_inst stanza in /etc/filesystems.
  if (!isRunningRoot) odm.filesystems = odm.filesystems.filter((f) => !isAltMount(f.mount) || odm.lvs.some((l) => `/dev/${l.name}` === f.dev));
  odm.vgs = odm.vgs.filter((v) => v !== entry);
  // The boot list goes back to the disk the system runs from, so the next boot cannot land elsewhere.
  const bootName = hdiskName(world, host, host.run!.bootDiskId);
  host.nvram.normal = [{ diskId: host.run!.bootDiskId, blv: 'hd5' }];
  ctx.wait(5000);
  if (bootName) ctx.out(altMessages.bootlistSet(bootName) + '\n');
  ctx.lifecycle.send(event);
  return 0;
}

/** -v name -d disk: rename an alternate VG (silent). */
export function rename(ctx: CommandContext, newName: string, diskArg: string): number {
  const target = alternateOn(ctx, diskArg);
  if (!target) return 1;
  const odm = odmOf(ctx.world, ctx.host);
  const to = newName === 'altinst_rootvg' || newName === 'old_rootvg' ? newName : 'other';
  const event = { type: 'RENAME', to, nameTaken: odm.vgs.some((v) => v.name === newName && v.vgid !== target.vg.vgid) } as const;
  if (!allowed(ctx, event, { name: newName })) return 1;
  const entry = odm.vgs.find((v) => v.vgid === target.vg.vgid);
  if (entry) entry.name = newName;
  else odm.vgs.push({ name: newName, vgid: target.vg.vgid, pvids: [...target.vg.pvids], autoOn: false });
  for (const l of odm.lvs) if (l.lvid.startsWith(target.vg.vgid + '.')) l.vg = newName;
  ctx.lifecycle.send(event);
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
  if (!allowed(ctx, { type: 'CUSTOMIZE' })) return 1;
  const odm = odmOf(world, host);
  const entry = odm.vgs.find((v) => v.name === 'altinst_rootvg');
  const vg = entry ? world.vgs[entry.vgid] : undefined;
  if (!vg?.os || !host.run!.variedOn.includes(vg.vgid)) return outOfStep(ctx, PROG, 'no awake altinst_rootvg with an AIX');
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
