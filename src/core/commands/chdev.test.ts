// chdev — REFERENCE §2.21: -a pv=yes gives a disk a PVID ("hdiskN changed"), pv=clear removes it; the busy
// method error with 0514-062, 0514-519 for an unknown disk, 0514-528 for an unknown attribute (SRC413).
import { describe, expect, it } from 'vitest';
import { cfgMessages as C } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { chdev } from './chdev.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('chdev parse', () => {
  it.each([
    [['-l', 'hdisk3', '-a', 'pv=yes'], { ok: true, value: { name: 'hdisk3', pv: 'yes' } }],
    [['-l', 'hdisk3', '-a', 'pv=clear'], { ok: true, value: { name: 'hdisk3', pv: 'clear' } }],
    [['-l', 'hdisk3'], { ok: false, error: { stderr: C.usage.chdev, exitCode: 1 } }],
    [['-l', 'hdisk3', '-a', 'queue_depth=8'], { ok: false, error: { stderr: trainerMessages.notSimulated('chdev', '-a queue_depth'), exitCode: 1 } }],
    [['-l', 'hdisk3', '-a', 'pv=no'], { ok: false, error: { stderr: trainerMessages.notSimulated('chdev', '-a pv=no'), exitCode: 1 } }],
    [['-l', 'hdisk3', '-a', 'size=8'], { ok: false, error: { stderr: 'chdev: 0514-528 The "size" attribute does not exist in the predefined\n\tdevice configuration database.', exitCode: 1 } }],
    [['-P', '-l', 'hdisk3', '-a', 'pv=yes'], { ok: false, error: { stderr: trainerMessages.notSimulated('chdev', '-P'), exitCode: 1 } }],
    [['-y'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('chdev', 'y')}\n${C.usage.chdev}`, exitCode: 1 } }],
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
    expect(run(s, 'chdev -l hdisk0 -a pv=clear')).toEqual({ out: '', err: `${C.busy('/usr/lib/methods/chgdisk')}\n`, code: 1 });
    expect(run(s, 'chdev -l hdisk9 -a pv=yes').err).toBe('chdev: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\thdisk9\n');
  });
});
