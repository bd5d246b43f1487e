// The page's session state in one value, changed only by `pageReducer` (pure, unit-tested): whether the
// simulator is starting, ready or failed, the snapshot shown and the one before the running command,
// the narration, the boot console's log, storage, speed, the restart notice, SMIT and the paste slot.
// Pure UI preferences (theme, pane sizes, the selected node, the side tab) stay in their components.
//
// A reducer rather than an XState actor (@xstate/react): the page needs no statechart here (three phases
// and plain updates), and xstate plus @xstate/react add ~13.6 KB gzip to the JS loaded before the first
// interaction, which is at its P1 budget (xstate itself loads later, with the lifecycle drawing).
import type { ExecDone, SimEvent, SimSnapshot, Speed, StorageStatus, Travelled } from '../../protocol/index.ts';
import { appendBootEvent, EMPTY_BOOT_LOG, type BootLog } from '../boot/bootLog.ts';
import { restartText, type RunningLine } from '../labs/commandWatch.ts';
import { applyLiveEvent } from '../liveEvents.ts';
import { narrate, narrationText } from '../narration/narrate.ts';
import { LinkNeedsWorkerError, type StartedSim } from '../sim/client.ts';

export type Phase =
  | { kind: 'starting' }
  /** `generation`: each new session view (restart, takeover by a read-only tab) mounts a new terminal. */
  | { kind: 'ready'; sim: StartedSim; generation: number }
  | { kind: 'failed'; message: string; linkNeedsWorker: boolean };

export interface SmitView {
  panel: string;
  note: string | null;
  /** Bumped by every `smit` event, so the same panel asked for again starts afresh. */
  seq: number;
}

export interface PageState {
  phase: Phase;
  /** Session views so far (0 before the first open). */
  generation: number;
  /** The simulator shown came from a restart (its restart note outlives a later takeover). */
  restarted: boolean;
  /** The open lab, so a restarted simulator reopens this one (not the most recently used). */
  lab: string | null;
  snapshot: SimSnapshot | null;
  /** The snapshot before the last command that changed something: the diagram highlights against it. */
  baseline: SimSnapshot | null;
  /** Bumped when the baseline moves (a highlight to clear). */
  changeSeq: number;
  narration: string;
  bootLog: BootLog;
  storage: StorageStatus | null;
  speed: Speed;
  restartNote: string | null;
  /** The page restarted a dead simulator: the new one may wait a moment for the old one's writer lock. */
  restarting: boolean;
  /** The line running now (the boot console's heading). */
  command: string | null;
  /** The terminal is running a line or has lines queued: an update of the app waits until it is not. */
  busy: boolean;
  /** Hosts that went through power states during the running command (a reboot). */
  powered: ReadonlySet<string>;
  /** SMIT (smitty alt_clone …) drawn in place of the terminal, or null. */
  smit: SmitView | null;
  /** Text for the command line (a paste button, or a line the dead simulator never ran); nonce repeats it. */
  paste: { text: string; nonce: number } | null;
}

export type PageAction =
  | { type: 'opened'; sim: StartedSim }
  | { type: 'start-failed'; message: string; linkNeedsWorker: boolean }
  /** R3: this read-only tab became the writer and shows the saved lab as it was left. */
  | { type: 'reopened'; sim: StartedSim['api']; opened: StartedSim['opened'] }
  | { type: 'storage'; storage: StorageStatus }
  /** R5: the simulator died after starting; `lost` is the line it was running. */
  | { type: 'fatal'; message: string; lost: RunningLine | null }
  | { type: 'command-start'; line: string }
  | { type: 'busy'; busy: boolean }
  | { type: 'event'; event: SimEvent }
  | { type: 'done'; done: ExecDone }
  | { type: 'speed'; speed: Speed }
  /** Time travel (undo, redo, jump): the lab as at that step — a new terminal with that step's lines. */
  | { type: 'travelled'; travel: Travelled }
  /** A comparison: the diagram marks what differs from `baseline` (null: back to the last command's changes). */
  | { type: 'compare'; baseline: SimSnapshot | null }
  | { type: 'paste'; text: string }
  | { type: 'smit-exit' };

export const TAKEOVER_NOTE = 'The other tab of the trainer was closed, so this tab took over the lab and saves your work again.';

export function initialPageState(speed: Speed, lab: string | null = null): PageState {
  return {
    phase: { kind: 'starting' },
    generation: 0,
    restarted: false,
    lab,
    snapshot: null,
    baseline: null,
    changeSeq: 0,
    narration: '',
    bootLog: EMPTY_BOOT_LOG,
    storage: null,
    speed,
    restartNote: null,
    restarting: false,
    command: null,
    busy: false,
    powered: new Set(),
    smit: null,
    paste: null,
  };
}

/** A snapshot equal to the one shown keeps the shown object: a command that changed nothing (lspv) redraws nothing (P3). */
export function shown(current: SimSnapshot | null, next: SimSnapshot): SimSnapshot {
  return current && current !== next && JSON.stringify(current) === JSON.stringify(next) ? current : next;
}

