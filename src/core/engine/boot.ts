// Shutdown, firmware and the AIX disk boot (REFERENCE §6.2, §6.3, §7, §11.6), on simulated time.
//
// A boot is: partition firmware walks host.nvram.normal (engine/firmware.ts decides what it can load;
// nothing loadable → the §6.3 lines and SMS), loads the boot image (Open Firmware hand-over line and the
// "Welcome to AIX." banner), then rc.boot runs its steps, each with its LED code as a `led` event. The
// first step whose check fails hangs the host at that step's failure code (power 'hung', led, a
// plain-words hangReason). The checks are small pure functions of the world so the lifecycle statechart
// can ask the same questions without booting:
//
// | rc.boot step (LED shown)          | check                  | fails when                                                         | hangs at |
// |-----------------------------------|------------------------|--------------------------------------------------------------------|----------|
// | firmware (no LED)                 | firmwareCheck          | disk not attached here, failed, no boot record, no boot image in   | entry    |
// |                                   | (engine/firmware.ts)   | the named blv (alt_ VGDA prefixes ignored: firmware follows the    | skipped  |
// |                                   |                        | boot record)                                                       |          |
// | phase 1: restbase (—)             | checkRestbase          | the boot image carries no base customized ODM                      | 0548     |
// | phase 1: cfgmgr -f (0510 → 0511)  | —                      | —                                                                  | —        |
// | phase 2: ipl_varyon (0551)        | checkBootDeviceConfig  | bootImage.madeForHost ≠ this host and no -O device reset (moved)   | 0554     |
// |                                   | checkOdmMerged         | the disk's own ODM has two stanzas for / or /usr, or defines an    | 0554     |
// |                                   |                        | other rootvg's LVs under their own names (merged, O6)              |          |
// |                                   | checkRootvgQuorum      | rootvg member disks failed/absent and quorum lost (≤ half present) | 0554     |
// |                                   | checkVgdaNames         | an LV the boot image's ODM needs (boot LV, /, /usr, /var) is not   | 0552     |
// |                                   |                        | named so in the VGDA (awake alternate: alt_hd4…; importvg: fslv00) |          |
// | phase 2: fsck/mount / (0517)      | checkRootFs            | the root LV holds no file system (fsck -fp fails)                  | 0555     |
// |                                   |                        | its LVCB label or superblock is not "/" (e.g. /alt_inst)           | 0517     |
// | phase 2: mount /usr, /var         | checkUsrVarFs          | no file system, or LVCB/superblock not /usr, /var                  | 0518     |
// | phase 2 end (0553)                | checkInittab           | /etc/inittab missing from the root file system                     | 0553     |
// | phase 3: rc.net (0581), cfgcon    | —                      | a -O clone without a named console waits at 0c31 for "1"          | (waits)  |
//
// 0517 for a relabelled root follows design/OUTCOMES.md O2 (rc.boot shows 0517 while it mounts /; a
// hard mount error would loop at 0557, which nothing in the model produces). On success: first-boot
// ODM work (old_rootvg), bringUp() (engine/startup.ts), savebase, errdemon, power 'running'.
import type { CommandContext } from './context.ts';
import { consoleMessages, firmwareMessages, hangReasons, rebootMessages, shutdownMessages, smsMessages } from '../messages/boot.ts';
import { errTemplates } from '../messages/system.ts';
import { formatBannerTime, formatDate, SECOND } from '../model/time.ts';
import type { BootDevice, Host, PowerState, VgImage, World } from '../model/types.ts';
import type { PendingInput } from '../session/api.ts';
import { restoreBaseDefinitions, saveBase } from './bootImage.ts';
import { bufferError, errEntry, logError, startErrdemon } from './errlog.ts';
import { bootDevicePath, firmwareCheck, firmwareDisks, realLvName, type FirmwareRefusal, type LoadedImage } from './firmware.ts';
import { err, ok, type Result } from '../result.ts';
import { mergedRootvgs } from '../model/select.ts';
import { renderSms } from './sms.ts';
import { activeSubsystems } from './processes.ts';
import { activeBlv, bootView, switchInstance } from './multibos/instances.ts';
import { bringUp, configureBootDisk, unknownDisks } from './startup.ts';

