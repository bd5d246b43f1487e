// Opening a lab: storage (once), which lab (a saved one by id, a NEW one for a scenario, lesson or link,
// else the most recently used, else a fresh reference lab), its writer lock, restoring it (every record
// through the load gate; what cannot be used is set aside and named), resuming a command a closed tab
// left playing (R1), and replaying a shared link (only in the worker).
import type { HostError, LabSummary, OpenRequest, OpenResult, SetAside, TerminalLine } from '../protocol/index.ts';
import type { SessionState } from '../core/session/api.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';
import { openStore as openIndexedDbStore, SCROLLBACK_CAP, type InflightRecord, type Store } from './persistence/db.ts';
import { StorageError, toStorageError } from './persistence/errors.ts';
import { newLabId } from './persistence/records.ts';
import { DEFAULT_PROMPT, errorText, isSpeed, readOnly, status, storageFailed, type HostContext, type Reply, type StoreHooks } from './hostContext.ts';
import { LINK_REPLAY_BUDGET_MS, openLink, stepsFromLog } from './sharedLink.ts';
import { outputLines } from './transcript.ts';
import { flagTable } from '../core/commands/lib/explain.ts';
import { LOCK_WAIT_MS, RESTART_LOCK_WAIT_MS } from './writerLock.ts';

/** Longest wait for IndexedDB to open before the lab starts in memory (the page gives 'open' 2 s). */
export const STORE_OPEN_TIMEOUT_MS = 1000;

export const MEMORY_ONLY = {
  mode: 'memory' as const,
  message: 'Saving is turned off for this session: the lab works, but nothing is kept after you close the tab.',
};

export const LINK_NEEDS_WORKER =
  'This link was not opened: links are replayed only by the simulator’s background worker, which is not running in this tab.';

