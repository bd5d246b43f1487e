// POSIX basic (grep) and extended (grep -E) regular expressions parsed into a small tree, then turned
// into a program for the matcher in regexMatch.ts. Nothing in a pattern is ever handed to JavaScript's
// RegExp, whose backtracking can take exponential time. Errors carry the regcomp() code; messages/files.ts
// holds AIX's regerror() texts.
import type { RegexError } from '../messages/files.ts';
import { err, ok, type Result } from '../result.ts';

/** A set of UTF-16 code units: single characters and inclusive ranges, possibly negated. */
export interface CharSet {
  negate: boolean;
  singles: string;
  ranges: number[]; // lo, hi, lo, hi ...
}

export type Node =
  | { t: 'set'; set: CharSet }
  | { t: 'any' }
  | { t: 'bol' }
  | { t: 'eol' }
  | { t: 'cat'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; n: number; body: Node }
  | { t: 'rep'; body: Node; min: number; max: number | null }
  | { t: 'ref'; n: number };

/** A parsed pattern: its tree, how many groups it opens and whether it refers back to one. */
export type ParsedRegex = Result<{ node: Node; groups: number; backrefs: boolean }, RegexError>;

const r = (lo: string, hi: string) => [lo.charCodeAt(0), hi.charCodeAt(0)];
/** The character classes of the C locale. */
const CLASSES: Record<string, { singles: string; ranges: number[] }> = {
  alpha: { singles: '', ranges: [...r('A', 'Z'), ...r('a', 'z')] },
  digit: { singles: '', ranges: r('0', '9') },
  alnum: { singles: '', ranges: [...r('A', 'Z'), ...r('a', 'z'), ...r('0', '9')] },
  upper: { singles: '', ranges: r('A', 'Z') },
  lower: { singles: '', ranges: r('a', 'z') },
  space: { singles: ' \t\n\v\f\r', ranges: [] },
  blank: { singles: ' \t', ranges: [] },
  punct: { singles: '', ranges: [...r('!', '/'), ...r(':', '@'), ...r('[', '`'), ...r('{', '~')] },
  print: { singles: '', ranges: r(' ', '~') },
  graph: { singles: '', ranges: r('!', '~') },
  cntrl: { singles: '\x7f', ranges: [0, 0x1f] },
  xdigit: { singles: '', ranges: [...r('0', '9'), ...r('A', 'F'), ...r('a', 'f')] },
};

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
export const literal = (c: string): Node => ({ t: 'set', set: { negate: false, singles: c, ranges: [] } });

/** A bracket expression starting at p[i] === '['. */
function bracket(p: string, i: number): Result<{ node: Node; next: number }, RegexError> {
  let j = i + 1;
  const set: CharSet = { negate: false, singles: '', ranges: [] };
  if (p[j] === '^') {
    set.negate = true;
    j++;
  }
  let first = true;
  let prevChar: string | null = null; // the last single character, for a range
  while (j < p.length) {
    const c = p[j];
    if (c === ']' && !first) return ok({ node: { t: 'set', set }, next: j + 1 });
    first = false;
    if (c === '[' && (p[j + 1] === ':' || p[j + 1] === '.' || p[j + 1] === '=')) {
      const kind = p[j + 1];
      const end = p.indexOf(kind + ']', j + 2);
      if (end < 0) return err('EBRACK');
      const name = p.slice(j + 2, end);
      if (kind === ':') {
        if (!own(CLASSES, name)) return err('ECTYPE');
        set.singles += CLASSES[name].singles;
        set.ranges.push(...CLASSES[name].ranges);
        prevChar = null;
      } else {
        if (name.length !== 1) return err('ECTYPE');
        set.singles += name;
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
        if (end < 0) return err('EBRACK');
        hi = p.slice(j + 3, end);
        if (hi.length !== 1) return err('ECTYPE');
        step = end + 2 - j;
      }
      if (hi < prevChar) return err('ERANGE');
      set.ranges.push(prevChar.charCodeAt(0), hi.charCodeAt(0));
      prevChar = null;
      j += step;
      continue;
    }
    set.singles += c;
    prevChar = c;
    j++;
  }
  return err('EBRACK');
}

/** An interval body "m", "m," or "m,n" starting at p[i], ended by `close`. */
function interval(p: string, i: number, close: string): Result<{ min: number; max: number | null; next: number }, RegexError> {
  const end = p.indexOf(close, i);
  if (end < 0) return err('EBRACE');
  const m = /^(\d{1,4})(,(\d{0,4}))?$/.exec(p.slice(i, end));
  if (!m) return err('BADBR');
  const min = Number(m[1]);
  const max = m[2] ? (m[3] ? Number(m[3]) : null) : min;
  if (min > 255 || (max !== null && (max < min || max > 255))) return err('BADBR');
  return ok({ min, max, next: end + close.length });
}

