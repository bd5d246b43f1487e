// Pieces shared by alt_disk_copy, alt_disk_mksysb and alt_rootvg_op: the transcript log, new
// identifiers, boot images, customization scripts, the update step and putting a VG to sleep.
import { putEntry } from '../fsIndex.ts';
import { altMessages } from '../../messages/index.ts';
import { formatDate } from '../../model/time.ts';
import { odmOf } from '../../model/select.ts';
import type { BootImage, Disk, LvImage, OsImage, VgImage } from '../../model/types.ts';
import type { CommandContext } from '../context.ts';
import { normalizePath, readFile, writeFile } from '../fs.ts';
import { allocate, pvTotal } from '../lvm.ts';
import { applyUpdates, efixLockedUpdates, findImages, installpReport, nothingToInstall, selectUpdates } from './install.ts';
import { ALT_ROOT, altMount, altName, fixLvcbs, fixSuperblocks, mountsOfVgDeepestFirst, realMount, realName, stripVgdaNames, undefineLvsInOdm, unmountVg } from './rename.ts';

export const ALT_LOG = '/var/adm/ras/alt_disk_inst.log';

/**
 * AIX appends every run to alt_disk_inst.log and never trims it (only a full /var stops it). The
 * trainer keeps the newest ALT_LOG_RUNS runs so a lab that clones all day stays small; each run starts
 * with its date line followed by a `cmd:` line.
 */
export const ALT_LOG_RUNS = 10;

/** The log text holding only its newest `runs` runs (text before the first run goes with the oldest). */
export function keepLastRuns(text: string, runs: number): string {
  const starts: number[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const end = text.indexOf('\n', lineStart);
    if (end < 0) break;
    if (text.startsWith('cmd: ', end + 1)) starts.push(lineStart);
    lineStart = end + 1;
  }
  return starts.length > runs ? text.slice(starts[starts.length - runs]) : text;
}

/** Prints transcript lines and keeps them for /var/adm/ras/alt_disk_inst.log. */
export class AltLog {
  private lines: string[] = [];
  constructor(private readonly cmd: string) {}
  say(ctx: CommandContext, text: string, waitMs: number): void {
    ctx.out(text + '\n');
    this.lines.push(text);
    ctx.wait(waitMs);
  }
  /** Appends this run to the log file on the running system (a date line, the command, the transcript). */
  flush(ctx: CommandContext, startedAtMs: number): void {
    const text = `${formatDate(startedAtMs)}\ncmd: ${this.cmd}\n${this.lines.join('\n')}\n`;
    const before = readFile(ctx.world, ctx.host, ALT_LOG);
    const log = before.ok ? keepLastRuns(before.value + text, ALT_LOG_RUNS) : text;
    writeFile(ctx.world, ctx.host, ALT_LOG, log, false);
  }
}


/** A boot image for the AIX on `vg`, naming the LVs and mounts that VG will have once asleep. */
export function bootImageFor(ctx: CommandContext, vg: VgImage, deviceReset: { console: string | null } | null | undefined): BootImage {
  const mounts: Record<string, string> = {};
  for (const lv of vg.lvs) if (lv.fs) mounts[realMount(lv.fs.superblockMount)] = realName(lv.name);
  return {
    level: vg.os!.level,
    builtAtMs: ctx.world.clock.nowMs,
    blocks: 53276,
    baseOdm: { rootLvs: vg.lvs.map((l) => realName(l.name)), mounts },
    madeForHost: ctx.host.name,
    ...(deviceReset ? { deviceReset } : {}),
  };
}

/** A customization script runs line by line on the console, with the clone mounted under /alt_inst. */
export function runScript(ctx: CommandContext, path: string, prog = 'alt_disk_copy'): number {
  const read = readFile(ctx.world, ctx.host, normalizePath(ctx.host.run!.cwd, path));
  if (!read.ok) {
    ctx.err(altMessages.fileMissing(prog, 'customization script', path) + '\n');
    return 1;
  }
  for (const raw of read.value.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    ctx.shell(line);
    if (ctx.stopRequested()) return 1;
  }
  return 0;
}

export interface InstallRequest {
  bundle: string | null;
  filesets: string[] | null;
  location: string;
  flags: string;
}

/** installp inside the alternate: only the alternate's OS image changes, never the running one. */
export function installInto(ctx: CommandContext, os: OsImage, req: InstallRequest, log: AltLog): number {
  const filesets = req.bundle === 'update_all' ? null : req.filesets;
  return installUpdates(ctx, os, { location: req.location, filesets, flags: req.flags }, (line, waitMs) => log.say(ctx, line, waitMs), true);
}

/**
 * installp from the images in `location` into `os` (an alternate's or multibos' standby image, never the
 * running one): `filesets` null is update_all. Each report line goes to `say` with the simulated time it
 * takes; `stoppable`: Ctrl-C stops between lines. Non-zero when the images are missing, an interim fix
 * locks a fileset, or the run was stopped.
 */
