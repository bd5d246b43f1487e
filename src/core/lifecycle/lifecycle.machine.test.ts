// The rule book on its own: every transition the README's table promises, driven through an actor.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { lifecycleMachine, type LifecycleEvent } from './lifecycle.machine.ts';
import { allStateNames, lifecycleAsk, lifecycleCan, lifecycleNext, stateName, toStateValue } from './index.ts';

function run(events: LifecycleEvent[]): string {
  const actor = createActor(lifecycleMachine).start();
  for (const e of events) actor.send(e);
  return stateName(actor.getSnapshot().value);
}

const CLONE: LifecycleEvent = { type: 'CLONE', phases: 'all' };
const WAKE: LifecycleEvent = { type: 'WAKE', level: 'notNewer', force: false, booted: false, target: 'altinst_rootvg' };
const WAKE_OLD: LifecycleEvent = { ...WAKE, target: 'old_rootvg' } as LifecycleEvent;
const KEEP: LifecycleEvent = { type: 'RENAME', to: 'other', nameTaken: false };
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
    expect(run([CLONE, INTO_ALT, WAKE_OLD])).toBe('onClone.oldAwake');
    expect(run([CLONE, INTO_ALT, WAKE_OLD, SLEEP])).toBe('onClone.oldAsleep');
    expect(run([CLONE, INTO_ALT, INTO_ALT])).toBe('fallenBack');
    expect(run([CLONE, INTO_ALT, INTO_ALT, INTO_ALT])).toBe('onClone.oldAsleep');
  });

  it('phased clones: 1 then 2 then 3, 12 then 3, 1 then 23', () => {
    const p = (phases: '1' | '2' | '3' | '12' | '23'): LifecycleEvent => ({ type: 'CLONE', phases, targetHoldsClone: phases.startsWith('2') || phases === '3' });
    expect(run([p('1')])).toBe('cloning.phase1');
    expect(run([p('1'), p('2')])).toBe('cloning.phase2');
    expect(run([p('1'), p('2'), p('3')])).toBe('altinstAsleep');
    expect(run([p('12'), p('3')])).toBe('altinstAsleep');
    expect(run([p('1'), p('23')])).toBe('altinstAsleep');
  });

  it('allows only one alternate: a second clone is refused until -X or a rename', () => {
    expect(lifecycleCan('altinstAsleep', CLONE)).toBe(false);
    expect(lifecycleCan('altinstAwake', CLONE)).toBe(false);
    expect(lifecycleCan('onClone.oldAsleep', CLONE)).toBe(false);
    expect(lifecycleCan('cloneRemoved', CLONE)).toBe(true);
    expect(lifecycleCan('keptImage', CLONE)).toBe(true);
    expect(run([CLONE, KEEP, CLONE])).toBe('altinstAsleep');
  });

  it('R12 (REFERENCE §12): a higher version/release wakes only with FORCE=yes (O9); a higher TL/SP wakes', () => {
    const newer = { type: 'WAKE', level: 'newerRelease', force: false, booted: false, target: 'altinst_rootvg' } as const;
    expect(lifecycleAsk('altinstAsleep', newer)).toEqual({ ok: false, error: 'newerRelease' });
    expect(lifecycleCan('fallenBack', newer)).toBe(false);
    expect(lifecycleNext('fallenBack', { ...newer, force: true })).toBe('forcedAwake');
    expect(lifecycleNext('altinstAsleep', { ...newer, level: 'newerTlSp' })).toBe('altinstAwake');
    expect(lifecycleNext('fallenBack', { ...newer, level: 'newerTlSp', booted: true })).toBe('altinstAwake');
  });

  it('names the rule behind every refusal', () => {
    expect(lifecycleAsk('altinstAwake', WAKE)).toEqual({ ok: false, error: 'alreadyAwake' });
    expect(lifecycleAsk('altinstAsleep', { ...WAKE, target: 'other' } as LifecycleEvent)).toEqual({ ok: false, error: 'nameInUse' });
    expect(lifecycleAsk('altinstAsleep', CLONE)).toEqual({ ok: false, error: 'altExists' });
    expect(lifecycleAsk('noAlternate', { type: 'CLONE', phases: '3', targetHoldsClone: false })).toEqual({ ok: false, error: 'phaseOrder' });
    expect(lifecycleAsk('cloning.phase1', { type: 'CLONE', phases: '2', targetHoldsClone: false })).toEqual({ ok: false, error: 'phaseOrder' });
    expect(lifecycleAsk('noAlternate', SLEEP)).toEqual({ ok: false, error: 'nothingAwake' });
    expect(lifecycleAsk('odmDamaged', SLEEP)).toEqual({ ok: false, error: 'notVariedOn' });
    expect(lifecycleAsk('partialClone', SLEEP)).toEqual({ ok: false, error: 'partialClone' });
    expect(lifecycleAsk('altinstAsleep', { type: 'CUSTOMIZE' })).toEqual({ ok: false, error: 'customizeNeedsAwake' });
    expect(lifecycleAsk('altinstAwake', { type: 'CUSTOMIZE' })).toEqual({ ok: true, value: 'altinstAwake' });
    expect(lifecycleAsk('altinstAsleep', { type: 'BOSBOOT_ALTERNATE' })).toEqual({ ok: false, error: 'bosbootAlternate' });
    expect(lifecycleAsk('rootvgUndefined', CLONE)).toEqual({ ok: false, error: 'rootvgUndefined' });
    expect(lifecycleAsk('altinstAwake', KEEP)).toEqual({ ok: false, error: 'renameNotSimulated' });
    expect(lifecycleAsk('altinstAsleep', { ...KEEP, nameTaken: true } as LifecycleEvent)).toEqual({ ok: false, error: 'nameInUse' });
  });

  it('O1/O4: rebooting while awake hangs at 552 into the alternate, damages the ODM on the current disk', () => {
    expect(run([CLONE, WAKE, INTO_ALT])).toBe('hung.led552');
    expect(run([CLONE, WAKE, INTO_CUR])).toBe('odmDamaged');
    expect(run([{ type: 'CLONE', phases: '1' }, INTO_CUR])).toBe('odmDamaged');
    expect(run([CLONE, INTO_ALT, WAKE_OLD, INTO_CUR])).toBe('odmDamaged');
  });

  it('O5: waking again after O4 doubles the names; -X is the way out', () => {
    expect(run([CLONE, WAKE, INTO_CUR, WAKE])).toBe('doubledNames');
    expect(run([CLONE, WAKE, INTO_CUR, WAKE, SLEEP])).toBe('doubledNamesAsleep');
    expect(run([CLONE, WAKE, INTO_CUR, WAKE, { type: 'REMOVE', target: 'alternate', leaves: 'none' }])).toBe('noAlternate');
  });

  it('O1 way out: from the 552 hang, SMS boots the original disk, which comes up with a damaged ODM', () => {
    expect(run([CLONE, WAKE, INTO_ALT, INTO_CUR])).toBe('odmDamaged');
  });

  it('O6, O8: importvg of the alternate merges the ODM; -X rootvg undefines rootvg until redefinevg + synclvodm', () => {
    expect(run([CLONE, { type: 'IMPORT_ALT', collided: true }])).toBe('mergedOdm');
    expect(run([CLONE, { type: 'IMPORT_ALT', collided: true }, INTO_CUR])).toBe('hung.led554');
    expect(run([{ type: 'REMOVE', target: 'rootvg', leaves: 'none' }])).toBe('rootvgUndefined');
    expect(run([{ type: 'REMOVE', target: 'rootvg', leaves: 'none' }, { type: 'REDEFINE_ROOTVG' }])).toBe('rootvgRedefined');
    expect(run([{ type: 'REMOVE', target: 'rootvg', leaves: 'none' }, { type: 'REDEFINE_ROOTVG' }, { type: 'REPAIR_ROOTVG' }])).toBe('noAlternate');
    // Rule 5: a reboot before the repair comes up with rootvg defined again (restbase).
    expect(run([{ type: 'REMOVE', target: 'rootvg', leaves: 'none' }, INTO_CUR])).toBe('noAlternate');
  });

  it('-X decides by what the other disks hold: a kept image stays kept, another bootable disk stays bootable', () => {
    const removeAlt = (leaves: 'image' | 'clone' | 'old' | 'none'): LifecycleEvent => ({ type: 'REMOVE', target: 'alternate', leaves });
    expect(lifecycleNext('altinstAsleep', removeAlt('image'))).toBe('keptImage');
    expect(lifecycleNext('altinstAwake', removeAlt('clone'))).toBe('cloneRemoved');
    expect(lifecycleNext('odmDamaged', removeAlt('old'))).toBe('oldRemoved');
    expect(lifecycleNext('keptImage', { type: 'REMOVE', target: 'other', leaves: 'image' })).toBe('keptImage');
    expect(lifecycleNext('keptImage', { type: 'REMOVE', target: 'other', leaves: 'none' })).toBe('noAlternate');
  });

  it('-X of the alternate leaves a bootable disk; -X old_rootvg after the upgrade, and it still boots', () => {
    expect(run([CLONE, { type: 'REMOVE', target: 'alternate', leaves: 'clone' }])).toBe('cloneRemoved');
    expect(run([CLONE, INTO_ALT, { type: 'REMOVE', target: 'alternate', leaves: 'old' }])).toBe('oldRemoved');
    expect(run([CLONE, INTO_ALT, { type: 'REMOVE', target: 'alternate', leaves: 'old' }, INTO_ALT])).toBe('fallenBack');
  });

  it('names round-trip between dotted strings and state values', () => {
    for (const name of allStateNames()) expect(stateName(toStateValue(name))).toBe(name);
    expect(allStateNames()).toContain('hung.led552');
  });
});