// ---- Console I/O ---------------------------------------------------------------------------------

type LedOrPower = { type: 'led'; host: string; code: string | null } | { type: 'power'; host: string; state: PowerState };

/** What a boot needs from its caller: the console, simulated time, events, and the next-line question. */
export interface BootIo {
  world: World;
  out(text: string): void;
  wait(ms: number): void;
  event(e: LedOrPower): void;
  ask(p: PendingInput): void;
  /** Runs a line on the console (the -x first-boot script of a clone). */
  shell?(line: string): number;
}

export function ioFromContext(ctx: CommandContext): BootIo {
  return {
    world: ctx.world,
    out: (t) => ctx.out(t),
    wait: (ms) => ctx.wait(ms),
    event: (e) => ctx.event(e),
    ask: (p) => ctx.ask(p, p.kind === 'sms' ? smsMessages.prompt : ''),
    shell: (line) => ctx.shell(line),
  };
}

/** Another host's console is not the terminal: its output and questions go nowhere and take no time here. */
function forHost(io: BootIo, hostName: string): BootIo {
  if (hostName === io.world.console) return io;
  return { world: io.world, out: () => {}, wait: () => {}, event: (e) => io.event(e), ask: () => {}, shell: () => 0 };
}

export function setLed(io: BootIo, host: Host, code: string | null): void {
  if (host.led === code) return;
  host.led = code;
  io.event({ type: 'led', host: host.name, code });
}

export function setPower(io: BootIo, host: Host, state: PowerState): void {
  if (host.power === state) return;
  host.power = state;
  io.event({ type: 'power', host: host.name, state });
}

// ---- The checks (pure) ---------------------------------------------------------------------------

/** Where a boot stops: the LED the console shows and why (host.hangReason). */
export type BootHang = { led: string; reason: string };
export type BootVerdict = Result<void, BootHang>;
export type { LoadedImage };

const PASS: BootVerdict = ok(undefined);
const fail = (led: string, reason: string): BootVerdict => err({ led, reason });

/** restbase: the boot image must carry the base customized ODM. → 0548 */
export function checkRestbase(_world: World, _hostName: string, t: LoadedImage): BootVerdict {
  return t.image.baseOdm.rootLvs.length > 0 ? PASS : fail('0548', hangReasons.restbase);
}

/** ipl_varyon, device side: the image's device configuration must be this host's, unless -O reset it. → 0554 */
export function checkBootDeviceConfig(_world: World, hostName: string, t: LoadedImage): BootVerdict {
  if (t.image.madeForHost === hostName || t.image.deviceReset) return PASS;
  return fail('0554', hangReasons.deviceConfig(t.image.madeForHost, hostName));
}

/** Member disks of the booted VG that this host can read. */
export function readableMembers(world: World, hostName: string, vg: VgImage): number {
  return Object.values(world.disks).filter((d) => d.location?.host === hostName && !d.failed && d.pvid && vg.pvids.includes(d.pvid)).length;
}

/** ipl_varyon, quorum: with quorum on, more than half of rootvg's disks must be readable. → 0554 */
export function checkRootvgQuorum(world: World, hostName: string, t: LoadedImage): BootVerdict {
  const total = t.vg.pvids.length;
  const present = readableMembers(world, hostName, t.vg);
  if (present === total || t.vg.quorum === false || present * 2 > total) return PASS;
  return fail('0554', hangReasons.quorum(present, total));
}

/**
 * ipl_varyon, ODM: the AIX on the disk must not hold two root volume groups' definitions — two
 * /etc/filesystems stanzas for / or /usr (importvg of an alternate), or an alternate's LVs defined under
 * their own names (varyonvg + synclvodm): design/OUTCOMES.md O6; the lifecycle reads the same signs as
 * "mergedOdm". → 0554
 */
