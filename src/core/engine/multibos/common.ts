// multibos pieces every operation shares: the transcript (printed and kept in
// /etc/multibos/logs/op.alog), mounting the standby under /bos_inst, its boot image and the bootlist.
import { multibosMessages as M } from '../../messages/multibos.ts';
import { hdiskName, odmOf } from '../../model/select.ts';
import type { BaseOdm, BootImage, Disk, Mount, Odm, OsImage, VgImage } from '../../model/types.ts';
import { BOOT_IMAGE_BLOCKS } from '../bootImage.ts';
import type { CommandContext } from '../context.ts';
import { bootDevicePath } from '../firmware.ts';
import { makeDir, writeFile } from '../fs.ts';
import { activeBlv, bosPairs, standbyMount } from './instances.ts';

export const OP_LOG = '/etc/multibos/logs/op.alog';
const S = 1000;

/** Prints the transcript, with simulated time between lines, and keeps it for op.alog. */
export class MbLog {
  readonly lines: string[] = [];
  constructor(private readonly ctx: CommandContext) {}
  say(text: string | string[], waitMs = 0): void {
    for (const line of Array.isArray(text) ? text : [text]) {
      this.ctx.out(line + '\n');
      this.lines.push(line);
    }
    if (waitMs) this.ctx.wait(waitMs);
  }
  section(title: string): void {
    this.say(['', ...M.section(title)]);
  }
  /** The opening lines and the operation's banner. */
  open(operation: string): void {
    this.say(M.header, 2 * S);
    this.say(M.section(operation));
    this.say(M.verifying, S);
  }
  /** A refusal: its message on standard error, then the failed close (exit 1). */
  refuse(message: string): number {
    this.ctx.err(message + '\n');
    return this.close(false);
  }
  /** "Log file is …", the Return Status line; op.alog holds this run (each run replaces it). */
  close(ok: boolean): number {
    this.say(['', M.logFile, ok ? M.success : M.failure]);
    const { world, host } = this.ctx;
    makeDir(world, host, '/etc/multibos');
    makeDir(world, host, '/etc/multibos/logs');
    writeFile(world, host, OP_LOG, this.lines.join('\n') + '\n', false);
    return ok ? 0 : 1;
  }
}

/** The running rootvg (multibos works on it only). */
export function rootvgOf(ctx: CommandContext): VgImage {
  return ctx.world.vgs[ctx.host.run!.rootVgid];
}

/** The standby's copied file systems: mount point under /bos_inst and LV name, in copy order (/, /usr, /var, /opt). */
export function standbyFileSystems(vg: VgImage): { mount: string; lv: string }[] {
  return bosPairs(vg)
    .filter((p) => p.mount && vg.lvs.some((l) => l.name === p.standby && l.fs))
    .map((p) => ({ mount: standbyMount(p.mount!), lv: p.standby }));
}

/** Standby file systems mounted now, last copied first (the capture's order: opt, var, usr, /bos_inst). */
export function mountedStandby(ctx: CommandContext, vg: VgImage): Mount[] {
  const names = standbyFileSystems(vg).map((f) => `/dev/${f.lv}`);
  return ctx.host.run!.mounts.filter((m) => m.lv?.vgid === vg.vgid && names.includes(m.dev)).sort((a, b) => names.indexOf(b.dev) - names.indexOf(a.dev));
}

/** Mount Processing: mounts every standby file system not mounted yet. Returns whether any was. */
export function mountStandby(ctx: CommandContext, vg: VgImage, log: MbLog): boolean {
  log.section('Mount Processing');
  log.say(M.mountingAll);
  let any = false;
  for (const f of standbyFileSystems(vg)) {
    if (ctx.host.run!.mounts.some((m) => m.dev === `/dev/${f.lv}`)) continue;
    const lv = vg.lvs.find((l) => l.name === f.lv)!;
    const stanza = odmOf(ctx.world, ctx.host).filesystems.find((st) => st.mount === f.mount);
    const m: Mount = { dev: `/dev/${f.lv}`, mount: f.mount, vfs: lv.fs!.vfs, lv: { vgid: vg.vgid, minor: lv.minor }, atMs: ctx.world.clock.nowMs, log: stanza?.log ?? null };
    ctx.host.run!.mounts.push(m);
    log.say(M.mounting(f.mount), S);
    any = true;
  }
  return any;
}

/** Mount Processing: unmounts the standby file systems, deepest first. */
export function unmountStandby(ctx: CommandContext, vg: VgImage, log: MbLog): void {
  log.section('Mount Processing');
  log.say(M.unmountingAll);
  for (const m of mountedStandby(ctx, vg)) {
    ctx.host.run!.mounts = ctx.host.run!.mounts.filter((x) => x !== m);
    log.say(M.unmounting(m.mount), S);
  }
}

/** What savebase would save from this ODM: its rootvg LV names and the mounts /etc/filesystems gives them. */
export function baseOdmOf(odm: Odm, vgid: string): BaseOdm {
  const rootLvs = odm.lvs.filter((l) => l.lvid.startsWith(vgid + '.')).map((l) => l.name);
  const mounts: Record<string, string> = {};
  for (const st of odm.filesystems) {
    const name = st.dev.replace(/^\/dev\//, '');
    if (rootLvs.includes(name)) mounts[st.mount] = name;
  }
  return { rootLvs, mounts };
}

/** Boot Partition Processing: the standby BLV gets a boot image of the standby AIX (unless -N). */
export function buildStandbyBoot(ctx: CommandContext, vg: VgImage, standby: OsImage, log: MbLog, build: boolean): void {
  const active = activeBlv(vg);
  const blvName = bosPairs(vg).find((p) => p.classic === 'hd5')?.standby ?? 'bos_hd5';
  log.section('Boot Partition Processing');
  log.say([M.activeBlv(active), M.standbyBlv(blvName)]);
  if (!build) return;
  const blv = vg.lvs.find((l) => l.name === blvName);
  if (!blv) return;
  log.say(M.creatingBootImage(blvName), 20 * S);
  const image: BootImage = { level: standby.level, builtAtMs: ctx.world.clock.nowMs, blocks: BOOT_IMAGE_BLOCKS, baseOdm: baseOdmOf(standby.odm, vg.vgid), madeForHost: ctx.host.name };
  blv.bootImage = image;
  log.say(M.bootImage(image.blocks), S);
}

/** The disk holding a boot LV's first copy. */
export function diskOfLv(ctx: CommandContext, vg: VgImage, lvName: string): Disk | null {
  const pvid = vg.lvs.find((l) => l.name === lvName)?.copies[0]?.[0]?.pvid;
  return Object.values(ctx.world.disks).find((d) => d.pvid === pvid && d.location?.host === ctx.host.name) ?? null;
}

/** Bootlist Processing: the normal list becomes that BLV on its disk; the firmware recovery string follows. */
export function setBootlist(ctx: CommandContext, vg: VgImage, blvName: string, log: MbLog): void {
  const disk = diskOfLv(ctx, vg, blvName);
  if (!disk) return;
  log.section('Bootlist Processing');
  log.say(M.verifying);
  log.say(M.settingBootlist(blvName, hdiskName(ctx.world, ctx.host, disk.id) ?? disk.id), S);
  ctx.host.nvram.normal = [{ diskId: disk.id, blv: blvName }];
  // In the captures hd5 is partition 2 of the boot path and bos_hd5 partition 4.
  const partition = blvName.startsWith('bos_') ? 4 : 2;
  log.say([M.recoveryString(blvName === activeBlv(vg) ? 'active' : 'standby', blvName), `boot ${bootDevicePath(disk)}:${partition}`]);
}
