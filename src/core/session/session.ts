// The session: takes one console line at a time, runs it against a draft of the world, and keeps
// the result only if nothing inside the simulator broke. Pure: no real clock, no I/O.
import { isUnmodelledAixCommand } from '../shell/unmodelled.ts';
import { allCommands, lookupCommand } from '../commands/registry.ts';
import { printUsageError } from '../commands/types.ts';
import type { CommandContext } from '../engine/context.ts';
import { listDir, normalizePath, readFile, stat, writeFile, type WriteFailure } from '../engine/fs.ts';
import { err } from '../result.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { consoleHost, runningOdm } from '../model/select.ts';
import type { World } from '../model/types.ts';
import { DEFAULT_SCENARIO, findScenario } from '../scenario/builtins.ts';
import { runLine, type Stream } from '../shell/run.ts';
import { WORK_LIMIT_STATUS, WorkBudget, WorkLimitExceeded } from '../shell/budget.ts';
import { answerPending, pendingMode, pendingPrompt } from './pending.ts';
import { project } from './project.ts';
import { clonePlain } from '../model/clone.ts';
import { ownValue } from '../model/own.ts';
import type { Errno } from '../messages/files.ts';
import { setShellVar } from '../shell/vars.ts';
import { LifecycleTracker } from './lifecycleTrack.ts';
import { capHistory, dropUncarriedVgs } from './bounds.ts';
import { classifyLifecycle } from '../lifecycle/index.ts';
import type { PendingInput, Session, SessionState } from './api.ts';
import type { ExecResult, OutputChunk, SimEvent } from './types.ts';

export const PROMPT = '# ';

/** The errno behind each reason a shell redirection cannot write its file. */
const WRITE_ERRNO: Record<WriteFailure, Errno> = { 'is-dir': 'EISDIR', 'read-only': 'EACCES', 'no-space': 'ENOSPC', 'name-too-long': 'ENAMETOOLONG', 'no-fs': 'ENOENT', 'no-dir': 'ENOENT' };

export function newSessionState(scenarioId: string = DEFAULT_SCENARIO): SessionState | null {
  const scenario = findScenario(scenarioId);
  if (!scenario) return null;
  const start = scenario.build();
  const lifecycle = { state: classifyLifecycle(start), recent: [] };
  return { format: 'altdisk-session', version: 1, scenario: scenario.id, start, world: clonePlain(start), history: [], pending: null, lifecycle };
}

/**
 * The most characters one console line may print. Real output of any lab command is a few KB; a line
 * that prints more (cat of a huge file, a runaway loop) is cut, and the trainer says so once.
 */
export const MAX_LINE_OUTPUT = 64 * 1024;

/** Collects a line's output and events with their simulated offsets. */
export class LineRecorder {
  chunks: OutputChunk[] = [];
  events: SimEvent[] = [];
  elapsedMs = 0;
  private printed = 0;
  constructor(private readonly world: World) {}
  write(stream: Stream, text: string) {
    if (!text || this.printed > MAX_LINE_OUTPUT) return;
    if (this.printed + text.length > MAX_LINE_OUTPUT) {
      this.append(stream, text.slice(0, MAX_LINE_OUTPUT - this.printed));
      this.printed = MAX_LINE_OUTPUT + 1;
      this.append('stderr', '\n' + trainerMessages.outputCut(MAX_LINE_OUTPUT / 1024) + '\n');
      return;
    }
    this.printed += text.length;
    this.append(stream, text);
  }
  private append(stream: Stream, text: string) {
    if (!text) return;
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.stream === stream && last.atMs === this.elapsedMs) last.text += text;
    else this.chunks.push({ stream, text, atMs: this.elapsedMs });
  }
  wait(ms: number) {
    if (ms <= 0) return;
    this.elapsedMs += ms;
    this.world.clock.nowMs += ms;
  }
  result(line: string, exitCode: number): ExecResult {
    const join = (s: Stream) => this.chunks.filter((c) => c.stream === s).map((c) => c.text).join('');
    const events: SimEvent[] = this.elapsedMs > 0 ? [{ type: 'duration', durationMs: this.elapsedMs, atMs: 0 }, ...this.events] : this.events;
    return { line, stdout: join('stdout'), stderr: join('stderr'), exitCode, chunks: this.chunks, events, durationMs: this.elapsedMs };
  }
}