export function checkOdmMerged(world: World, _hostName: string, t: LoadedImage): BootVerdict {
  const mounts = t.vg.os?.odm.filesystems.map((f) => f.mount) ?? [];
  const twice = ['/', '/usr'].find((m) => mounts.filter((x) => x === m).length > 1);
  if (twice) return fail('0554', hangReasons.mergedOdm(`two ${twice} file systems`));
  const merged = t.vg.os ? mergedRootvgs(world, t.vg.os.odm, t.vg.vgid) : [];
  return merged.length > 0 ? fail('0554', hangReasons.mergedOdm("the other one's logical volumes, imported under their own names")) : PASS;
}

/** The LV names rc.boot needs from the VGDA: the boot LV and the LVs of /, /usr and /var. */
export function neededLvNames(t: LoadedImage, blv: string): string[] {
  const base = t.image.baseOdm;
  const names = [base.rootLvs.includes(blv) ? blv : null, base.mounts['/'], base.mounts['/usr'], base.mounts['/var']];
  return [...new Set(names.filter((n): n is string => !!n))];
}

/** ipl_varyon, names: the boot image's ODM must find its LVs under the same names in the VGDA. → 0552 */
export function checkVgdaNames(_world: World, _hostName: string, t: LoadedImage, blv = 'hd5'): BootVerdict {
  const onDisk = t.vg.lvs.map((l) => l.name);
  const missing = neededLvNames(t, blv).filter((n) => !onDisk.includes(n));
  if (missing.length === 0) return PASS;
  const found = missing.map((n) => t.vg.lvs.find((l) => realLvName(l.name) === n)?.name ?? '(none)');
  return fail('0552', hangReasons.names(missing, found));
}

/** fsck and mount of /: the root LV must hold a file system labelled / in its LVCB and superblock. → 0555 / 0517 */
export function checkRootFs(_world: World, _hostName: string, t: LoadedImage): BootVerdict {
  const name = t.image.baseOdm.mounts['/'] ?? 'hd4';
  const lv = t.vg.lvs.find((l) => l.name === name);
  if (!lv?.fs) return fail('0555', hangReasons.noRootFs(name));
  if (lv.label !== '/' || lv.fs.superblockMount !== '/') {
    return fail('0517', hangReasons.rootLabel(name, lv.label !== '/' ? String(lv.label) : lv.fs.superblockMount));
  }
  return PASS;
}

/** mount /usr and /var: each must be a file system labelled with its own mount point. → 0518 */
export function checkUsrVarFs(_world: World, _hostName: string, t: LoadedImage): BootVerdict {
  for (const mount of ['/usr', '/var']) {
    const name = t.image.baseOdm.mounts[mount];
    if (!name) continue;
    const lv = t.vg.lvs.find((l) => l.name === name);
    if (!lv?.fs) return fail('0518', hangReasons.usrVar(mount, name, ''));
    if (lv.label !== mount || lv.fs.superblockMount !== mount) {
      return fail('0518', hangReasons.usrVar(mount, name, lv.label !== mount ? String(lv.label) : lv.fs.superblockMount));
    }
  }
  return PASS;
}

/** End of phase 2: init needs /etc/inittab on the root file system. → 0553 */
export function checkInittab(_world: World, _hostName: string, t: LoadedImage): BootVerdict {
  const lv = t.vg.lvs.find((l) => l.name === (t.image.baseOdm.mounts['/'] ?? 'hd4'));
  return lv?.fs?.files['etc/inittab'] ? PASS : fail('0553', hangReasons.inittab);
}

type Check = (world: World, hostName: string, t: LoadedImage, blv?: string) => BootVerdict;

/**
 * rc.boot's steps in order: the LED codes it shows while the step runs (each followed by simulated
 * time), the checks of that step, and the time it takes after them. loadAndBoot and diagnoseBoot both
 * walk this table, so a boot and a diagnosis can never disagree.
 */
