// Pathname expansion (ksh "file name generation"): * ? and [...] in unquoted words, matched against
// the simulated file systems one path component at a time. A pattern that matches nothing is left as
// typed, as ksh does. A leading "." must be matched explicitly; matches are sorted (C locale).

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

/** One path component's pattern as a RegExp, or null when a bracket is unterminated (then "[" is literal). */
export function componentRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      re += escapeRe(pattern[++i]);
    } else if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = bracketEnd(pattern, i);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, end);
      let negate = false;
      if (body.startsWith('!') || body.startsWith('^')) {
        negate = true;
        body = body.slice(1);
      }
      let cls = '';
      for (let k = 0; k < body.length; k++) {
        const b = body[k];
        if (b === '\\' && k + 1 < body.length) cls += escapeClass(body[++k]);
        else if (b === '-' && k > 0 && k < body.length - 1) cls += '-';
        else cls += escapeClass(b);
      }
      re += `[${negate ? '^' : ''}${cls}]`;
      i = end;
    } else re += escapeRe(c);
  }
  try {
    return new RegExp(`^${re}$`, 's');
  } catch {
    // a range like [z-a]: ksh matches nothing with it
    return /(?!)/;
  }
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

const escapeRe = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const escapeClass = (c: string) => c.replace(/[\]\\^-]/g, '\\$&');

/**
 * Expands one pattern. Returns the sorted matches, or null when nothing matched (the caller keeps
 * the word as typed).
 */
export function expandGlob(pattern: string, list: DirLister): string[] | null {
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
        if (entries?.includes(name)) next.push(join(base, name));
      }
    } else {
      const re = componentRegExp(comp);
      const dotOk = unescapePattern(comp).startsWith('.');
      for (const base of paths) {
        const entries = list(base);
        if (!entries) continue;
        for (const e of entries) {
          if (e.startsWith('.') && !dotOk) continue;
          if (re.test(e)) next.push(join(base, e));
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
