// uname — derived from the host (model, serial of the SMS location codes) and the booted AIX's level;
// forms per the module comment [M].
import { describe, expect, it } from 'vitest';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { uname } from './uname.ts';
import { lab } from '../testing/lab.ts';

const SYN = 'Usage: uname [-anprsvmMuxlLfF]';

describe('uname parse', () => {
  it.each([
    [[], { ok: true, value: { fields: ['s'] } }],
    [['-a'], { ok: true, value: { fields: ['s', 'n', 'r', 'v', 'm'] } }],
    [['-Mn'], { ok: true, value: { fields: ['n', 'M'] } }],
    [['-x'], { ok: false, error: { stderr: trainerMessages.notSimulated('uname', '-x'), exitCode: 1 } }],
    [['-q'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('uname', 'q')}\n${SYN}`, exitCode: 1 } }],
    [['foo'], { ok: false, error: { stderr: SYN, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(uname.parse(args)).toEqual(expected));
});

describe('uname run', () => {
  it('-a, -M, -p, -u agree with the host and its location codes', () => {
    const s = lab();
    expect(s.exec('uname -a').stdout).toBe('AIX aixlab01 2 7 00F6DB0A4C00\n');
    expect(s.exec('uname -M').stdout).toBe('IBM,9009-42A\n');
    expect(s.exec('uname -p').stdout).toBe('powerpc\n');
    expect(s.exec('uname -u').stdout).toMatch(/^IBM,02\w{7}\n$/);
    expect(s.exec('uname').stdout).toBe('AIX\n');
  });

});