export const RC_BOOT_STEPS: { step: string; shows: [led: string, ms: number][]; checks: Check[]; afterMs: number }[] = [
  { step: 'restbase', shows: [], checks: [checkRestbase], afterMs: 0 },
  { step: 'cfgmgr -f', shows: [['0510', 12 * SECOND], ['0511', 3 * SECOND]], checks: [], afterMs: 0 },
  { step: 'ipl_varyon -v', shows: [['0551', 6 * SECOND]], checks: [checkBootDeviceConfig, checkOdmMerged, checkRootvgQuorum, checkVgdaNames], afterMs: 0 },
  { step: 'fsck/mount of /, /usr, /var', shows: [['0517', 5 * SECOND]], checks: [checkRootFs, checkUsrVarFs], afterMs: 7 * SECOND },
  { step: 'exit to init', shows: [['0553', 4 * SECOND]], checks: [checkInittab], afterMs: 0 },
];

export type BootDiagnosis =
  | { stage: 'firmware'; why: FirmwareRefusal }
  | { stage: 'rc.boot'; step: string; led: string; reason: string }
  | { stage: 'ok'; image: LoadedImage };

/** What booting `dev` on `hostName` would end in, without booting (for the lifecycle statechart). */
export function diagnoseBoot(world: World, hostName: string, dev: BootDevice): BootDiagnosis {
  const loaded = firmwareCheck(world, hostName, dev);
  if (!loaded.ok) return { stage: 'firmware', why: loaded.error };
  // multibos: the other instance's BLV boots that instance (engine/multibos/instances.ts)
  const v = { ...loaded.value, vg: bootView(loaded.value.vg, dev.blv) };
  for (const s of RC_BOOT_STEPS) {
    for (const c of s.checks) {
      const r = c(world, hostName, v, dev.blv);
      if (!r.ok) return { stage: 'rc.boot', step: s.step, ...r.error };
    }
  }
  return { stage: 'ok', image: v };
}

/** The entry firmware would boot from `list` (the first loadable one), or null: SMS. */
export function firmwareChoice(world: World, hostName: string, list: BootDevice[]): BootDevice | null {
  return effectiveList(world, hostName, list).find((d) => firmwareCheck(world, hostName, d).ok) ?? null;
}

/** An empty normal list means firmware's default list: every disk it sees, in slot order. */
function effectiveList(world: World, hostName: string, list: BootDevice[]): BootDevice[] {
  return list.length ? list : firmwareDisks(world, hostName).map((d) => ({ diskId: d.id, blv: 'hd5' }));
}

// ---- Shutdown ------------------------------------------------------------------------------------

/** The system stops: per-boot state is gone, disks stay exactly as they are. */
export function stopHost(host: Host): void {
  host.run = null;
  host.hangReason = null;
}

/** shutdown.sh's second stopsrc pass skips these (REFERENCE §11.6 step 10). */
const LEFT_RUNNING = ['portmap', 'rpc.lockd', 'rpc.statd', 'syncd', 'tftp', 'bootp', 'biod'];
/** SRC names of daemons whose subsystem is not called like the program (the RMC daemon is ctrmc). */
const SRC_NAME: Record<string, string> = { rmcd: 'ctrmc' };

/** Network interfaces shutdown brings down (the lab models en0 and the loopback). */
const INTERFACES = ['en0', 'lo0'];

/**
 * shutdown -F[r|h|k] (REFERENCE §11.6, the 4.1.3 shutdown.sh sequence with its two 30 s waits), then
 * reboot (firmware and boot) or halt (power off). `-k` only announces.
 */
