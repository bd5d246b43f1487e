// Running one line: exec (pure, instant) → commit what changed + log entry + terminal lines in one
// transaction → play chunks/events on simulated time → 'done'. Ctrl-C cuts a long command where it is;
// a core exception goes back to the last committed state.
import type { ErrorReply, ExecHistory } from '../protocol/index.ts';
import type { Session, SessionState } from '../core/session/api.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';
import type { ExecResult } from '../core/session/types.ts';
import { SCROLLBACK_CAP } from './persistence/db.ts';
import { toStorageError } from './persistence/errors.ts';
import { DEFAULT_PROMPT, errorText, storageFailed, type HostContext, type Reply } from './hostContext.ts';
import { buildTimeline, startPlayback } from './playback.ts';
import { forgetLast, recordExec } from './timeTravel.ts';
import { outputLines, transcript } from './transcript.ts';

/** The core threw: go back to the last committed state with a fresh session built from it. */
export function recover(ctx: HostContext, id: number, err: unknown, reply: (msg: ErrorReply) => void): void {
  try {
    ctx.session = ctx.good ? ctx.core.createSession(structuredClone(ctx.good)) : null;
  } catch {
    ctx.session = null;
  }
  const message = `The simulator failed on this command and kept the state from before it (${errorText(err)}).`;
  reply({ id, type: 'error', error: { code: 'internal', message } });
}

export async function exec(ctx: HostContext, id: number, line: string, reply: Reply<'exec'>): Promise<void> {
  if (ctx.linkSave) await ctx.linkSave; // a shared link's lab is saved first: its log comes before this line
  const current = ctx.session!;
  const before = ctx.good!;
  let result: ExecResult;
  let state: SessionState;
  let snapshot: SimSnapshot;
  let history: ExecHistory;
  let historyBefore: number;
  try {
    historyBefore = historyLength(current);
    result = current.exec(line);
    snapshot = current.snapshot();
    state = current.state(); // already a copy
    history = execHistory(current, historyBefore);
  } catch (err) {
    recover(ctx, id, err, reply);
    return;
  }
  const { lines, replace } = transcript(ctx.prompt, line, result);
  // A command whose output plays over time is committed with an in-flight marker: if the page goes
  // away before the end, the next open cuts the command where it was (openLab.ts resumeInterrupted).
  const long = ctx.speed !== 'instant' && result.durationMs > 0 && !replace;
  const committedLines = long ? lines.slice(0, 1) : lines;
  const records = ctx.records;
  if (records) {
    try {
      await records.commit({
        state,
        logEntry: { line, exitCode: result.exitCode, atMs: before.world.clock.nowMs, durationMs: result.durationMs },
        lines: committedLines,
        replaceScrollback: replace,
        inflight: long ? { line, before, atMs: 0 } : null,
      });
    } catch (err) {
      const failure = toStorageError(err, 'write');
      if (failure.kind === 'data') {
        recover(ctx, id, failure, reply); // the core produced a state that cannot be stored: nothing was written
        return;
      }
      storageFailed(ctx, failure);
    }
  }
  ctx.good = state;
  ctx.steps.push(line);
  recordExec(ctx, { line, result, before, after: state, lines, replace });
  if (ctx.lab) ctx.lab = { ...ctx.lab, commands: ctx.lab.commands + 1 };
  ctx.prompt = snapshot.prompt ?? DEFAULT_PROMPT;
  ctx.scrollback = replace ? lines.slice(-SCROLLBACK_CAP) : [...ctx.scrollback, ...lines];
  if (ctx.scrollback.length > SCROLLBACK_CAP + 500) ctx.scrollback = ctx.scrollback.slice(-SCROLLBACK_CAP);

  let reported = 0;
  const failed = (err: unknown) => storageFailed(ctx, toStorageError(err, 'write'));
  const p = startPlayback({
    timeline: buildTimeline(result),
    speed: ctx.speed,
    scheduler: ctx.scheduler,
    now: ctx.now,
    deliver: (item) => {
      ctx.post(item.kind === 'chunk' ? { id, type: 'chunk', chunk: item.chunk } : { id, type: 'event', event: item.event });
      if (long && ctx.records === records && records && item.atMs > reported) {
        reported = item.atMs;
        records.progress(item.atMs).catch(failed);
      }
    },
    finish: ({ interrupted, atMs }) => {
      if (interrupted && atMs < result.durationMs) {
        void finishInterrupted(ctx, { id, line, before, current, atMs, playedLines: lines.length - 1, fullExit: result.exitCode, fullSnapshot: snapshot, history, historyBefore }, reply);
        return;
      }
      if (long && records && ctx.records === records) records.settle(lines.slice(1)).catch(failed);
      reply({ id, type: 'done', done: { exitCode: result.exitCode, snapshot, events: result.events, history } });
    },
  });
  if (!p.finished) {
    ctx.playback = p;
    if (ctx.interruptPending) p.interrupt();
  }
}

interface Cut {
  id: number;
  line: string;
  before: SessionState;
  current: Session;
  atMs: number;
  playedLines: number;
  fullExit: number;
  fullSnapshot: SimSnapshot;
  /** The history after the whole line, and its length before it. */
  history: ExecHistory;
  historyBefore: number;
}

/** Lines in a session's history since the lab began (the ones HISTSIZE let go included). */
function historyLength(session: Session): number {
  return (session.historyBase?.() ?? 0) + session.history().length;
}

/** What a line just run added to the session's history, by the session's own rule (ExecDone.history). */
function execHistory(session: Session, before: number): ExecHistory {
  const lines = session.history();
  const length = historyLength(session);
  return { added: length > before ? (lines[lines.length - 1] ?? null) : null, length };
}

/** Ctrl-C while a long command plays: the command stops where it was, as AIX would leave it. */
async function finishInterrupted(ctx: HostContext, c: Cut, reply: Reply<'exec'>): Promise<void> {
  ctx.post({ id: c.id, type: 'chunk', chunk: { stream: 'stdout', text: '^C\n', atMs: c.atMs } });
  const cut = c.current.interruptLast(c.atMs);
  if (!cut) {
    reply({ id: c.id, type: 'done', done: { exitCode: c.fullExit, snapshot: c.fullSnapshot, events: [], history: c.history } });
    return;
  }
  const state = c.current.state(); // already a copy
  const snapshot = c.current.snapshot();
  const lines = outputLines(cut.chunks);
  if (ctx.records) {
    try {
      await ctx.records.commit({
        state,
        logEntry: { line: c.line, exitCode: cut.exitCode, atMs: c.before.world.clock.nowMs, durationMs: cut.durationMs, interruptedAtMs: c.atMs },
        lines,
        inflight: null,
      });
    } catch (err) {
      storageFailed(ctx, toStorageError(err, 'write'));
    }
  }
  ctx.good = state;
  ctx.steps.cutLast(c.atMs);
  forgetLast(ctx);
  ctx.scrollback = [...ctx.scrollback.slice(0, ctx.scrollback.length - c.playedLines), ...lines];
  reply({ id: c.id, type: 'done', done: { exitCode: cut.exitCode, snapshot, events: cut.events.filter((e) => e.type === 'lifecycle'), history: execHistory(c.current, c.historyBefore) } });
}
