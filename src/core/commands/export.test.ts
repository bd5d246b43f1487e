// export — the ksh built-in: sets variables later commands see; alone it lists them.
import { describe, expect, it } from 'vitest';
import { lab, run } from '../testing/lab.ts';
import { exportCmd } from './export.ts';

describe('export parse', () => {
  it.each([
    [['A=1', 'B'], { ok: true, value: { set: [['A', '1'], ['B', null]] } }],
    [['X=a=b'], { ok: true, value: { set: [['X', 'a=b']] } }],
    [['1A=2'], { ok: false, error: { stderr: 'ksh: 1A: is not an identifier', exitCode: 1 } }],
    [['-p'], { ok: false, error: { stderr: 'ksh: -p: is not an identifier', exitCode: 1 } }],
  ])('%j', (args, expected) => expect(exportCmd.parse(args)).toEqual(expected));
});

describe('export run', () => {
  it('sets variables that later lines see, and lists them sorted', () => {
    const s = lab();
    expect(run(s, 'export FORCE=yes B=2')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'echo $FORCE').out).toBe('yes\n');
    expect(run(s, 'export').out).toBe('B=2\nFORCE=yes\n');
  });
});
