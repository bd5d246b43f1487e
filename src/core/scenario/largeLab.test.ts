import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../model/invariants.ts';
import { createSession, newSessionState } from '../session/session.ts';
import { findScenario } from './builtins.ts';
import { largeLab } from './largeLab.ts';

describe('large-lab scenario', () => {
  it('is registered and builds three running hosts, the console first, and 18 disks', () => {
    expect(findScenario('large-lab')?.build).toBe(largeLab);
    const world = largeLab();
    expect(Object.keys(world.hosts)).toEqual(['aixlab01', 'aixlab02', 'aixlab03']);
    expect(world.console).toBe('aixlab01');
    expect(Object.values(world.hosts).every((h) => h.power === 'running')).toBe(true);
    expect(Object.keys(world.disks)).toHaveLength(18);
    expect(checkInvariants(world)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(largeLab()).toEqual(largeLab());
  });

  it('shows every host in the snapshot, a mirrored rootvg on aixlab02, and takes a clone on the console', () => {
    const session = createSession(newSessionState('large-lab')!);
    const snap = session.snapshot();
    expect(snap.hosts.map((h) => h.disks.length)).toEqual([6, 6, 4]);
    expect(snap.shelf.map((d) => d.id)).toEqual(['s0', 's1']);
    const root02 = snap.hosts[1].vgs.find((v) => v.name === 'rootvg')!;
    expect(root02.lvs.find((l) => l.name === 'hd4')).toMatchObject({ lps: 4, pps: 8 });
    expect(session.exec('alt_disk_copy -d hdisk1').exitCode).toBe(0);
    expect(session.snapshot().hosts[0].disks[1]).toMatchObject({ role: 'altinst_rootvg' });
    expect(checkInvariants(session.world())).toEqual([]);
  });
});
