// reset — trainer command: asks, then puts the lab back to the scenario's start (history kept).
import { describe, expect, it } from 'vitest';
import { lab, run } from '../testing/lab.ts';
import { reset } from './reset.ts';

describe('reset', () => {
  it.each([
    [[], { ok: true, value: null }],
    [['now'], { ok: false, error: { stderr: 'Usage: reset', exitCode: 1 } }],
  ])('parse %j', (args, expected) => expect(reset.parse(args)).toEqual(expected));

  it('asks first; y puts the start world back and keeps the history', () => {
    const s = lab();
    run(s, 'bootlist -m normal hdisk1');
    expect(run(s, 'reset')).toEqual({ out: '', err: '', code: 0 });
    expect(s.state().pending).toEqual({ kind: 'confirm-reset' });
    expect(run(s, 'y').code).toBe(0);
    expect(run(s, 'bootlist -m normal -o').out).toBe('hdisk0 blv=hd5 pathid=0\n');
    expect(s.history()).toContain('bootlist -m normal hdisk1');
  });

  it('any other answer keeps the work', () => {
    const s = lab();
    run(s, 'bootlist -m normal hdisk1');
    s.exec('reset');
    run(s, 'n');
    expect(run(s, 'bootlist -m normal -o').out).toBe('hdisk1 blv=hd5 pathid=0\n');
  });
});