export function installUpdates(
  ctx: CommandContext,
  os: OsImage,
  req: { location: string; filesets: string[] | null; flags: string },
  say: (line: string, waitMs: number) => void,
  stoppable: boolean,
): number {
  const images = findImages(ctx.world, ctx.host, req.location);
  if (!images) {
    ctx.err(altMessages.noImagesLocation(req.location) + '\n');
    return 1;
  }
  const selected = selectUpdates(os, images, req.filesets);
  // Filesets an interim fix locks fail verification; installp installs the rest and ends non-zero (§8 S23).
  const locked = efixLockedUpdates(os, selected);
  const updates = selected.filter((u) => !locked.includes(u));
  const report = selected.length ? installpReport(updates, req.flags, locked) : nothingToInstall(os, images);
  for (const line of report) {
    const slow = line.startsWith('installp:  APPLYING') ? 60_000 * Math.max(1, updates.length) : line.startsWith('installp:  COMMITTING') ? 20_000 : 200;
    say(line, slow);
    if (stoppable && ctx.stopRequested()) return 1;
  }
  applyUpdates(os, images, updates, req.flags.includes('c'), ctx.world.clock.nowMs);
  return locked.length ? 1 : 0;
}

/**
 * The end of phase 3 and of `alt_rootvg_op -S`: forced unmounts (each reported twice, deepest
 * first), then for -S the renames and LVCBs, then the superblocks; LV definitions leave the ODM and
 * the VG is varied off.
 */
export function sleepSteps(ctx: CommandContext, vg: VgImage, log: AltLog, opts: { withSuperblocks: true; renameAfterUnmount?: boolean }): number {
  const host = ctx.host;
  for (const m of mountsOfVgDeepestFirst(host, vg)) {
    log.say(ctx, altMessages.forcedUnmount(m.mount), 500);
    log.say(ctx, altMessages.forcedUnmount(m.mount), 500);
    host.run!.mounts = host.run!.mounts.filter((x) => x !== m);
    if (ctx.stopRequested()) return 1;
  }
  unmountVg(host, vg);
  if (opts.renameAfterUnmount) {
    stripVgdaNames(vg);
    log.say(ctx, altMessages.fixingLvcb, 5000);
    fixLvcbs(vg);
    if (ctx.stopRequested()) return 1;
  }
  log.say(ctx, altMessages.fixingSuperblocks, 5000);
  fixSuperblocks(vg);
  if (ctx.stopRequested()) return 1;
  undefineLvsInOdm(odmOf(ctx.world, host), vg);
  host.run!.variedOn = host.run!.variedOn.filter((id) => id !== vg.vgid);
  return 0;
}

/**
 * Lays out a copy of `src` on the target disks as alt_<name> labelled /alt_inst…: one mirror copy per
 * disk when copies > 1, otherwise filling the disks in order. Null (and nothing added) when it does not fit.
 */
export function layoutAltLv(vg: VgImage, src: LvImage, targets: { disk: Disk }[], copies: number, convertJfs: boolean): LvImage | null {
  const convert = convertJfs && (src.type === 'jfs' || src.type === 'jfslog');
  const extents: LvImage['copies'] = [];
  // Strictness: each copy needs a disk of its own (REFERENCE R17).
  if (copies > targets.length) return null;
  for (let c = 0; c < copies; c++) {
    const candidates = copies > 1 ? [targets[c]] : targets;
    let remaining = src.lps;
    const parts: LvImage['copies'][number] = [];
    for (const t of candidates) {
      if (remaining === 0) break;
      // The LV being laid out counts as used space while its later extents are placed.
      const probe = { ...vg, lvs: [...vg.lvs, { ...src, minor: -1, copies: [...extents, parts] }] };
      const used = probe.lvs.reduce((n, l) => n + l.copies.flat().filter((e) => e.pvid === t.disk.pvid).reduce((m, e) => m + e.count, 0), 0);
      const take = Math.min(remaining, pvTotal(t.disk, vg) - used);
      if (take <= 0) continue;
      const got = allocate(probe, t.disk, take, src.intraPolicy);
      if (!got) continue;
      parts.push(...got);
      remaining -= take;
    }
    if (remaining > 0) return null;
    extents.push(parts);
  }
  const lv: LvImage = {
    minor: vg.nextMinor++,
    name: altName(src.name),
    type: convert ? (src.type === 'jfs' ? 'jfs2' : 'jfs2log') : src.type,
    lps: src.lps,
    copies: extents,
    label: src.label && src.label.startsWith('/') ? altMount(src.label) : src.label,
    intraPolicy: src.intraPolicy,
  };
  if (src.fs) lv.fs = { vfs: convert ? 'jfs2' : src.fs.vfs, superblockMount: altMount(src.fs.superblockMount), usedMB: 0, inodesUsed: 4, files: {} };
  vg.lvs.push(lv);
  return lv;
}

/** Copies a file of the running system into the alternate's root file system (-R resolv.conf, -n). */
export function copyIntoAlt(ctx: CommandContext, vg: VgImage, from: string, to: string): void {
  const root = vg.lvs.find((l) => l.fs && (l.fs.superblockMount === ALT_ROOT || l.fs.superblockMount === '/'));
  const read = readFile(ctx.world, ctx.host, normalizePath(ctx.host.run!.cwd, from));
  if (root?.fs && read.ok) putEntry(root.fs.files, to, { kind: 'file', text: read.value });
}
