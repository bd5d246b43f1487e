// rmdev / cfgmgr / chdev — REFERENCE §2.21 ("hdiskN deleted", "hdiskN Defined", the busy method error
// with 0514-062; cfgmgr silent, new disks "none None"; chdev pv=yes "hdiskN changed"), usage texts and
// 0514-519/0514-528 from the SRC413 device configuration catalogue.
import { describe, expect, it } from 'vitest';
import { cfgMessages as C } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { makeDisk } from '../model/build.ts';
import { cfgmgr } from './cfgmgr.ts';
import { chdev } from './chdev.ts';
import { rmdev } from './rmdev.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

const BUSY = (method: string) => `Method error (${method}):\n        0514-062 Cannot perform the requested function because the\n                 specified device is busy.\n`;

describe('rmdev parse', () => {
  it.each([
    [['-dl', 'hdisk1'], { ok: true, value: { name: 'hdisk1', del: true } }],
    [['-l', 'hdisk1'], { ok: true, value: { name: 'hdisk1', del: false } }],
    [['-Rdl', 'hdisk1'], { ok: true, value: { name: 'hdisk1', del: true } }],
    [['-d'], { ok: false, stderr: C.usage.rmdev, exitCode: 1 }],
    [['hdisk1'], { ok: false, stderr: C.usage.rmdev, exitCode: 1 }],
    [['-x', '-l', 'hdisk1'], { ok: false, stderr: `${shellMessages.unknownFlag('rmdev', 'x')}\n${C.usage.rmdev}`, exitCode: 1 }],
    [['-S', '-l', 'hdisk1'], { ok: false, stderr: trainerMessages.notSimulated('rmdev', '-S'), exitCode: 1 }],
  ])('%j', (args, expected) => expect(rmdev.parse(args)).toEqual(expected));
  it('usage (SRC413 defaultmsg.c)', () => expect(C.usage.rmdev).toBe('\nUsage:\nrmdev -l name[-d|-S][-R][-q][-f File]\nrmdev -h\n\n'));
});

describe('rmdev / cfgmgr run', () => {
  it('rmdev -dl: "hdisk1 deleted"; lspv and bootlist forget it; cfgmgr finds it again', () => {
    const s = lab();
    expect(run(s, 'rmdev -dl hdisk1')).toEqual({ out: 'hdisk1 deleted\n', err: '', code: 0 });
    expect(run(s, 'lspv').out).not.toContain('hdisk1');
    expect(run(s, 'cfgmgr')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'lspv').out.split('\n')[1]).toBe('hdisk1          00f6db0a8f3a1c22                    None            ');
  });

  it('rmdev -l: "hdisk3 Defined"; cfgmgr makes it Available again under the same name', () => {
    const s = lab();
    expect(run(s, 'rmdev -l hdisk3')).toEqual({ out: 'hdisk3 Defined\n', err: '', code: 0 });
    expect(run(s, 'lsdev -Cc disk -l hdisk3').out).toBe('hdisk3 Defined  Virtual SCSI Disk Drive\n');
    run(s, 'cfgmgr');
    expect(run(s, 'lsdev -Cc disk -l hdisk3').out).toBe('hdisk3 Available  Virtual SCSI Disk Drive\n');
  });

  it('a disk of a varied-on VG is busy (0514-062); of a varied-off VG it can go', () => {
    const s = lab();
    expect(run(s, 'rmdev -dl hdisk0')).toEqual({ out: '', err: BUSY('/usr/lib/methods/ucfgdevice'), code: 1 });
    expect(run(s, 'rmdev -l hdisk2')).toEqual({ out: '', err: BUSY('/usr/lib/methods/ucfgdevice'), code: 1 });
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    expect(run(s, 'rmdev -dl hdisk2').out).toBe('hdisk2 deleted\n');
  });

  it('an unknown device: 0514-519', () => {
    expect(run(lab(), 'rmdev -dl hdisk9')).toEqual({ out: '', err: 'rmdev: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\thdisk9\n', code: 1 });
  });

  it('cfgmgr names a newly attached disk hdisk4 with no PVID (§2.21)', () => {
    const s = lab();
    s.world().disks.d4 = makeDisk('d4', 'aixlab01', 4, 20480, null);
    run(s, 'cfgmgr');
    expect(run(s, 'lspv').out.split('\n')[4]).toBe('hdisk4          none                                None            ');
  });

  it('cfgmgr parse: flags are not simulated', () => {
    expect(cfgmgr.parse([])).toEqual({ ok: true, value: null });
    expect(cfgmgr.parse(['-v'])).toEqual({ ok: false, stderr: trainerMessages.notSimulated('cfgmgr', '-v'), exitCode: 1 });
    expect(cfgmgr.parse(['-z'])).toEqual({ ok: false, stderr: `${shellMessages.unknownFlag('cfgmgr', 'z')}\n${C.usage.cfgmgr}`, exitCode: 1 });
  });
});

