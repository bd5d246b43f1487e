// Grammar the simulator accepts: lists of pipelines joined by ; && ||, simple commands with
// NAME=value prefixes and redirections. Everything else is reported, never half-run.
import { err, ok, type Result } from '../result.ts';
import type { Operator, Segment, Token } from './tokenize.ts';

export type Redirection =
  | { kind: 'stdout' | 'stdout-append' | 'stderr' | 'stderr-append' | 'stdin'; target: Segment[] }
  | { kind: 'stderr-to-stdout' }
  | { kind: 'stdout-to-stderr' };

export interface SimpleCommand {
  assignments: { name: string; value: Segment[] }[];
  words: Segment[][];
  redirections: Redirection[];
}

export interface ListItem {
  pipeline: SimpleCommand[];
  /** How the next item depends on this one. */
  then: ';' | '&&' | '||' | null;
}

/** Why a line does not parse: ksh's syntax error at a token, or a construct the trainer's ksh lacks. */
export type ParseError = { kind: 'syntax'; token: string } | { kind: 'unsupported'; what: string };
export type ParseResult = Result<ListItem[], ParseError>;

const UNSUPPORTED: Partial<Record<Operator, string>> = {
  '&': 'running a command in the background (&)',
  '(': 'a subshell ( … )',
  ')': 'a subshell ( … )',
  '<<': 'a here-document (<<)',
  '`': 'command substitution',
};

const REDIRECT: Partial<Record<Operator, Redirection['kind']>> = {
  '>': 'stdout',
  '>|': 'stdout',
  '>>': 'stdout-append',
  '2>': 'stderr',
  '2>>': 'stderr-append',
  '<': 'stdin',
};

/** ksh reserved words that open compound commands: reported as not simulated, never run as commands. */
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'while', 'until', 'do', 'done', 'select', 'function', 'time', '{', '}', '[[', ']]', '!']);

export function parse(tokens: Token[]): ParseResult {
  const list: ListItem[] = [];
  let pipeline: SimpleCommand[] = [];
  let cmd: SimpleCommand | null = null;
  const fresh = (): SimpleCommand => ({ assignments: [], words: [], redirections: [] });
  const closeCommand = (tok: string): ParseResult | null => {
    if (!cmd || (cmd.words.length === 0 && cmd.assignments.length === 0 && cmd.redirections.length === 0)) {
      return err({ kind: 'syntax', token: tok });
    }
    pipeline.push(cmd);
    cmd = null;
    return null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word') {
      cmd ??= fresh();
      const first = t.segments[0];
      const m = cmd.words.length === 0 && first?.quote === 'none' ? /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(first.text) : null;
      if (m) {
        cmd.assignments.push({ name: m[1], value: [{ text: m[2], quote: 'none' }, ...t.segments.slice(1)] });
        continue;
      }
      if (cmd.words.length === 0 && cmd.assignments.length === 0 && t.segments.length === 1 && first.quote === 'none' && RESERVED.has(first.text)) {
        return err({ kind: 'unsupported', what: `the compound command "${first.text}"` });
      }
      cmd.words.push(t.segments);
      continue;
    }
    if (t.op === ';;') return err({ kind: 'syntax', token: ';;' });
    const unsupported = UNSUPPORTED[t.op];
    if (unsupported) return err({ kind: 'unsupported', what: unsupported });
    const redirect = REDIRECT[t.op];
    if (redirect) {
      const target = tokens[i + 1];
      if (!target || target.kind !== 'word') return err({ kind: 'syntax', token: target?.kind === 'op' ? target.op : 'newline' });
      cmd ??= fresh();
      cmd.redirections.push({ kind: redirect, target: target.segments } as Redirection);
      i++;
      continue;
    }
    if (t.op === '2>&1' || t.op === '>&2') {
      cmd ??= fresh();
      cmd.redirections.push({ kind: t.op === '2>&1' ? 'stderr-to-stdout' : 'stdout-to-stderr' });
      continue;
    }
    const bad = closeCommand(t.op);
    if (bad) return bad;
    if (t.op === '|') continue;
    list.push({ pipeline, then: t.op as ListItem['then'] });
    pipeline = [];
  }
  const lastTok = tokens[tokens.length - 1];
  if (lastTok?.kind === 'op' && (lastTok.op === '|' || lastTok.op === '&&' || lastTok.op === '||')) {
    return err({ kind: 'syntax', token: 'newline' });
  }
  if (cmd) {
    const bad = closeCommand('newline');
    if (bad) return bad;
  }
  if (pipeline.length > 0) list.push({ pipeline, then: null });
  else if (list.length > 0) list[list.length - 1].then = null; // a trailing ";" is fine
  return ok(list);
}
