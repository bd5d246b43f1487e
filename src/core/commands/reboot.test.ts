// reboot — reboot.c: -q quick, -l and -n accepted; -t is not simulated; an operand is a usage error.
import { describe, expect, it } from 'vitest';
import { rebootMessages } from '../messages/boot.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { reboot } from './reboot.ts';

describe('reboot parse (reboot.c)', () => {
  it.each([
    [[], { ok: true, value: { quick: false } }],
    [['-q'], { ok: true, value: { quick: true } }],
    [['-l', '-n'], { ok: true, value: { quick: false } }],
    [['-x'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('reboot', 'x')}\n${rebootMessages.usage}`, exitCode: 1 } }],
    [['-t', '0101120027'], { ok: false, error: { stderr: trainerMessages.notSimulated('reboot', '-t'), exitCode: 1 } }],
    [['now'], { ok: false, error: { stderr: rebootMessages.usage, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(reboot.parse(args)).toEqual(expected));
});
