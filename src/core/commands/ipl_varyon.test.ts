// ipl_varyon -i — derived from each disk's boot record, PVID and VGDA (layout per ipl_varyon.ts [M]).
import { describe, expect, it } from 'vitest';
import { lvmInternalsMessages as M } from '../messages/diag.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { ipl_varyon } from './ipl_varyon.ts';
import { lab } from '../testing/lab.ts';


describe('ipl_varyon parse', () => {
  it.each([
    [['-i'], { ok: true, value: null }],
    [[], { ok: false, error: { stderr: M.iplUsage, exitCode: 1 } }],
    [['-v'], { ok: false, error: { stderr: trainerMessages.notSimulated('ipl_varyon', '-v'), exitCode: 1 } }],
    [['-x'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('ipl_varyon', 'x')}\n${M.iplUsage}`, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(ipl_varyon.parse(args)).toEqual(expected));
});

describe('ipl_varyon -i', () => {
  it('boot record, PVID and VGID per disk; a clone gets a boot record and a VGID of its own', () => {
    const s = lab();
    expect(s.exec('ipl_varyon -i').stdout).toBe(
      [
        '',
        M.iplHeader,
        'hdisk0          YES             00f6db0a6c7aece50000000000000000        00f6db0a00004c00',
        'hdisk1          NO              00f6db0a8f3a1c220000000000000000        0000000000000000',
        'hdisk2          NO              00f6db0a91b44e070000000000000000        00f6db0a00004c00',
        'hdisk3          NO              00000000000000000000000000000000        0000000000000000',
        '',
      ].join('\n'),
    );
    s.exec('alt_disk_copy -d hdisk1');
    const row = s.exec('ipl_varyon -i').stdout.split('\n')[3];
    expect(row).toMatch(/^hdisk1 {10}YES {13}00f6db0a8f3a1c220000000000000000 {8}00f6db0a00004c00$/);
  });
});
