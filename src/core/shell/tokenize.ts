// ksh-like tokenizer: words with their quoting kept (expansion happens at run time, so `$?` sees the
// previous command), and the operators the simulator understands.
export type Segment = { text: string; quote: 'none' | 'single' | 'double' };

export type Token =
  | { kind: 'word'; segments: Segment[] }
  | { kind: 'op'; op: Operator };

export type Operator = '|' | '||' | '&&' | ';' | '>' | '>>' | '<' | '2>' | '2>>' | '2>&1' | '>&2' | '&' | '(' | ')' | '<<' | '`';

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: 'unterminated-quote' | 'unsupported'; detail: string };

const OPERATORS: Operator[] = ['2>&1', '>&2', '2>>', '||', '&&', '>>', '<<', '2>', '|', ';', '>', '<', '&', '(', ')', '`'];

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
    if (c === ' ' || c === '\t') {
      endWord();
      i++;
      continue;
    }
    if (c === '#' && segs === null) break; // comment
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { ok: false, error: 'unterminated-quote', detail: "'" };
      push(line.slice(i + 1, end), 'single');
      i = end + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\' && j + 1 < line.length && '"\\$`'.includes(line[j + 1])) {
          text += line[j + 1];
          j += 2;
          continue;
        }
        if (line[j] === '`' || (line[j] === '$' && line[j + 1] === '(')) {
          return { ok: false, error: 'unsupported', detail: 'command substitution' };
        }
        text += line[j++];
      }
      if (j >= line.length) return { ok: false, error: 'unterminated-quote', detail: '"' };
      push(text, 'double');
      i = j + 1;
      continue;
    }
    if (c === '\\') {
      if (i + 1 < line.length) push(line[i + 1], 'single');
      i += 2;
      continue;
    }
    if (c === '$' && line[i + 1] === '(') return { ok: false, error: 'unsupported', detail: 'command substitution' };
    // "2>" only counts as an operator at the start of a word
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
  return { ok: true, tokens };
}

/** Expands $VAR, ${VAR} and $? in unquoted and double-quoted text. */
export function expandWord(segments: Segment[], lookup: (name: string) => string): string {
  let out = '';
  for (const s of segments) {
    if (s.quote === 'single') {
      out += s.text;
      continue;
    }
    out += s.text.replace(/\$(\?|\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*|[0-9#$])/g, (_m, name: string) =>
      lookup(name.startsWith('{') ? name.slice(1, -1) : name),
    );
  }
  return out;
}

/** The literal text of a word as typed (without quotes), used for assignments and redirection targets. */
export function isAssignment(segments: Segment[]): boolean {
  const first = segments[0];
  return !!first && first.quote === 'none' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(first.text);
}
