// What a running command may see and do: the world draft, its console, simulated time, the lifecycle
// rule book. Engine-level so the engine (boot, altdisk) and the session use it without importing commands/.
import type { Host, World } from '../model/types.ts';
import type { PendingInput } from '../session/api.ts';
import type { SimEvent } from '../session/types.ts';
import type { LifecycleEvent } from '../lifecycle/lifecycle.machine.ts';
import type { LifecycleAnswer } from '../lifecycle/index.ts';
import type { WorkBudget } from '../shell/budget.ts';

export interface CommandContext {
  world: World;
  /** The host the console is attached to (a live object inside `world`). */
  host: Host;
  stdin: string;
  /** Environment for this command: exported variables plus NAME=value prefixes (FORCE=yes). */
  env: Readonly<Record<string, string>>;
  out(text: string): void;
  err(text: string): void;
  /** Lets simulated time pass: advances the world clock and the offset of later output. */
  wait(ms: number): void;
  /** Emits an event at the current simulated offset (atMs is filled in). */
  event(e: DistributiveOmit<SimEvent, 'atMs'>): void;
  /** Simulated ms since the start of this command line. */
  elapsed(): number;
  history: readonly string[];
  /** Lines the history let go before history[0] (ksh numbers its history from the first line of the session). */
  historyBase?: number;
  scenario: string;
  /** Makes the next input line an answer (reset's confirmation, SMS menus). */
  ask(pending: PendingInput, prompt: string): void;
  /** The line as typed, for logs such as alt_disk_inst.log. */
  line: string;
  /** False when standard output goes to a pipe or a file (ls then prints one name per line). */
  stdoutIsTerminal?: boolean;
  /** Runs a nested command line (a customization script, `shutdown -Fr` for -r) on the same console. */
  shell(line: string): number;
  /**
   * True once the learner interrupted (Ctrl-C) or the power was cut at this point of simulated time:
   * long operations check it between steps and stop there, leaving the world as AIX would.
   */
  stopRequested(): boolean;
  /** Steps this command may still take in loops over user data (shell/budget.ts; read it with budgetOf). */
  budget?: WorkBudget;
  /** Command lines (argv joined) still running around this one, outermost first: alt_disk_copy while its -s script runs. */
  enclosing?: readonly string[];
  /** The lifecycle rule book: ask before acting (a refusal names its rule), tell it what happened. */
  lifecycle: {
    state(): string;
    can(event: LifecycleEvent): boolean;
    ask(event: LifecycleEvent): LifecycleAnswer;
    send(event: LifecycleEvent): void;
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
