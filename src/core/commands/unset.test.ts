// unset — the ksh built-in: removes shell variables.
import { describe, expect, it } from 'vitest';
import { lab, run } from '../testing/lab.ts';
import { unset } from './unset.ts';

describe('unset parse', () => {
  it.each([
    [['A', 'B'], { ok: true, value: ['A', 'B'] }],
    [['-'], { ok: false, error: { stderr: 'ksh: -: is not an identifier', exitCode: 1 } }],
  ])('%j', (args, expected) => expect(unset.parse(args)).toEqual(expected));
});

describe('unset run', () => {
  it('removes a variable; later lines no longer see it, and one never set is no error', () => {
    const s = lab();
    run(s, 'export FORCE=yes');
    expect(run(s, 'unset FORCE NEVER')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'echo "[$FORCE]"').out).toBe('[]\n');
    expect(run(s, 'export').out).toBe('');
  });
});
