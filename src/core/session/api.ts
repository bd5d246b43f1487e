// The simulation session: one console on one world. Pure and deterministic: the same start world and
// the same lines always give the same bytes of output.
import type { World } from '../model/types.ts';
import type { SimSnapshot } from './snapshot.ts';
import type { ExecResult } from './types.ts';

/** Everything needed to rebuild a session exactly (stored in IndexedDB, written by --state). */
export interface SessionState {
  format: 'altdisk-session';
  version: 1;
  scenario: string;
  /** The world the scenario started from (reset goes back to it). */
  start: World;
  /** The world now. */
  world: World;
  /** The newest command lines accepted, oldest first: the ksh history, HISTSIZE lines at most (bounds.ts). */
  history: string[];
  /** Lines let go from the front of the history so far (absent: none), so history[i] is line historyBase + i. */
  historyBase?: number;
  /** A question the next line answers (reset's confirmation, an SMS menu), or null. */
  pending: PendingInput | null;
  /** Where the alternate-disk lifecycle stands (a state of lifecycle.machine.ts) and how it got there. */
  lifecycle: LifecycleRecord;
}

export interface LifecycleRecord {
  state: string;
  /** The latest transitions, newest last, with the command line that caused each. */
  recent: { command: string; from: string; to: string }[];
}

/** A question the console is waiting on; each kind is answered in session/pending.ts. */
export type PendingInput =
  /** reset's y/n. `resume` is the console question it interrupted (an SMS screen), restored on "n". */
  | { kind: 'confirm-reset'; resume?: PendingInput }
  /** The partition firmware's SMS menus on `host`'s console: the next line is a menu choice. */
  | { kind: 'sms'; host: string; screen: SmsScreen; back: SmsScreen[] }
  /** cfgcon's "Please define the System Console" on the first boot of a -O clone (LED 0c31). */
  | { kind: 'define-console'; host: string; diskId: string; blv: string };

/** One SMS screen (engine/sms.ts draws and answers them). Device lists keep the order they were shown in. */
export type SmsScreen =
  | { id: 'main' }
  | { id: 'boot-options' }
  | { id: 'device-type' }
  | { id: 'devices'; diskIds: string[] }
  | { id: 'task'; diskId: string }
  /** "Are you sure you want to exit System Management Services?": boot `diskId` once, or the normal list. */
  | { id: 'exit'; diskId: string | null };

export interface Session {
  exec(line: string): ExecResult;
  /**
   * The last line was interrupted `atMs` simulated ms after it started (Ctrl-C, a closed tab): the
   * session goes back to the state before it and runs it again up to that point. Null if no line ran.
   */
  interruptLast(atMs: number): ExecResult | null;
  /** Replays lines through exec, returning every result (used by links and tests). */
  replay(lines: readonly string[]): ExecResult[];
  world(): World;
  snapshot(): SimSnapshot;
  /** The ksh history: the newest HISTSIZE lines (session/bounds.ts). */
  history(): readonly string[];
  /** Lines let go before history()[0]: line n of the session (from 0) is history()[n - historyBase()]. Optional for test doubles. */
  historyBase?(): number;
  state(): SessionState;
  /** Names for Tab completion: command names, disks, VGs, LVs of the live state. */
  completions(): { commands: string[]; words: string[] };
}
