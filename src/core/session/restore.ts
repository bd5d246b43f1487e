// The one gate for a stored or loaded session (the worker's open, the CLI's --state): every field is
// checked against its shape and limits, references between hosts, disks and VGs are followed, what
// can be repaired is repaired and said, the rest is refused in plain words. Never throws; time is
// bounded by the record's shape and a budget of values visited (session/schema.ts).
import { ERRBUFFER_MAX_ENTRIES, ERRLOG_MAX_ENTRIES, wrapLog } from '../engine/errlog.ts';
import { ALT_LOG_RUNS, keepLastRuns } from '../engine/altdisk/common.ts';
import { allStateNames, classifyLifecycle } from '../lifecycle/index.ts';
import type { World } from '../model/types.ts';
import { findScenario } from '../scenario/builtins.ts';
import type { LifecycleRecord, PendingInput, SessionState } from './api.ts';
import { dropUncarriedVgs, HISTSIZE } from './bounds.ts';
import { arr, type Check, type CheckContext, int, isPlainObject, note, nullable, obj, oneOf, own, recursive, Refusal, str, tagged } from './schema.ts';
import { LIMITS, worldShape } from './worldSchema.ts';
import { err, ok, type Result } from '../result.ts';

/** What passed the gate and what was repaired on the way (plain sentences, for the user). */
export interface Restoration<T> {
  restored: T;
  repaired: string[];
}
export type Restored<T> = Result<Restoration<T>>;

/**
 * Values a whole record may hold. A fresh reference lab has about 1,800, the mksysb lab 8,600, a lab
 * after 1,200 clone/boot/-X commands 17,000 (its error logs full); 250,000 leaves room for anything a
 * learner builds and keeps the worst hostile record to a fraction of a second (about 40 ms per 17,000).
 */
const BUDGET = 250_000;
/** The longest command line kept in the history (a line is also bounded by the terminal and the worker). */
const MAX_LINE = 1024 * 1024;
/** lifecycleTrack.ts keeps the last 20 transitions. */
const MAX_RECENT = 20;

/**
 * The stored format's history, append-only: migration i turns a version i + 1 record into version
 * i + 2. A record saved by this build has version SESSION_VERSION; an older one climbs the ladder on
 * load; a newer one (a later build wrote it) is refused rather than guessed at.
 */
export interface Migration {
  /** What changed, in a line (it is listed in `repaired`). */
  note: string;
  up(record: Record<string, unknown>): Record<string, unknown>;
}
export const MIGRATIONS: readonly Migration[] = [];
export const SESSION_VERSION = 1 + MIGRATIONS.length;

/** Brings `record` from its version to the newest along `ladder`, or says why it cannot. */
export function migrate(record: Record<string, unknown>, ladder: readonly Migration[], notes: string[]): Record<string, unknown> | string {
  const newest = 1 + ladder.length;
  const v = record.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return `has no valid format version (${String(v).slice(0, 20)})`;
  if (v > newest) return `was saved by a newer version of the trainer (format ${v}; this one reads up to ${newest})`;
  let r = record;
  for (let at = v; at < newest; at++) {
    r = { ...ladder[at - 1].up(r), version: at + 1 };
    notes.push(`migrated from format ${at} to ${at + 1}: ${ladder[at - 1].note}`);
  }
  return r;
}

const screen = tagged<unknown>('id', {
  main: obj({ id: oneOf('main') }),
  'boot-options': obj({ id: oneOf('boot-options') }),
  'device-type': obj({ id: oneOf('device-type') }),
  devices: obj({ id: oneOf('devices'), diskIds: arr(str(LIMITS.id), LIMITS.disks) }),
  task: obj({ id: oneOf('task'), diskId: str(LIMITS.id) }),
  exit: obj({ id: oneOf('exit'), diskId: nullable(str(LIMITS.id)) }),
});

const pendingShape: Check<PendingInput> = recursive<PendingInput>(
  (self) =>
    tagged<PendingInput>('kind', {
      'confirm-reset': obj({ kind: oneOf('confirm-reset') }, { resume: self }) as Check<PendingInput>,
      sms: obj({ kind: oneOf('sms'), host: str(LIMITS.name), screen, back: arr(screen, 16) }) as Check<PendingInput>,
      'define-console': obj({ kind: oneOf('define-console'), host: str(LIMITS.name), diskId: str(LIMITS.id), blv: str(LIMITS.name) }) as Check<PendingInput>,
    }),
  3,
);

const lifecycleShape = obj({
  state: str(100),
  recent: arr(obj({ command: str(MAX_LINE + 100), from: str(100), to: str(100) }), MAX_RECENT),
}) as Check<LifecycleRecord>;

/** Checks and repairs one stored session. */
export function restoreSessionState(value: unknown): Restored<SessionState> {
  return restoreWith(value, MIGRATIONS);
}

