// Model-based test: every shortest path of the lifecycle machine becomes real command lines typed into
// a session, and after each step the state read off the disks must equal the machine's state.
import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createSession, newSessionState } from '../session/session.ts';
import type { Session } from '../session/api.ts';
import { hdiskName } from '../model/select.ts';
import { classifyLifecycle } from './classify.ts';
import { lifecycleMachine, type LifecycleEvent } from './lifecycle.machine.ts';
import { lifecycleNext, stateName } from './index.ts';

const EVENTS: LifecycleEvent[] = [
  { type: 'CLONE', phases: 'all' },
  { type: 'CLONE', phases: '1' },
  { type: 'CLONE', phases: '12' },
  { type: 'CLONE', phases: '2' },
  { type: 'CLONE', phases: '3' },
  { type: 'WAKE', higherLevel: false, force: false },
  { type: 'SLEEP' },
  { type: 'REMOVE', target: 'alternate' },
  { type: 'REMOVE', target: 'rootvg' },
  { type: 'RENAME' },
  { type: 'REBOOT', into: 'current' },
  { type: 'REBOOT', into: 'alternate' },
];

/** The disks in play: the one the system last ran from, and the other one holding (or getting) a rootvg. */
function disks(s: Session): { current: string; alternate: string; currentId: string; alternateId: string } {
  const w = s.world();
  const host = w.hosts[w.console];
  const currentId = host.run?.bootDiskId ?? host.lastBootDiskId!;
  let alternateId = currentId === 'd0' ? 'd1' : 'd0';
  // A clone kept under another name (image_1) occupies hdisk1: the next clone goes to hdisk3.
  const odm = host.run ? w.vgs[host.run.rootVgid].os!.odm : null;
  const kept = odm?.vgs.find((v) => v.name === 'image_1');
  if (kept && w.disks[alternateId].vgid === kept.vgid) alternateId = 'd3';
  const name = (id: string) => hdiskName(w, host, id) ?? `hdisk${id.slice(1)}`;
  return { current: name(currentId), alternate: name(alternateId), currentId, alternateId };
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
      return [`alt_rootvg_op -W -d ${d.alternate}`];
    case 'SLEEP':
      return ['alt_rootvg_op -S'];
    case 'REMOVE': {
      if (e.target === 'rootvg') return ['alt_rootvg_op -X rootvg'];
      const vg = s.exec(`lspv | grep -w ${d.alternate}`).stdout.trim().split(/\s+/)[2];
      return [`alt_rootvg_op -X ${vg}`];
    }
    case 'RENAME':
      return [`alt_rootvg_op -v image_1 -d ${d.alternate}`];
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
  const paths = getShortestPaths(lifecycleMachine, { events: EVENTS });

  it('covers the machine', () => {
    const reached = new Set(paths.map((p) => stateName(p.state.value)));
    for (const s of ['altinstAsleep', 'altinstAwake', 'onClone.oldAsleep', 'onClone.oldAwake', 'fallenBack', 'cloneRemoved', 'oldRemoved', 'cloning.phase1', 'cloning.phase2', 'odmDamaged', 'doubledNames', 'hung.led552', 'rootvgUndefined', 'keptImage']) {
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
    for (const e of EVENTS) {
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
    });
  }
});
