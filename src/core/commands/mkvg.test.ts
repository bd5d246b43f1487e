// mkvg / extendvg / reducevg — REFERENCE §2.29 (0516-1254 before the VG name, CLOUD; extendvg's
// 0516-1254/1162/792, NODEJS; reducevg's 0516-016/884, SRC413), Chef cookbook captures for 0516-306
// from mkvg/extendvg, usage texts SRC413 msgs 860/790/880.
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { extendvg } from './extendvg.ts';
import { mkvg } from './mkvg.ts';
import { reducevg } from './reducevg.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

/** The LVM-relevant state (not $?), to prove a refused command changed nothing. */
const state = (s: ReturnType<typeof lab>) => {
  const w = s.world();
  return JSON.stringify({ disks: w.disks, vgs: w.vgs, variedOn: w.hosts.aixlab01.run!.variedOn, mounts: w.hosts.aixlab01.run!.mounts });
};

describe('mkvg parse', () => {
  it.each([
    [['-y', 'appvg', 'hdisk3'], { ok: true, value: { name: 'appvg', ppSize: null, force: false, pvs: ['hdisk3'] } }],
    [['-f', '-y', 'appvg', '-s', '64', 'hdisk1', 'hdisk3'], { ok: true, value: { name: 'appvg', ppSize: 64, force: true, pvs: ['hdisk1', 'hdisk3'] } }],
    [['hdisk3'], { ok: true, value: { name: null, ppSize: null, force: false, pvs: ['hdisk3'] } }],
    [['-y', 'appvg'], { ok: false, stderr: `0516-604 mkvg: Physical volume name not entered.\n${M.usage.mkvg}`, exitCode: 1 }],
    [['-s', '48', 'hdisk3'], { ok: false, stderr: `0516-682 mkvg: The -s parameter for Size must be a power\n\tof 2 between 1 and 1024.\n${M.usage.mkvg}`, exitCode: 1 }],
    [['-s', 'x', 'hdisk3'], { ok: false, stderr: `${M.badPpSize('mkvg')}\n${M.usage.mkvg}`, exitCode: 1 }],
    [['-q', 'hdisk3'], { ok: false, stderr: `${shellMessages.unknownFlag('mkvg', 'q')}\n${M.usage.mkvg}`, exitCode: 1 }],
    [['-S', '-y', 'appvg', 'hdisk3'], { ok: false, stderr: trainerMessages.notSimulated('mkvg', '-S'), exitCode: 1 }],
  ])('%j', (args, expected) => expect(mkvg.parse(args)).toEqual(expected));
});

describe('mkvg run', () => {
  it('a disk without PVID: 0516-1254 on stderr, then the name; varied on (§2.29, CLOUD)', () => {
    const s = lab();
    const r = run(s, 'mkvg -y appvg hdisk3');
    expect(r).toEqual({ out: 'appvg\n', err: '0516-1254 mkvg: Changing the PVID in the ODM.\n', code: 0 });
    const line = run(s, 'lspv').out.split('\n')[3];
    expect(line).toMatch(/^hdisk3 {10}00f6db0a[0-9a-f]{8} {20}appvg {11}active$/);
    expect(run(s, 'lsvg -o').out).toBe('appvg\ndatavg\nrootvg\n');
    // Default PP size for a 10 GB disk: 16 MB (10240/16 = 640 ≤ 1016).
    expect(run(s, 'lsvg appvg').out).toContain('PP SIZE:        16 megabyte(s)');
    expect(run(s, 'lsvg -p appvg').out.split('\n')[2]).toMatch(/^hdisk3 {12}active {12}639 {9}639 {9}/);
  });

  it('a disk with a PVID: only the name; -s sets the PP size; no -y gives vg00', () => {
    const s = lab();
    expect(run(s, 'mkvg -s 64 hdisk1')).toEqual({ out: 'vg00\n', err: '', code: 0 });
    expect(run(s, 'lsvg vg00').out).toContain('PP SIZE:        64 megabyte(s)');
  });

  it('errors end with 0516-862 and change nothing', () => {
    const s = lab();
    const before = state(s);
    expect(run(s, 'mkvg -y appvg hdisk10')).toEqual({
      out: '',
      err: '0516-306 mkvg: Unable to find physical volume hdisk10 in the Device\n\tConfiguration Database.\n0516-862 mkvg: Unable to create volume group.\n',
      code: 1,
    });
    expect(run(s, 'mkvg -y appvg hdisk2').err).toBe('0516-696 mkvg: Physical Volume hdisk2 belongs to another volume group.\n0516-862 mkvg: Unable to create volume group.\n');
    expect(run(s, 'mkvg -f -y appvg hdisk0').err).toBe('0516-696 mkvg: Physical Volume hdisk0 belongs to another volume group.\n0516-862 mkvg: Unable to create volume group.\n');
    expect(run(s, 'mkvg -y datavg hdisk1').err).toBe('0516-360 mkvg: The device name is already used; choose a\n\tdifferent name.\n0516-862 mkvg: Unable to create volume group.\n');
    expect(run(s, 'mkvg -y a:b hdisk1').err).toBe('mkvg: Volume group name a:b contains invalid characters.\n0516-862 mkvg: Unable to create volume group.\n');
    expect(run(s, 'mkvg -s 8 -y appvg hdisk1').err).toBe(
      'mkvg: Warning, The Physical Partition Size of 8 requires the\n\tcreation of 2560 partitions for hdisk1.  The system limitation is 1016\n\tphysical partitions per disk. Specify a larger Physical Partition Size\n\tin order create a volume group on this disk.\n0516-862 mkvg: Unable to create volume group.\n',
    );
    expect(state(s) === before).toBe(true);
  });

  it('a leftover descriptor area: 0516-1398 without -f, overwritten with -f', () => {
    const s = lab();
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    run(s, 'exportvg datavg');
    expect(run(s, 'mkvg -y appvg hdisk2').err).toBe(
      '0516-1398 mkvg: The physical volume hdisk2, appears to belong to another volume group. Use the force option to add this physical volume to a volume group.\n0516-862 mkvg: Unable to create volume group.\n',
    );
    expect(run(s, 'mkvg -f -y appvg hdisk2')).toEqual({ out: 'appvg\n', err: '', code: 0 });
    expect(run(s, 'importvg -y datavg hdisk2').err).toContain('0516-572 redefinevg: Volume Group already exists under name appvg.');
  });
});