/** The failed phase for an error from starting the simulator. */
export function failure(err: unknown): PageAction & { type: 'start-failed' } {
  const message = err instanceof LinkNeedsWorkerError ? err.reason : err instanceof Error ? err.message : String(err);
  return { type: 'start-failed', message, linkNeedsWorker: err instanceof LinkNeedsWorkerError };
}

export function pageReducer(state: PageState, action: PageAction): PageState {
  switch (action.type) {
    case 'opened': {
      const { sim } = action;
      const generation = state.generation + 1;
      return {
        ...state,
        phase: { kind: 'ready', sim, generation },
        generation,
        restarted: state.generation > 0,
        lab: sim.opened.lab.id,
        // A restarted simulator that opened as the writer has nothing left to wait for.
        restarting: sim.opened.storage.mode === 'read-only' ? state.restarting : false,
        snapshot: shown(state.snapshot, sim.opened.snapshot),
        baseline: sim.opened.snapshot,
        storage: sim.opened.storage,
      };
    }
    case 'start-failed':
      return { ...state, phase: { kind: 'failed', message: action.message, linkNeedsWorker: action.linkNeedsWorker } };
    case 'reopened': {
      const { phase } = state;
      if (phase.kind !== 'ready' || phase.sim.api !== action.sim) return state;
      const generation = state.generation + 1;
      return {
        ...state,
        phase: { kind: 'ready', sim: { ...phase.sim, opened: action.opened }, generation },
        generation,
        snapshot: shown(state.snapshot, action.opened.snapshot),
        baseline: action.opened.snapshot,
        storage: action.opened.storage,
        restartNote: state.restarted && state.restartNote ? state.restartNote : TAKEOVER_NOTE,
        restarting: false,
      };
    }
    case 'storage':
      return { ...state, storage: action.storage };
    case 'fatal': {
      const { lost } = action;
      // A line that never took effect goes back into the command line instead of vanishing.
      const paste = lost && !lost.started ? { text: lost.line, nonce: (state.paste?.nonce ?? 0) + 1 } : state.paste;
      return { ...state, phase: { kind: 'starting' }, restartNote: restartText(action.message, lost), restarting: true, paste };
    }
    case 'command-start': {
      const before = state.snapshot;
      // Only when the last command changed something is there a highlight to clear.
      const moved = before !== null && before !== state.baseline;
      return {
        ...state,
        ...(moved ? { baseline: before, changeSeq: state.changeSeq + 1 } : {}),
        command: action.line,
        powered: new Set(),
      };
    }
    case 'busy':
      return state.busy === action.busy ? state : { ...state, busy: action.busy };
    case 'event':
      return withEvent(state, action.event);
    case 'done': {
      const snapshot = shown(state.snapshot, action.done.snapshot);
      const narration = state.baseline ? narrationText(narrate(state.baseline, action.done.snapshot, state.powered)) : state.narration;
      return { ...state, snapshot, narration };
    }
    case 'speed':
      return state.speed === action.speed ? state : { ...state, speed: action.speed };
    case 'travelled': {
      const { phase } = state;
      if (phase.kind !== 'ready') return state;
      const { travel } = action;
      const opened = { ...phase.sim.opened, snapshot: travel.snapshot, scrollback: travel.scrollback, history: travel.history, historyBase: travel.historyBase };
      const generation = state.generation + 1;
      return {
        ...state,
        phase: { kind: 'ready', sim: { ...phase.sim, opened }, generation },
        generation,
        snapshot: shown(state.snapshot, travel.snapshot),
        baseline: travel.snapshot,
        changeSeq: state.changeSeq + 1,
        narration: `${travel.kind === 'undo' ? 'Undone' : travel.kind === 'redo' ? 'Redone' : 'Went'} to step ${travel.to} of ${travel.timeline.entries.length}.`,
        smit: null,
      };
    }
    case 'compare':
      return state.snapshot ? { ...state, baseline: action.baseline ?? state.snapshot, changeSeq: state.changeSeq + 1 } : state;
    case 'paste':
      return { ...state, paste: { text: action.text, nonce: (state.paste?.nonce ?? 0) + 1 } };
    case 'smit-exit':
      return state.smit ? { ...state, smit: null } : state;
  }
}

function withEvent(state: PageState, event: SimEvent): PageState {
  if (event.type === 'smit') return { ...state, smit: { panel: event.panel, note: event.note ?? null, seq: (state.smit?.seq ?? 0) + 1 } };
  // The copy figure of 'progress' events is drawn by the terminal's strip and the target disk
  // (terminal/runProgress.ts), which know the whole command's duration; nothing to do here.
  if (event.type === 'progress') return state;
  let next = state;
  if (event.type === 'power' && !state.powered.has(event.host)) next = { ...next, powered: new Set([...state.powered, event.host]) };
  if (event.type === 'led' || event.type === 'power') next = { ...next, bootLog: appendBootEvent(state.bootLog, event, state.changeSeq, state.command) };
  if (state.snapshot) {
    const live = applyLiveEvent(state.snapshot, event);
    if (live !== state.snapshot) next = { ...next, snapshot: shown(state.snapshot, live) };
  }
  return next;
}
