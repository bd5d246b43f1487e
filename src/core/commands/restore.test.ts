// restore of a mksysb's control files — "x ./bosinst.data" [V: REFERENCE §2.23]; contents derived from
// the image (engine/mksysbMedia.ts, stanzas per §1.6).
import { describe, expect, it } from 'vitest';
import { mksysbListMessages as M } from '../messages/diag.ts';
import { trainerMessages } from '../messages/index.ts';
import { restore } from './restore.ts';
import { lab as newLab } from '../testing/lab.ts';

const lab = () => newLab('mksysb-lab');

describe('restore parse', () => {
  it.each([
    [['-xqf', '/tmp/a.sysb', './bosinst.data'], { ok: true, value: { device: '/tmp/a.sysb', files: ['./bosinst.data'] } }],
    [['-qf', '/dev/rmt0', 'image.data'], { ok: true, value: { device: '/dev/rmt0', files: ['./image.data'] } }],
    [['-xqf', '/tmp/a.sysb', './etc/hosts'], { ok: false, error: { stderr: M.onlyControlFiles, exitCode: 1 } }],
    [['-Tqf', '/tmp/a.sysb'], { ok: false, error: { stderr: trainerMessages.notSimulated('restore', '-T'), exitCode: 1 } }],
    [['-xqf', '/tmp/a.sysb'], { ok: false, error: { stderr: trainerMessages.notSimulated('restore', 'restoring the whole backup (name ./bosinst.data or ./image.data)'), exitCode: 1 } }],
  ])('%j', (args, expected) => expect(restore.parse(args)).toEqual(expected));
});

describe('restore run', () => {
  it('extracts ./bosinst.data and ./image.data into the current directory', () => {
    const s = lab();
    s.exec('cd /tmp');
    expect(s.exec('restore -xqf /usr/sys/inst.images/aixweb05_61tl5.sysb ./bosinst.data ./image.data')).toMatchObject({ stdout: 'x ./bosinst.data\nx ./image.data\n', exitCode: 0 });
    const bosinst = s.exec('cat /tmp/bosinst.data').stdout;
    expect(bosinst).toContain('target_disk_data:\n    PVID = 00c25ab0062fa576\n');
    expect(bosinst).toMatch(/ {4}SIZE_MB = \d+\n {4}HDISKNAME = hdisk0\n/);
    expect(s.exec('grep OSLEVEL /tmp/image.data').stdout).toBe('\tOSLEVEL= 6.1.5.0\n\tOSLEVEL_R= 6100-05\n');
  });

  it('a missing file and a file that is not a mksysb', () => {
    const s = lab();
    expect(s.exec('restore -xqf /nope ./bosinst.data')).toMatchObject({ stderr: 'restore: /nope: A file or directory in the path name does not exist.\n', exitCode: 1 });
    expect(s.exec('restore -xqf /etc/hosts ./bosinst.data')).toMatchObject({ stderr: M.notABackup('/etc/hosts') + '\n', exitCode: 1 });
  });
});
