// nimadm on the NIM master: alternate disk migration of a client in IBM's 12 phases (IBM Docs
// "Installing alternate disk migration", https://www.ibm.com/docs/en/ssw_aix_73/install/alt_disk_mig_process.html;
// syntax: https://www.ibm.com/docs/en/ssw_aix_73/install/alt_disk_mig_usage.html). Phase 1 is alt_disk_install's
// phase 1 run on the client and phase 11 its phase 3 (the alt_disk engine does both, on the client's host);
// between them the copy is migrated to the lpp_source's level. Local disk caching (-j) only: the cache
// volume group on the master must hold the client's rootvg file systems. Every check runs before anything
// changes; a part-way run (-P) is recorded on the client's NIM object (nimadm_phase) so -P continues it.
import { classifyLifecycle, lifecycleAsk, lifecycleCan } from '../../lifecycle/index.ts';
import { filesetsFor } from '../../model/levels.ts';
import { diskByName, odmOf, odmVgByName, odmVgOfPvid } from '../../model/select.ts';
import type { Host, VgImage } from '../../model/types.ts';
import { altMessages } from '../../messages/index.ts';
import { nimMessages as M } from '../../messages/nim.ts';
import type { CommandContext } from '../context.ts';
import { vgTotals } from '../lvm.ts';
import { findVariedOnVg } from '../lvmOps.ts';
import { bootDiskOf, finishAlternate } from '../altdisk/build.ts';
import { runClone } from '../altdisk/clone.ts';
import { AltLog, bootImageFor } from '../altdisk/common.ts';
import { findImages, type ImageSource } from '../altdisk/install.ts';
import { removeDefinition, sleep, wake } from '../altdisk/ops.ts';
import { checkNewTargets, type Target } from '../altdisk/targets.ts';
import { allocate, attr, deallocate, findObject, migrationPhase, readNimDb, setAttr, writeNimDb, type NimObject } from './db.ts';

export type NimadmOp = 'migrate' | 'cleanup' | 'wake' | 'sleep';

export interface NimadmRequest {
  op: NimadmOp;
  client: string;
  spot: string;
  lpp: string | null;
  disks: string[];
  cacheVg: string | null;
  accept: boolean;
  noBootlist: boolean;
  /** -P: the phases to run, in order (null = 1 to 12). */
  phases: number[] | null;
}

const S = 1000;
const fail = (ctx: CommandContext, text: string): number => {
  ctx.err(text + '\n');
  return 1;
};
const refuse = (ctx: CommandContext, text: string): null => {
  ctx.err(text + '\n');
  return null;
};

/** A context on the client: alt_disk_install runs there, asked against the client's own lifecycle. */
export function clientContext(ctx: CommandContext, client: Host, line: string, env: Record<string, string> = {}): CommandContext {
  const state = () => classifyLifecycle({ ...ctx.world, console: client.name });
  const merged = { ...ctx.env, ...env };
  return {
    ...ctx,
    env: merged,
    host: client,
    line,
    lifecycle: { state, can: (e) => lifecycleCan(state(), e), ask: (e) => lifecycleAsk(state(), e), send: () => {} },
  };
}

/** The SPOT's level (oslevel_s) and the bos.alt_disk_install.rte it holds. */
function spotLevel(spot: NimObject): string {
  return attr(spot, 'oslevel_s') ?? '';
}

/** The client's altinst_rootvg as its ODM names it (undefined when there is none). */
function altinstOf(ctx: CommandContext, client: Host): VgImage | undefined {
  const entry = odmVgByName(odmOf(ctx.world, client), 'altinst_rootvg');
  return entry ? ctx.world.vgs[entry.vgid] : undefined;
}

interface Resolved {
  db: NimObject[];
  clientObj: NimObject;
  spot: NimObject;
  client: Host;
}