describe('chdev parse', () => {
  it.each([
    [['-l', 'hdisk3', '-a', 'pv=yes'], { ok: true, value: { name: 'hdisk3', pv: 'yes' } }],
    [['-l', 'hdisk3', '-a', 'pv=clear'], { ok: true, value: { name: 'hdisk3', pv: 'clear' } }],
    [['-l', 'hdisk3'], { ok: false, stderr: C.usage.chdev, exitCode: 1 }],
    [['-l', 'hdisk3', '-a', 'queue_depth=8'], { ok: false, stderr: trainerMessages.notSimulated('chdev', '-a queue_depth'), exitCode: 1 }],
    [['-l', 'hdisk3', '-a', 'pv=no'], { ok: false, stderr: trainerMessages.notSimulated('chdev', '-a pv=no'), exitCode: 1 }],
    [['-l', 'hdisk3', '-a', 'size=8'], { ok: false, stderr: 'chdev: 0514-528 The "size" attribute does not exist in the predefined\n\tdevice configuration database.', exitCode: 1 }],
    [['-P', '-l', 'hdisk3', '-a', 'pv=yes'], { ok: false, stderr: trainerMessages.notSimulated('chdev', '-P'), exitCode: 1 }],
    [['-y'], { ok: false, stderr: `${shellMessages.unknownFlag('chdev', 'y')}\n${C.usage.chdev}`, exitCode: 1 }],
  ])('%j', (args, expected) => expect(chdev.parse(args)).toEqual(expected));
});

describe('chdev run', () => {
  it('pv=yes: "hdisk3 changed" and a PVID in lspv; again: same PVID', () => {
    const s = lab();
    expect(run(s, 'chdev -l hdisk3 -a pv=yes')).toEqual({ out: 'hdisk3 changed\n', err: '', code: 0 });
    const pvid = s.world().disks.d3.pvid!;
    expect(pvid).toMatch(/^00f6db0a[0-9a-f]{8}$/);
    expect(run(s, 'lspv').out.split('\n')[3]).toBe(`hdisk3          ${pvid}                    None            `);
    expect(run(s, 'chdev -l hdisk3 -a pv=yes').out).toBe('hdisk3 changed\n');
    expect(s.world().disks.d3.pvid).toBe(pvid);
    // extendvg no longer needs to set one: silent.
    expect(run(s, 'extendvg datavg hdisk3')).toEqual({ out: '', err: '', code: 0 });
  });

  it('pv=clear on a free disk; busy for a disk of a varied-on VG; unknown disk 0514-519', () => {
    const s = lab();
    expect(run(s, 'chdev -l hdisk1 -a pv=clear')).toEqual({ out: 'hdisk1 changed\n', err: '', code: 0 });
    expect(run(s, 'lspv').out.split('\n')[1]).toBe('hdisk1          none                                None            ');
    expect(run(s, 'chdev -l hdisk0 -a pv=clear')).toEqual({ out: '', err: BUSY('/usr/lib/methods/chgdisk'), code: 1 });
    expect(run(s, 'chdev -l hdisk9 -a pv=yes').err).toBe('chdev: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\thdisk9\n');
  });
});
