// Pathname expansion (ksh "file name generation"): * ? and [...] in unquoted words, matched against
// the simulated file systems one path component at a time. A pattern that matches nothing is left as
// typed, as ksh does. A leading "." must be matched explicitly; matches are sorted (C locale).
// Matching never goes through RegExp: globMatches is linear per star, and the work is counted in steps.
import type { WorkBudget } from './budget.ts';

/** Lists a directory given as the shell would name it ("" for the current directory); null if none. */
export type DirLister = (dir: string) => string[] | null;

/** True when the (escaped) pattern has an unescaped * ? or [. */
export function hasMeta(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if ('*?['.includes(pattern[i])) return true;
  }
  return false;
}

/** The pattern with its escapes removed. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/g, '$1');
}

type GlobToken =
  | { k: 'char'; c: string }
  | { k: 'one' }
  | { k: 'star' }
  | { k: 'set'; negate: boolean; singles: string; ranges: string[]; empty: boolean };

/** One path component's pattern, compiled for globMatches. An unterminated "[" is taken literally. */
export type GlobPattern = GlobToken[];

export function compileGlob(pattern: string): GlobPattern {
  const out: GlobToken[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) out.push({ k: 'char', c: pattern[++i] });
    else if (c === '*') {
      if (out[out.length - 1]?.k !== 'star') out.push({ k: 'star' });
    } else if (c === '?') out.push({ k: 'one' });
    else if (c === '[') {
      const end = bracketEnd(pattern, i);
      if (end < 0) {
        out.push({ k: 'char', c: '[' });
        continue;
      }
      let body = pattern.slice(i + 1, end);
      const set: GlobToken & { k: 'set' } = { k: 'set', negate: false, singles: '', ranges: [], empty: false };
      if (body.startsWith('!') || body.startsWith('^')) {
        set.negate = true;
        body = body.slice(1);
      }
      const chars: { c: string; escaped: boolean }[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k] === '\\' && k + 1 < body.length) chars.push({ c: body[++k], escaped: true });
        else chars.push({ c: body[k], escaped: false });
      }
      for (let k = 0; k < chars.length; k++) {
        const isRange = k + 2 < chars.length && chars[k + 1].c === '-' && !chars[k + 1].escaped;
        if (!isRange) {
          set.singles += chars[k].c;
          continue;
        }
        const [lo, hi] = [chars[k].c, chars[k + 2].c];
        // A range like [z-a]: ksh matches nothing with it.
        if (hi < lo) set.empty = true;
        set.ranges.push(lo, hi);
        k += 2;
      }
      out.push(set);
      i = end;
    } else out.push({ k: 'char', c });
  }
  return out;
}

function bracketEnd(p: string, start: number): number {
  let j = start + 1;
  if (p[j] === '!' || p[j] === '^') j++;
  if (p[j] === ']') j++; // a leading ] is a member
  for (; j < p.length; j++) {
    if (p[j] === '\\') j++;
    else if (p[j] === ']') return j;
  }
  return -1;
}

function tokenMatches(t: GlobToken, c: string): boolean {
  if (t.k === 'one') return true;
  if (t.k === 'char') return t.c === c;
  if (t.k !== 'set' || t.empty) return false;
  let hit = t.singles.includes(c);
  for (let k = 0; !hit && k < t.ranges.length; k += 2) hit = c >= t.ranges[k] && c <= t.ranges[k + 1];
  return hit !== t.negate;
}

/**
 * Does the whole name match? Each "*" is tried at later positions only after the rest failed, and only
 * the last "*" is ever retried: time is at most the name's length times the pattern's (never exponential,
 * whatever the number of stars). Each comparison is charged to the budget when one is given.
 */
export function globMatches(p: GlobPattern, name: string, budget?: WorkBudget): boolean {
  let t = 0;
  let i = 0;
  let starT = -1;
  let starI = 0;
  let steps = 0;
  while (i < name.length) {
    steps++;
    const tok = p[t];
    if (tok && tok.k !== 'star' && tokenMatches(tok, name[i])) {
      t++;
      i++;
    } else if (tok?.k === 'star') {
      starT = t++;
      starI = i;
    } else if (starT >= 0) {
      t = starT + 1;
      i = ++starI;
    } else break;
  }
  budget?.spend(steps);
  if (i < name.length) return false;
  while (p[t]?.k === 'star') t++;
  return t === p.length;
}

/** A name pattern where only * and ? are special (lscfg -l, odmget -q "like"): linear like globMatches. */
export function wildcardMatches(pattern: string, name: string, budget?: WorkBudget): boolean {
  return globMatches(compileGlob(pattern.replace(/[[\\]/g, '\\$&')), name, budget);
}

/**
 * Expands one pattern. Returns the sorted matches, or null when nothing matched (the caller keeps
 * the word as typed).
 */
export function expandGlob(pattern: string, list: DirLister, budget?: WorkBudget): string[] | null {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0);
  let paths: string[] = [absolute ? '/' : ''];
  const comps = absolute ? parts.slice(1) : parts;
  for (let idx = 0; idx < comps.length; idx++) {
    const comp = comps[idx];
    if (comp === '') continue;
    const next: string[] = [];
    const join = (base: string, name: string) => (base === '' ? name : base.endsWith('/') ? base + name : `${base}/${name}`);
    if (!hasMeta(comp)) {
      const name = unescapePattern(comp);
      for (const base of paths) {
        if (name === '.' || name === '..') {
          next.push(join(base, name));
          continue;
        }
        const entries = list(base);
        budget?.spend(entries?.length ?? 1);
        if (entries?.includes(name)) next.push(join(base, name));
      }
    } else {
      const compiled = compileGlob(comp);
      const dotOk = unescapePattern(comp).startsWith('.');
      for (const base of paths) {
        const entries = list(base);
        if (!entries) continue;
        for (const e of entries) {
          if (e.startsWith('.') && !dotOk) continue;
          if (globMatches(compiled, e, budget)) next.push(join(base, e));
        }
      }
    }
    paths = next;
    if (paths.length === 0) return null;
  }
  if (pattern.endsWith('/') && paths.length) paths = paths.map((p) => (p.endsWith('/') ? p : p + '/'));
  const sorted = [...new Set(paths)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted.length ? sorted : null;
}
