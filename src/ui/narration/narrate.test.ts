import { describe, expect, it } from 'vitest';
import { disk, referenceHost, referenceSnapshot } from '../testing/fixtures.ts';
import { narrate, narrationText } from './narrate.ts';

describe('narration of a change', () => {
  it('says nothing changed when nothing did', () => {
    expect(narrate(referenceSnapshot(), referenceSnapshot())).toEqual([]);
    expect(narrationText([])).toBe('No change in the diagram.');
  });

  it('tells a clone: the new role, the boot record and level, the bootlist, the lifecycle', () => {
    const after = referenceHost({ bootlist: { normal: ['hdisk1 blv=hd5'], service: [] } });
    after.disks[1] = disk({ id: 'lun-1', name: 'hdisk1', pvid: '00f6db0a8f3a1c22', vg: 'altinst_rootvg', role: 'altinst_rootvg', bootRecord: true, osLevel: '7200-05-03-2148' });
    const out = narrate(referenceSnapshot(), referenceSnapshot({ hosts: [after], lifecycle: { state: 'altinstAsleep', recent: [] } }));
    expect(out).toEqual([
      'hdisk1: now altinst_rootvg, a clone of rootvg; boot record written; AIX 7200-05-03-2148 on disk',
      'bootlist (normal): hdisk1',
      'lifecycle: noAlternate → altinstAsleep',
    ]);
  });

  it('tells a wake with the number of file systems under /alt_inst', () => {
    const asleep = referenceHost();
    asleep.disks[1] = disk({ id: 'lun-1', name: 'hdisk1', vg: 'altinst_rootvg', role: 'altinst_rootvg' });
    const awake = referenceHost();
    awake.disks[1] = disk({ id: 'lun-1', name: 'hdisk1', vg: 'altinst_rootvg', role: 'altinst_rootvg', vgActive: true, awake: true });
    awake.mounts = [...awake.mounts, ...['/alt_inst', '/alt_inst/usr', '/alt_inst/var'].map((m) => ({ dev: '/dev/x', mount: m }))];
    expect(narrate(referenceSnapshot({ hosts: [asleep] }), referenceSnapshot({ hosts: [awake] }))).toEqual([
      'hdisk1: altinst_rootvg woken; 3 file systems mounted under /alt_inst',
    ]);
    expect(narrate(referenceSnapshot({ hosts: [awake] }), referenceSnapshot({ hosts: [asleep] }))).toEqual(['hdisk1: altinst_rootvg put to sleep; /alt_inst unmounted']);
  });

  it('tells a hang with its LED code and meaning', () => {
    const hung = referenceHost({ power: 'hung', led: '0552', level: null, bootDisk: null });
    expect(narrate(referenceSnapshot(), referenceSnapshot({ hosts: [hung] }))[0]).toBe('aixlab01 hung at LED 0552 (IPL varyon failed)');
  });

  it('tells renamed logical volumes, mounts and the shelf', () => {
    const before = referenceHost();
    const after = referenceHost({ mounts: [] });
    after.vgs[0] = { ...after.vgs[0], lvs: after.vgs[0].lvs.map((l) => ({ ...l, name: `alt_${l.name}` })) };
    const shelf = [disk({ id: 'lun-9' })];
    expect(narrate(referenceSnapshot({ hosts: [before] }), referenceSnapshot({ hosts: [after], shelf }))).toEqual([
      'rootvg: logical volumes renamed to alt_hd5, alt_hd4',
      'unmounted /',
      'on the shelf now: lun-9',
    ]);
  });

  it('names the host of a change on a host other than the console', () => {
    const two = referenceSnapshot({ hosts: [referenceHost(), referenceHost({ name: 'aixlab02' })] });
    const b = referenceHost({ name: 'aixlab02', bootlist: { normal: ['hdisk1 blv=hd5'], service: [] } });
    expect(narrate(two, { ...two, hosts: [referenceHost(), b] })).toEqual(['aixlab02 bootlist (normal): hdisk1']);
  });
});

describe('a reboot that comes back where it started', () => {
  it('is still told', () => {
    expect(narrate(referenceSnapshot(), referenceSnapshot(), new Set(['aixlab01']))).toEqual([
      'aixlab01 rebooted and is running, booted from hdisk0 (AIX 7200-05-03-2148)',
    ]);
  });
});
