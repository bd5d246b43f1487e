// umount — REFERENCE §2.15: by mount point or device, all; busy file systems give 0506-349, nothing
// mounted there 0506-347 (ANS-T, field capture).
import { describe, expect, it } from 'vitest';
import { umount } from './umount.ts';
import { fsMessages as F } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('umount parse', () => {
  it.each([
    [['/data'], { ok: true, value: { target: '/data' } }],
    [['-a'], { ok: true, value: { target: 'all' } }],
    [[], { ok: false, error: { stderr: F.usage.umount, exitCode: 1 } }],
    [['-z', '/data'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('umount', 'z')}\n${F.usage.umount}`, exitCode: 1 } }],
    [['-f', '/data'], { ok: false, error: { stderr: trainerMessages.notSimulated('umount', '-f'), exitCode: 1 } }],
  ])('%j', (args, expected) => expect(umount.parse(args)).toEqual(expected));
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
