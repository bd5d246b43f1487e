// Lines that answer a question instead of running a command: reset's confirmation, the firmware's SMS
// menus, cfgcon's "Please define the System Console". While the console waits in SMS or at cfgcon,
// trainer commands (lab, help, man, reset) still run; the question stays open afterwards.
import type { CommandContext } from '../engine/context.ts';
import { lookupCommand } from '../commands/registry.ts';
import { ok } from '../result.ts';
import { printUsageError } from '../commands/types.ts';
import { answerConsole, firmwareBoot, type BootIo } from '../engine/boot.ts';
import { renderSms, smsAnswer } from '../engine/sms.ts';
import { consoleMessages, smsMessages } from '../messages/boot.ts';
import { trainerMessages } from '../messages/index.ts';
import { labMessages } from '../messages/system.ts';
import { consoleHost } from '../model/select.ts';
import { findScenario } from '../scenario/builtins.ts';
import type { LifecycleState } from '../lifecycle/index.ts';
import type { PendingInput, SessionState } from './api.ts';
import type { LineRecorder } from './session.ts';
import type { InputMode } from './snapshot.ts';
import type { SimEvent } from './types.ts';

export function pendingPrompt(p: PendingInput): string {
  switch (p.kind) {
    case 'confirm-reset':
      return trainerMessages.resetAsk;
    case 'sms':
      return smsMessages.prompt;
    case 'define-console':
      return '';
  }
}

/** How the terminal should treat input while `p` is open (the snapshot's mode). */
export function pendingMode(p: PendingInput): InputMode {
  switch (p.kind) {
    case 'confirm-reset':
      return 'confirm';
    case 'sms':
      return 'sms';
    case 'define-console':
      return 'console';
  }
}

function bootIo(state: SessionState, rec: LineRecorder): BootIo {
  return {
    world: state.world,
    out: (t) => rec.write('stdout', t),
    wait: (ms) => rec.wait(ms),
    event: (e) => rec.events.push({ ...e, atMs: rec.elapsedMs }),
    ask: (p) => {
      state.pending = p;
    },
  };
}

export function answerPending(state: SessionState, p: PendingInput, line: string, rec: LineRecorder): number {
  switch (p.kind) {
    case 'confirm-reset': {
      const yes = /^\s*y(es)?\s*$/i.test(line);
      if (!yes) {
        rec.write('stdout', trainerMessages.resetKept + '\n');
        if (p.resume) resume(state, p.resume, rec);
        return 1;
      }
      state.world = structuredClone(state.start);
      rec.events.push({ type: 'reset' });
      rec.write('stdout', trainerMessages.resetDone(findScenario(state.scenario)?.title ?? state.scenario) + '\n');
      return 0;
    }
    case 'sms': {
      const meta = runTrainerCommand(state, p, line, rec);
      if (meta !== null) return meta;
      const io = bootIo(state, rec);
      const step = smsAnswer(state.world, p.host, p.screen, p.back, line);
      if (step.kind === 'show') {
        if (step.note) rec.write('stdout', labMessages.smsNotSimulated + '\n');
        rec.write('stdout', renderSms(state.world, p.host, step.screen));
        state.pending = { kind: 'sms', host: p.host, screen: step.screen, back: step.back };
        return 0;
      }
      const list = step.diskId ? [{ diskId: step.diskId, blv: 'hd5' }] : state.world.hosts[p.host].nvram.normal;
      firmwareBoot(io, p.host, list);
      return 0;
    }
    case 'define-console': {
      const meta = runTrainerCommand(state, p, line, rec);
      if (meta !== null) return meta;
      answerConsole(bootIo(state, rec), p, line);
      return 0;
    }
  }
}

/** Puts a console question back after a trainer command, showing it again. */
function resume(state: SessionState, p: PendingInput, rec: LineRecorder): void {
  state.pending = p;
  if (p.kind === 'sms') rec.write('stdout', renderSms(state.world, p.host, p.screen));
  else if (p.kind === 'define-console') rec.write('stdout', consoleMessages.defineConsole);
}

/**
 * A trainer command typed while the console waits in SMS or at cfgcon. Returns its exit code, or null
 * when the line is not a trainer command (then it answers the question).
 */
function runTrainerCommand(state: SessionState, p: PendingInput, line: string, rec: LineRecorder): number | null {
  const words = line.trim().split(/\s+/).filter(Boolean);
  const def = words.length ? lookupCommand(words[0]) : null;
  if (!def?.meta) return null;
  state.history.push(line.trim());
  const host = consoleHost(state.world);
  const powerBefore = host.power;
  const consoleBefore = state.world.console;
  const parsed = def.parse(words.slice(1));
  let code: number;
  if (!parsed.ok) {
    code = printUsageError(parsed.error, (t) => rec.write('stderr', t), (t) => rec.write('stdout', t));
  } else {
    const ctx: CommandContext = {
      world: state.world,
      host,
      stdin: '',
      env: {},
      out: (t) => rec.write('stdout', t),
      err: (t) => rec.write('stderr', t),
      wait: (ms) => rec.wait(ms),
      event: (e) => rec.events.push({ ...e, atMs: rec.elapsedMs } as SimEvent),
      elapsed: () => rec.elapsedMs,
      history: state.history,
      scenario: state.scenario,
      ask: (next) => {
        state.pending = next;
      },
      line,
      shell: () => 1,
      stopRequested: () => false,
      // Trainer commands send no lifecycle events; the session reads the disks after the line.
      lifecycle: { state: () => state.lifecycle.state, can: () => true, ask: () => ok(state.lifecycle.state as LifecycleState), send: () => {} },
    };
    code = def.run(ctx, parsed.value);
  }
  const stillWaiting = state.world.console === consoleBefore && state.world.hosts[host.name]?.power === powerBefore;
  if (state.pending?.kind === 'confirm-reset' && stillWaiting) state.pending = { ...state.pending, resume: p };
  else if (!state.pending && stillWaiting) resume(state, p, rec);
  return code;
}
