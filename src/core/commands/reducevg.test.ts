// reducevg — REFERENCE §2.29: silent; the last PV out deletes the VG; 0516-016/884 (SRC413) for a disk with
// partitions allocated or not a member; usage text SRC413 msg 880.
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { reducevg } from './reducevg.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('reducevg parse', () => {
  it.each([
    [['rootvg', 'hdisk1'], { ok: true, value: { vg: 'rootvg', pvs: ['hdisk1'] } }],
    [[], { ok: false, error: { stderr: `0516-606 reducevg: Volume group name not entered.\n${M.usage.reducevg}`, exitCode: 1 } }],
    [['rootvg'], { ok: false, error: { stderr: `0516-604 reducevg: Physical volume name not entered.\n${M.usage.reducevg}`, exitCode: 1 } }],
    [['-d', 'rootvg', 'hdisk1'], { ok: false, error: { stderr: trainerMessages.notSimulated('reducevg', '-d'), exitCode: 1 } }],
    [['-z', 'rootvg', 'hdisk1'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('reducevg', 'z')}\n${M.usage.reducevg}`, exitCode: 1 } }],
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