export function runShutdown(io: BootIo, hostName: string, mode: 'reboot' | 'halt' | 'warn-only'): void {
  const { world } = io;
  const host = world.hosts[hostName];
  io.out(shutdownMessages.banner);
  io.out(formatDate(world.clock.nowMs) + '\n');
  if (mode === 'warn-only') {
    io.out(shutdownMessages.kFinished);
    return;
  }
  io.out(mode === 'halt' ? shutdownMessages.waitHalt : shutdownMessages.waitReboot);
  io.wait(2 * SECOND); // init N, nimclient -S shutdown
  logError(world, host, errEntry(errTemplates.errlogOff, world.clock.nowMs));
  io.out(shutdownMessages.errorsStopped);
  io.wait(30 * SECOND); // stopsrc of every subsystem, SIGTERM to non-root processes, SIGKILL 30 s later
  io.out(shutdownMessages.acctStopped);
  io.wait(2 * SECOND); // remote unmounts, nfs.clean, tcp.clean
  // The second stopsrc pass prints one line per subsystem it stops: those active on this host, less the
  // ones shutdown.sh leaves running (REFERENCE §11.6 step 10).
  for (const name of activeSubsystems(world, host)) {
    const src = SRC_NAME[name] ?? name;
    if (!LEFT_RUNNING.includes(src)) io.out(shutdownMessages.subsystemStopped(src));
  }
  io.out(shutdownMessages.killing);
  io.wait(30 * SECOND); // killsome: SIGTERM, SIGKILL 30 s later, sync
  io.out(shutdownMessages.unmounting);
  io.wait(2 * SECOND);
  io.out(shutdownMessages.interfaces(INTERFACES));
  io.out(shutdownMessages.afterInterfaces);
  bufferError(host, errEntry(errTemplates.shutdown, world.clock.nowMs));
  stopHost(host);
  if (mode === 'halt') {
    io.out('\n'); // shutdown.sh: ( echo "" > /dev/tty ) before halt
    io.out(rebootMessages.haltCompleted);
    powerOff(io, host);
    return;
  }
  rebootNow(io, hostName);
}

/** reboot(2) after "Rebooting . . .": 3 s, then the partition restarts into firmware. */
export function rebootNow(io: BootIo, hostName: string): void {
  const host = io.world.hosts[hostName];
  if (host.run) bufferError(host, errEntry(errTemplates.shutdown, io.world.clock.nowMs));
  stopHost(host);
  io.out(rebootMessages.rebooting);
  io.wait(3 * SECOND);
  powerOn(io, hostName, { sms: false });
}

export function powerOff(io: BootIo, host: Host): void {
  stopHost(host);
  setLed(io, host, null);
  setPower(io, host, 'off');
}

// ---- Firmware ------------------------------------------------------------------------------------

/** The partition starts: firmware splash and boot menu, then the boot list (or SMS when asked). */
export function powerOn(io0: BootIo, hostName: string, opts: { sms: boolean }): void {
  const io = forHost(io0, hostName);
  const host = io.world.hosts[hostName];
  stopHost(host);
  setLed(io, host, null);
  setPower(io, host, 'firmware');
  io.out(firmwareMessages.splash);
  io.wait(6 * SECOND);
  io.out(firmwareMessages.bootMenu);
  io.wait(8 * SECOND);
  io.out(firmwareMessages.progress);
  io.wait(10 * SECOND);
  if (opts.sms) enterSms(io, hostName);
  else firmwareBoot(io, hostName, host.nvram.normal);
}

/** Firmware walks `list`; the first loadable entry boots, none → "No OS image…" and SMS. */
export function firmwareBoot(io0: BootIo, hostName: string, list: BootDevice[]): void {
  const io = forHost(io0, hostName);
  for (const dev of effectiveList(io.world, hostName, list)) {
    io.wait(2 * SECOND);
    const v = firmwareCheck(io.world, hostName, dev);
    if (v.ok) {
      loadAndBoot(io, hostName, dev, v.value);
      return;
    }
  }
  io.out(firmwareMessages.noOsImage);
  io.wait(5 * SECOND);
  enterSms(io, hostName);
}

