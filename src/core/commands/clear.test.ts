// clear — a 'clear' event for the terminal, nothing printed; operands are a usage error.
import { describe, expect, it } from 'vitest';
import { lab } from '../testing/lab.ts';
import { clear } from './clear.ts';

describe('clear', () => {
  it.each([
    [[], { ok: true, value: null }],
    [['-x'], { ok: false, error: { stderr: 'Usage: clear', exitCode: 1 } }],
  ])('parse %j', (args, expected) => expect(clear.parse(args)).toEqual(expected));

  it('emits one clear event and prints nothing; history keeps the line', () => {
    const s = lab();
    const r = s.exec('clear');
    expect(r).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(r.events.filter((e) => e.type === 'clear')).toHaveLength(1);
    expect(s.exec('clear now')).toMatchObject({ stderr: 'Usage: clear\n', exitCode: 1 });
  });
});