/** restoreSessionState along a given migration ladder and budget (tests climb a made-up ladder). */
export function restoreWith(value: unknown, ladder: readonly Migration[], budget = BUDGET): Restored<SessionState> {
  const ctx: CheckContext = { budget, repaired: [] };
  try {
    return ok({ restored: restoreSession(value, ladder, ctx), repaired: ctx.repaired });
  } catch (e) {
    if (e instanceof Refusal) return err(`The saved lab cannot be opened: ${e.message}.`);
    // A check that broke is a bug here, not in the record; still refuse rather than open half a lab.
    return err(`The saved lab cannot be opened: ${e instanceof Error ? e.message : String(e)}.`);
  }
}

/** Checks and repairs one stored world on its own (a start world kept in a record of its own). */
export function restoreWorld(value: unknown, where = 'world'): Restored<World> {
  const ctx: CheckContext = { budget: BUDGET, repaired: [] };
  try {
    return ok({ restored: checkWorld(value, where, ctx), repaired: ctx.repaired });
  } catch (e) {
    return err(e instanceof Refusal ? `The saved ${where} cannot be used: ${e.message}.` : String(e));
  }
}

function restoreSession(value: unknown, ladder: readonly Migration[], ctx: CheckContext): SessionState {
  if (!isPlainObject(value)) throw new Refusal('it is not a saved session (not an object)');
  if (value.format !== 'altdisk-session') throw new Refusal('it is not a saved altdisk session (format)');
  const migrated = migrate(value, ladder, ctx.repaired);
  if (typeof migrated === 'string') throw new Refusal(`it ${migrated}`);
  const scenario = str(LIMITS.name)(migrated.scenario, 'scenario', ctx);
  const world = checkWorld(migrated.world, 'world', ctx);
  const start = checkStart(migrated.start, scenario, ctx);
  return {
    format: 'altdisk-session',
    version: 1,
    scenario,
    start,
    world,
    ...checkHistory(migrated, ctx),
    pending: checkPending(migrated.pending, world, ctx),
    lifecycle: checkLifecycle(migrated.lifecycle, world, ctx),
  };
}

/** A start world that cannot be read is rebuilt from its built-in scenario (reset needs one). */
function checkStart(value: unknown, scenario: string, ctx: CheckContext): World {
  try {
    return checkWorld(value, 'start', ctx);
  } catch (e) {
    const builtin = findScenario(scenario);
    if (!(e instanceof Refusal) || !builtin) throw e;
    note(ctx, `the start world was unreadable (${e.message}); rebuilt from the scenario ${scenario}`);
    return builtin.build();
  }
}

function checkHistory(record: Record<string, unknown>, ctx: CheckContext): { history: string[]; historyBase?: number } {
  const raw = record.history;
  if (!Array.isArray(raw)) throw new Refusal('history is not a list');
  // Only the lines kept are read: a huge stored history costs no more than HISTSIZE lines.
  const over = Math.max(0, raw.length - HISTSIZE);
  const history = arr(str(MAX_LINE), HISTSIZE)(raw.slice(over), 'history', ctx);
  let base = own(record, 'historyBase') && record.historyBase !== undefined ? int(0, Number.MAX_SAFE_INTEGER)(record.historyBase, 'historyBase', ctx) : 0;
  if (over > 0) {
    note(ctx, `the command history kept its newest ${HISTSIZE} lines (ksh HISTSIZE), ${over} older ones let go`);
    base += over;
  }
  return base > 0 ? { history, historyBase: base } : { history };
}

function checkPending(value: unknown, world: World, ctx: CheckContext): PendingInput | null {
  if (value === null || value === undefined) return null;
  let p: PendingInput;
  try {
    p = pendingShape(value, 'pending', ctx);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    note(ctx, `the console question waiting for an answer was unreadable and is dropped (${e.message})`);
    return null;
  }
  const known = (q: PendingInput): boolean => {
    if (q.kind === 'confirm-reset') return !q.resume || known(q.resume);
    if (!own(world.hosts, q.host)) return false;
    if (q.kind === 'define-console') return own(world.disks, q.diskId);
    return [q.screen, ...q.back].every((s) => ('diskIds' in s ? s.diskIds.every((d) => own(world.disks, d)) : 'diskId' in s && s.diskId !== null ? own(world.disks, s.diskId) : true));
  };
  if (known(p)) return p;
  note(ctx, 'the console question waiting for an answer named a host or disk that is gone and is dropped');
  return null;
}

function checkLifecycle(value: unknown, world: World, ctx: CheckContext): LifecycleRecord {
  if (isPlainObject(value) && Array.isArray(value.recent) && value.recent.length > MAX_RECENT) {
    value = { ...value, recent: value.recent.slice(-MAX_RECENT) };
  }
  try {
    const record = lifecycleShape(value, 'lifecycle', ctx);
    // Every line asks the rule book about this state: one it does not know would fail every line.
    if (!allStateNames().some((name) => name === record.state)) throw new Refusal(`lifecycle.state "${record.state}" is not a state of the rule book`);
    return record;
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    note(ctx, `the lifecycle record was unreadable and is read again from the disks (${e.message})`);
    return { state: classifyLifecycle(world), recent: [] };
  }
}