/** SMS main menu on the console; the next lines are menu choices (session/pending.ts). */
export function enterSms(io0: BootIo, hostName: string): void {
  const io = forHost(io0, hostName);
  const host = io.world.hosts[hostName];
  stopHost(host);
  setLed(io, host, null);
  setPower(io, host, 'sms');
  io.out(renderSms(io.world, hostName, { id: 'main' }));
  io.ask({ kind: 'sms', host: hostName, screen: { id: 'main' }, back: [] });
}

// ---- The AIX boot --------------------------------------------------------------------------------

function hang(io: BootIo, host: Host, v: BootHang): void {
  stopHost(host);
  setLed(io, host, v.led);
  host.hangReason = v.reason;
  setPower(io, host, 'hung');
}

/** Open Firmware hands over to the boot image; the banner; rc.boot phases 1 and 2; phase 3 up to cfgcon. */
export function loadAndBoot(io0: BootIo, hostName: string, dev: BootDevice, t: LoadedImage): void {
  const io = forHost(io0, hostName);
  const { world } = io;
  const host = world.hosts[hostName];
  host.bootAttemptDiskId = t.disk.id;
  io.out(firmwareMessages.tryingToLoad(bootDevicePath(t.disk)));
  io.wait(4 * SECOND);
  io.out(consoleMessages.banner(formatBannerTime(t.image.builtAtMs), host.processors, host.memoryMB, bootDevicePath(t.disk)));
  setPower(io, host, 'booting');
  io.wait(3 * SECOND);
  // multibos: booting the standby's BLV makes it the active BOS (engine/multibos/instances.ts)
  switchInstance(t.vg, dev.blv);

  // Phases 1 and 2: restbase, cfgmgr -f, vary rootvg on, check and mount /, /usr, /var, exit to init.
  for (const step of RC_BOOT_STEPS) {
    for (const [led, ms] of step.shows) {
      setLed(io, host, led);
      io.wait(ms);
    }
    for (const c of step.checks) {
      const r = c(world, hostName, t, dev.blv);
      if (!r.ok) {
        hang(io, host, r.error);
        return;
      }
    }
    io.wait(step.afterMs);
  }

  // Phase 3: the real root is up. First-boot ODM work, devices, varyon of the other VGs, mounts.
  const firstBoot = !!t.vg.os?.pendingFirstBoot;
  if (firstBoot) applyFirstBoot(world, t.vg, !!t.image.deviceReset);
  else restoreBaseDefinitions(t.vg, t.image);
  const freshDevices = t.vg.os ? unknownDisks(world, hostName, t.vg.os.odm).length : 0;
  if (t.vg.os) configureBootDisk(world, t.vg.os.odm, t.disk.id);
  bringUp(world, hostName, t.disk.id, world.clock.nowMs);
  host.power = 'booting'; // bringUp marks the host running; phase 3 is not over yet
  host.led = '0553';
  setLed(io, host, '0581'); // rc.net under cfgmgr -p2
  io.wait(8 * SECOND);
  // First boot of a mksysb of another server or a -O clone: cfgmgr defines every disk the ODM does not
  // know yet, one configuration method per device (LED 0538 while it runs, 0539 when it returns; REFERENCE
  // §6.2, §7 step 7); IBM Cloud's restore notes that this device configuration can take several minutes.
  for (let i = 0; i < freshDevices; i++) {
    setLed(io, host, '0538');
    io.wait(40 * SECOND);
    setLed(io, host, '0539');
    io.wait(5 * SECOND);
  }
  if (t.image.deviceReset && !t.image.deviceReset.console) {
    setLed(io, host, '0c31');
    io.out(consoleMessages.defineConsole);
    io.ask({ kind: 'define-console', host: hostName, diskId: t.disk.id, blv: dev.blv });
    return;
  }
  finishBoot(io, hostName);
}

/** The console answered cfgcon: "1" makes this terminal the console; anything else asks again. */
export function answerConsole(io: BootIo, p: Extract<PendingInput, { kind: 'define-console' }>, line: string): void {
  if (line.trim() !== '1') {
    io.out(consoleMessages.defineConsole);
    io.ask(p);
    return;
  }
  finishBoot(io, p.host);
}

