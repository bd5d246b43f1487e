// Model-based test: every shortest path of the lifecycle machine becomes real command lines typed into
// a session, and after each step the state read off the disks must equal the machine's state — and the
// session must never have had to correct the machine from the disks (a command that changed the disks
// in a way the machine did not allow shows up as such a correction).
import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createSession, newSessionState } from '../session/session.ts';
import type { Session } from '../session/api.ts';
import { hdiskName } from '../model/select.ts';
import { classifyLifecycle } from './classify.ts';
import { lifecycleMachine, type LifecycleEvent, type TargetName } from './lifecycle.machine.ts';
import { lifecycleNext, stateName } from './index.ts';

const wake = (target: TargetName): LifecycleEvent => ({ type: 'WAKE', level: 'notNewer', force: false, booted: false, target });
const EVENTS: LifecycleEvent[] = [
  { type: 'CLONE', phases: 'all', targetHoldsClone: false },
  { type: 'CLONE', phases: '1', targetHoldsClone: false },
  { type: 'CLONE', phases: '12', targetHoldsClone: false },
  { type: 'CLONE', phases: '2', targetHoldsClone: true },
  { type: 'CLONE', phases: '3', targetHoldsClone: true },
  wake('altinst_rootvg'),
  wake('old_rootvg'),
  wake('other'),
  { type: 'SLEEP' },
  { type: 'CUSTOMIZE' },
  { type: 'REMOVE', target: 'alternate', leaves: 'none' },
  { type: 'REMOVE', target: 'alternate', leaves: 'clone' },
  { type: 'REMOVE', target: 'alternate', leaves: 'old' },
  // Shortest paths keep one image at most: removing it leaves its disk an undefined bootable clone.
  { type: 'REMOVE', target: 'other', leaves: 'clone' },
  { type: 'REMOVE', target: 'rootvg', leaves: 'none' },
  { type: 'RENAME', to: 'other', nameTaken: false },
  { type: 'REBOOT', into: 'current' },
  { type: 'REBOOT', into: 'alternate' },
  { type: 'IMPORT_ALT', collided: true },
  { type: 'REDEFINE_ROOTVG' },
  { type: 'REPAIR_ROOTVG' },
];

/** What the alternate disk is called in each state: altinst_rootvg, old_rootvg, or something else. */
function alternateName(state: string): TargetName {
  if (state === 'onClone.oldAsleep') return 'old_rootvg';
  if (['keptImage', 'cloneRemoved', 'oldRemoved'].includes(state)) return 'other';
  return 'altinst_rootvg';
}

/** The events a learner's commands can send in a state (the facts of each event as the disks give them). */
function realizable(state: string): LifecycleEvent[] {
  const named = alternateName(state);
  return EVENTS.filter((e) => {
    if (e.type === 'WAKE') return e.target === named;
    if (e.type === 'REMOVE' && e.target === 'other') return state === 'keptImage';
    // On the shortest paths the removed disk is the only other rootvg: bootable when asleep and complete.
    if (e.type === 'REMOVE' && e.target === 'alternate') {
      if (state === 'keptImage') return false;
      return e.leaves === (state === 'onClone.oldAsleep' ? 'old' : state === 'altinstAsleep' || state === 'fallenBack' ? 'clone' : 'none');
    }
    if (e.type === 'RENAME') return state !== 'keptImage';
    // The test's alternate disk with no alternate (or an image kept elsewhere) is free: firmware cannot boot it.
    if (e.type === 'REBOOT' && e.into === 'alternate' && (state === 'keptImage' || state === 'noAlternate')) return false;
    // importvg of an alternate only succeeds once its definition is gone (-X).
    if (e.type === 'IMPORT_ALT') return state === 'cloneRemoved' || state === 'oldRemoved';
    return true;
  });
}

/** The disks in play: the one the system last ran from, and the other one holding (or getting) a rootvg. */
function disks(s: Session): { current: string; alternate: string; currentId: string; alternateId: string; image: string | null } {
  const w = s.world();
  const host = w.hosts[w.console];
  const currentId = host.run?.bootDiskId ?? host.lastBootDiskId!;
  let alternateId = currentId === 'd0' ? 'd1' : 'd0';
  // A clone kept under another name (image_1) occupies hdisk1: the next clone goes to hdisk3.
  const odm = host.run ? w.vgs[host.run.rootVgid].os!.odm : null;
  const kept = odm?.vgs.find((v) => v.name === 'image_1');
  if (kept && w.disks[alternateId].vgid === kept.vgid) alternateId = 'd3';
  const name = (id: string) => hdiskName(w, host, id) ?? `hdisk${id.slice(1)}`;
  const imageId = kept ? Object.values(w.disks).find((x) => x.vgid === kept.vgid)?.id : undefined;
  return { current: name(currentId), alternate: name(alternateId), currentId, alternateId, image: imageId ? name(imageId) : null };
}

