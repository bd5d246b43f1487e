// Time travel in the host (issue 14): the open lab's timeline, undo / redo / jump, branch, compare,
// export and import. The lab's steps are its command log (every line, answers included); the timeline
// replays them from the scenario's start in the core (core/timeline/replay.ts) with checkpoints, and
// keeps each step's terminal lines, so step N comes back with exactly its state and terminal.
//   - A travel is committed like a command: the state at the step, a travel mark in the log (travelTo),
//     and the terminal as it was at that step, in one transaction. The steps after the cursor stay as
//     redo until a command is run there (the log's fold drops them: sharedLink.ts foldLog).
//   - Branch and import create a NEW saved lab (never overwrite one); a file is checked by the core
//     (core/timeline/labFile.ts: size, shape, the load gate, a replay) before anything is written.
import type { ComparePoint, HostError, LabSummary, NewLabResult, RequestOf, TerminalLine, TimelineView, TimeTravelRequest, Travelled } from '../protocol/index.ts';
import type { SessionState } from '../core/session/api.ts';
import type { ExecResult } from '../core/session/types.ts';
import { compareStates } from '../core/timeline/compare.ts';
import { readLabFile, writeLabFile } from '../core/timeline/labFile.ts';
import { sameLab, startState, Timeline } from '../core/timeline/replay.ts';
import { SCROLLBACK_CAP, type LogEntry } from './persistence/db.ts';
import { toStorageError } from './persistence/errors.ts';
import { DEFAULT_PROMPT, errorText, readOnly, READ_ONLY_MESSAGE, storageFailed, type HostContext, type Reply } from './hostContext.ts';
import { foldLog, type LinkStep } from './sharedLink.ts';
import { transcript } from './transcript.ts';
import { TWIN_SCENARIO } from '../core/twin/build.ts';

/** Longest real time a timeline may take to build (or a file to check) before it is refused. */
export const TIMELINE_BUDGET_MS = 20_000;

interface Delta {
  lines: TerminalLine[];
  replace: boolean;
}

/** The open lab's timeline: its steps, where it stands, the replay and each step's terminal lines. */
interface Travel {
  labId: string;
  /** Every step, undone ones included. */
  steps: LinkStep[];
  cursor: number;
  timeline: Timeline;
  deltas: Delta[];
  /** The state this timeline was checked against (ctx.good), and what the check said. */
  checked: SessionState | null;
  reason: string | null;
}

const travels = new WeakMap<HostContext, Travel>();

class TravelRefusal extends Error {
  constructor(
    readonly code: HostError['code'],
    message: string,
  ) {
    super(message);
  }
}

function sameSteps(a: readonly LinkStep[], b: readonly LinkStep[]): boolean {
  return a.length === b.length && a.every((s, i) => s.line === b[i].line && s.cutAtMs === b[i].cutAtMs);
}

/** The lines of the terminal after step n: each step's lines, a clear starting over, the newest SCROLLBACK_CAP kept. */
function transcriptAt(travel: Travel, n: number): TerminalLine[] {
  let lines: TerminalLine[] = [];
  for (let i = 0; i < n; i++) {
    const d = travel.deltas[i];
    if (d.replace) lines = [...d.lines];
    else for (const l of d.lines) lines.push(l);
  }
  return lines.slice(-SCROLLBACK_CAP);
}

/** Steps of the lab (all, and how many are in effect): the log when saved, else what this tab ran. */
async function currentSteps(ctx: HostContext, known: Travel | undefined): Promise<{ steps: LinkStep[]; cursor: number }> {
  const effective = await ctx.steps.all();
  if (!effective) throw new TravelRefusal('storage', 'The commands of this lab could not be read from storage, so its timeline cannot be shown.');
  if (known && known.labId === ctx.lab?.id && sameSteps(known.steps.slice(0, known.cursor), effective)) {
    return { steps: known.steps, cursor: known.cursor }; // redo steps still stand: no command since
  }
  if (ctx.records && (!known || known.labId !== ctx.lab?.id)) {
    // First use after an open: undone steps saved before are in the log.
    try {
      const folded = foldLog(await ctx.records.readLog());
      if (folded.cursor === effective.length && sameSteps(folded.steps.slice(0, folded.cursor), effective)) return folded;
    } catch (err) {
      storageFailed(ctx, toStorageError(err, 'read'));
    }
  }
  return { steps: effective, cursor: effective.length };
}

/**
 * A line the host just ran and committed (runLine.ts): the timeline, when it was built for this lab,
 * records it from the live run instead of replaying it later (a new command drops the undone steps).
 */
