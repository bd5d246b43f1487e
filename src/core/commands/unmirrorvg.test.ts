// unmirrorvg — REFERENCE §2.28: removes the last copies (or those on the disks named); the bootlist notice
// names the disk that keeps the first copy; errors as mirrorvg's.
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages } from '../messages/index.ts';
import { unmirrorvg } from './unmirrorvg.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('unmirrorvg parse', () => {
  it.each([
    [['rootvg', 'hdisk1'], { ok: true, value: { vg: 'rootvg', pvs: ['hdisk1'], copies: 1 } }],
    [['-c', '2', 'rootvg'], { ok: true, value: { vg: 'rootvg', pvs: [], copies: 2 } }],
    [['-c', 'x', 'rootvg'], { ok: false, error: { stderr: `${M.badCopies('unmirrorvg')}\n${M.usage.unmirrorvg}`, exitCode: 1 } }],
    [[], { ok: false, error: { stderr: M.usage.unmirrorvg, exitCode: 1 } }],
    [['-Q', 'rootvg'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('unmirrorvg', 'Q')}\n${M.usage.unmirrorvg}`, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(unmirrorvg.parse(args)).toEqual(expected));
});

describe('unmirrorvg run', () => {
  it('without a disk list the last copies go; bootlist keeps the disk with the first copy', () => {
    const s = lab();
    run(s, 'extendvg rootvg hdisk1');
    run(s, 'mirrorvg rootvg hdisk1');
    const r = run(s, 'unmirrorvg rootvg');
    expect(r.err).toContain('bootlist to just include:  hdisk0.\n');
    expect(run(s, 'lslv -m hd5').out).toBe('hd5:N/A\nLP    PP1  PV1               PP2  PV2               PP3  PV3\n0001  0001 hdisk0\n');
  });

  it('naming hdisk0 keeps the copies on hdisk1 (the bootlist notice says so)', () => {
    const s = lab();
    run(s, 'extendvg rootvg hdisk1');
    run(s, 'mirrorvg rootvg hdisk1');
    expect(run(s, 'unmirrorvg rootvg hdisk0').err).toContain('bootlist to just include:  hdisk1.\n');
    expect(run(s, 'lslv -l hd4').out.split('\n')[2]).toMatch(/^hdisk1 /);
  });

  it('nothing mirrored: silent; errors as mirrorvg', () => {
    const s = lab();
    expect(run(s, 'unmirrorvg rootvg')).toMatchObject({ out: '', err: '', code: 0 });
    expect(run(s, 'unmirrorvg foovg')).toMatchObject({ err: '0516-306 getlvodm: Unable to find volume group foovg in the Device\n\tConfiguration Database.\n', code: 1 });
    expect(run(s, 'unmirrorvg rootvg hdisk2')).toMatchObject({ err: '0516-066 unmirrorvg: Physical volume is not a volume group member.\n\tCheck the physical volume name specified.\n', code: 1 });
    expect(run(s, 'unmirrorvg rootvg hdisk9').code).toBe(1);
  });
});