/** SMS: Select Boot Options → Select Install/Boot Device → List all Devices → the disk → Normal Mode Boot → Yes. */
function smsBoot(s: Session, diskId: string): string[] {
  const slot = s.world().disks[diskId].location!.slot;
  return ['lab power off', 'lab sms', '5', '1', '7', String(slot + 1), '2', '1'];
}

/** What a learner types for an event in the state the session is in. */
function commandsFor(s: Session, e: LifecycleEvent): string[] {
  const d = disks(s);
  const hung = s.world().hosts[s.world().console].power === 'hung';
  switch (e.type) {
    case 'CLONE':
      return [e.phases === 'all' ? `alt_disk_copy -B -d ${d.alternate}` : `alt_disk_copy -B -P ${e.phases} -d ${d.alternate}`];
    case 'WAKE':
      return [`alt_rootvg_op -W -d ${e.target === 'other' && d.image ? d.image : d.alternate}`];
    case 'SLEEP':
      return ['alt_rootvg_op -S'];
    case 'REMOVE': {
      if (e.target === 'rootvg') return ['alt_rootvg_op -X rootvg'];
      if (e.target === 'other') return ['alt_rootvg_op -X image_1'];
      const vg = s.exec(`lspv | grep -w ${d.alternate}`).stdout.trim().split(/\s+/)[2];
      return [`alt_rootvg_op -X ${vg}`];
    }
    case 'RENAME':
      return [`alt_rootvg_op -v image_1 -d ${d.alternate}`];
    case 'CUSTOMIZE':
      return ['alt_rootvg_op -C'];
    case 'IMPORT_ALT':
      return [`importvg -y clonevg ${d.alternate}`];
    case 'REDEFINE_ROOTVG':
      return [`redefinevg -d ${d.current} rootvg`];
    case 'REPAIR_ROOTVG':
      return ['synclvodm -Pv rootvg'];
    case 'REBOOT': {
      const target = e.into === 'current' ? d.currentId : d.alternateId;
      if (hung) return smsBoot(s, target);
      return [`bootlist -m normal ${e.into === 'current' ? d.current : d.alternate}`, 'shutdown -Fr'];
    }
    default:
      return [];
  }
}

describe('engine and statechart agree (model-based)', () => {
  const paths = getShortestPaths(lifecycleMachine, { events: (snapshot) => realizable(stateName(snapshot.value)) });

  it('covers the machine', () => {
    const reached = new Set(paths.map((p) => stateName(p.state.value)));
    for (const s of ['altinstAsleep', 'altinstAwake', 'onClone.oldAsleep', 'onClone.oldAwake', 'fallenBack', 'cloneRemoved', 'oldRemoved', 'cloning.phase1', 'cloning.phase2', 'odmDamaged', 'doubledNames', 'doubledNamesAsleep', 'hung.led552', 'hung.led554', 'mergedOdm', 'rootvgUndefined', 'rootvgRedefined', 'keptImage']) {
      expect(reached, s).toContain(s);
    }
  });

  // Every transition: the shortest path to each state, then each event the machine takes there.
  const cases: { events: LifecycleEvent[]; expected: string[] }[] = [];
  for (const path of paths) {
    const events = path.steps.map((st) => st.event as LifecycleEvent).filter((e) => !e.type.startsWith('xstate.'));
    const expected = path.steps.filter((st) => !st.event.type.startsWith('xstate.')).map((st) => stateName(st.state.value));
    cases.push({ events, expected });
    const snapshot = path.state;
    for (const e of realizable(stateName(snapshot.value))) {
      if (!snapshot.can(e)) continue;
      // "into the alternate" means firmware booted it: a clone stopped after phase 1 has no boot image.
      if (e.type === 'REBOOT' && e.into === 'alternate' && events.some((x, i) => x.type === 'CLONE' && x.phases === '1' && !events.slice(i + 1).some((y) => y.type === 'CLONE'))) continue;
      const next = lifecycleNext(stateName(snapshot.value), e);
      cases.push({ events: [...events, e], expected: [...expected, next] });
    }
  }

  for (const c of cases) {
    const label = c.events.map((e) => (e.type === 'REBOOT' ? `REBOOT(${e.into})` : e.type === 'CLONE' ? `CLONE(${e.phases})` : e.type === 'REMOVE' ? `REMOVE(${e.target})` : e.type)).join(' → ') || '(start)';
    it(`${c.expected.at(-1) ?? 'noAlternate'} via ${label}`, () => {
      const session = createSession(newSessionState('reference-lab')!);
      expect(classifyLifecycle(session.world())).toBe('noAlternate');
      c.events.forEach((event, i) => {
        for (const line of commandsFor(session, event)) session.exec(line);
        expect(classifyLifecycle(session.world()), `after ${label.split(' → ').slice(0, i + 1).join(' → ')}`).toBe(c.expected[i]);
        expect(session.snapshot().lifecycle.state).toBe(c.expected[i]);
      });
      // Every change of state came from an event the machine took, none from a correction off the disks
      // (a boot after a power-off reads the disks by design: the machine holds no state while down).
      expect(session.snapshot().lifecycle.recent.filter((t) => t.command.endsWith('(read from the disks)'))).toEqual([]);
    });
  }
});
