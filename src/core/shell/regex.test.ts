// POSIX basic and extended expressions: matches as grep would, regcomp's error codes, and time linear in
// the line for every pattern without back-references (counted in steps, never in wall time).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkBudget, WorkLimitExceeded, unlimitedBudget } from './budget.ts';
import { compileFixed, compileRegex, programMatches, type MatchRules } from './regex.ts';

const PLAIN: MatchRules = { icase: false, whole: false, word: false };
const matches = (p: string, ext: boolean, s: string, rules: Partial<MatchRules> = {}, budget = unlimitedBudget()) => {
  const c = compileRegex(p, ext);
  if (!c.ok) throw new Error(c.error);
  return programMatches(c.value, s, { ...PLAIN, ...rules }, budget);
};
/** Steps a match took. */
function stepsFor(p: string, ext: boolean, s: string): number {
  const budget = new WorkBudget(1e9);
  matches(p, ext, s, {}, budget);
  return 1e9 - budget.remaining();
}

describe('basic regular expressions', () => {
  it.each([
    ['hdisk1', 'hdisk1  00f6 None', true],
    ['^hdisk[0-9]', 'hdisk3', true],
    ['^hd', 'xhd', false],
    ['None$', 'hdisk1 None', true],
    ['a\\(b\\)\\1', 'abb', true],
    ['ab\\{2\\}c', 'abbc', true],
    ['ab\\{2\\}c', 'abc', false],
    ['a+b', 'a+b', true],
    ['a|b', 'a|b', true],
    ['(x)', '(x)', true],
    ['*star', '*star', true],
    ['a^b', 'a^b', true],
    ['a$b', 'a$b', true],
    ['[[:digit:]][[:alpha:]]', '7a', true],
    ['[^a-z]', 'abc', false],
    ['[]x]', ']', true],
    ['a.c', 'abc', true],
    ['\\.', 'x', false],
    ['^./tmp/', './tmp/a', true],
  ])('%j against %j is %s', (p, s, want) => {
    expect(matches(p, false, s)).toBe(want);
  });
});

describe('extended regular expressions', () => {
  it.each([
    ['rootvg|altinst', 'altinst_rootvg', true],
    ['^(hd|lg)[0-9]+$', 'hd10', true],
    ['x?y', 'y', true],
    ['a{2,3}', 'aa', true],
    ['a{2,3}b', 'ab', false],
    ['\\(', '(', true],
    ['{x', '{x', true],
  ])('%j against %j is %s', (p, s, want) => {
    expect(matches(p, true, s)).toBe(want);
  });
});

describe('regcomp errors', () => {
  it.each([
    ['[abc', false, 'EBRACK'],
    ['a\\(b', false, 'EPAREN'],
    ['a\\)', false, 'EPAREN'],
    ['(a', true, 'EPAREN'],
    ['a)', true, 'EPAREN'],
    ['a\\{1', false, 'EBRACE'],
    ['a\\{2,1\\}', false, 'BADBR'],
    ['a{1,x}', true, 'BADBR'],
    ['[z-a]', false, 'ERANGE'],
    ['[[:nope:]]', false, 'ECTYPE'],
    ['abc\\', false, 'EESCAPE'],
    ['*a', true, 'BADRPT'],
    ['a|*b', true, 'BADRPT'],
    ['\\(a\\)\\2', false, 'ESUBREG'],
  ])('%j (extended: %s) is %s', (p, ext, error) => {
    expect(compileRegex(p, ext)).toEqual({ ok: false, error });
  });
});

describe('fixed strings', () => {
  it('takes every special character as itself', () => {
    const c = compileFixed('a.b*(c)[d]$^|+?{}\\/');
    if (!c.ok) throw new Error(c.error);
    expect(programMatches(c.value, 'xa.b*(c)[d]$^|+?{}\\/y', PLAIN, unlimitedBudget())).toBe(true);
    expect(programMatches(c.value, 'aXb', PLAIN, unlimitedBudget())).toBe(false);
  });
});

