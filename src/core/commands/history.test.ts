// history — ksh's numbered list of the last lines (16 unless -n says how many).
import { describe, expect, it } from 'vitest';
import { lab, run } from '../testing/lab.ts';
import { history } from './history.ts';

describe('history parse', () => {
  it.each([
    [[], { ok: true, value: { count: 16 } }],
    [['-3'], { ok: true, value: { count: 3 } }],
    [['3'], { ok: false, error: { stderr: 'Usage: history [-n]', exitCode: 1 } }],
    [['-3', '-4'], { ok: false, error: { stderr: 'Usage: history [-n]', exitCode: 1 } }],
  ])('%j', (args, expected) => expect(history.parse(args)).toEqual(expected));
});

describe('history run', () => {
  it('numbers the lines from the first, itself included; -n shows the last n', () => {
    const s = lab();
    run(s, 'echo one');
    run(s, 'pwd');
    expect(run(s, 'history').out).toBe('1\techo one\n2\tpwd\n3\thistory\n');
    expect(run(s, 'history -2').out).toBe('3\thistory\n4\thistory -2\n');
  });

  it('shows the last 16 by default', () => {
    const s = lab();
    for (let i = 1; i <= 20; i++) run(s, `echo ${i}`);
    const out = run(s, 'history').out.split('\n').filter(Boolean);
    expect(out).toHaveLength(16);
    expect(out[0]).toBe('6\techo 6');
    expect(out[15]).toBe('21\thistory');
  });
});
