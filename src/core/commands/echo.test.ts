// echo — prints its operands separated by spaces; AIX's echo reads \n, \t and \c itself.
import { describe, expect, it } from 'vitest';
import { lastOf as run } from '../testing/lab.ts';
import { echo } from './echo.ts';

describe('echo', () => {
  it('takes every word as an operand, flags included', () => {
    expect(echo.parse(['-n', 'a', 'b'])).toEqual({ ok: true, value: ['-n', 'a', 'b'] });
  });

  it('joins its operands with one space and ends the line', () => {
    expect(run('echo a   b').stdout).toBe('a b\n');
    expect(run('echo').stdout).toBe('\n');
    expect(run('echo -n x').stdout).toBe('-n x\n');
  });

  it('reads \\n and \\t, and \\c ends the output without a new line', () => {
    expect(run('echo "a\\nb\\tc"').stdout).toBe('a\nb\tc\n');
    expect(run('echo "no newline\\c" more').stdout).toBe('no newline');
  });
});
