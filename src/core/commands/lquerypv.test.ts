// lquerypv -h — bytes derived from the disk: IPL record magic and the PVID at 0x80 (layout per lquerypv.ts [M]).
import { describe, expect, it } from 'vitest';
import { lvmInternalsMessages as M } from '../messages/diag.ts';
import { trainerMessages } from '../messages/index.ts';
import { lquerypv } from './lquerypv.ts';
import { lab } from '../testing/lab.ts';


describe('lquerypv parse', () => {
  it.each([
    [['-h', '/dev/hdisk1', '80', '10'], { ok: true, value: { pv: '/dev/hdisk1', offset: 0x80, length: 0x10 } }],
    [['-h', 'hdisk1'], { ok: true, value: { pv: 'hdisk1', offset: 0, length: 0x100 } }],
    [['-h', 'hdisk1', 'zz'], { ok: false, error: { stderr: M.lquerypvUsage, exitCode: 1 } }],
    [['-h', 'hdisk1', '0', 'FFFFFFF'], { ok: false, error: { stderr: M.lquerypvUsage, exitCode: 1 } }],
    [['hdisk1'], { ok: false, error: { stderr: M.lquerypvUsage, exitCode: 1 } }],
    [['-M', 'hdisk1'], { ok: false, error: { stderr: trainerMessages.notSimulated('lquerypv', '-M'), exitCode: 1 } }],
  ])('%j', (args, expected) => expect(lquerypv.parse(args)).toEqual(expected));
});

describe('lquerypv -h', () => {
  it('reads the PVID at 0x80 off the disk', () => {
    expect(lab().exec('lquerypv -h /dev/hdisk1 80 10').stdout).toBe('00000080   00F6DB0A 8F3A1C22 00000000 00000000  |.....:."........|\n');
  });

  it('a disk without a PVID has no IPL record; chdev -a pv=yes writes both', () => {
    const s = lab();
    expect(s.exec('lquerypv -h /dev/hdisk3 0 10').stdout).toBe('00000000   00000000 00000000 00000000 00000000  |................|\n');
    s.exec('chdev -l hdisk3 -a pv=yes');
    expect(s.exec('lquerypv -h /dev/hdisk3 0 10').stdout).toBe('00000000   C9C2D4C1 00000000 00000000 00000000  |................|\n');
    expect(s.exec('lquerypv -h /dev/hdisk3').stdout.split('\n').filter(Boolean)).toHaveLength(16);
    expect(s.exec('lquerypv -h /dev/hdisk9')).toMatchObject({ stderr: M.cannotOpen('lquerypv', '/dev/hdisk9') + '\n', exitCode: 1 });
  });
});
