// lqueryvg — the VGDA of one disk, derived from its VG image (field layout per lqueryvg.ts [M]).
import { describe, expect, it } from 'vitest';
import { lvmInternalsMessages as M } from '../messages/diag.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { lqueryvg } from './lqueryvg.ts';
import { lab } from '../testing/lab.ts';


describe('lqueryvg parse', () => {
  it.each([
    [['-Atp', 'hdisk0'], { ok: true, value: { pv: 'hdisk0', all: true, tagged: true, parts: [] } }],
    [['-p', 'hdisk1', '-v'], { ok: true, value: { pv: 'hdisk1', all: false, tagged: false, parts: ['vgid'] } }],
    [['-p', 'hdisk1', '-LP'], { ok: true, value: { pv: 'hdisk1', all: false, tagged: false, parts: ['lvs', 'pvs'] } }],
    [['-p', 'hdisk1'], { ok: false, error: { stderr: M.lqueryvgUsage, exitCode: 1 } }],
    [['-At'], { ok: false, error: { stderr: M.lqueryvgUsage, exitCode: 1 } }],
    [['-g', '00f6', '-A'], { ok: false, error: { stderr: trainerMessages.notSimulated('lqueryvg', '-g'), exitCode: 1 } }],
    [['-p'], { ok: false, error: { stderr: `${shellMessages.flagNeedsArg('lqueryvg', 'p')}\n${M.lqueryvgUsage}`, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(lqueryvg.parse(args)).toEqual(expected));
});

describe('lqueryvg run', () => {
  it('-Atp hdisk0: rootvg as its VGDA says, 32 MB PPs = 2^25 bytes', () => {
    const out = lab().exec('lqueryvg -Atp hdisk0').stdout.split('\n');
    expect(out[0]).toBe('Max LVs:        256');
    expect(out[1]).toBe('PP Size:        25');
    expect(out).toContain('LV count:       12');
    expect(out).toContain('Logical:        00f6db0a00004c000000017d43623707.1   hd5 1');
    expect(out).toContain('Physical:       00f6db0a6c7aece5                2   0');
    expect(out).toContain('Total PPs:      639');
  });

  it('-v gives the whole VGID; a woken clone carries alt_ names in its VGDA, a sleeping one does not', () => {
    const s = lab();
    expect(s.exec('lqueryvg -p hdisk2 -v').stdout).toBe('00f6db0a00004c000000017d4a1b2c55\n');
    s.exec('alt_disk_copy -d hdisk1');
    expect(s.exec('lqueryvg -p hdisk1 -L').stdout).toMatch(/\.1 +hd5 1\n/);
    s.exec('alt_rootvg_op -W -d hdisk1');
    expect(s.exec('lqueryvg -p hdisk1 -L').stdout).toMatch(/\.4 +alt_hd4 2\n/);
  });

  it('a disk without a VGDA and an unknown disk', () => {
    const s = lab();
    expect(s.exec('lqueryvg -Atp hdisk3')).toMatchObject({ stdout: '', stderr: M.noVgda('lqueryvg', 'hdisk3') + '\n', exitCode: 1 });
    expect(s.exec('lqueryvg -Atp hdisk9')).toMatchObject({ stderr: M.cannotOpen('lqueryvg', 'hdisk9') + '\n', exitCode: 1 });
  });
});