function resolve(ctx: CommandContext, req: NimadmRequest): Resolved | null {
  const db = readNimDb(ctx.world, ctx.host);
  if (!db) return refuse(ctx, M.noObject('nimadm', 'master'));
  const clientObj = findObject(db, req.client);
  if (!clientObj || clientObj.type !== 'standalone') return refuse(ctx, M.notAClient('nimadm', req.client));
  const spot = findObject(db, req.spot);
  if (!spot || spot.type !== 'spot') return refuse(ctx, M.wrongType('nimadm', req.spot, 'spot'));
  const client = ctx.world.hosts[req.client];
  if (!client || client.power !== 'running' || !client.run) return refuse(ctx, M.unreachable(req.client));
  return { db, clientObj, spot, client };
}

export function runNimadm(ctx: CommandContext, req: NimadmRequest): number {
  const r = resolve(ctx, req);
  if (!r) return 1;
  if (req.op === 'migrate') return migrate(ctx, req, r);
  const cctx = clientContext(ctx, r.client, req.op === 'wake' ? `alt_rootvg_op -W -d ${req.disks[0]}` : 'alt_rootvg_op -S', { FORCE: 'yes' });
  if (req.op === 'cleanup') return cleanup(ctx, cctx, r);
  const vg = altinstOf(ctx, r.client);
  if (!vg?.os || vg.os.level !== spotLevel(r.spot)) return fail(ctx, M.nothingToWake(req.client, req.op === 'wake' ? 'wake' : 'put to sleep'));
  if (req.op === 'wake') {
    const w = wake(cctx, req.disks[0]);
    if (w.code === 0) ctx.out(M.wokeOnMaster(req.client) + '\n');
    return w.code;
  }
  const code = sleep(cctx, false);
  if (code === 0) ctx.out(M.sleptOnMaster(req.client) + '\n');
  return code;
}

/** -C: ends a part-way migration: the record on the master, the resources, the client's unfinished altinst_rootvg. */
function cleanup(ctx: CommandContext, cctx: CommandContext, r: Resolved): number {
  const done = migrationPhase(r.clientObj);
  const partial = altinstOf(ctx, r.client)?.altPhase !== undefined;
  if (done === 0 && !partial) return fail(ctx, M.nothingToClean(r.client.name));
  if (partial && removeDefinition(cctx, 'altinst_rootvg') !== 0) return 1;
  releaseResources(r.db, r.clientObj);
  setAttr(r.clientObj, 'nimadm_phase', null);
  writeNimDb(ctx.world, ctx.host, r.db);
  ctx.wait(20 * S);
  ctx.out(M.cleaned(r.client.name) + '\n');
  return 0;
}

function releaseResources(db: NimObject[], clientObj: NimObject): void {
  for (const type of ['lpp_source', 'spot']) {
    const res = findObject(db, attr(clientObj, type) ?? '');
    if (res) deallocate(clientObj, res);
  }
}

/** Free MB in a volume group of the master, or null when it is not varied on there. */
function cacheFreeMB(ctx: CommandContext, name: string): number | null {
  const found = findVariedOnVg(ctx.world, ctx.host, name);
  if (!found.ok) return null;
  const vg = found.value.image;
  const disks = Object.values(ctx.world.disks).filter((d) => d.vgid === vg.vgid);
  const t = vgTotals(vg, disks);
  return (t.total - t.used) * vg.ppSizeMB;
}

/** What the cache file systems must hold: the client's mounted rootvg file systems. */
function cacheNeedMB(client: Host, root: VgImage): number {
  const mounted = root.lvs.filter((l) => l.fs && client.run!.mounts.some((m) => m.lv?.vgid === root.vgid && m.lv.minor === l.minor));
  return Math.ceil(mounted.reduce((n, l) => n + l.fs!.usedMB, 0));
}