export function createSession(initial: SessionState): Session {
  let state: SessionState = clonePlain(initial);
  /** The state before the last line, so an interrupted long operation can be cut where it stood. */
  let beforeLast: { state: SessionState; line: string; historyLength: number } | null = null;

  function exec(line: string, cutAtMs = Infinity): ExecResult {
    const before = state;
    // The start world never changes: share it. The history only grows: share it too and cut it back on
    // failure (copying it every line would cost O(history) per command). The rest a line may touch is copied.
    const historyLength = state.history.length;
    const draft: SessionState = { ...state, world: clonePlain(state.world), pending: clonePlain(state.pending), lifecycle: clonePlain(state.lifecycle) };
    const rec = new LineRecorder(draft.world);
    try {
      const tracker = new LifecycleTracker(draft.lifecycle);
      const code = execInto(draft, line, rec, cutAtMs, tracker);
      tracker.finish(before.world, draft.world, line.trim(), rec.events);
      // Flat cost per command: the saved state holds what exists, not everything that ever did (bounds.ts).
      capHistory(draft);
      dropUncarriedVgs(draft.world);
      state = draft;
      beforeLast = { state: before, line, historyLength };
      if (cutAtMs !== Infinity) {
        // Output after the cut never happened; the clock stops where the cut fell.
        rec.chunks = rec.chunks.filter((c) => c.atMs <= cutAtMs);
        rec.events = rec.events.filter((e) => !('atMs' in e) || e.atMs <= cutAtMs);
        return rec.result(line, code === 0 ? 1 : code);
      }
      return rec.result(line, code);
    } catch (e) {
      before.history.length = historyLength;
      state = before;
      const detail = e instanceof Error ? e.message : String(e);
      const failed = new LineRecorder(structuredClone(before.world));
      failed.write('stderr', trainerMessages.internalError(detail) + '\n');
      return failed.result(line, 1);
    }
  }

  function snapshot() {
    const prompt = state.pending ? pendingPrompt(state.pending) : PROMPT;
    const host = consoleHost(state.world);
    const mode = state.pending ? pendingMode(state.pending) : host.power === 'running' ? 'shell' : host.power === 'off' ? 'off' : 'console';
    return project(state, prompt, mode);
  }

  /** Re-runs the last line from the state before it, stopping at `atMs` (Ctrl-C or a closed tab). */
  function interruptLast(atMs: number): ExecResult | null {
    if (!beforeLast) return null;
    const { state: before, line, historyLength } = beforeLast;
    before.history.length = historyLength;
    state = before;
    const r = exec(line, atMs);
    return { ...r, chunks: [...r.chunks, { stream: 'stdout', text: '^C\n', atMs }], stdout: r.stdout + '^C\n' };
  }

  return {
    exec: (line: string) => exec(line),
    interruptLast,
    replay: (lines) => lines.map((l) => exec(l)),
    world: () => state.world,
    snapshot,
    history: () => state.history,
    historyBase: () => state.historyBase ?? 0,
    state: () => ({ ...clonePlain({ ...state, start: null }), start: state.start }),
    completions: () => completionWords(state.world),
  };
}

function execInto(state: SessionState, line: string, rec: LineRecorder, cutAtMs: number, tracker: LifecycleTracker): number {
  if (state.pending) {
    const pending = state.pending;
    state.pending = null;
    return answerPending(state, pending, line, rec);
  }
  const trimmed = line.trim();
  if (trimmed === '') return consoleHost(state.world).run?.lastExit ?? 0;
  state.history.push(trimmed);
  const host = consoleHost(state.world);
  if (!host.run) {
    // Only trainer commands reach a host that is not up (power off, hung, in SMS).
    const name = trimmed.split(/\s+/)[0];
    const def = lookupCommand(name);
    if (!def?.meta) {
      rec.write('stderr', trainerMessages.hostDown(host.name, host.power === 'hung' ? `hung at LED ${host.led ?? '----'}` : host.power) + '\n');
      return 1;
    }
  }
  return runLine(trimmed, shellRuntime(state, rec, line, cutAtMs, tracker));
}