export function recordExec(ctx: HostContext, run: { line: string; result: ExecResult; before: SessionState; after: SessionState; lines: TerminalLine[]; replace: boolean }): void {
  let travel = travels.get(ctx);
  if ((!travel || travel.labId !== ctx.lab?.id) && ctx.lab && ctx.steps.knownLength() === 1) {
    // The first line of a lab made in this tab: its timeline starts here, recorded as the lab runs.
    travel = { labId: ctx.lab.id, steps: [], cursor: 0, timeline: new Timeline(startState(run.before)), deltas: [], checked: run.before, reason: null };
    travels.set(ctx, travel);
  }
  if (!travel || travel.labId !== ctx.lab?.id || travel.timeline.length < travel.cursor || travel.checked !== run.before) {
    travels.delete(ctx); // out of step: rebuilt (replayed) when next asked for
    return;
  }
  travel.timeline.truncate(travel.cursor);
  travel.deltas.length = travel.cursor;
  travel.steps = [...travel.steps.slice(0, travel.cursor), { line: run.line }];
  travel.timeline.append({ line: run.line }, run.result, run.before, run.after);
  travel.deltas.push({ lines: run.lines, replace: run.replace });
  travel.cursor++;
  travel.checked = run.after;
}

/** The last line was cut (Ctrl-C): the timeline forgets it and replays it, cut, when next asked for. */
export function forgetLast(ctx: HostContext): void {
  const travel = travels.get(ctx);
  if (!travel || travel.cursor === 0) return;
  travel.cursor--;
  travel.steps = travel.steps.slice(0, travel.cursor);
  travel.timeline.truncate(travel.cursor);
  travel.deltas.length = travel.cursor;
  travel.checked = null;
}

/** The open lab's timeline, brought up to date (only new steps are replayed) and checked against the lab. */
async function travelOf(ctx: HostContext): Promise<Travel> {
  const good = ctx.good;
  const lab = ctx.lab;
  if (!good || !lab) throw new TravelRefusal('internal', 'The simulator is not open yet.');
  let travel = travels.get(ctx);
  const { steps, cursor } = await currentSteps(ctx, travel);
  if (!travel || travel.labId !== lab.id || travel.timeline.start.scenario !== good.scenario) {
    travel = { labId: lab.id, steps, cursor, timeline: new Timeline(startState(good)), deltas: [], checked: null, reason: null };
    travels.set(ctx, travel);
  }
  travel.steps = steps;
  travel.cursor = cursor;
  const keep = travel.timeline.commonPrefix(steps);
  travel.timeline.truncate(keep);
  travel.deltas.length = keep;
  const started = ctx.now();
  let prompt = DEFAULT_PROMPT;
  const complete = travel.timeline.extend(steps.slice(keep), {
    shouldStop: () => ctx.now() - started > TIMELINE_BUDGET_MS,
    onStep: (ran) => {
      prompt = ran.prompt;
      travel.deltas.push(transcript(prompt, ran.line, ran.result));
    },
  });
  if (!complete) throw new TravelRefusal('time-travel', `This lab has too many long commands to replay here (${travel.timeline.length} of ${steps.length} steps in ${TIMELINE_BUDGET_MS / 1000} s).`);
  if (travel.checked !== good) {
    travel.checked = good;
    travel.reason = sameLab(travel.timeline.stateAt(cursor), good)
      ? null
      : 'The saved commands of this lab do not lead to its current state (some were not saved), so it cannot go back through them. Branching or exporting still works from the lab as it is.';
  }
  return travel;
}

function view(travel: Travel): TimelineView {
  return {
    lab: travel.labId,
    cursor: travel.cursor,
    entries: travel.timeline.entries.map(({ index, line, exitCode, lifecycle, group, cut }) => ({ index, line, exitCode, lifecycle, group, cut })),
    startLifecycle: travel.timeline.start.lifecycle.state,
    replayable: travel.reason === null,
    reason: travel.reason,
  };
}

function checkStep(travel: Travel, step: unknown, max: number): number {
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > max) {
    throw new TravelRefusal('time-travel', `There is no step ${String(step).slice(0, 12)} in this lab: its steps go from 0 (the start) to ${max}.`);
  }
  if (travel.reason) throw new TravelRefusal('time-travel', travel.reason);
  return step;
}

