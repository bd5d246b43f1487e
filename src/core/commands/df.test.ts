// df — REFERENCE §2.14 and the ANS-T capture sample_df_output1 (the /proc and /ahafs rows): 512-byte blocks,
// -k, -m, -g, by file or mount point.
import { describe, expect, it } from 'vitest';
import { fsMessages as F } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { df } from './df.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('df', () => {
  it.each([
    [[], { ok: true, value: { unit: '512', names: [] } }],
    [['-g'], { ok: true, value: { unit: 'g', names: [] } }],
    [['-k', '-m', '/data'], { ok: true, value: { unit: 'm', names: ['/data'] } }],
    [['-x'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('df', 'x')}\n${F.usage.df}`, exitCode: 1 } }],
    [['-i'], { ok: false, error: { stderr: trainerMessages.notSimulated('df', '-i'), exitCode: 1 } }],
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
