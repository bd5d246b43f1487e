// POSIX basic and extended expressions compiled to JS: matches as grep would, and regcomp's error codes.
import { describe, expect, it } from 'vitest';
import { compileRegex, fixedSource } from './regex.ts';

const matches = (p: string, ext: boolean, s: string) => {
  const c = compileRegex(p, ext);
  if (!c.ok) throw new Error(c.error);
  return new RegExp(c.source).test(s);
};

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
  it('escapes every special character', () => {
    const re = new RegExp(fixedSource('a.b*(c)[d]$^|+?{}\\/'));
    expect(re.test('xa.b*(c)[d]$^|+?{}\\/y')).toBe(true);
    expect(re.test('aXb')).toBe(false);
  });
});
