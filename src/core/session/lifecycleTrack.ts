// Keeps the session's lifecycle record in step with what each line did: the events commands sent,
// a REBOOT/DOWN read off the console host, and a final reading of the disks so the rule book and
// the world can never silently drift apart (a drift is recorded as a transition of its own).
import { classifyLifecycle, lifecycleAsk, lifecycleCan, lifecycleNext, rereadsDisks, type LifecycleAnswer, type LifecycleEvent } from '../lifecycle/index.ts';
import type { World } from '../model/types.ts';
import type { LifecycleRecord } from './api.ts';
import type { SimEvent } from './types.ts';

const RECENT = 20;

export class LifecycleTracker {
  private queue: LifecycleEvent[] = [];
  private current: string;
  constructor(private readonly record: LifecycleRecord) {
    this.current = record.state;
  }
  state(): string {
    return this.current;
  }
  can(event: LifecycleEvent): boolean {
    return lifecycleCan(this.current, event);
  }
  /** The rule book's answer in the current state: the next state, or the named rule that refuses. */
  ask(event: LifecycleEvent): LifecycleAnswer {
    return lifecycleAsk(this.current, event);
  }
  send(event: LifecycleEvent): void {
    this.queue.push(event);
    this.current = lifecycleNext(this.current, event);
  }

  /** After the line: adds the boot the host went through, then checks the machine against the disks. */
  finish(before: World, after: World, command: string, events: SimEvent[]): void {
    const boot = bootEvent(before, after);
    if (boot) this.send(boot);
    let from = this.record.state;
    const push = (to: string, why: string) => {
      if (to === from) return;
      this.record.recent.push({ command: why, from, to });
      events.push({ type: 'lifecycle', from, to, command: why });
      from = to;
    };
    let state = this.record.state;
    let reread = rereadsDisks(state);
    for (const e of this.queue) {
      reread ||= rereadsDisks(state, e);
      const next = lifecycleNext(state, e);
      if (next !== state) push(next, command);
      state = next;
      reread ||= rereadsDisks(state);
    }
    const read = classifyLifecycle(after);
    // Leaving a state that holds no alternate (down, rootvg undefined) the disks' reading is the
    // transition. Anywhere else a reading that differs is a drift the rule book did not allow.
    if (read !== state) push(read, reread ? command : `${command} (read from the disks)`);
    this.record.state = read;
    this.record.recent = this.record.recent.slice(-RECENT);
    this.queue = [];
    this.current = read;
  }
}

/** A boot happened during the line: which disk came up (or hung), relative to the one running before. */
function bootEvent(before: World, after: World): LifecycleEvent | null {
  const b = before.hosts[before.console];
  const a = after.hosts[after.console];
  if (!b || !a) return null;
  const wasCurrent = b.run?.bootDiskId ?? b.lastBootDiskId;
  if (a.power === 'running' && a.run && a.run.bootedAtMs !== b.run?.bootedAtMs) {
    return { type: 'REBOOT', into: a.run.bootDiskId === wasCurrent ? 'current' : 'alternate' };
  }
  if (a.power === 'hung' && b.power !== 'hung') {
    const tried = a.bootAttemptDiskId ?? null;
    return { type: 'REBOOT', into: tried && tried === wasCurrent ? 'current' : 'alternate' };
  }
  if ((a.power === 'off' || a.power === 'sms' || a.power === 'firmware') && (b.power === 'running' || b.power === 'hung')) return { type: 'DOWN' };
  return null;
}