/** End of rc.boot phase 3: savebase, syncd, errdemon; the host is up. */
export function finishBoot(io0: BootIo, hostName: string): void {
  const io = forHost(io0, hostName);
  const { world } = io;
  const host = world.hosts[hostName];
  const run = host.run!;
  const vg = world.vgs[run.rootVgid];
  io.out(consoleMessages.savingBase);
  saveBase(world, host, activeBlv(vg));
  io.wait(3 * SECOND);
  io.out(consoleMessages.syncDaemon);
  io.out(consoleMessages.errorDaemon);
  if (vg.os) {
    startErrdemon(vg.os, host, world.clock.nowMs);
    const missing = vg.pvids.length - readableMembers(world, hostName, vg);
    for (let i = 0; i < missing; i++) vg.os.errlog!.push(errEntry(errTemplates.pvMissing, world.clock.nowMs));
  }
  io.wait(2 * SECOND);
  io.out(consoleMessages.initCompleted);
  setLed(io, host, null);
  io.wait(6 * SECOND); // /etc/rc, rc.tcpip, srcmstr and the daemons
  if (vg.os) vg.os.errlog!.push(errEntry(errTemplates.rmcStarted, world.clock.nowMs));
  host.hangReason = null;
  setPower(io, host, 'running');
  // alt_disk_copy -x: the first-boot script runs once, after every file system is mounted.
  const script = vg.os?.firstBootScript;
  if (script && vg.os) {
    vg.os.firstBootScript = null;
    for (const raw of script.split('\n')) {
      const line = raw.trim();
      if (line && !line.startsWith('#')) io.shell?.(line);
    }
  }
}

/**
 * First boot of a clone or mksysb install (REFERENCE §4.2, §7 step 7): in the booted disk's own ODM
 * its VG becomes rootvg, the former rootvg (`pendingFirstBoot.fromVgid`) becomes old_rootvg — varied
 * off, no LV definitions — and a -O clone forgets its device names (cfgmgr names disks afresh).
 * Idempotent: alt_disk_copy may already have prepared the ODM this way.
 */
export function applyFirstBoot(world: World, vg: VgImage, deviceReset: boolean): void {
  const os = vg.os;
  const pending = os?.pendingFirstBoot;
  if (!os || !pending) return;
  const odm = os.odm;
  for (const v of odm.vgs) {
    if (v.vgid !== vg.vgid && v.name === 'rootvg') {
      v.name = 'old_rootvg';
      v.autoOn = false;
    }
  }
  const mine = odm.vgs.find((v) => v.vgid === vg.vgid);
  if (mine) Object.assign(mine, { name: 'rootvg', autoOn: true, pvids: [...vg.pvids] });
  else odm.vgs.unshift({ name: 'rootvg', vgid: vg.vgid, pvids: [...vg.pvids], autoOn: true });
  const from = pending.fromVgid;
  if (from && from !== vg.vgid) {
    const old = odm.vgs.find((v) => v.vgid === from);
    if (old) Object.assign(old, { name: 'old_rootvg', autoOn: false });
    else if (world.vgs[from]) odm.vgs.unshift({ name: 'old_rootvg', vgid: from, pvids: [...world.vgs[from].pvids], autoOn: false });
    odm.lvs = odm.lvs.filter((l) => !l.lvid.startsWith(from + '.'));
  }
  if (!odm.lvs.some((l) => l.lvid.startsWith(vg.vgid + '.'))) {
    odm.lvs.unshift(...vg.lvs.map((l) => ({ name: l.name, vg: 'rootvg', lvid: `${vg.vgid}.${l.minor}`, type: l.type })));
  }
  for (const l of odm.lvs) if (l.lvid.startsWith(vg.vgid + '.')) l.vg = 'rootvg';
  if (deviceReset) odm.disks = [];
  os.pendingFirstBoot = null;
}
