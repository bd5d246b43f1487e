// The boot console's lines: LED codes and power states as they stream in during a shutdown or boot.
// A new command that emits such events starts a fresh log; commands that emit none leave the last
// boot's log on screen. Pure.
import type { SimEvent } from '../../protocol/index.ts';
import { ledMeaning } from './ledCodes.ts';

export type PowerState = Extract<SimEvent, { type: 'power' }>['state'];

export interface BootLine {
  host: string;
  atMs: number;
  kind: 'led' | 'power';
  /** LED code (kind 'led'), null when the panel went blank. */
  code: string | null;
  power: PowerState | null;
  text: string;
}

export interface BootLog {
  /** The command number whose events these are. */
  seq: number;
  command: string | null;
  lines: BootLine[];
}

export const EMPTY_BOOT_LOG: BootLog = { seq: -1, command: null, lines: [] };

const POWER_WORDS: Record<PowerState, string> = {
  off: 'powered off',
  firmware: 'firmware: walking the boot list',
  sms: 'stopped in the SMS menus',
  booting: 'boot image loaded: rc.boot starts',
  hung: 'HUNG: the boot stopped here',
  running: 'up and running: login prompt',
};

export function bootLine(event: SimEvent): BootLine | null {
  if (event.type === 'led') {
    return {
      host: event.host,
      atMs: event.atMs,
      kind: 'led',
      code: event.code,
      power: null,
      text: event.code ? ledMeaning(event.code) : 'panel blank',
    };
  }
  if (event.type === 'power') {
    return { host: event.host, atMs: event.atMs, kind: 'power', code: null, power: event.state, text: POWER_WORDS[event.state] };
  }
  return null;
}

/** At most this many lines are kept (a boot shows a dozen). */
const MAX_LINES = 60;

export function appendBootEvent(log: BootLog, event: SimEvent, seq: number, command: string | null): BootLog {
  const line = bootLine(event);
  if (!line) return log;
  const base = log.seq === seq ? log.lines : [];
  const lines = [...base, line];
  return { seq, command, lines: lines.length > MAX_LINES ? lines.slice(-MAX_LINES) : lines };
}

/** "+1:42" simulated minutes:seconds after the command started. */
export function offsetText(atMs: number): string {
  const s = Math.max(0, Math.round(atMs / 1000));
  return `+${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
