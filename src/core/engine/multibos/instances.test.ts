// The two BOS instances of a multibos rootvg: names, the boot view the lifecycle's diagnosis reads (the
// world unchanged), and the switch a boot makes.
import { describe, expect, it } from 'vitest';
import { lab, runChecked as run } from '../../testing/lab.ts';
import type { World } from '../../model/types.ts';
import { restoreWorld } from '../../session/restore.ts';
import { diagnoseBoot } from '../boot.ts';
import { activeBlv, bootView, instancePrefix, otherName, standbyMount } from './instances.ts';

describe('multibos instances', () => {
  it('names: hd4 ↔ bos_hd4, / → /bos_inst, /usr → /bos_inst/usr', () => {
    expect(otherName('hd4')).toBe('bos_hd4');
    expect(otherName('bos_hd10opt')).toBe('hd10opt');
    expect(standbyMount('/')).toBe('/bos_inst');
    expect(standbyMount('/usr')).toBe('/bos_inst/usr');
  });

  it('diagnoseBoot of blv=bos_hd5 sees the standby booted, and leaves the world as it was', () => {
    const s = lab();
    run(s, 'multibos -sX');
    const world = s.world();
    const vg = world.vgs[world.hosts.aixlab01.run!.rootVgid];
    const before = JSON.stringify(vg);
    expect(diagnoseBoot(world, 'aixlab01', { diskId: 'd0', blv: 'bos_hd5' })).toMatchObject({ stage: 'ok' });
    expect(diagnoseBoot(world, 'aixlab01', { diskId: 'd0', blv: 'hd5' })).toMatchObject({ stage: 'ok' });
    expect(JSON.stringify(vg)).toBe(before);
    const view = bootView(vg, 'bos_hd5');
    expect(instancePrefix(view.os!)).toBe('bos_');
    expect(view.lvs.find((l) => l.name === 'bos_hd4')!.label).toBe('/');
    expect(view.lvs.find((l) => l.name === 'hd4')!.label).toBe('/bos_inst');
    expect(activeBlv(vg)).toBe('hd5');
    expect(activeBlv(view)).toBe('bos_hd5');
  });

  it('a saved lab with a standby BOS passes the load check and keeps it', () => {
    const s = lab();
    run(s, 'multibos -sX');
    const saved = JSON.parse(JSON.stringify(s.world()));
    const r = restoreWorld(saved);
    expect(r.ok).toBe(true);
    // the value is the world, or { restored: world, repaired } (restore.ts is moving to core's Result)
    const v = (r.ok ? r.value : null) as unknown as { restored?: World } | null;
    const world = (v?.restored ?? v) as World;
    expect(world.vgs[saved.hosts.aixlab01.run.rootVgid].standbyBos?.level).toBe('7200-05-03-2148');
  });
});
