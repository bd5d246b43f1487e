// POSIX regular expressions (basic, as grep uses them, and extended, as grep -E and egrep do) turned
// into JavaScript RegExp sources character by character, so nothing in a pattern can mean something
// else to JS. Errors carry the regcomp() code; messages/files.ts holds AIX's regerror() texts.
import type { RegexError } from '../messages/files.ts';

export type Compiled = { ok: true; source: string } | { ok: false; error: RegexError };

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\v\\f\\r',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

/** Characters that must be escaped to be literal in a JS RegExp (outside brackets). */
const escapeJs = (c: string) => (/[\\^$.*+?()[\]{}|/]/.test(c) ? '\\' + c : c);
/** Inside a JS character class. */
const escapeClass = (c: string) => (/[\\\]^-]/.test(c) ? '\\' + c : c);

/** Parses a bracket expression starting at p[i] === '['. Returns the JS class and the index after it. */
function bracket(p: string, i: number): { ok: true; js: string; next: number } | { ok: false; error: RegexError } {
  let j = i + 1;
  let negate = false;
  if (p[j] === '^') {
    negate = true;
    j++;
  }
  const items: string[] = [];
  let first = true;
  let prevChar: string | null = null; // last single character, for ranges
  while (j < p.length) {
    const c = p[j];
    if (c === ']' && !first) {
      return { ok: true, js: `[${negate ? '^' : ''}${items.join('')}]`, next: j + 1 };
    }
    first = false;
    if (c === '[' && (p[j + 1] === ':' || p[j + 1] === '.' || p[j + 1] === '=')) {
      const kind = p[j + 1];
      const end = p.indexOf(kind + ']', j + 2);
      if (end < 0) return { ok: false, error: 'EBRACK' };
      const name = p.slice(j + 2, end);
      if (kind === ':') {
        const cls = CLASSES[name];
        if (!cls) return { ok: false, error: 'ECTYPE' };
        items.push(cls);
        prevChar = null;
      } else {
        if ([...name].length !== 1) return { ok: false, error: 'ECTYPE' };
        items.push(escapeClass(name));
        prevChar = name;
      }
      j = end + 2;
      continue;
    }
    if (c === '-' && prevChar !== null && p[j + 1] !== undefined && p[j + 1] !== ']') {
      let hi = p[j + 1];
      let step = 2;
      if (hi === '[' && p[j + 2] === '.') {
        const end = p.indexOf('.]', j + 3);
        if (end < 0) return { ok: false, error: 'EBRACK' };
        hi = p.slice(j + 3, end);
        step = end + 2 - j;
      }
      if (hi < prevChar) return { ok: false, error: 'ERANGE' };
      items.push('-' + escapeClass(hi));
      prevChar = null;
      j += step;
      continue;
    }
    items.push(escapeClass(c));
    prevChar = c;
    j++;
  }
  return { ok: false, error: 'EBRACK' };
}

/** An interval body "m", "m," or "m,n" starting at p[i]; returns the JS quantifier and the index of its end. */
function interval(p: string, i: number, close: string): { ok: true; js: string; next: number } | { ok: false; error: RegexError } {
  const end = p.indexOf(close, i);
  if (end < 0) return { ok: false, error: 'EBRACE' };
  const body = p.slice(i, end);
  const m = /^(\d+)(,(\d*))?$/.exec(body);
  if (!m) return { ok: false, error: 'BADBR' };
  const lo = Number(m[1]);
  const hi = m[3] ? Number(m[3]) : null;
  if (lo > 255 || (hi !== null && (hi < lo || hi > 255))) return { ok: false, error: 'BADBR' };
  return { ok: true, js: m[2] ? `{${lo},${hi ?? ''}}` : `{${lo}}`, next: end + close.length };
}

/** Compiles a basic (grep) or extended (grep -E) regular expression. */
export function compileRegex(p: string, extended: boolean): Compiled {
  let out = '';
  let groups = 0;
  const open: number[] = [];
  /** Can a repetition operator apply here (is there an atom before it)? */
  let atom = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      if (i + 1 >= p.length) return { ok: false, error: 'EESCAPE' };
      const n = p[++i];
      if (!extended && n === '(') {
        groups++;
        open.push(groups);
        out += '(';
        atom = false;
        continue;
      }
      if (!extended && n === ')') {
        if (!open.length) return { ok: false, error: 'EPAREN' };
        open.pop();
        out += ')';
        atom = true;
        continue;
      }
      if (!extended && n === '{') {
        if (!atom) return { ok: false, error: 'BADRPT' };
        const r = interval(p, i + 1, '\\}');
        if (!r.ok) return r;
        out += r.js;
        i = r.next - 1;
        continue;
      }
      if (!extended && n === '}') return { ok: false, error: 'EBRACE' };
      if (/[1-9]/.test(n)) {
        if (Number(n) > groups || open.includes(Number(n))) return { ok: false, error: 'ESUBREG' };
        out += '\\' + n;
        atom = true;
        continue;
      }
      out += escapeJs(n);
      atom = true;
      continue;
    }
    if (c === '[') {
      const r = bracket(p, i);
      if (!r.ok) return r;
      out += r.js;
      i = r.next - 1;
      atom = true;
      continue;
    }
    if (c === '.') {
      out += '.';
      atom = true;
      continue;
    }
    if (c === '*') {
      if (!atom) {
        if (extended) return { ok: false, error: 'BADRPT' };
        out += '\\*';
        atom = true;
        continue;
      }
      out += '*';
      continue;
    }
    if (c === '^') {
      const start = extended || i === 0 || (!extended && p.slice(i - 2, i) === '\\(');
      out += start ? '^' : '\\^';
      if (!start) atom = true;
      continue;
    }
    if (c === '$') {
      const end = extended || i === p.length - 1 || p.slice(i + 1, i + 3) === '\\)';
      out += end ? '$' : '\\$';
      if (!end) atom = true;
      continue;
    }
    if (extended) {
      if (c === '(') {
        groups++;
        open.push(groups);
        out += '(';
        atom = false;
        continue;
      }
      if (c === ')') {
        if (!open.length) return { ok: false, error: 'EPAREN' };
        open.pop();
        out += ')';
        atom = true;
        continue;
      }
      if (c === '|') {
        out += '|';
        atom = false;
        continue;
      }
      if (c === '+' || c === '?') {
        if (!atom) return { ok: false, error: 'BADRPT' };
        out += c;
        continue;
      }
      if (c === '{') {
        if (!/\d/.test(p[i + 1] ?? '')) {
          out += '\\{';
          atom = true;
          continue;
        }
        if (!atom) return { ok: false, error: 'BADRPT' };
        const r = interval(p, i + 1, '}');
        if (!r.ok) return r;
        out += r.js;
        i = r.next - 1;
        continue;
      }
    }
    out += escapeJs(c);
    atom = true;
  }
  if (open.length) return { ok: false, error: 'EPAREN' };
  try {
    new RegExp(out);
  } catch {
    // Whatever JS still refuses (a quantifier on an anchor, say) is an invalid pattern to regcomp too.
    return { ok: false, error: 'BADRPT' };
  }
  return { ok: true, source: out };
}

/** A fixed string (grep -F) as a RegExp source. */
export function fixedSource(s: string): string {
  return [...s].map(escapeJs).join('');
}
