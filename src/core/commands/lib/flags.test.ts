// The one place a command's declared flags are checked: getopt's error, the first unmodelled flag in
// declared order, the operand count, and the exit codes the declaration names.
import { describe, expect, it } from 'vitest';
import { shellMessages, trainerMessages } from '../../messages/index.ts';
import { checkFlags, type FlagDeclaration } from './flags.ts';

const decl: FlagDeclaration = { spec: 'ab:XY', notSimulated: 'YX', operands: [1, 2], usage: 'Usage: demo [-a] [-b B] Name' };

describe('checkFlags', () => {
  it.each([
    [['-z', 'n'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('demo', 'z')}\n${decl.usage}`, exitCode: 1 } }],
    [['-b'], { ok: false, error: { stderr: `${shellMessages.flagNeedsArg('demo', 'b')}\n${decl.usage}`, exitCode: 1 } }],
    [['-XY', 'n'], { ok: false, error: { stderr: trainerMessages.notSimulated('demo', '-Y'), exitCode: 1 } }],
    [['-X'], { ok: false, error: { stderr: trainerMessages.notSimulated('demo', '-X'), exitCode: 1 } }],
    [[], { ok: false, error: { stderr: decl.usage, exitCode: 1 } }],
    [['n', 'm', 'o'], { ok: false, error: { stderr: decl.usage, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(checkFlags('demo', decl, args)).toEqual(expected));

  it('passes checked options on, and uses the declared exit codes and getopt name', () => {
    const r = checkFlags('demo', decl, ['-a', '-bv', 'n']);
    expect(r.ok && [...r.value.flags]).toEqual([['a', true], ['b', 'v']]);
    const two = { ...decl, exitCode: 2, notSimulatedExitCode: 2, prog: 'getopt' };
    expect(checkFlags('demo', two, ['-z'])).toEqual({ ok: false, error: { stderr: `${shellMessages.unknownFlag('getopt', 'z')}\n${decl.usage}`, exitCode: 2 } });
    expect(checkFlags('demo', two, ['-X', 'n'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('demo', '-X'), exitCode: 2 } });
  });

  it('usageOnStdout: getopt\'s error alone on stderr, the usage on stdout; other usage errors unchanged', () => {
    const out = { ...decl, usageOnStdout: true };
    expect(checkFlags('demo', out, ['-z'])).toEqual({ ok: false, error: { stderr: shellMessages.unknownFlag('demo', 'z'), stdout: `${decl.usage}\n`, exitCode: 1 } });
    expect(checkFlags('demo', out, [])).toEqual({ ok: false, error: { stderr: decl.usage, exitCode: 1 } });
  });

  it('onlySimulated: the first other flag on the line is named, after the operand count', () => {
    const only = { ...decl, notSimulated: undefined, onlySimulated: 'a' };
    expect(checkFlags('demo', only, ['-Y', '-X', 'n'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('demo', '-Y'), exitCode: 1 } });
    expect(checkFlags('demo', only, ['-Y'])).toEqual({ ok: false, error: { stderr: decl.usage, exitCode: 1 } });
    expect(checkFlags('demo', only, ['-a', 'n']).ok).toBe(true);
  });

  it("an empty usage: getopt's error alone", () => {
    expect(checkFlags('demo', { spec: 'a', usage: '' }, ['-z'])).toEqual({ ok: false, error: { stderr: shellMessages.unknownFlag('demo', 'z'), exitCode: 1 } });
  });

  it('permute lets operands stand between flags', () => {
    const r = checkFlags('demo', { ...decl, permute: true }, ['n', '-a']);
    expect(r.ok && r.value.operands).toEqual(['n']);
    expect(r.ok && r.value.flags.has('a')).toBe(true);
  });
});
