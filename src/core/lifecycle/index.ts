// Pure helpers over the lifecycle machine: states are stored as dotted names ("onClone.oldAsleep")
// in the session, and every question (ask/can), transition (next) and description goes through the
// machine itself.
import { err, ok, type Result } from '../result.ts';
import { getNextSnapshot, type SnapshotFrom, type StateValue, type StateValueFrom } from 'xstate';
import { lifecycleMachine, type GuardName, type LifecycleEvent, type Refuses } from './lifecycle.machine.ts';
import type { Refusal } from './refusals.ts';

export type { LifecycleEvent, LevelRelation, TargetName } from './lifecycle.machine.ts';
export type { Refusal, RefusalFacts } from './refusals.ts';
export { lifecycleMachine } from './lifecycle.machine.ts';
export { refusalText } from './refusals.ts';
export { classifyLifecycle } from './classify.ts';

type Snapshot = SnapshotFrom<typeof lifecycleMachine>;

/** A state value as dotted names: { onClone: 'oldAsleep' } → 'onClone.oldAsleep'. */
type Dotted<V> = V extends string ? V : { [K in keyof V & string]: `${K}.${Dotted<V[K]>}` }[keyof V & string];
/** Groups of the machine, by their own names ("onClone" for any state inside it). */
type Groups<V> = V extends string ? never : keyof V & string;

/** Every state of the machine by its dotted name: what `lifecycle.state` holds. */
export type LifecycleState = Dotted<StateValueFrom<typeof lifecycleMachine>>;
/** A state or a group of states ("onClone", "hung"), for questions such as "is it any hung state?". */
export type LifecycleStateOrGroup = LifecycleState | Groups<StateValueFrom<typeof lifecycleMachine>>;

export function toStateValue(name: string): StateValue {
  const parts = name.split('.');
  return parts.reduceRight<StateValue>((inner, key) => ({ [key]: inner }), parts.pop()!) as StateValue;
}

export function stateName(value: StateValue): LifecycleState {
  if (typeof value === 'string') return value as LifecycleState;
  const [key, inner] = Object.entries(value)[0] as [string, StateValue];
  return `${key}.${stateName(inner)}` as LifecycleState;
}

export function snapshotOf(name: string): Snapshot {
  return lifecycleMachine.resolveState({ value: toStateValue(name) });
}

/** Would the rule book take this event in this state? */
export function lifecycleCan(state: string, event: LifecycleEvent): boolean {
  return snapshotOf(state).can(event);
}

/** The state after the event (unchanged when the event is not taken). */
export function lifecycleNext(state: string, event: LifecycleEvent): LifecycleState {
  return stateName(getNextSnapshot(lifecycleMachine, snapshotOf(state), event).value);
}

/** The rule book's answer to an event: the next state, or the named rule that refuses it. */
export type LifecycleAnswer = Result<LifecycleState, Refusal>;

interface MachineNode {
  path: string[];
  description?: string;
  meta?: { refuses?: Refuses; rereadsDisks?: true | 'bootIntoAlternate' };
  states: Record<string, MachineNode>;
}
const ROOT = lifecycleMachine.root as unknown as MachineNode;

/** The machine's node for a dotted name ("" is the machine itself), or null. */
function nodeOf(name: string): MachineNode | null {
  let node: MachineNode | undefined = ROOT;
  for (const key of name ? name.split('.') : []) node = node?.states[key];
  return node ?? null;
}

/** The node and its ancestors, innermost first, up to the machine. */
function lineage(name: string): MachineNode[] {
  const parts = name.split('.');
  const out: MachineNode[] = [];
  for (let i = parts.length; i >= 0; i--) {
    const n = nodeOf(parts.slice(0, i).join('.'));
    if (n) out.push(n);
  }
  return out;
}

const guardImpl = (name: GuardName, event: LifecycleEvent): boolean => {
  const g = lifecycleMachine.implementations.guards[name] as unknown as (a: { context: unknown; event: LifecycleEvent }) => boolean;
  return g({ context: undefined, event });
};

/**
 * Asks the rule book: the next state when the event is taken, otherwise the named rule that refuses
 * it — from `meta.refuses` of the state, its groups, then the machine, each rule's guard asked in order.
 */
export function lifecycleAsk(state: string, event: LifecycleEvent): LifecycleAnswer {
  if (lifecycleCan(state, event)) return ok(lifecycleNext(state, event));
  for (const node of lineage(state)) {
    const rules = node.meta?.refuses?.[event.type];
    if (!rules) continue;
    for (const rule of rules) {
      if (typeof rule === 'string') return err(rule);
      if (guardImpl(rule.when, event)) return err(rule.refusal);
    }
  }
  return err('noRule');
}

/**
 * A state the machine leaves without knowing where to (down; rootvg undefined): what follows is read
 * off the disks, and that reading is the transition — not a correction of the rule book.
 */
export function rereadsDisks(state: string, event?: LifecycleEvent): boolean {
  const bootIntoAlternate = event?.type === 'REBOOT' && event.into === 'alternate';
  return lineage(state).some((n) => n.meta?.rereadsDisks === true || (n.meta?.rereadsDisks === 'bootIntoAlternate' && bootIntoAlternate));
}

/** Every state as a dotted name, for the lifecycle view and the tests. */
export function allStateNames(): string[] {
  const out: string[] = [];
  const walk = (node: MachineNode) => {
    for (const c of Object.values(node.states)) {
      if (Object.keys(c.states).length === 0) out.push(c.path.join('.'));
      else walk(c);
    }
  };
  walk(ROOT);
  return out;
}

export function isLifecycleState(name: string): name is LifecycleState {
  return allStateNames().includes(name);
}

/** What a state (or group, or "" for the machine) means, in the machine's own words. */
export function stateDescription(name: string): string | null {
  return nodeOf(name)?.description ?? null;
}