describe('match rules (-i, -x, -w)', () => {
  it.each([
    ['hdisk1', 'HDISK1 None', { icase: true }, true],
    ['[a-c]x', 'BX', { icase: true }, true],
    ['[^a-c]x', 'BX', { icase: true }, false],
    ['hdisk1', 'hdisk10', { whole: true }, false],
    ['hdisk1', 'hdisk1', { whole: true }, true],
    ['hdisk1', 'hdisk10 hdisk1', { word: true }, true],
    ['hdisk1', 'hdisk10 xhdisk1', { word: true }, false],
    ['a*', 'b', { whole: true }, false],
    ['\\(ab\\)\\1', 'xABab', { icase: true }, true],
  ])('%j against %j with %j is %s', (p, s, rules, want) => {
    expect(matches(p, false, s, rules)).toBe(want);
  });
});

describe('bounded work', () => {
  const forty = 'a'.repeat(40);
  it('matches (a+)+b against forty a in steps linear in the line', () => {
    expect(matches('(a+)+b', true, forty)).toBe(false);
    // Twice the line, about twice the steps: no exponential blow-up.
    const one = stepsFor('(a+)+b', true, forty);
    const two = stepsFor('(a+)+b', true, forty + forty);
    expect(one).toBeLessThan(5_000);
    expect(two).toBeLessThan(2.5 * one);
  });

  it.each([
    ['(a*)*b', true],
    ['(a|aa)+$x', true],
    ['((a+)+)+c', true],
    ['(.*a){12}', true],
    ['\\(a*\\)*b', false],
  ])('%j stays linear on a 2,000-character line', (p, ext) => {
    const steps = stepsFor(p, ext, 'a'.repeat(2000));
    expect(steps).toBeLessThan(2000 * 200);
  });

  it('ends a hostile back-reference pattern with WorkLimitExceeded, not a hang', () => {
    const budget = new WorkBudget(100_000);
    expect(() => matches('\\(a*\\)*\\(a*\\)*\\(a*\\)*b\\1', false, 'a'.repeat(60), {}, budget)).toThrow(WorkLimitExceeded);
  });

  it('refuses a pattern whose program would be too large', () => {
    expect(compileRegex('a{255}{255}', true)).toEqual({ ok: false, error: 'too-large' });
    expect(compileRegex('a{255}', true).ok).toBe(true);
  });

  it('a starred group that can match nothing still ends (back-reference matcher)', () => {
    expect(matches('\\(a*\\)*x\\1', false, 'aaax')).toBe(true);
    expect(matches('\\(b*\\)*\\1c', false, 'aaa')).toBe(false);
  });
});

describe('agrees with a reference matcher on small cases (property)', () => {
  // Extended expressions without back-references: whether a line matches somewhere does not depend on
  // POSIX leftmost-longest versus JavaScript leftmost-first, so JS RegExp on short lines is a fair oracle.
  const atom: fc.Arbitrary<string> = fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', 'x');
  const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.tuple(tie('e'), tie('e')).map(([x, y]) => x + y),
      fc.tuple(tie('e'), tie('e')).map(([x, y]) => `(${x}|${y})`),
      fc.tuple(tie('e'), fc.constantFrom('*', '+', '?', '{1,2}', '{2}')).map(([x, q]) => `(${x})${q}`),
      tie('e').map((x) => `^${x}`),
      tie('e').map((x) => `${x}$`),
    ),
  })).e;
  it('matches exactly when JS RegExp does, for 500 generated patterns and lines', () => {
    fc.assert(
      fc.property(expr, fc.stringMatching(/^[abx]{0,8}$/), (p, line) => {
        const c = compileRegex(p, true);
        if (!c.ok) return; // e.g. an anchor under a repetition: regcomp refuses what JS would accept
        expect(programMatches(c.value, line, PLAIN, unlimitedBudget())).toBe(new RegExp(p).test(line));
      }),
      { numRuns: 500 },
    );
  });
});
