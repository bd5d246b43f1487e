// true — exits 0, whatever its operands.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { trueCmd } from './true.ts';

describe('true', () => {
  it('parses its table', () => {
    expect(parseMismatches(trueCmd, [
      [['anything'], null],
    ])).toEqual([]);
  });

  it('exits 0', () => {
    expect(run('true').exitCode).toBe(0);
    expect(run('true && echo ok').stdout).toBe('ok\n');
  });
});