function shellRuntime(state: SessionState, rec: LineRecorder, line: string, cutAtMs: number, tracker: LifecycleTracker) {
  const enclosing: string[] = [];
  const world = state.world;
  let fallbackExit = 0;
  const run = () => consoleHost(world).run;
  const cwd = () => run()?.cwd ?? '/';
  const rt = {
    lookupVar(name: string) {
      if (name === '?') return String(run()?.lastExit ?? fallbackExit);
      if (name === '$') return '4128';
      if (name === 'HOME') return '/';
      if (name === 'PWD') return cwd();
      // By own key: $constructor or $toString is an unset variable, not Object's method.
      const vars = run()?.vars;
      return (vars && ownValue(vars, name)) ?? '';
    },
    setVar(name: string, value: string) {
      const r = run();
      return r ? setShellVar(r.vars, name, value) : true;
    },
    lastExit: () => run()?.lastExit ?? fallbackExit,
    setLastExit(code: number) {
      const r = run();
      if (r) r.lastExit = code;
      else fallbackExit = code;
    },
    terminal: (stream: Stream, text: string) => rec.write(stream, text),
    readFile(path: string) {
      const host = consoleHost(world);
      const r = readFile(world, host, normalizePath(cwd(), path));
      return r.ok ? r : err(shellMessages.cannotOpenInput(path, r.error === 'is-dir' ? 'EISDIR' : 'ENOENT'));
    },
    writeFile(path: string, text: string, append: boolean) {
      const host = consoleHost(world);
      const r = writeFile(world, host, normalizePath(cwd(), path), text, append);
      if (r.ok) return r;
      return err({ message: shellMessages.cannotOpen(path, WRITE_ERRNO[r.error]), noSpace: r.error === 'no-space' });
    },
    listDir(path: string) {
      const host = consoleHost(world);
      const abs = normalizePath(cwd(), path);
      return stat(world, host, abs)?.kind === 'dir' ? listDir(world, host, abs).map((e) => e.name) : null;
    },
    runCommand(argv: string[], env: Record<string, string>, stdin: string, emit: (s: Stream, t: string) => void, stdoutIsTerminal = true): number {
      const name = argv[0].includes('/') ? argv[0].slice(argv[0].lastIndexOf('/') + 1) : argv[0];
      const def = lookupCommand(name);
      const host = consoleHost(world);
      const odmOk = runningOdm(world, host);
      if (!host.run && !def?.meta) {
        // An earlier command on the same line took the host down (`lab power off; lspv`).
        emit('stderr', trainerMessages.hostDown(host.name, host.power === 'hung' ? `hung at LED ${host.led ?? '----'}` : host.power) + '\n');
        return 1;
      }
      const installed = !def?.fileset || (odmOk && world.vgs[host.run!.rootVgid].os!.filesets[def.fileset]);
      if (!def && isUnmodelledAixCommand(name)) {
        emit('stderr', trainerMessages.commandNotSimulated(argv[0]) + '\n');
        return 1;
      }
      if (!def || !installed) {
        emit('stderr', shellMessages.notFound(argv[0]) + '\n');
        return 127;
      }
      const parsed = def.parse(argv.slice(1));
      if (!parsed.ok) return printUsageError(parsed.error, (t) => emit('stderr', t), (t) => emit('stdout', t));
      // Steps for this command: its loops over user data and every character it writes (shell/budget.ts).
      const budget = new WorkBudget();
      let envCopy: Record<string, string> | undefined;
      const ctx: CommandContext = {
        world,
        host,
        stdin,
        // Copied when a command first reads it: a lab with thousands of variables pays per reader, not per command.
        get env() {
          return (envCopy ??= { ...(run()?.vars ?? {}), ...env });
        },
        out: (t) => {
          budget.spend(t.length);
          emit('stdout', t);
        },
        err: (t) => {
          budget.spend(t.length);
          emit('stderr', t);
        },
        wait: (ms) => rec.wait(ms),
        event: (e) => rec.events.push({ ...e, atMs: rec.elapsedMs } as SimEvent),
        elapsed: () => rec.elapsedMs,
        history: state.history,
        historyBase: state.historyBase ?? 0,
        scenario: state.scenario,
        ask: (pending: PendingInput) => {
          state.pending = pending;
        },
        line,
        stdoutIsTerminal,
        shell: (nested: string) => runLine(nested, rt),
        stopRequested: () => rec.elapsedMs >= cutAtMs,
        lifecycle: tracker,
        budget,
        enclosing: [...enclosing],
      };
      // A customization script's commands run inside the command that runs the script (ps shows it).
      enclosing.push(argv.join(' '));
      try {
        return def.run(ctx, parsed.value);
      } catch (e) {
        // The command used up its steps (shell/budget.ts): it ends here, as if killed, with what it changed.
        if (!(e instanceof WorkLimitExceeded)) throw e;
        emit('stderr', trainerMessages.workLimit(name) + '\n');
        return WORK_LIMIT_STATUS;
      } finally {
        enclosing.pop();
      }
    },
  };
  return rt;
}

function completionWords(world: World): { commands: string[]; words: string[] } {
  const host = consoleHost(world);
  const odm = runningOdm(world, host);
  const words = new Set<string>();
  for (const d of odm?.disks ?? []) words.add(d.name);
  for (const v of odm?.vgs ?? []) words.add(v.name);
  for (const l of odm?.lvs ?? []) words.add(l.name);
  return { commands: Object.keys(allCommands()).sort(), words: [...words].sort() };
}
