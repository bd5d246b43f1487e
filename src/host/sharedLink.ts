// Shared links in the host (ARCHITECTURE §7 `#s=`; the codec is core/scenario/link.ts).
//   open: a link's scenario starts fresh and every step is replayed as if typed, so the scrollback shows
//         the lines and their output and the log holds them; openLab.ts saves it as a new lab.
//   share: the lines of the lab since its scenario started (every line, answers and blank ones included,
//         with where Ctrl-C cut a line) become a link. They come from the IndexedDB log, read at the first Share,
//         plus the lines run since, kept in memory (StepLog).
import { err, ok, type Result } from '../core/result.ts';
import type { Session, SessionState } from '../core/session/api.ts';
import { decodeLink, encodeLink, linkStartState, replayLink, type LinkOptions, type LinkPayload, type LinkResult } from '../core/scenario/link.ts';
import type { TwinStart } from '../core/twin/start.ts';
import type { TerminalLine } from '../protocol/index.ts';
import type { LogEntry } from './persistence/db.ts';
import { transcript } from './transcript.ts';

/**
 * Longest real time a link may take to replay in 'open' (a 500-step link takes ~150–300 ms, BUDGETS P6).
 * The page gives 'open' 2 s before it gives up on the worker, so a link that would run longer (thousands
 * of clones) is refused with a notice instead.
 */
export const LINK_REPLAY_BUDGET_MS = 1500;

/** One console line of the lab, and where it was cut (simulated ms after its start) if it was. */
export interface LinkStep {
  line: string;
  cutAtMs?: number;
}

interface LinkCore {
  createSession(state: SessionState): Session;
  newSessionState(scenarioId: string): SessionState | null;
}

/** What a replayed link gives the host: the session, its terminal lines and its log. */
export interface OpenedLink {
  session: Session;
  lines: TerminalLine[];
  entries: Omit<LogEntry, 'seq'>[];
  steps: LinkStep[];
}

const linkOptions = (core: LinkCore): LinkOptions => ({ isScenario: (id) => core.newSessionState(id) !== null });

/** Decodes link text and replays it on a fresh session; never throws (a message for the learner instead). */
export function openLink(core: LinkCore, text: string, shouldStop: () => boolean): Result<OpenedLink> {
  const decoded = decodeLink(text, linkOptions(core));
  if (!decoded.ok) return err(decoded.error.message);
  const payload = decoded.value;
  let session: Session;
  let replayed: ReturnType<typeof replayLink>;
  try {
    const initial = linkStartState(payload, (id) => core.newSessionState(id));
    if (!initial.ok) return err(initial.error.message);
    session = core.createSession(initial.value);
    replayed = replayLink(session, payload, { shouldStop });
  } catch (e) {
    return err(`This link could not be replayed: the simulator failed on it (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!replayed.complete) {
    return err(
      `This link takes too long to replay here (it had run ${replayed.steps.length} of its ${payload.steps.length} steps after ${LINK_REPLAY_BUDGET_MS / 1000} s), so it was not opened.`,
    );
  }
  let lines: TerminalLine[] = [];
  const entries: Omit<LogEntry, 'seq'>[] = [];
  for (const step of replayed.steps) {
    const shown = transcript(step.prompt, step.line, step.cut?.result ?? step.result);
    if (shown.replace) lines = shown.lines;
    else for (const l of shown.lines) lines.push(l);
    entries.push({ line: step.line, exitCode: step.result.exitCode, atMs: step.startedAtMs, durationMs: step.result.durationMs });
    if (step.cut) {
      const cut = step.cut.result;
      entries.push({ line: step.line, exitCode: cut.exitCode, atMs: step.startedAtMs, durationMs: cut.durationMs, interruptedAtMs: step.cut.atMs });
    }
  }
  const steps = replayed.steps.map((s): LinkStep => (s.cut ? { line: s.line, cutAtMs: s.cut.atMs } : { line: s.line }));
  return ok({ session, lines, entries, steps });
}

/** The link of a lab: its scenario (a twin lab: its server as facts) and its steps (a cut line is marked where it was cut). */
export function shareLink(core: LinkCore, scenario: string, steps: readonly LinkStep[], twin?: TwinStart): LinkResult<string> {
  const payload: LinkPayload = { version: 1, scenario, steps: steps.map((s) => s.line) };
  if (twin) payload.twin = twin;
  const cuts = steps.flatMap((s, i): [number, number][] => (s.cutAtMs === undefined ? [] : [[i, s.cutAtMs]]));
  if (cuts.length > 0) payload.cuts = cuts;
  return encodeLink(payload, linkOptions(core));
}

/**
 * The log folded: every step (undone ones included) and the cursor (how many are in effect). An entry
 * with interruptedAtMs follows the entry of the line it cut (the host commits the line, then, on Ctrl-C
 * or at the next open after a closed tab, the cut), so it marks that step; a travel mark (undo, redo,
 * jump) moves the cursor; a command run with steps after the cursor replaces them.
 */
export function foldLog(entries: readonly LogEntry[]): { steps: LinkStep[]; cursor: number } {
  const steps: LinkStep[] = [];
  let cursor = 0;
  for (const e of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (e.travelTo !== undefined) {
      cursor = Math.min(e.travelTo, steps.length);
      continue;
    }
    const last = cursor > 0 ? steps[cursor - 1] : undefined;
    if (e.interruptedAtMs !== undefined && last && last.line === e.line && last.cutAtMs === undefined) last.cutAtMs = e.interruptedAtMs;
    else {
      steps.length = cursor;
      steps.push({ line: e.line });
      cursor++;
    }
  }
  return { steps, cursor };
}

/** The log as the steps in effect (what a link replays). */
export function stepsFromLog(entries: readonly LogEntry[]): LinkStep[] {
  const { steps, cursor } = foldLog(entries);
  return steps.slice(0, cursor);
}

/**
 * The steps of the open lab: those it had when it opened (read from storage on the first Share, so an
 * open never reads the whole log) and those run since.
 */
export class StepLog {
  private base: Promise<LinkStep[] | null> | (() => Promise<LinkStep[] | null>) = Promise.resolve([]);
  private since: LinkStep[] = [];
  private baseLength: number | null = 0;

  /** A lab was opened with these steps (a function: read them when first needed; null: unreadable). */
  reset(base: LinkStep[] | (() => Promise<LinkStep[] | null>) | null): void {
    this.base = typeof base === 'function' ? base : Promise.resolve(base);
    this.baseLength = Array.isArray(base) ? base.length : null;
    this.since = [];
  }

  /** How many steps there are, when known without reading storage (a lab made in this tab); else null. */
  knownLength(): number | null {
    return this.baseLength === null ? null : this.baseLength + this.since.length;
  }

  /** A line ran and was committed. */
  push(line: string): void {
    this.since.push({ line });
  }

  /** The last line was interrupted `atMs` simulated ms after it started. */
  cutLast(atMs: number): void {
    const last = this.since[this.since.length - 1];
    if (last) last.cutAtMs = atMs;
  }

  /** Every step, oldest first; null when the steps before this open could not be read. */
  async all(): Promise<LinkStep[] | null> {
    if (typeof this.base === 'function') {
      const read = this.base;
      this.base = Promise.resolve()
        .then(read)
        .catch(() => null);
    }
    const [pending, since] = [this.base, this.since.slice()]; // one lab's steps, even if another opens meanwhile
    const base = await pending;
    return base ? [...base, ...since] : null;
  }
}
