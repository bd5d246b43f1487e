// Pathname-expansion patterns: what one component matches (as ksh matches it) and how much work that
// takes, counted in steps: a pattern with many stars stays linear per star, never exponential.
import { describe, expect, it } from 'vitest';
import { WorkBudget, WorkLimitExceeded } from './budget.ts';
import { compileGlob, expandGlob, globMatches, wildcardMatches } from './glob.ts';

describe('globMatches', () => {
  it.each([
    ['*', 'anything', true],
    ['*', '', true],
    ['a*', 'abc', true],
    ['a*c', 'abc', true],
    ['a*c', 'abcd', false],
    ['*.log', 'alt_disk_inst.log', true],
    ['*a*b*', 'xaybz', true],
    ['*a*b*', 'xbya', false],
    ['?', 'a', true],
    ['?', '', false],
    ['h?isk*', 'hdisk1', true],
    ['[abc]x', 'bx', true],
    ['[!abc]x', 'bx', false],
    ['[^abc]x', 'dx', true],
    ['hdisk[0-9]', 'hdisk7', true],
    ['hdisk[0-9]', 'hdiskx', false],
    ['[z-a]', 'm', false],
    ['[]x]', ']', true],
    ['[a-]', '-', true],
    ['\\*', '*', true],
    ['\\*', 'a', false],
    ['[\\]]', ']', true],
    ['[ab', '[ab', true],
    ['a**b', 'ab', true],
    ['constructor', 'constructor', true],
    ['__proto__', '__proto__', true],
  ])('%j against %j is %s', (pattern, name, want) => {
    expect(globMatches(compileGlob(pattern), name)).toBe(want);
  });
});

describe('wildcardMatches (lscfg -l, odmget -q like): only * and ? are special', () => {
  it.each([
    ['hdisk*', 'hdisk12', true],
    ['hdisk?', 'hdisk12', false],
    ['[ab]', 'a', false],
    ['[ab]', '[ab]', true],
    ['a\\b', 'a\\b', true],
    ['00f6*', '00f6db0a6c7aece5', true],
  ])('%j against %j is %s', (pattern, name, want) => {
    expect(wildcardMatches(pattern, name)).toBe(want);
  });
});

describe('bounded work', () => {
  const starsThenB = '*a*a*a*a*a*a*a*a*a*a*b';
  const name80 = 'a'.repeat(80);

  it('matches *a*a*a*a*a*a*a*a*a*a*b against an 80-character name in at most length × pattern steps', () => {
    const budget = new WorkBudget(1e9);
    expect(globMatches(compileGlob(starsThenB), name80, budget)).toBe(false);
    expect(1e9 - budget.remaining()).toBeLessThanOrEqual(80 * starsThenB.length);
  });

  it('expands over a directory of long names within the budget', () => {
    const names = Array.from({ length: 50 }, (_, i) => 'a'.repeat(80) + i);
    const budget = new WorkBudget(1e9);
    expect(expandGlob(`/tmp/${starsThenB}`, (d) => (d === '/' ? ['tmp'] : d === '/tmp' ? names : null), budget)).toBeNull();
    expect(1e9 - budget.remaining()).toBeLessThan(50 * 82 * starsThenB.length + 100);
  });

  it('throws WorkLimitExceeded when the budget runs out', () => {
    const names = Array.from({ length: 1000 }, (_, i) => 'a'.repeat(200) + i);
    expect(() => expandGlob(`/tmp/${starsThenB}`, (d) => (d === '/' ? ['tmp'] : names), new WorkBudget(10_000))).toThrow(WorkLimitExceeded);
  });
});
