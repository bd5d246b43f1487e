// The rule book on its own: every transition the README's table promises, driven through an actor.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { lifecycleMachine, type LifecycleEvent } from './lifecycle.machine.ts';
import { allStateNames, lifecycleCan, lifecycleNext, stateName, toStateValue } from './index.ts';

function run(events: LifecycleEvent[]): string {
  const actor = createActor(lifecycleMachine).start();
  for (const e of events) actor.send(e);
  return stateName(actor.getSnapshot().value);
}

const CLONE: LifecycleEvent = { type: 'CLONE', phases: 'all' };
const WAKE: LifecycleEvent = { type: 'WAKE', higherLevel: false, force: false };
const SLEEP: LifecycleEvent = { type: 'SLEEP' };
const INTO_ALT: LifecycleEvent = { type: 'REBOOT', into: 'alternate' };
const INTO_CUR: LifecycleEvent = { type: 'REBOOT', into: 'current' };

describe('lifecycle machine', () => {
  it('starts with no alternate', () => {
    expect(run([])).toBe('noAlternate');
  });

  it('clone, wake, sleep, boot the clone, fall back, boot it again', () => {
    expect(run([CLONE])).toBe('altinstAsleep');
    expect(run([CLONE, WAKE])).toBe('altinstAwake');
    expect(run([CLONE, WAKE, SLEEP])).toBe('altinstAsleep');
    expect(run([CLONE, INTO_ALT])).toBe('onClone.oldAsleep');
    expect(run([CLONE, INTO_ALT, WAKE])).toBe('onClone.oldAwake');
    expect(run([CLONE, INTO_ALT, WAKE, SLEEP])).toBe('onClone.oldAsleep');
    expect(run([CLONE, INTO_ALT, INTO_ALT])).toBe('fallenBack');
    expect(run([CLONE, INTO_ALT, INTO_ALT, INTO_ALT])).toBe('onClone.oldAsleep');
  });

  it('phased clones: 1 then 2 then 3, 12 then 3, 1 then 23', () => {
    expect(run([{ type: 'CLONE', phases: '1' }])).toBe('cloning.phase1');
    expect(run([{ type: 'CLONE', phases: '1' }, { type: 'CLONE', phases: '2' }])).toBe('cloning.phase2');
    expect(run([{ type: 'CLONE', phases: '1' }, { type: 'CLONE', phases: '2' }, { type: 'CLONE', phases: '3' }])).toBe('altinstAsleep');
    expect(run([{ type: 'CLONE', phases: '12' }, { type: 'CLONE', phases: '3' }])).toBe('altinstAsleep');
    expect(run([{ type: 'CLONE', phases: '1' }, { type: 'CLONE', phases: '23' }])).toBe('altinstAsleep');
  });

  it('allows only one alternate: a second clone is refused until -X or a rename', () => {
    expect(lifecycleCan('altinstAsleep', CLONE)).toBe(false);
    expect(lifecycleCan('altinstAwake', CLONE)).toBe(false);
    expect(lifecycleCan('onClone.oldAsleep', CLONE)).toBe(false);
    expect(lifecycleCan('cloneRemoved', CLONE)).toBe(true);
    expect(lifecycleCan('keptImage', CLONE)).toBe(true);
    expect(run([CLONE, { type: 'RENAME' }, CLONE])).toBe('altinstAsleep');
  });

  it('R12: a newer alternate wakes only with FORCE=yes (O9)', () => {
    const newer = { type: 'WAKE', higherLevel: true, force: false } as const;
    expect(lifecycleCan('altinstAsleep', newer)).toBe(false);
    expect(lifecycleCan('fallenBack', newer)).toBe(false);
    expect(lifecycleNext('fallenBack', { ...newer, force: true })).toBe('forcedAwake');
  });

  it('O1/O4: rebooting while awake hangs at 552 into the alternate, damages the ODM on the current disk', () => {
    expect(run([CLONE, WAKE, INTO_ALT])).toBe('hung.led552');
    expect(run([CLONE, WAKE, INTO_CUR])).toBe('odmDamaged');
    expect(run([{ type: 'CLONE', phases: '1' }, INTO_CUR])).toBe('odmDamaged');
    expect(run([CLONE, INTO_ALT, WAKE, INTO_CUR])).toBe('odmDamaged');
  });

  it('O5: waking again after O4 doubles the names; -X is the way out', () => {
    expect(run([CLONE, WAKE, INTO_CUR, WAKE])).toBe('doubledNames');
    expect(run([CLONE, WAKE, INTO_CUR, WAKE, { type: 'REMOVE', target: 'alternate' }])).toBe('noAlternate');
  });

  it('O1 way out: from the 552 hang, SMS boots the original disk, which comes up with a damaged ODM', () => {
    expect(run([CLONE, WAKE, INTO_ALT, INTO_CUR])).toBe('odmDamaged');
  });

  it('O6, O8: importvg of the alternate merges the ODM; -X rootvg undefines rootvg until redefinevg + synclvodm', () => {
    expect(run([CLONE, { type: 'IMPORT_ALT' }])).toBe('mergedOdm');
    expect(run([CLONE, { type: 'IMPORT_ALT' }, INTO_CUR])).toBe('hung.led554');
    expect(run([{ type: 'REMOVE', target: 'rootvg' }])).toBe('rootvgUndefined');
    expect(run([{ type: 'REMOVE', target: 'rootvg' }, { type: 'REPAIR_ROOTVG' }])).toBe('noAlternate');
  });

  it('-X of the alternate leaves a bootable disk; -X old_rootvg after the upgrade, and it still boots', () => {
    expect(run([CLONE, { type: 'REMOVE', target: 'alternate' }])).toBe('cloneRemoved');
    expect(run([CLONE, INTO_ALT, { type: 'REMOVE', target: 'alternate' }])).toBe('oldRemoved');
    expect(run([CLONE, INTO_ALT, { type: 'REMOVE', target: 'alternate' }, INTO_ALT])).toBe('fallenBack');
  });

  it('names round-trip between dotted strings and state values', () => {
    for (const name of allStateNames()) expect(stateName(toStateValue(name))).toBe(name);
    expect(allStateNames()).toContain('hung.led552');
  });
});
