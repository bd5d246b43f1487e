// getconf — REFERENCE §2.9, §11.7: BOOT_DEVICE, DISK_SIZE, DISK_PARTITION, bit modes, REAL_MEMORY.
import { describe, expect, it } from 'vitest';
import { trainerMessages } from '../messages/index.ts';
import { getconfMessages } from '../messages/system.ts';
import { lab, runChecked as run } from '../testing/lab.ts';
import { getconf } from './getconf.ts';

describe('getconf (REFERENCE §2.9, §11.7)', () => {
  it.each([
    [['BOOT_DEVICE'], { ok: true, value: { name: 'BOOT_DEVICE', device: null } }],
    [['DISK_SIZE', '/dev/hdisk1'], { ok: true, value: { name: 'DISK_SIZE', device: '/dev/hdisk1' } }],
    [['DISK_SIZE'], { ok: false, error: { stderr: getconfMessages.usage, exitCode: 1 } }],
    [['REAL_MEMORY', 'x'], { ok: false, error: { stderr: getconfMessages.usage, exitCode: 1 } }],
    [[], { ok: false, error: { stderr: getconfMessages.usage, exitCode: 1 } }],
    [['PAGESIZE'], { ok: false, error: { stderr: trainerMessages.notSimulated('getconf', 'PAGESIZE'), exitCode: 1 } }],
    [['-a'], { ok: false, error: { stderr: trainerMessages.notSimulated('getconf', '-a'), exitCode: 1 } }],
  ])('parse %j', (args, expected) => expect(getconf.parse(args)).toEqual(expected));

  it('values of the reference lab', () => {
    const s = lab();
    const v = (line: string) => run(s, line).out;
    expect(v('getconf BOOT_DEVICE')).toBe('hdisk0\n');
    expect(v('getconf DISK_SIZE /dev/hdisk1')).toBe('20480\n');
    expect(v('getconf DISK_SIZE /dev/hdisk2')).toBe('51200\n');
    expect(v('getconf DISK_PARTITION /dev/hdisk0')).toBe('32\n');
    expect(v('getconf DISK_PARTITION /dev/hdisk2')).toBe('64\n');
    expect(v('getconf DISK_PARTITION /dev/hdisk1')).toBe('undefined\n');
    expect(v('getconf HARDWARE_BITMODE')).toBe('64\n');
    expect(v('getconf KERNEL_BITMODE')).toBe('64\n');
    expect(v('getconf REAL_MEMORY')).toBe('8388608\n');
    expect(run(s, 'getconf DISK_SIZE /dev/hdisk9')).toEqual({ out: '', err: getconfMessages.noDevice('/dev/hdisk9') + '\n', code: 1 });
  });
});
