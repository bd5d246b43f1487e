// mount — REFERENCE §2.15 and the ANS-T capture sample_mount_output1 (its trailing blanks kept); errors:
// mount.c ("is not a known file system", 0506-324 + errno text). umount, df and lsfs have their own files.
import { describe, expect, it } from 'vitest';
import { fsMessages as F } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { mount } from './mount.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('mount parse', () => {
  it.each([
    [mount, [], { ok: true, value: { mode: 'list' } }],
    [mount, ['/data'], { ok: true, value: { mode: 'one', name: '/data' } }],
    [mount, ['all'], { ok: true, value: { mode: 'all' } }],
    [mount, ['-a'], { ok: true, value: { mode: 'all' } }],
    [mount, ['/dev/fslv00', '/mnt'], { ok: true, value: { mode: 'two', dev: '/dev/fslv00', dir: '/mnt' } }],
    [mount, ['a', 'b', 'c'], { ok: false, error: { stderr: F.usage.mount, exitCode: 1 } }],
    [mount, ['-a', '/data'], { ok: false, error: { stderr: F.usage.mount, exitCode: 1 } }],
    [mount, ['-z'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('mount', 'z')}\n${F.usage.mount}`, exitCode: 1 } }],
    [mount, ['-o', 'ro', '/data'], { ok: false, error: { stderr: trainerMessages.notSimulated('mount', '-o'), exitCode: 1 } }],
  ])('%s %j', (cmd, args, expected) => expect(cmd.parse(args as string[])).toEqual(expected));
});

describe('mount run', () => {
  it('the mount table (§2.15 layout, trailing blanks kept)', () => {
    const out = run(lab(), 'mount').out.split('\n');
    expect(out.slice(0, 4)).toEqual([
      '  node       mounted        mounted over    vfs       date        options      ',
      '-------- ---------------  ---------------  ------ ------------ --------------- ',
      '         /dev/hd4         /                jfs2   Nov 23 09:00 rw,log=/dev/hd8 ',
      '         /dev/hd2         /usr             jfs2   Nov 23 09:00 rw,log=/dev/hd8 ',
    ]);
    expect(out).toContain('         /proc            /proc            procfs Nov 23 09:00 rw              ');
    expect(out).toContain('         /dev/livedump    /var/adm/ras/livedump jfs2   Nov 23 09:00 rw,log=/dev/hd8 ');
    expect(out).toContain('         /ahafs           /aha             ahafs  Nov 23 09:00 rw              ');
    expect(out).toContain('         /dev/fslv00      /data            jfs2   Nov 23 09:00 rw,log=/dev/loglv00');
  });

  it('umount /data then mount /data (by stanza, then by device); the date is the mount time', () => {
    const s = lab();
    expect(run(s, 'umount /data')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'mount').out).not.toContain('/data');
    expect(run(s, 'mount /data')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'mount').out).toContain('         /dev/fslv00      /data            jfs2   Nov 26 09:00 rw,log=/dev/loglv00\n');
    run(s, 'umount /dev/fslv00');
    expect(run(s, 'mount /dev/fslv00')).toEqual({ out: '', err: '', code: 0 });
  });

  it('errors: unknown, already mounted, VG varied off, LV not in the ODM', () => {
    const s = lab();
    expect(run(s, 'mount /nope')).toEqual({ out: '', err: 'mount: /nope is not a known file system\n', code: 1 });
    expect(run(s, 'mount /data')).toEqual({ out: '', err: 'mount: 0506-324 Cannot mount /dev/fslv00 on /data: The requested resource is busy.\n', code: 1 });
    expect(run(s, 'mount /')).toEqual({ out: '', err: 'mount: 0506-324 Cannot mount /dev/hd4 on /: The requested resource is busy.\n', code: 1 });
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    expect(run(s, 'mount /data')).toEqual({ out: '', err: 'mount: 0506-324 Cannot mount /dev/fslv00 on /data: There is a request to a device or address that does not exist.\n', code: 1 });
    expect(run(s, 'mount /dev/nolv /mnt')).toEqual({ out: '', err: 'mount: 0506-324 Cannot mount /dev/nolv on /mnt: A file or directory in the path name does not exist.\n', code: 1 });
    expect(run(s, 'mount /dev/hd6 /mnt').err).toBe('mount: 0506-324 Cannot mount /dev/hd6 on /mnt: The media is not formatted or the format is not correct.\n');
  });

  it('mount all mounts what is missing and reports the rest', () => {
    const s = lab();
    run(s, 'umount /data');
    run(s, 'umount /home');
    const r = run(s, 'mount all');
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(0);
    expect(r.code).toBe(0);
    expect(run(s, 'mount').out).toContain('/home');
    expect(run(s, 'mount').out).toContain('/data');
  });
});
