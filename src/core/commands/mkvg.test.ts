// mkvg — REFERENCE §2.29 (0516-1254 before the VG name, CLOUD), Chef cookbook captures for 0516-306,
// usage text SRC413 msg 860. extendvg and reducevg have their own test files.
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { mkvg } from './mkvg.ts';
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
    [['-y', 'appvg'], { ok: false, error: { stderr: `0516-604 mkvg: Physical volume name not entered.\n${M.usage.mkvg}`, exitCode: 1 } }],
    [['-s', '48', 'hdisk3'], { ok: false, error: { stderr: `0516-682 mkvg: The -s parameter for Size must be a power\n\tof 2 between 1 and 1024.\n${M.usage.mkvg}`, exitCode: 1 } }],
    [['-s', 'x', 'hdisk3'], { ok: false, error: { stderr: `${M.badPpSize('mkvg')}\n${M.usage.mkvg}`, exitCode: 1 } }],
    [['-q', 'hdisk3'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('mkvg', 'q')}\n${M.usage.mkvg}`, exitCode: 1 } }],
    [['-S', '-y', 'appvg', 'hdisk3'], { ok: false, error: { stderr: trainerMessages.notSimulated('mkvg', '-S'), exitCode: 1 } }],
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