/** Moves the open lab to step `to`: commits it (state, travel mark, terminal) and makes it the session. */
async function travelTo(ctx: HostContext, travel: Travel, to: number, kind: Travelled['kind']): Promise<Travelled> {
  const from = travel.cursor;
  const state = travel.timeline.stateAt(to);
  const lines = transcriptAt(travel, to);
  const mark: Omit<LogEntry, 'seq'> = { line: kind === 'jump' ? `jump ${to}` : kind, exitCode: 0, atMs: state.world.clock.nowMs, durationMs: 0, travelTo: to };
  if (ctx.records) {
    try {
      await ctx.records.commit({ state, logEntry: mark, lines, replaceScrollback: true, inflight: null });
    } catch (err) {
      storageFailed(ctx, toStorageError(err, 'write'));
    }
  }
  const session = ctx.core.createSession(structuredClone(state));
  const snapshot = session.snapshot();
  ctx.session = session;
  ctx.good = state;
  ctx.prompt = snapshot.prompt ?? DEFAULT_PROMPT;
  ctx.scrollback = lines;
  ctx.steps.reset(travel.steps.slice(0, to));
  travel.cursor = to;
  travel.checked = state; // the timeline made it
  return { kind, from, to, snapshot, scrollback: [...lines], history: [...session.history()], historyBase: session.historyBase?.() ?? 0, timeline: view(travel) };
}

/** The log of a new lab holding the first n steps (a cut step: its line, then its cut). */
function entriesUpTo(travel: Travel, n: number): Omit<LogEntry, 'seq'>[] {
  const out: Omit<LogEntry, 'seq'>[] = [];
  for (let i = 0; i < n; i++) {
    const e = travel.timeline.entries[i];
    const step = travel.steps[i];
    out.push({ line: step.line, exitCode: e.exitCode, atMs: e.startedAtMs, durationMs: 0 });
    if (step.cutAtMs !== undefined) out.push({ line: step.line, exitCode: e.exitCode, atMs: e.startedAtMs, durationMs: step.cutAtMs, interruptedAtMs: step.cutAtMs });
  }
  return out;
}

async function newLab(ctx: HostContext, lab: { name: string; scenario: string; lesson: string | null; state: SessionState; entries: Omit<LogEntry, 'seq'>[]; lines: TerminalLine[] }): Promise<NewLabResult> {
  const store = ctx.store;
  if (!store) throw new TravelRefusal('storage', 'New labs cannot be saved: this tab is not saving (see the message at the top).');
  if (readOnly(ctx)) throw new TravelRefusal('read-only', READ_ONLY_MESSAGE);
  let summary: LabSummary;
  try {
    summary = await store.createLab({ ...lab, name: lab.name.slice(0, 80) });
  } catch (err) {
    storageFailed(ctx, toStorageError(err, 'write'));
    throw new TravelRefusal('storage', `The new lab could not be saved: ${ctx.storage.message ?? errorText(err)}`);
  }
  const labs = (await store.labs()).labs;
  return { lab: summary, labs };
}

async function point(ctx: HostContext, travel: Travel, p: ComparePoint): Promise<{ state: SessionState; label: string }> {
  if ('step' in p) {
    const step = checkStep(travel, p.step, travel.timeline.length);
    const label = step === 0 ? 'the start (step 0)' : step === travel.cursor ? `now (step ${step})` : `step ${step}`;
    return { state: travel.timeline.stateAt(step), label };
  }
  if (typeof p.lab !== 'string') throw new TravelRefusal('time-travel', 'A point to compare is a step or a saved lab.');
  if (p.lab === ctx.lab?.id) return { state: ctx.good!, label: `this lab (step ${travel.cursor})` };
  if (!ctx.store) throw new TravelRefusal('storage', 'Other labs cannot be read: this tab is not saving.');
  const summary = (await ctx.store.labs()).labs.find((l) => l.id === p.lab);
  if (!summary) throw new TravelRefusal('unknown-lab', 'That lab is no longer saved in this browser.');
  const loaded = await ctx.store.lab(p.lab).load({ readOnly: true });
  if (!loaded.state) throw new TravelRefusal('storage', `The lab “${summary.name}” cannot be read: ${loaded.unusable ?? 'it is damaged'}`);
  return { state: loaded.state, label: `lab “${summary.name}”` };
}

function fileName(name: string): string {
  const base = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'lab';
  return `${base}.altdisk-lab.json`;
}