/** The checks a migration (or its first phase) passes before anything changes. */
function checkMigration(ctx: CommandContext, req: NimadmRequest, r: Resolved, phases: number[]): { images: ImageSource; lpp: NimObject } | null {
  const done = migrationPhase(r.clientObj);
  if (phases[0] === 1 && done > 0) return refuse(ctx, M.alreadyRunning(req.client, done));
  if (phases[0] !== done + 1) return refuse(ctx, M.phaseOrder(req.client, done + 1, phases[0]));
  if (!req.cacheVg) return refuse(ctx, M.needsCache);
  if (phases.includes(6) && !req.accept) return refuse(ctx, M.needsLicense);
  const lpp = findObject(r.db, req.lpp ?? '');
  if (!lpp || lpp.type !== 'lpp_source') return refuse(ctx, M.wrongType('nimadm', req.lpp ?? '', 'lpp_source'));
  const images = findImages(ctx.world, ctx.host, attr(lpp, 'location') ?? '');
  if (!images) return refuse(ctx, M.noImages('nimadm', attr(lpp, 'location') ?? ''));
  const sl = spotLevel(r.spot);
  if (compare(sl, images.level) < 0) return refuse(ctx, M.spotOlder(r.spot.name, sl, lpp.name, images.level));
  const masterAlt = ctx.world.vgs[ctx.host.run!.rootVgid].os!.filesets['bos.alt_disk_install.rte']?.level ?? null;
  const spotAlt = filesetsFor(sl)['bos.alt_disk_install.rte'].level;
  if (masterAlt !== spotAlt) return refuse(ctx, M.altDiskLevels(masterAlt, r.spot.name, spotAlt));
  const free = cacheFreeMB(ctx, req.cacheVg);
  if (free === null) return refuse(ctx, M.noCacheVg(req.cacheVg));
  const need = cacheNeedMB(r.client, ctx.world.vgs[r.client.run!.rootVgid]);
  if (phases[0] <= 2 && free < need) return refuse(ctx, M.cacheTooSmall(req.cacheVg, need, free));
  return { images, lpp };
}