interface Frame {
  alts: Node[][];
  group: number; // 0 for the whole pattern
}

/** Parses a basic (grep) or extended (grep -E) regular expression. */
export function parseRegex(p: string, extended: boolean): ParsedRegex {
  let groups = 0;
  let backrefs = false;
  const stack: Frame[] = [{ alts: [[]], group: 0 }];
  const frame = () => stack[stack.length - 1];
  const seq = () => frame().alts[frame().alts.length - 1];
  /** Can a repetition operator apply here (is there an atom before it)? */
  let atom = false;
  const push = (n: Node) => {
    seq().push(n);
    atom = true;
  };
  const openGroup = () => {
    groups++;
    stack.push({ alts: [[]], group: groups });
    atom = false;
  };
  const closeGroup = (): boolean => {
    if (stack.length === 1) return false;
    const f = stack.pop()!;
    push({ t: 'group', n: f.group, body: join(f.alts) });
    return true;
  };
  /** Applies a repetition to the last atom; false when the last item is an anchor. */
  const repeat = (min: number, max: number | null): boolean => {
    const s = seq();
    const last = s[s.length - 1];
    if (!last || last.t === 'bol' || last.t === 'eol') return false;
    s[s.length - 1] = { t: 'rep', body: last, min, max };
    return true;
  };
  const openGroupNumbers = () => stack.map((f) => f.group);
  /** An interval whose body starts at p[at], ended by `close`: the index after it, or the error. */
  const applyInterval = (at: number, close: string): Result<number, RegexError> => {
    if (!atom) return err('BADRPT');
    const iv = interval(p, at, close);
    if (!iv.ok) return iv;
    return repeat(iv.value.min, iv.value.max) ? ok(iv.value.next) : err('BADRPT');
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      if (i + 1 >= p.length) return err('EESCAPE');
      const n = p[++i];
      if (!extended && n === '(') {
        openGroup();
        continue;
      }
      if (!extended && n === ')') {
        if (!closeGroup()) return err('EPAREN');
        continue;
      }
      if (!extended && n === '{') {
        const iv = applyInterval(i + 1, '\\}');
        if (!iv.ok) return iv;
        i = iv.value - 1;
        continue;
      }
      if (!extended && n === '}') return err('EBRACE');
      if (n >= '1' && n <= '9') {
        const k = Number(n);
        if (k > groups || openGroupNumbers().includes(k)) return err('ESUBREG');
        backrefs = true;
        push({ t: 'ref', n: k });
        continue;
      }
      push(literal(n));
      continue;
    }
    if (c === '[') {
      const b = bracket(p, i);
      if (!b.ok) return b;
      push(b.value.node);
      i = b.value.next - 1;
      continue;
    }
    if (c === '.') {
      push({ t: 'any' });
      continue;
    }
    if (c === '*') {
      if (!atom) {
        if (extended) return err('BADRPT');
        push(literal('*'));
        continue;
      }
      if (!repeat(0, null)) return err('BADRPT');
      continue;
    }
    if (c === '^') {
      const start = extended || i === 0 || p.slice(i - 2, i) === '\\(';
      if (start) seq().push({ t: 'bol' });
      else push(literal('^'));
      continue;
    }
    if (c === '$') {
      const end = extended || i === p.length - 1 || p.slice(i + 1, i + 3) === '\\)';
      if (end) seq().push({ t: 'eol' });
      else push(literal('$'));
      continue;
    }
    if (extended) {
      if (c === '(') {
        openGroup();
        continue;
      }
      if (c === ')') {
        if (!closeGroup()) return err('EPAREN');
        continue;
      }
      if (c === '|') {
        frame().alts.push([]);
        atom = false;
        continue;
      }
      if (c === '+' || c === '?') {
        if (!atom || !repeat(c === '+' ? 1 : 0, c === '+' ? null : 1)) return err('BADRPT');
        continue;
      }
      if (c === '{') {
        if (!(p[i + 1] >= '0' && p[i + 1] <= '9')) {
          push(literal('{'));
          continue;
        }
        const iv = applyInterval(i + 1, '}');
        if (!iv.ok) return iv;
        i = iv.value - 1;
        continue;
      }
    }
    push(literal(c));
  }
  if (stack.length > 1) return err('EPAREN');
  return ok({ node: join(stack[0].alts), groups, backrefs });
}

function join(alts: Node[][]): Node {
  const seqs: Node[] = alts.map((items) => (items.length === 1 ? items[0] : { t: 'cat', items }));
  return seqs.length === 1 ? seqs[0] : { t: 'alt', alts: seqs };
}
