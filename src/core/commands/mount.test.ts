// mount / umount / df / lsfs — REFERENCE §2.14, §2.15 and the ANS-T captures (sample_mount_output1 with
// its trailing blanks; sample_df_output1 for the /proc and /ahafs rows; lsfs column widths from field
// captures); errors: mount.c ("is not a known file system", 0506-324 + errno text), 0506-347/0506-349
// (ANS-T, field capture), lsfs.c ("No record matching").
import { describe, expect, it } from 'vitest';
import { fsMessages as F } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { df } from './df.ts';
import { lsfs } from './lsfs.ts';
import { mount } from './mount.ts';
import { umount } from './umount.ts';
import { lab, runChecked as run } from '../testing/lab.ts';


describe('mount / umount parse', () => {
  it.each([
    [mount, [], { ok: true, value: { mode: 'list' } }],
    [mount, ['/data'], { ok: true, value: { mode: 'one', name: '/data' } }],
    [mount, ['all'], { ok: true, value: { mode: 'all' } }],
    [mount, ['-a'], { ok: true, value: { mode: 'all' } }],
    [mount, ['/dev/fslv00', '/mnt'], { ok: true, value: { mode: 'two', dev: '/dev/fslv00', dir: '/mnt' } }],
    [mount, ['a', 'b', 'c'], { ok: false, stderr: F.usage.mount, exitCode: 1 }],
    [mount, ['-a', '/data'], { ok: false, stderr: F.usage.mount, exitCode: 1 }],
    [mount, ['-z'], { ok: false, stderr: `${shellMessages.unknownFlag('mount', 'z')}\n${F.usage.mount}`, exitCode: 1 }],
    [mount, ['-o', 'ro', '/data'], { ok: false, stderr: trainerMessages.notSimulated('mount', '-o'), exitCode: 1 }],
    [umount, ['/data'], { ok: true, value: { target: '/data' } }],
    [umount, ['-a'], { ok: true, value: { target: 'all' } }],
    [umount, [], { ok: false, stderr: F.usage.umount, exitCode: 1 }],
    [umount, ['-z', '/data'], { ok: false, stderr: `${shellMessages.unknownFlag('umount', 'z')}\n${F.usage.umount}`, exitCode: 1 }],
    [umount, ['-f', '/data'], { ok: false, stderr: trainerMessages.notSimulated('umount', '-f'), exitCode: 1 }],
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

describe('umount run', () => {
  it('busy: / and /usr of the running system, a FS with a mount inside, the cwd (0506-349)', () => {
    const s = lab();
    expect(run(s, 'umount /')).toEqual({ out: '', err: 'umount: 0506-349 Cannot unmount /dev/hd4: The requested resource is busy.\n', code: 1 });
    expect(run(s, 'umount /usr').err).toBe('umount: 0506-349 Cannot unmount /dev/hd2: The requested resource is busy.\n');
    expect(run(s, 'umount /var').code).toBe(1);
    expect(run(s, 'umount /home')).toEqual({ out: '', err: '', code: 0 });
    s.world().hosts.aixlab01.run!.cwd = '/data/app';
    expect(run(s, 'umount /data').err).toBe('umount: 0506-349 Cannot unmount /dev/fslv00: The requested resource is busy.\n');
  });

  it('nothing mounted there: 0506-347', () => {
    expect(run(lab(), 'umount /nope')).toEqual({ out: '', err: 'umount: 0506-347 Cannot find anything to unmount.\n', code: 1 });
  });

  it('umount all leaves the busy ones and reports each', () => {
    const s = lab();
    const r = run(s, 'umount all');
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      'umount: 0506-349 Cannot unmount /dev/hd10opt: The requested resource is busy.',
      'umount: 0506-349 Cannot unmount /dev/hd9var: The requested resource is busy.',
      'umount: 0506-349 Cannot unmount /dev/hd2: The requested resource is busy.',
      'umount: 0506-349 Cannot unmount /dev/hd4: The requested resource is busy.',
    ]);
    expect(r.code).toBe(4);
    expect(s.world().hosts.aixlab01.run!.mounts.map((m) => m.mount)).toEqual(['/', '/usr', '/var', '/opt']);
  });
});

describe('df', () => {
  it.each([
    [[], { ok: true, value: { unit: '512', names: [] } }],
    [['-g'], { ok: true, value: { unit: 'g', names: [] } }],
    [['-k', '-m', '/data'], { ok: true, value: { unit: 'm', names: ['/data'] } }],
    [['-x'], { ok: false, stderr: `${shellMessages.unknownFlag('df', 'x')}\n${F.usage.df}`, exitCode: 1 }],
    [['-i'], { ok: false, stderr: trainerMessages.notSimulated('df', '-i'), exitCode: 1 }],
  ])('parse %j', (args, expected) => expect(df.parse(args)).toEqual(expected));

  it('df -g (§2.14 layout; /proc and /ahafs rows as ANS-T)', () => {
    expect(run(lab(), 'df -g').out).toBe(
      [
        'Filesystem    GB blocks      Free %Used    Iused %Iused Mounted on',
        '/dev/hd4           0.12      0.05   58%     3260    20% /',
        '/dev/hd2           2.50      0.30   88%    42310    35% /usr',
        '/dev/hd9var        0.50      0.38   25%     1312     2% /var',
        '/dev/hd3           0.25      0.24    5%      120     1% /tmp',
        '/dev/hd1           0.03      0.03    4%        7     1% /home',
        '/dev/hd11admin     0.12      0.12    1%        5     1% /admin', // 5 spaces: REFERENCE §2.14
        '/proc                 -         -    -        -      - /proc',
        '/dev/hd10opt       0.44      0.10   79%    11651    32% /opt',
        '/dev/livedump      0.03      0.03    4%        4     1% /var/adm/ras/livedump',
        '/ahafs                -         -    -       35     1% /aha',
        '/dev/fslv00       25.00     15.40   39%     1207     1% /data',
        '',
      ].join('\n'),
    );
  });

  it('df (512-byte blocks), df -k, df -m /data, df of a file', () => {
    const s = lab();
    const out = run(s, 'df').out.split('\n');
    expect(out[0]).toBe('Filesystem    512-blocks      Free %Used    Iused %Iused Mounted on');
    expect(out[1]).toBe('/dev/hd4          262144    110592   58%     3260    20% /');
    expect(out[7]).toBe('/proc                  -         -    -        -      - /proc');
    expect(out[10]).toBe('/ahafs                 -         -    -       35     1% /aha');
    expect(run(s, 'df -k /data').out).toBe('Filesystem    1024-blocks      Free %Used    Iused %Iused Mounted on\n/dev/fslv00      26214400  16148480   39%     1207     1% /data\n');
    expect(run(s, 'df -m /data/app/config.ini').out).toBe('Filesystem    MB blocks      Free %Used    Iused %Iused Mounted on\n/dev/fslv00    25600.00  15770.00   39%     1207     1% /data\n');
  });

  it('a path that does not exist under any mount', () => {
    const s = lab();
    s.world().hosts.aixlab01.run!.mounts = [];
    expect(run(s, 'df /nope')).toEqual({ out: '', err: 'df: /nope: A file or directory in the path name does not exist.\n', code: 1 });
  });
});

describe('lsfs', () => {
  it.each([
    [[], { ok: true, value: { names: [], vfs: null, colon: false } }],
    [['-a'], { ok: true, value: { names: [], vfs: null, colon: false } }],
    [['-c', '/data'], { ok: true, value: { names: ['/data'], vfs: null, colon: true } }],
    [['-v', 'jfs2'], { ok: true, value: { names: [], vfs: 'jfs2', colon: false } }],
    [['-z'], { ok: false, stderr: `${shellMessages.unknownFlag('lsfs', 'z')}\n${F.usage.lsfs}`, exitCode: 1 }],
    [['-q', '/data'], { ok: false, stderr: trainerMessages.notSimulated('lsfs', '-q'), exitCode: 1 }],
  ])('parse %j', (args, expected) => expect(lsfs.parse(args)).toEqual(expected));

  it('lsfs -a (§2.15 columns)', () => {
    const out = run(lab(), 'lsfs -a').out.split('\n');
    expect(out[0]).toBe('Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting');
    expect(out[1]).toBe('/dev/hd4        --         /                      jfs2  262144  --         yes  no');
    expect(out[7]).toBe('/proc           --         /proc                  procfs --      --         yes  no');
    expect(out[11]).toBe('/dev/fslv00     --         /data                  jfs2  52428800 --         yes  no');
  });

  it('one FS, by device, -c, -v; unknown names and vfs', () => {
    const s = lab();
    expect(run(s, 'lsfs /dev/hd2').out.split('\n')[1]).toBe('/dev/hd2        --         /usr                   jfs2  5242880 --         yes  no');
    expect(run(s, 'lsfs -c /data').out).toBe('#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct\n/data:/dev/fslv00:jfs2:::52428800::yes:no\n');
    expect(run(s, 'lsfs -v procfs').out.split('\n')).toHaveLength(3);
    expect(run(s, 'lsfs /nope')).toEqual({ out: '', err: "lsfs: No record matching '/nope' was found in /etc/filesystems.\n", code: 1 });
    expect(run(s, 'lsfs -v xfs')).toEqual({ out: '', err: 'lsfs: "xfs" is an unknown vfs type\n', code: 1 });
  });
});
