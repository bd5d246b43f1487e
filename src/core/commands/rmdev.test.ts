// rmdev — REFERENCE §2.21 ("hdiskN deleted", "hdiskN Defined", the busy method error with 0514-062; cfgmgr
// finds a removed disk again), usage text and 0514-519 from the SRC413 device configuration catalogue.
import { describe, expect, it } from 'vitest';
import { cfgMessages as C } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { rmdev } from './rmdev.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

const BUSY = (method: string) => `Method error (${method}):\n        0514-062 Cannot perform the requested function because the\n                 specified device is busy.\n`;

describe('rmdev parse', () => {
  it.each([
    [['-dl', 'hdisk1'], { ok: true, value: { name: 'hdisk1', del: true } }],
    [['-l', 'hdisk1'], { ok: true, value: { name: 'hdisk1', del: false } }],
    [['-Rdl', 'hdisk1'], { ok: true, value: { name: 'hdisk1', del: true } }],
    [['-d'], { ok: false, error: { stderr: C.usage.rmdev, exitCode: 1 } }],
    [['hdisk1'], { ok: false, error: { stderr: C.usage.rmdev, exitCode: 1 } }],
    [['-x', '-l', 'hdisk1'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('rmdev', 'x')}\n${C.usage.rmdev}`, exitCode: 1 } }],
    [['-S', '-l', 'hdisk1'], { ok: false, error: { stderr: trainerMessages.notSimulated('rmdev', '-S'), exitCode: 1 } }],
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
});
