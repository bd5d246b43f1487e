// bootinfo — REFERENCE §2.9, §11.7: the boot disk, disk sizes, -B (firmware can boot the adapter), exit codes.
import { describe, expect, it } from 'vitest';
import { trainerMessages } from '../messages/index.ts';
import { bootinfoMessages } from '../messages/system.ts';
import { lab, runChecked as run } from '../testing/lab.ts';
import { bootinfo } from './bootinfo.ts';

describe('bootinfo (REFERENCE §2.9, §11.7)', () => {
  it('parse: usage on a bad flag (libc line, then the catalogue usage)', () => {
    expect(bootinfo.parse(['-x'])).toEqual({ ok: false, error: { stderr: `bootinfo: Not a recognized flag: x\n${bootinfoMessages.usage}`, exitCode: 1 } });
    expect(bootinfoMessages.usage).toBe('\nusage: bootinfo [ -P psize -s disk ] |-b |-B disk |-c |\n\t\t-k |-m |-M |-q adapter |-r |-t |-T |-o disk |-z\n');
    expect(bootinfo.parse(['-m'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('bootinfo', '-m'), exitCode: 1 } });
    expect(bootinfo.parse(['-s'])).toEqual({ ok: false, error: { stderr: `bootinfo: A flag requires a parameter: s\n${bootinfoMessages.usage}`, exitCode: 1 } });
  });

  it('values, -B semantics and exit codes', () => {
    const s = lab();
    expect(run(s, 'bootinfo -b').out).toBe('hdisk0\n');
    expect(run(s, 'bootinfo -s hdisk1').out).toBe('20480\n');
    expect(run(s, 'bootinfo -s hdisk9')).toEqual({ out: '', err: '', code: 4 });
    // -B: can firmware boot from the disk's adapter — yes even for a disk without a boot image.
    expect(run(s, 'bootinfo -B hdisk1').out).toBe('1\n');
    expect(run(s, 'bootinfo -B hdisk9').out).toBe('0\n');
    expect(run(s, 'bootinfo -B cd0').out).toBe('0\n');
    expect(run(s, 'bootinfo -t').out).toBe('1\n');
    expect(run(s, 'bootinfo -T').out).toBe('chrp\n');
    expect(run(s, 'bootinfo -y').out).toBe('64\n');
    expect(run(s, 'bootinfo -K').out).toBe('64\n');
    expect(run(s, 'bootinfo -r').out).toBe('8388608\n');
    expect(run(s, 'bootinfo -z').out).toBe('1\n');
    expect(run(s, 'bootinfo')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'bootinfo -tb').out).toBe('1\nhdisk0\n');
  });
});