async function answer(ctx: HostContext, msg: TimeTravelRequest & { id: number }, reply: Reply<TimeTravelRequest['type']>): Promise<void> {
  const id = msg.id;
  if (msg.type === 'importLab') {
    const started = ctx.now();
    const read = readLabFile(msg.text, { shouldStop: () => ctx.now() - started > TIMELINE_BUDGET_MS, isScenario: (s) => ctx.core.scenarioTitle(s) !== null || s === TWIN_SCENARIO });
    if (!read.ok) throw new TravelRefusal('bad-file', read.error);
    const file = read.value.file;
    const timeline = new Timeline(startState(file.session));
    const deltas: Delta[] = [];
    timeline.extend(file.steps.slice(0, file.cursor));
    const travel: Travel = { labId: '', steps: file.steps, cursor: file.cursor, timeline, deltas, checked: null, reason: null };
    const entries = entriesUpTo(travel, file.cursor);
    // Undone steps come along (exit codes are the timeline's business), then a mark back to the cursor.
    for (const s of file.steps.slice(file.cursor)) entries.push({ line: s.line, exitCode: 0, atMs: 0, durationMs: 0 });
    if (file.cursor < file.steps.length) entries.push({ line: `jump ${file.cursor}`, exitCode: 0, atMs: 0, durationMs: 0, travelTo: file.cursor });
    const result = await newLab(ctx, { name: `${file.name} (imported)`, scenario: file.scenario, lesson: file.lesson, state: file.session, entries, lines: file.terminal });
    return reply({ id, type: 'imported', result });
  }
  const travel = await travelOf(ctx);
  switch (msg.type) {
    case 'timeline':
      return reply({ id, type: 'timeline', timeline: view(travel) });
    case 'undo':
      if (travel.cursor === 0) throw new TravelRefusal('time-travel', 'Nothing to undo: the lab is at the start of its scenario.');
      return reply({ id, type: 'travelled', travel: await travelTo(ctx, travel, checkStep(travel, travel.cursor - 1, travel.cursor), 'undo') });
    case 'redo':
      if (travel.cursor >= travel.steps.length) throw new TravelRefusal('time-travel', 'Nothing to redo: no step was undone since the last command.');
      return reply({ id, type: 'travelled', travel: await travelTo(ctx, travel, checkStep(travel, travel.cursor + 1, travel.steps.length), 'redo') });
    case 'jump':
      return reply({ id, type: 'travelled', travel: await travelTo(ctx, travel, checkStep(travel, msg.step, travel.steps.length), 'jump') });
    case 'branch': {
      const step = checkStep(travel, msg.step, travel.steps.length);
      const lab = ctx.lab!;
      const result = await newLab(ctx, {
        name: `${lab.name} — from step ${step}`,
        scenario: lab.scenario,
        lesson: lab.lesson,
        state: travel.timeline.stateAt(step),
        entries: entriesUpTo(travel, step),
        lines: transcriptAt(travel, step),
      });
      return reply({ id, type: 'branched', result });
    }
    case 'compare': {
      const [a, b] = [await point(ctx, travel, msg.a), await point(ctx, travel, msg.b)];
      const snapshots = { a: ctx.core.createSession(a.state).snapshot(), b: ctx.core.createSession(b.state).snapshot() };
      return reply({ id, type: 'compared', comparison: { a: a.label, b: b.label, differences: compareStates(a.state, b.state), snapshots } });
    }
    case 'exportLab': {
      const lab = ctx.lab!;
      const text = writeLabFile({ name: lab.name, scenario: lab.scenario, lesson: lab.lesson, steps: travel.reason ? travel.steps.slice(0, travel.cursor) : travel.steps, cursor: travel.cursor, session: ctx.good!, terminal: ctx.scrollback.slice(-SCROLLBACK_CAP) });
      if (travel.reason) throw new TravelRefusal('time-travel', travel.reason.replace(/ Branching or exporting still works.*$/, ''));
      return reply({ id, type: 'exported', file: { fileName: fileName(lab.name), text } });
    }
  }
}

/** The requests that change the open lab (refused in a read-only tab). */
const CHANGES = new Set<string>(['undo', 'redo', 'jump']);

/** Answers one time-travel request (the dispatcher runs it as the one request in progress). */
export async function timeTravel(ctx: HostContext, msg: RequestOf<TimeTravelRequest['type']> & { id: number }, reply: Reply<TimeTravelRequest['type']>): Promise<void> {
  if (CHANGES.has(msg.type) && readOnly(ctx)) {
    return reply({ id: msg.id, type: 'error', error: { code: 'read-only', message: `${READ_ONLY_MESSAGE} Undo and jumps happen in the tab that is saving this lab.` } });
  }
  try {
    await answer(ctx, msg, reply);
  } catch (err) {
    if (err instanceof TravelRefusal) return reply({ id: msg.id, type: 'error', error: { code: err.code, message: err.message } });
    throw err;
  }
}