describe('extendvg parse', () => {
  it.each([
    [['rootvg', 'hdisk1'], { ok: true, value: { vg: 'rootvg', pvs: ['hdisk1'], force: false } }],
    [['-f', 'datavg', 'hdisk1', 'hdisk3'], { ok: true, value: { vg: 'datavg', pvs: ['hdisk1', 'hdisk3'], force: true } }],
    [[], { ok: false, stderr: `0516-606 extendvg: Volume group name not entered.\n${M.usage.extendvg}`, exitCode: 1 }],
    [['rootvg'], { ok: false, stderr: `0516-604 extendvg: Physical volume name not entered.\n${M.usage.extendvg}`, exitCode: 1 }],
    [['-x', 'rootvg', 'hdisk1'], { ok: false, stderr: `${shellMessages.unknownFlag('extendvg', 'x')}\n${M.usage.extendvg}`, exitCode: 1 }],
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

describe('reducevg parse', () => {
  it.each([
    [['rootvg', 'hdisk1'], { ok: true, value: { vg: 'rootvg', pvs: ['hdisk1'] } }],
    [[], { ok: false, stderr: `0516-606 reducevg: Volume group name not entered.\n${M.usage.reducevg}`, exitCode: 1 }],
    [['rootvg'], { ok: false, stderr: `0516-604 reducevg: Physical volume name not entered.\n${M.usage.reducevg}`, exitCode: 1 }],
    [['-d', 'rootvg', 'hdisk1'], { ok: false, stderr: trainerMessages.notSimulated('reducevg', '-d'), exitCode: 1 }],
    [['-z', 'rootvg', 'hdisk1'], { ok: false, stderr: `${shellMessages.unknownFlag('reducevg', 'z')}\n${M.usage.reducevg}`, exitCode: 1 }],
  ])('%j', (args, expected) => expect(reducevg.parse(args)).toEqual(expected));
});

describe('reducevg run', () => {
  it('silent; the last PV out deletes the VG (ldeletepv message)', () => {
    const s = lab();
    run(s, 'mkvg -y appvg -s 32 hdisk3');
    expect(run(s, 'extendvg appvg hdisk1').code).toBe(0);
    expect(run(s, 'reducevg appvg hdisk1')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'reducevg appvg hdisk3')).toEqual({ out: '', err: 'ldeletepv: Volume Group deleted since it contains no physical volumes.\n', code: 0 });
    expect(run(s, 'lsvg').out).toBe('rootvg\ndatavg\n');
    expect(run(s, 'lspv').out.split('\n')[3]).toMatch(/^hdisk3 {10}00f6db0a[0-9a-f]{8} {20}None {12}$/);
  });

  it('refusals: partitions allocated, not a member, unknown disk (exit 2), unknown or varied-off VG', () => {
    const s = lab();
    expect(run(s, 'reducevg rootvg hdisk0')).toEqual({
      out: '',
      err:
        '0516-016 ldeletepv: Cannot delete physical volume with allocated\n\tpartitions. Use either migratepv to move the partitions or\n\treducevg with the -d option to delete the partitions.\n' +
        '0516-884 reducevg: Unable to remove physical volume hdisk0.\n',
      code: 2,
    });
    expect(run(s, 'reducevg rootvg hdisk1')).toEqual({
      out: '',
      err: '0516-066 ldeletepv: Physical volume is not a volume group member.\n\tCheck the physical volume name specified.\n0516-884 reducevg: Unable to remove physical volume hdisk1.\n',
      code: 2,
    });
    expect(run(s, 'reducevg rootvg hdisk9').err).toBe(
      '0516-306 getlvodm: Unable to find physical volume hdisk9 in the Device\n\tConfiguration Database.\n0516-884 reducevg: Unable to remove physical volume hdisk9.\n',
    );
    expect(run(s, 'reducevg foovg hdisk1')).toEqual({
      out: '',
      err: '0516-306 getlvodm: Unable to find volume group foovg in the Device\n\tConfiguration Database.\n0516-882 reducevg: Unable to reduce volume group.\n',
      code: 1,
    });
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    expect(run(s, 'reducevg datavg hdisk2').err).toBe('0516-010 lqueryvg: Volume group must be varied on; use varyonvg command.\n0516-882 reducevg: Unable to reduce volume group.\n');
  });
});
