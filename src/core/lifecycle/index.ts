// Pure helpers over the lifecycle machine: states are stored as dotted names ("onClone.oldAsleep")
// in the session, and every question or transition goes through xstate's pure functions.
import { getNextSnapshot, type SnapshotFrom, type StateValue } from 'xstate';
import { lifecycleMachine, type LifecycleEvent } from './lifecycle.machine.ts';

export type { LifecycleEvent } from './lifecycle.machine.ts';
export { lifecycleMachine } from './lifecycle.machine.ts';
export { classifyLifecycle } from './classify.ts';

type Snapshot = SnapshotFrom<typeof lifecycleMachine>;

export function toStateValue(name: string): StateValue {
  const parts = name.split('.');
  return parts.reduceRight<StateValue>((inner, key) => ({ [key]: inner }), parts.pop()!) as StateValue;
}

export function stateName(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, inner] = Object.entries(value)[0] as [string, StateValue];
  return `${key}.${stateName(inner)}`;
}

export function snapshotOf(name: string): Snapshot {
  return lifecycleMachine.resolveState({ value: toStateValue(name) });
}

/** Would the rule book take this event in this state? */
export function lifecycleCan(state: string, event: LifecycleEvent): boolean {
  return snapshotOf(state).can(event);
}

/** The state after the event (unchanged when the event is not taken). */
export function lifecycleNext(state: string, event: LifecycleEvent): string {
  return stateName(getNextSnapshot(lifecycleMachine, snapshotOf(state), event).value);
}

/** Every state as a dotted name, for the lifecycle view and the tests. */
export function allStateNames(): string[] {
  const out: string[] = [];
  const walk = (node: { states: Record<string, unknown>; path: string[] }) => {
    for (const child of Object.values(node.states)) {
      const c = child as { states: Record<string, unknown>; path: string[] };
      if (Object.keys(c.states).length === 0) out.push(c.path.join('.'));
      else walk(c);
    }
  };
  walk(lifecycleMachine.root as unknown as { states: Record<string, unknown>; path: string[] });
  return out;
}
