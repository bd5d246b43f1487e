// getlvodm — REFERENCE §2.5/§2.31 (0516-320 text), SRC413 catalogue (0516-306, 0516-304), exit code 3
// for "not found" (the LVM scripts test it).
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { getlvodm } from './getlvodm.ts';
import { lab, run as runOn } from '../testing/lab.ts';

const run = (line: string) => runOn(lab(), line);

describe('getlvodm parse', () => {
  it.each([
    [['-j', 'hdisk0'], { ok: true, value: { flag: 'j', value: 'hdisk0' } }],
    [['-v', 'rootvg'], { ok: true, value: { flag: 'v', value: 'rootvg' } }],
    [[], { ok: false, error: { stderr: M.usage.getlvodm, exitCode: 1 } }],
    [['-j'], { ok: false, error: { stderr: `${shellMessages.flagNeedsArg('getlvodm', 'j')}\n${M.usage.getlvodm}`, exitCode: 1 } }],
    [['-Z', 'x'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('getlvodm', 'Z')}\n${M.usage.getlvodm}`, exitCode: 1 } }],
    [['-C'], { ok: false, error: { stderr: trainerMessages.notSimulated('getlvodm', '-C'), exitCode: 1 } }],
    [['-j', 'hdisk0', '-v', 'rootvg'], { ok: false, error: { stderr: M.usage.getlvodm, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(getlvodm.parse(args)).toEqual(expected));
});

describe('getlvodm run', () => {
  it('-j prints the VGID of the disk’s VG', () => {
    expect(run('getlvodm -j hdisk0')).toEqual({ out: '00f6db0a00004c000000017d43623707\n', err: '', code: 0 });
    expect(run('getlvodm -j hdisk2')).toEqual({ out: '00f6db0a00004c000000017d4a1b2c55\n', err: '', code: 0 });
  });
  it('-j of a disk in no VG: 0516-320 (exit 3)', () => {
    expect(run('getlvodm -j hdisk1')).toEqual({ out: '', err: '0516-320 getlvodm: Physical volume hdisk1 is not assigned to\n\ta volume group.\n', code: 3 });
  });
  it('-j of an unknown disk or one without PVID: 0516-306 (exit 3)', () => {
    expect(run('getlvodm -j hdisk9')).toEqual({ out: '', err: '0516-306 getlvodm: Unable to find physical volume hdisk9 in the Device\n\tConfiguration Database.\n', code: 3 });
    expect(run('getlvodm -j hdisk3').code).toBe(3);
  });
  it('-v and -t', () => {
    expect(run('getlvodm -v datavg').out).toBe('00f6db0a00004c000000017d4a1b2c55\n');
    expect(run('getlvodm -v nope')).toMatchObject({ err: '0516-306 getlvodm: Unable to find volume group nope in the Device\n\tConfiguration Database.\n', code: 3 });
    expect(run('getlvodm -t 00f6db0a00004c000000017d4a1b2c55').out).toBe('datavg\n');
    expect(run('getlvodm -t 0000')).toEqual({ out: '', err: '0516-304 getlvodm: Unable to find device id 0000 in the Device\n\tConfiguration Database.\n', code: 3 });
  });
});
