// ksh-like tokenizer: words with their quoting kept (expansion happens at run time, so `$?` sees the
// previous command), and the operators the simulator understands.
export type Segment = { text: string; quote: 'none' | 'single' | 'double' };
import { err, ok, type Result } from '../result.ts';

export type Token =
  | { kind: 'word'; segments: Segment[] }
  | { kind: 'op'; op: Operator };

export type Operator =
  | '|' | '||' | '&&' | ';' | ';;' | '>' | '>>' | '>|' | '<' | '2>' | '2>>' | '2>&1' | '>&2' | '&' | '(' | ')' | '<<' | '`';

/** Why a line cannot be split into words: an unmatched quote, or a feature the trainer's ksh lacks. */
export type TokenizeError = { kind: 'unterminated-quote' | 'unsupported'; detail: string };
export type TokenizeResult = Result<Token[], TokenizeError>;

const OPERATORS: Operator[] = ['2>&1', '>&2', '2>>', '||', '&&', '>>', '>|', '<<', ';;', '2>', '|', ';', '>', '<', '&', '(', ')', '`'];
/** "1>" and "1>>" are plain output redirections. */
const ALIASES: [string, Operator][] = [['1>>', '>>'], ['1>&2', '>&2'], ['1>', '>']];

export function tokenize(line: string): TokenizeResult {
  const tokens: Token[] = [];
  let segs: Segment[] | null = null;
  const push = (text: string, quote: Segment['quote']) => {
    segs ??= [];
    const last = segs[segs.length - 1];
    if (last && last.quote === quote) last.text += text;
    else segs.push({ text, quote });
  };
  const endWord = () => {
    if (segs) tokens.push({ kind: 'word', segments: segs });
    segs = null;
  };
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ' ' || c === '\t' || c === '\n') {
      endWord();
      i++;
      continue;
    }
    if (c === '#' && segs === null) break; // comment
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return err({ kind: 'unterminated-quote', detail: "'" });
      push(line.slice(i + 1, end), 'single');
      i = end + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\' && j + 1 < line.length && '"\\$`'.includes(line[j + 1])) {
          // \$ stays escaped so expansion leaves it alone; the others are plain characters.
          text += line[j + 1] === '$' ? '\\$' : line[j + 1];
          j += 2;
          continue;
        }
        if (line[j] === '\\') {
          text += '\\\\';
          j++;
          continue;
        }
        if (line[j] === '`' || (line[j] === '$' && line[j + 1] === '(')) {
          return err({ kind: 'unsupported', detail: line[j + 2] === '(' ? 'arithmetic expansion $(( ))' : 'command substitution' });
        }
        text += line[j++];
      }
      if (j >= line.length) return err({ kind: 'unterminated-quote', detail: '"' });
      push(text, 'double');
      i = j + 1;
      continue;
    }
    if (c === '\\') {
      if (i + 1 < line.length) push(line[i + 1], 'single');
      i += 2;
      continue;
    }
    if (c === '$' && line[i + 1] === '(') {
      return err({ kind: 'unsupported', detail: line[i + 2] === '(' ? 'arithmetic expansion $(( ))' : 'command substitution' });
    }
    // "2>" and "1>" only count as operators at the start of a word
    if (segs === null) {
      const alias = ALIASES.find(([a]) => line.startsWith(a, i));
      if (alias) {
        tokens.push({ kind: 'op', op: alias[1] });
        i += alias[0].length;
        continue;
      }
    }
    const op = OPERATORS.find((o) => line.startsWith(o, i) && (!o.startsWith('2') || segs === null));
    if (op) {
      endWord();
      tokens.push({ kind: 'op', op });
      i += op.length;
      continue;
    }
    push(c, 'none');
    i++;
  }
  endWord();
  return ok(tokens);
}

const PARAM = /\$(\?|\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*|[0-9#$])/g;

/** Expands $VAR, ${VAR} and $? in unquoted and double-quoted text (no field splitting). */
export function expandWord(segments: Segment[], lookup: (name: string) => string): string {
  let out = '';
  for (const s of segments) {
    if (s.quote === 'single') {
      out += s.text;
      continue;
    }
    out += expandText(s.text, lookup);
  }
  return out;
}

function expandText(text: string, lookup: (name: string) => string): string {
  // "\$" (kept by the tokenizer inside double quotes) is a literal dollar sign; "\\" a backslash.
  return text.replace(/\\([$\\])|\$(\?|\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*|[0-9#$])/g, (_m, esc: string | undefined, name: string) =>
    esc ?? lookup(name.startsWith('{') ? name.slice(1, -1) : name),
  );
}

/** One argument after expansion: its text, and a glob pattern when it holds unquoted * ? or [. */
export interface Field {
  text: string;
  /** The text with quoted characters backslash-escaped, when pathname expansion applies. */
  glob: string | null;
}

/** Characters a quoted part escapes in the glob pattern, and the metacharacters that make a word a pattern. */
const QUOTED_IN_PATTERN = /[*?[\]\\]/g;
const UNQUOTED_META = /[*?[]/;
const IFS = /[ \t\n]+/;

/**
 * ksh word expansion: tilde, parameters, field splitting of unquoted expansions, and the pattern for
 * pathname expansion. A word that expands to nothing unquoted yields no field ("echo $UNSET x" → x).
 */
export function expandFields(segments: Segment[], lookup: (name: string) => string): Field[] {
  const fields: Field[] = [];
  let text = '';
  let pattern = '';
  let active = false;
  let started = false; // the current field exists (it may still be empty: "")
  const add = (chars: string, quoted: boolean) => {
    if (chars === '' && !quoted) return;
    started = true;
    text += chars;
    // Whole strings, not a loop per character: an expanded variable may be 64 KB.
    if (quoted) pattern += chars.replace(QUOTED_IN_PATTERN, '\\$&');
    else {
      pattern += chars;
      if (UNQUOTED_META.test(chars)) active = true;
    }
  };
  const finish = () => {
    if (started) fields.push({ text, glob: active ? pattern : null });
    text = '';
    pattern = '';
    active = false;
    started = false;
  };
  segments.forEach((s, index) => {
    if (s.quote === 'single') {
      add(s.text, true);
      return;
    }
    if (s.quote === 'double') {
      add(expandText(s.text, lookup), true);
      return;
    }
    let t = s.text;
    if (index === 0 && (t === '~' || t.startsWith('~/'))) {
      add(lookup('HOME'), true);
      t = t.slice(1);
    }
    let last = 0;
    for (const m of t.matchAll(PARAM)) {
      add(t.slice(last, m.index), false);
      last = m.index + m[0].length;
      const name = m[1].startsWith('{') ? m[1].slice(1, -1) : m[1];
      const value = lookup(name);
      const parts = value.split(IFS);
      parts.forEach((p, k) => {
        if (k > 0) finish();
        if (p !== '') add(p, false);
      });
    }
    add(t.slice(last), false);
  });
  finish();
  return fields;
}

/** The literal text of a word as typed (without quotes), used for assignments and redirection targets. */
export function isAssignment(segments: Segment[]): boolean {
  const first = segments[0];
  return !!first && first.quote === 'none' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(first.text);
}
