// lsmksysb -lf — derived from the mksysb image (header fields [M], LV table in lsvg -l's columns).
import { describe, expect, it } from 'vitest';
import { altMessages } from '../messages/altdisk.ts';
import { mksysbListMessages as M } from '../messages/diag.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { lsmksysb } from './lsmksysb.ts';
import { lab as newLab } from '../testing/lab.ts';

const lab = () => newLab('mksysb-lab');

describe('lsmksysb parse', () => {
  it.each([
    [['-lf', '/tmp/x.sysb'], { ok: true, value: { device: '/tmp/x.sysb' } }],
    [['-l'], { ok: true, value: { device: '/dev/rmt0' } }],
    [['-f', 'x'], { ok: false, error: { stderr: trainerMessages.notSimulated('lsmksysb', 'the file list (without -l)'), exitCode: 1 } }],
    [['-lB', '-f', 'x'], { ok: false, error: { stderr: trainerMessages.notSimulated('lsmksysb', '-B'), exitCode: 1 } }],
    [['-l', 'extra'], { ok: false, error: { stderr: M.lsmksysbUsage, exitCode: 1 } }],
    [['-q'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('lsmksysb', 'q')}\n${M.lsmksysbUsage}`, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(lsmksysb.parse(args)).toEqual(expected));
});

describe('lsmksysb -lf', () => {
  it('the header tells the source host and level before alt_disk_mksysb', () => {
    const s = lab();
    const out = s.exec('lsmksysb -lf /usr/sys/inst.images/aixweb05_61tl5.sysb').stdout.split('\n');
    expect(out[0]).toBe('VOLUME GROUP:           rootvg');
    expect(out[2]).toMatch(/^UNAME INFO: {13}AIX aixweb05 1 6 00F6DB0A4C00$/);
    expect(out[3]).toBe('BACKUP OSLEVEL:         6.1.5.0');
    expect(out[4]).toMatch(/^MAINTENANCE LEVEL: {6}6100-05-/);
    expect(out).toContain('LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT');
    expect(out).toContain('hd4                 jfs2       4       4       1    closed/syncd  /');
  });

  it('the tape; a missing file answers as listvgbackup does', () => {
    const s = lab();
    expect(s.exec('lsmksysb -l').stdout).toContain('UNAME INFO:             AIX aixprod02');
    expect(s.exec('lsmksysb -lf /tmp/none.sysb')).toMatchObject({ stdout: '', stderr: altMessages.mksysbUnreadable('/tmp/none.sysb') + '\n', exitCode: 1 });
  });
});