/** Shape, then references, then the caps and the sweep the session applies after every line. */
function checkWorld(value: unknown, where: string, ctx: CheckContext): World {
  const world = worldShape(value, where, ctx);
  checkReferences(world, where, ctx);
  for (const vgid of dropUncarriedVgs(world)) note(ctx, `${where}: dropped the image of volume group ${vgid}, which no disk carries`);
  capLogs(world, where, ctx);
  return world;
}

function checkReferences(world: World, where: string, ctx: CheckContext): void {
  const fail = (path: string, why: string): never => {
    throw new Refusal(`${where}.${path} ${why}`);
  };
  if (!own(world.hosts, world.console)) fail('console', 'names no host');
  for (const [key, host] of Object.entries(world.hosts)) if (host.name !== key) fail(`hosts.${key}.name`, 'does not match its key');
  for (const [key, vg] of Object.entries(world.vgs)) if (vg.vgid !== key) fail(`vgs.${key}.vgid`, 'does not match its key');
  for (const [key, disk] of Object.entries(world.disks)) {
    if (disk.id !== key) fail(`disks.${key}.id`, 'does not match its key');
    if (disk.location && !own(world.hosts, disk.location.host)) {
      note(ctx, `${where}: disk ${key} was attached to a host that is gone; it is on the shelf`);
      disk.location = null;
    }
    if (disk.vgid && !own(world.vgs, disk.vgid)) {
      note(ctx, `${where}: disk ${key} named a volume group image that is gone; it is blank now`);
      disk.vgid = null;
    }
    const vg = disk.vgid ? world.vgs[disk.vgid] : null;
    // Partition maps are built per disk (engine/lvm.ts): bound them.
    if (vg && disk.sizeMB / vg.ppSizeMB > LIMITS.ppsPerPv) fail(`disks.${key}`, `has more than ${LIMITS.ppsPerPv} partitions`);
  }
  for (const [name, host] of Object.entries(world.hosts)) {
    // Boot lists and the last boot may name a disk that is gone (`lab disk remove`): NVRAM keeps the
    // entry (bootlist -o shows '-'), and the simulator reads them as possibly missing.
    const run = host.run;
    if (!run) continue;
    if (!own(world.disks, run.bootDiskId)) fail(`hosts.${name}.run.bootDiskId`, 'names no disk');
    if (!own(world.vgs, run.rootVgid) || !world.vgs[run.rootVgid].os) fail(`hosts.${name}.run.rootVgid`, 'names no volume group holding AIX');
    const varied = [...new Set(run.variedOn.filter((id) => own(world.vgs, id)))];
    if (varied.length !== run.variedOn.length) note(ctx, `${where}: ${name}'s varied-on list named volume groups that are gone or twice; fixed`);
    run.variedOn = varied;
    const seen = new Set<string>();
    const mounts = run.mounts.filter((m) => {
      if (!m.lv) return true;
      const key = `${m.lv.vgid}.${m.lv.minor}`;
      const lv = own(world.vgs, m.lv.vgid) ? world.vgs[m.lv.vgid].lvs.find((l) => l.minor === m.lv!.minor) : undefined;
      const good = !!lv?.fs && varied.includes(m.lv.vgid) && !seen.has(key);
      seen.add(key);
      return good;
    });
    if (mounts.length !== run.mounts.length) note(ctx, `${where}: ${name} had mounts of logical volumes that are gone or varied off; they are unmounted`);
    run.mounts = mounts;
  }
}

/** The same caps the running system applies when it writes (errlog.ts, altdisk/common.ts). */
function capLogs(world: World, where: string, ctx: CheckContext): void {
  for (const vg of Object.values(world.vgs)) {
    if (vg.os?.errlog && wrapLog(vg.os.errlog, ERRLOG_MAX_ENTRIES) > 0) note(ctx, `${where}: the error log of ${vg.os.hostname} wrapped to its newest ${ERRLOG_MAX_ENTRIES} records`);
    for (const lv of vg.lvs) {
      const log = lv.fs?.superblockMount.endsWith('/var') ? lv.fs.files['adm/ras/alt_disk_inst.log'] : undefined;
      if (log?.kind !== 'file' || log.text === undefined) continue;
      const kept = keepLastRuns(log.text, ALT_LOG_RUNS);
      if (kept.length === log.text.length) continue;
      log.text = kept;
      note(ctx, `${where}: alt_disk_inst.log on ${vg.vgid} keeps its newest ${ALT_LOG_RUNS} runs`);
    }
  }
  for (const host of Object.values(world.hosts)) if (host.errBuffer) wrapLog(host.errBuffer, ERRBUFFER_MAX_ENTRIES);
}