function compare(a: string, b: string): number {
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  for (let i = 0; i < 4; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** -d on the client: each disk exists, belongs to no volume group, and together they hold rootvg. */
function clientTargets(ctx: CommandContext, cctx: CommandContext, disks: string[]): Target[] | null {
  const out: Target[] = [];
  const odm = odmOf(ctx.world, cctx.host);
  for (const name of disks) {
    const found = diskByName(ctx.world, cctx.host, name);
    if (!found) return refuse(ctx, altMessages.noSuchDisk('alt_disk_install', name));
    if (odmVgOfPvid(odm, found.disk.pvid)) return refuse(ctx, M.targetHasVg(found.odm.name));
    out.push({ name: found.odm.name, disk: found.disk });
  }
  const root = ctx.world.vgs[cctx.host.run!.rootVgid];
  return checkNewTargets(cctx, 'alt_disk_install', out, root, null, false, [1]) ? out : null;
}

/** The client's altinst_rootvg of a migration under way, and the disks it is on. */
function migratingVg(ctx: CommandContext, client: Host): { vg: VgImage; targets: Target[] } | null {
  const vg = altinstOf(ctx, client);
  if (!vg?.os) return null;
  const targets: Target[] = [];
  for (const d of Object.values(ctx.world.disks)) {
    if (d.vgid !== vg.vgid || d.location?.host !== client.name) continue;
    const found = odmOf(ctx.world, client).disks.find((o) => o.diskId === d.id);
    targets.push({ name: found?.name ?? d.id, disk: d });
  }
  return { vg, targets };
}

function migrate(ctx: CommandContext, req: NimadmRequest, r: Resolved): number {
  const phases = req.phases ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const checked = checkMigration(ctx, req, r, phases);
  if (!checked) return 1;
  const cctx = clientContext(ctx, r.client, `alt_disk_install -M ${checked.images.level.slice(0, 1)}.${checked.images.level.slice(1, 2)} -P1 -d "${req.disks.join(' ')}"`);
  let targets: Target[] | null = null;
  if (phases[0] === 1) {
    targets = clientTargets(ctx, cctx, req.disks);
    if (!targets) return 1;
  }
  const log = new AltLog(cctx.line);
  const started = ctx.world.clock.nowMs;
  ctx.out(M.start(req.client, checked.lpp.name, r.spot.name) + '\n');
  let code = 0;
  for (const n of phases) {
    ctx.out(M.phaseBanner(n) + '\n');
    code = runPhase(ctx, cctx, n, req, r, checked, targets, log);
    if (code !== 0 || ctx.stopRequested()) break;
    setAttr(r.clientObj, 'nimadm_phase', n === 12 ? null : String(n));
    ctx.event({ type: 'progress', percent: Math.round((100 * n) / 12), label: `nimadm phase ${n}` });
  }
  log.flush(cctx, started);
  writeNimDb(ctx.world, ctx.host, r.db);
  if (code !== 0 || ctx.stopRequested()) return code || 1;
  const last = phases[phases.length - 1];
  ctx.out((last === 12 ? M.done(req.client, checked.images.level) : M.phasesDone(last)) + '\n');
  return 0;
}

function runPhase(
  ctx: CommandContext,
  cctx: CommandContext,
  n: number,
  req: NimadmRequest,
  r: Resolved,
  checked: { images: ImageSource; lpp: NimObject },
  targets: Target[] | null,
  log: AltLog,
): number {
  if (n === 1) {
    // nimadm allocates its lpp_source and SPOT to the client (a different one allocated before is released).
    for (const res of [checked.lpp, r.spot]) {
      const held = attr(r.clientObj, res.type);
      if (held === res.name) continue;
      const before = held ? findObject(r.db, held) : null;
      if (before) deallocate(r.clientObj, before);
      allocate(r.clientObj, res);
    }
    return runClone(cctx, { targets: targets!, phases: [1], setBootlist: false, reboot: false, deviceReset: null, copies: null, exclude: [], script: null, firstBootScript: null, resolvConf: null, nimClient: true, install: null, convertJfs: false, verbose: false, customImageData: false }, log);
  }
  const found = migratingVg(ctx, r.client);
  if (!found && n <= 11) return fail(ctx, M.phaseOrder(req.client, 1, n));
  const waits: Record<number, number> = { 2: 20, 3: 0.18 * cacheNeedMB(r.client, ctx.world.vgs[r.client.run!.rootVgid]), 4: 1, 5: 240, 7: 1, 9: 300, 10: 10, 12: 30 };
  if (n === 6) return migrateFilesets(ctx, found!.vg, checked.images);
  if (n === 8) {
    const { vg, targets: on } = found!;
    const hd5 = vg.lvs.find((l) => l.type === 'boot');
    if (hd5) hd5.bootImage = bootImageFor(cctx, vg, null);
    bootDiskOf(vg, on).disk.bootRecord = { blv: 'hd5' };
    vg.altPhase = 2;
    ctx.wait(60 * S);
    return 0;
  }
  if (n === 11) return finishAlternate(cctx, found!.vg, found!.targets, !req.noBootlist, log);
  if (n === 12) releaseResources(r.db, r.clientObj);
  ctx.wait(Math.round((waits[n] ?? 5) * S));
  return 0;
}

/** Phase 6: installp migrates every fileset the lpp_source carries to its level; the copy becomes that level. */
function migrateFilesets(ctx: CommandContext, vg: VgImage, images: ImageSource): number {
  const os = vg.os!;
  for (const [name, level] of Object.entries(images.filesets)) {
    const before = os.filesets[name];
    if (!before) continue;
    ctx.out(M.migrating(name, before.level, level) + '\n');
    os.filesets[name] = { ...before, level, state: 'COMMITTED', history: [...(before.history ?? []), { level, action: 'COMMIT', atMs: ctx.world.clock.nowMs }] };
    ctx.wait(30 * S);
    if (ctx.stopRequested()) return 1;
  }
  os.level = images.level;
  return 0;
}