/** "<title> <n>" with n one more than the highest number a lab of that title has. */
export function numberedName(title: string, labs: readonly LabSummary[]): string {
  let highest = 0;
  for (const lab of labs) {
    if (!lab.name.startsWith(`${title} `)) continue;
    const n = Number(lab.name.slice(title.length + 1));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${title} ${highest + 1}`;
}

export async function ensureStore(ctx: HostContext): Promise<void> {
  if (ctx.storeTried) return;
  ctx.storeTried = true;
  if (ctx.deps.openStore === null) {
    ctx.storage = MEMORY_ONLY;
    return;
  }
  const open = ctx.deps.openStore ?? ((hooks: StoreHooks) => openIndexedDbStore({ ...hooks, gate: hooks.gate! }));
  const hooks: StoreHooks = {
    onLost: (err: StorageError) => storageFailed(ctx, err),
    gate: ctx.core.restoreSessionState,
    legacyName: (scenario) => `${ctx.core.scenarioTitle(scenario) ?? scenario} 1`,
  };
  if (ctx.deps.requestPersist !== undefined) hooks.requestPersist = ctx.deps.requestPersist;
  const timeoutMs = ctx.deps.storeOpenTimeoutMs ?? STORE_OPEN_TIMEOUT_MS;
  try {
    ctx.store = await new Promise<Store>((resolve, reject) => {
      let settled = false;
      const timer = ctx.scheduler.setTimeout(() => {
        settled = true;
        reject(new StorageError('blocked', `storage did not open within ${timeoutMs} ms`));
      }, timeoutMs);
      open(hooks).then(
        (s) => {
          if (settled) s.close(); // too late: the lab already started in memory
          else resolve(s);
          settled = true;
          ctx.scheduler.clearTimeout(timer);
        },
        (err: unknown) => {
          settled = true;
          ctx.scheduler.clearTimeout(timer);
          reject(err);
        },
      );
    });
    ctx.storage = { mode: 'indexeddb', message: null };
    ctx.repairs.push(...ctx.store.repairs);
  } catch (err) {
    storageFailed(ctx, toStorageError(err, 'unavailable'));
  }
}

/** Makes `next` the open session with its terminal lines. */
function adopt(ctx: HostContext, session: HostContext['session'] & object, lines: TerminalLine[]): SimSnapshot {
  const snapshot = session.snapshot();
  ctx.session = session;
  ctx.good = structuredClone(session.state());
  ctx.prompt = snapshot.prompt ?? DEFAULT_PROMPT;
  ctx.scrollback = lines.slice(-SCROLLBACK_CAP);
  return snapshot;
}

function memoryLab(ctx: HostContext, name: string, scenario: string, lesson: string | null): LabSummary {
  const at = ctx.wallClock();
  return { id: `unsaved-${Math.floor(at).toString(36)}`, name, scenario, lesson, createdAt: at, lastUsedAt: at, commands: 0 };
}

async function listLabs(ctx: HostContext, setAside: SetAside[]): Promise<LabSummary[]> {
  if (!ctx.store) return [];
  try {
    const { labs, setAside: aside } = await ctx.store.labs();
    setAside.push(...aside);
    return labs;
  } catch (err) {
    storageFailed(ctx, toStorageError(err, 'read'));
    return [];
  }
}

/** A new lab for `state`: saved (as the writer: its id is new, so its lock is free) or in memory. */
async function createLab(ctx: HostContext, init: { name: string; scenario: string; lesson: string | null; state: SessionState }, request: OpenRequest, onGranted: () => void): Promise<void> {
  ctx.lab = memoryLab(ctx, init.name, init.scenario, init.lesson);
  ctx.records = null;
  if (ctx.store) {
    try {
      ctx.lab = await ctx.store.createLab(init);
      ctx.records = ctx.store.lab(ctx.lab.id);
    } catch (err) {
      storageFailed(ctx, toStorageError(err, 'write'));
    }
  }
  await ctx.lock.acquire(ctx.lab.id, !!ctx.store, lockWait(ctx, request), onGranted);
}

function lockWait(ctx: HostContext, request: OpenRequest): number {
  return request.restarted ? (ctx.deps.restartLockWaitMs ?? RESTART_LOCK_WAIT_MS) : (ctx.deps.lockWaitMs ?? LOCK_WAIT_MS);
}

/**
 * Opens one saved lab: lock, load (gated), resume an in-flight command, restore. Returns false when the
 * lab cannot be opened (its records were set aside and named).
 */
async function openSaved(ctx: HostContext, lab: LabSummary, request: OpenRequest, setAside: SetAside[], onGranted: () => void): Promise<SimSnapshot | null> {
  if (ctx.session && ctx.good && ctx.lab?.id === lab.id) {
    return ctx.session.snapshot(); // re-open in the same host: memory is the newest copy
  }
  const store = ctx.store!;
  const records = store.lab(lab.id);
  await ctx.lock.acquire(lab.id, true, lockWait(ctx, request), onGranted);
  let state: SessionState | null;
  let lines: TerminalLine[];
  let why: string | null;
  /** Log entries at open: Share reads these from storage later; the lines run since come from memory. */
  let logged = 0;
  try {
    const loaded = await records.load({ readOnly: readOnly(ctx) }); // a read-only tab writes nothing, repairs included
    setAside.push(...loaded.setAside);
    state = loaded.state;
    lines = loaded.scrollback;
    why = loaded.unusable;
    logged = loaded.logLength;
    // A read-only tab leaves an in-flight command to the writer that is playing it.
    if (state && loaded.inflight && !readOnly(ctx)) {
      const resumed = await resumeInterrupted(ctx, records, loaded.inflight, lines);
      if (resumed) ({ state, scrollback: lines } = resumed);
      if (resumed) logged++;
    }
  } catch (err) {
    storageFailed(ctx, toStorageError(err, 'read'));
    return null;
  }
  let snapshot: SimSnapshot | null = null;
  if (state) {
    try {
      snapshot = adopt(ctx, ctx.core.createSession(structuredClone(state)), lines);
    } catch (err) {
      why = `The simulator could not rebuild it (${errorText(err)}).`;
    }
  }
  if (!snapshot) {
    setAside.push({ what: `lab “${lab.name}”`, why: why ?? 'it could not be read' });
    ctx.lock.drop();
    if (!readOnly(ctx) && ctx.store) await ctx.store.setAsideLab(lab.id, why ?? 'unreadable').catch(() => {});
    return null;
  }
  ctx.lab = lab;
  ctx.records = records;
  ctx.steps.reset(() => records.readLog().then((entries) => stepsFromLog(entries.filter((e) => e.seq <= logged))));
  if (ctx.lock.writer) await store.touchLab(lab.id).catch(() => {});
  return snapshot;
}

export async function open(ctx: HostContext, id: number, request: OpenRequest, reply: Reply<'open'>, onGranted: () => void): Promise<void> {
  if (isSpeed(request.speed)) ctx.speed = request.speed;
  if (ctx.linkSave) await ctx.linkSave; // a shared link's lab is saved before anything else is read or written
  await ensureStore(ctx);
  const setAside: SetAside[] = ctx.repairs.splice(0);
  const labs = await listLabs(ctx, setAside);
  let notice: HostError | null = null;
  let snapshot: SimSnapshot | null = null;

  // ---- a NEW lab: a shared link (#s=, replayed only in the worker), a scenario or a lesson.
  if (request.shared !== undefined) {
    if (ctx.deps.inPage) notice = { code: 'bad-link', message: LINK_NEEDS_WORKER };
    else {
      const linked = await openShared(ctx, request.shared, onGranted);
      if ('code' in linked) notice = linked;
      else snapshot = linked.snapshot;
    }
  } else if (request.scenario !== undefined || request.lesson !== undefined) {
    const scenario = request.scenario ?? ctx.core.defaultScenario;
    const fresh = ctx.core.newSessionState(scenario);
    if (!fresh) {
      notice = { code: 'unknown-scenario', message: `There is no built-in scenario called "${scenario}", so ${labs.length > 0 ? 'your saved lab was' : 'the reference lab was'} opened instead.` };
    } else {
      const lesson = request.lesson ?? null;
      const title = lesson !== null ? (request.lessonTitle ?? lesson) : (ctx.core.scenarioTitle(scenario) ?? scenario);
      snapshot = adopt(ctx, ctx.core.createSession(structuredClone(fresh)), []);
      await createLab(ctx, { name: numberedName(title, labs), scenario, lesson, state: ctx.good! }, request, onGranted);
      ctx.steps.reset([]);
    }
  }

  // ---- a saved lab: the one asked for, else the most recently used; else a fresh reference lab.
  if (!snapshot) {
    const wanted = request.lab !== undefined ? labs.find((l) => l.id === request.lab) : undefined;
    if (request.lab !== undefined && !wanted && !notice && ctx.store) {
      notice = { code: 'unknown-lab', message: 'The saved lab in this address is not in this browser (it may have been deleted), so your most recent lab was opened instead.' };
    }
    const order = wanted ? [wanted, ...labs.filter((l) => l !== wanted)] : labs;
    // Without storage the only lab is the one in memory: a re-open in the same host keeps it.
    if (!ctx.store && ctx.session && ctx.good && ctx.lab) snapshot = ctx.session.snapshot();
    for (const lab of snapshot ? [] : order) {
      if (!ctx.store) break;
      snapshot = await openSaved(ctx, lab, request, setAside, onGranted);
      if (snapshot) break;
    }
    if (!snapshot) {
      const fresh = ctx.core.newSessionState(ctx.core.defaultScenario);
      if (!fresh) throw new Error(`the default scenario "${ctx.core.defaultScenario}" is missing`);
      snapshot = adopt(ctx, ctx.core.createSession(fresh), []);
      const title = ctx.core.scenarioTitle(ctx.core.defaultScenario) ?? ctx.core.defaultScenario;
      await createLab(ctx, { name: numberedName(title, labs), scenario: ctx.core.defaultScenario, lesson: null, state: ctx.good! }, request, onGranted);
      ctx.steps.reset([]);
    }
    if (notice?.code === 'bad-link') notice = { code: 'bad-link', message: `${notice.message} ${labs.length > 0 ? 'Your saved lab was opened instead.' : 'A fresh lab was opened instead.'}` };
  }

  ctx.opened = true;
  reply({ id, type: 'opened', result: await openResult(ctx, snapshot, notice, setAside) });
}

export async function openResult(ctx: HostContext, snapshot: SimSnapshot, notice: HostError | null, setAside: SetAside[]): Promise<OpenResult> {
  const session = ctx.session!;
  const labs = await listLabs(ctx, setAside);
  const lab = labs.find((l) => l.id === ctx.lab!.id) ?? ctx.lab!;
  return {
    snapshot,
    scrollback: [...ctx.scrollback],
    history: [...session.history()],
    historyBase: session.historyBase?.() ?? 0,
    commands: session.completions().commands,
    flagHelp: flagTable(),
    storage: status(ctx),
    inPage: ctx.deps.inPage ?? false,
    notice,
    lab,
    labs: labs.some((l) => l.id === lab.id) ? labs : [lab, ...labs],
    setAside,
  };
}

/**
 * A shared link: its scenario, fresh, with every step replayed as if typed (the scrollback shows the
 * lines and their output, the log holds them), saved as a NEW lab "Shared link: <scenario> (N steps)".
 */
async function openShared(ctx: HostContext, text: string, onGranted: () => void): Promise<{ snapshot: SimSnapshot } | HostError> {
  const started = ctx.now();
  const linked = openLink(ctx.core, text, () => ctx.now() - started > LINK_REPLAY_BUDGET_MS);
  if (!linked.ok) return { code: 'bad-link', message: linked.error };
  const { session, lines, entries } = linked.value;
  const snapshot = adopt(ctx, session, lines);
  ctx.steps.reset(linked.value.steps);
  ctx.lock.drop();
  ctx.lock.writer = true; // a new lab: nobody else can have it open
  const scenario = ctx.good!.scenario;
  const title = ctx.core.scenarioTitle(scenario) ?? (scenario === 'twin' ? `the server ${ctx.good!.start.console}` : scenario);
  const name = `Shared link: ${title} (${linked.value.steps.length} ${linked.value.steps.length === 1 ? 'step' : 'steps'})`;
  ctx.lab = { ...memoryLab(ctx, name, scenario, null), commands: entries.length };
  ctx.records = null;
  if (ctx.store) {
    ctx.lab.id = newLabId(ctx.lab.createdAt); // the page names it in the address at once
    // One transaction, finished after 'opened' is posted (the lab shows sooner, BUDGETS P6); open and
    // exec wait for it. A tab closed before it lands has no new lab; the learner opens the link again.
    const store = ctx.store;
    const pending = ctx.lab;
    const saving = store
      .createLab({ id: pending.id, name, scenario, lesson: null, state: ctx.good!, entries, lines: ctx.scrollback })
      .then((summary) => {
        if (ctx.lab === pending) ctx.records = store.lab(summary.id);
        return ctx.lock.acquire(summary.id, true, 0, onGranted).then(() => undefined);
      })
      .catch((err: unknown) => storageFailed(ctx, toStorageError(err, 'write')));
    ctx.linkSave = saving;
    void saving.then(() => {
      if (ctx.linkSave === saving) ctx.linkSave = null;
    });
  }
  return { snapshot };
}

/**
 * The page went away while a long command was playing: the command is cut where its output had got
 * to, as AIX leaves a clone whose terminal died (OUTCOMES O10), and that state is committed.
 */
async function resumeInterrupted(
  ctx: HostContext,
  records: NonNullable<HostContext['records']>,
  inflight: InflightRecord,
  stored: TerminalLine[],
): Promise<{ state: SessionState; scrollback: TerminalLine[] } | null> {
  try {
    const replay = ctx.core.createSession(inflight.before);
    replay.exec(inflight.line);
    // inflight.atMs is the time of the last output the learner saw; the core's cut keeps only what
    // happened before the cut, so the cut falls just after it (that line and its effect stay).
    const cutAtMs = inflight.atMs + 1;
    const cut = replay.interruptLast(cutAtMs);
    if (!cut) return null;
    const state = replay.state();
    const lines = outputLines(cut.chunks);
    await records.commit({
      state,
      logEntry: { line: inflight.line, exitCode: cut.exitCode, atMs: inflight.before.world.clock.nowMs, durationMs: cut.durationMs, interruptedAtMs: cutAtMs },
      lines,
      inflight: null,
    });
    return { state, scrollback: [...stored, ...lines] };
  } catch (err) {
    storageFailed(ctx, toStorageError(err, 'write'));
    return null;
  }
}
