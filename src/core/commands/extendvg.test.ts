// extendvg — REFERENCE §2.29: silent for a disk with a PVID, 0516-1254 for one without; refusals end with
// 0516-792; the PP limit gives 0516-1254/1162/792 (NODEJS); usage text SRC413 msg 790.
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages } from '../messages/index.ts';
import { extendvg } from './extendvg.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('extendvg parse', () => {
  it.each([
    [['rootvg', 'hdisk1'], { ok: true, value: { vg: 'rootvg', pvs: ['hdisk1'], force: false } }],
    [['-f', 'datavg', 'hdisk1', 'hdisk3'], { ok: true, value: { vg: 'datavg', pvs: ['hdisk1', 'hdisk3'], force: true } }],
    [[], { ok: false, error: { stderr: `0516-606 extendvg: Volume group name not entered.\n${M.usage.extendvg}`, exitCode: 1 } }],
    [['rootvg'], { ok: false, error: { stderr: `0516-604 extendvg: Physical volume name not entered.\n${M.usage.extendvg}`, exitCode: 1 } }],
    [['-x', 'rootvg', 'hdisk1'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('extendvg', 'x')}\n${M.usage.extendvg}`, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(extendvg.parse(args)).toEqual(expected));
  it('usage (SRC413 msg 790)', () => expect(M.usage.extendvg).toBe('Usage: extendvg [-f] VGname PVname...\nExtends a volume group by adding a physical volume.'));
});

describe('extendvg run', () => {
  it('silent for a disk with a PVID; 0516-1254 for one without', () => {
    const s = lab();
    expect(run(s, 'extendvg rootvg hdisk1')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'extendvg datavg hdisk3')).toEqual({ out: '', err: '0516-1254 extendvg: Changing the PVID in the ODM.\n', code: 0 });
    expect(run(s, 'lsvg rootvg').out).toContain('TOTAL PVs:          2');
  });

  it('refusals end with 0516-792', () => {
    const s = lab();
    expect(run(s, 'extendvg foovg hdisk1').err).toBe('0516-306 extendvg: Unable to find volume group foovg in the Device\n\tConfiguration Database.\n0516-792 extendvg: Unable to extend volume group.\n');
    expect(run(s, 'extendvg rootvg hdisk9').err).toBe('0516-306 extendvg: Unable to find physical volume hdisk9 in the Device\n\tConfiguration Database.\n0516-792 extendvg: Unable to extend volume group.\n');
    expect(run(s, 'extendvg rootvg hdisk2').err).toBe('0516-696 extendvg: Physical Volume hdisk2 belongs to another volume group.\n0516-792 extendvg: Unable to extend volume group.\n');
    expect(run(s, 'extendvg rootvg hdisk0').err).toBe('0516-005 extendvg: The physical volume is already a member of the\n\trequested volume group.\n0516-792 extendvg: Unable to extend volume group.\n');
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    expect(run(s, 'extendvg datavg hdisk1').err).toBe('0516-010 extendvg: Volume group must be varied on; use varyonvg command.\n0516-792 extendvg: Unable to extend volume group.\n');
  });

  it('PP limit: 0516-1254, 0516-1162, 0516-792 (NODEJS); the PVID stays set', () => {
    const s = lab();
    s.world().disks.d3.sizeMB = 102400;
    const r = run(s, 'extendvg rootvg hdisk3');
    expect(r).toEqual({
      out: '',
      err:
        '0516-1254 extendvg: Changing the PVID in the ODM.\n' +
        '0516-1162 extendvg: The Physical Partition Size of 32 requires the creation of\n' +
        '        3200 partitions for hdisk3.  The limitation for volume group rootvg is\n' +
        '        1016 physical partitions per physical volume.  Use chvg command with -t\n' +
        '        option to attempt to change the maximum Physical Partitions per Physical\n' +
        '        volume for this volume group.\n' +
        '0516-792 extendvg: Unable to extend volume group.\n',
      code: 1,
    });
    expect(s.world().disks.d3.pvid).toMatch(/^00f6db0a[0-9a-f]{8}$/);
    expect(s.world().disks.d3.vgid).toBeNull();
  });
});
