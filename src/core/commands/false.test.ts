// false — exits 1, whatever its operands.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { falseCmd } from './false.ts';

describe('false', () => {
  it('parses its table', () => {
    expect(parseMismatches(falseCmd, [
      [['anything'], null],
    ])).toEqual([]);
  });

  it('exits 1', () => {
    expect(run('false').exitCode).toBe(1);
    expect(run('false || echo ok').stdout).toBe('ok\n');
  });
});
