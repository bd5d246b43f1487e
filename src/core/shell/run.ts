// Runs a parsed command list: pipes feed stdout to the next stdin, redirections write simulated
// files, && and || look at exit codes, and $? follows the last pipeline.
import { shellMessages, trainerMessages } from '../messages/index.ts';
import type { Result } from '../result.ts';
import { perror } from '../messages/files.ts';
import { WORK_LIMIT_STATUS, WorkBudget, WorkLimitExceeded } from './budget.ts';
import { expandGlob, unescapePattern } from './glob.ts';
import { MAX_VAR_CHARS, MAX_VARS } from './vars.ts';
import { parse, type SimpleCommand } from './parse.ts';
import { expandFields, expandWord, tokenize, type Segment } from './tokenize.ts';

export type Stream = 'stdout' | 'stderr';

/** What the interpreter needs from the session. */
export interface ShellRuntime {
  lookupVar(name: string): string;
  /** False when the variable could not be kept (shell/vars.ts limits). */
  setVar(name: string, value: string): boolean;
  lastExit(): number;
  setLastExit(code: number): void;
  /**
   * Runs one command; `emit` receives its output as it is produced. `stdoutIsTerminal` is false when
   * the command's standard output goes to a pipe or a file (ls prints one name per line then).
   */
  runCommand(
    argv: string[],
    env: Record<string, string>,
    stdin: string,
    emit: (stream: Stream, text: string) => void,
    stdoutIsTerminal?: boolean,
  ): number;
  readFile(path: string): Result<string, string>;
  /** `noSpace`: the file system is full (ENOSPC); the command that wrote says so, as its write(2) failed. */
  writeFile(path: string, text: string, append: boolean): Result<void, { message: string; noSpace?: boolean }>;
  /** Names in a directory (path as typed, "" for the current one), for pathname expansion; null if none. */
  listDir?(path: string): string[] | null;
  /** Output that reaches the terminal. */
  terminal(stream: Stream, text: string): void;
}

/** Exit status of a line ksh cannot parse. */
export const SYNTAX_ERROR_STATUS = 2;

export function runLine(line: string, rt: ShellRuntime): number {
  const tokens = tokenize(line);
  if (!tokens.ok) {
    const unsupported = tokens.error.kind === 'unsupported';
    const msg = unsupported ? trainerMessages.shellFeatureNotSimulated(tokens.error.detail) : shellMessages.unmatched(tokens.error.detail);
    rt.terminal('stderr', msg + '\n');
    rt.setLastExit(unsupported ? 1 : SYNTAX_ERROR_STATUS);
    return rt.lastExit();
  }
  const parsed = parse(tokens.value);
  if (!parsed.ok) {
    const e = parsed.error;
    const msg = e.kind === 'syntax' ? shellMessages.syntaxError(e.token) : trainerMessages.shellFeatureNotSimulated(e.what);
    rt.terminal('stderr', msg + '\n');
    rt.setLastExit(e.kind === 'syntax' ? SYNTAX_ERROR_STATUS : 1);
    return rt.lastExit();
  }
  let status = rt.lastExit();
  let skip = false;
  for (const item of parsed.value) {
    if (!skip) {
      status = runPipeline(item.pipeline, rt);
      rt.setLastExit(status);
    }
    // A skipped item passes the decision on: "false && a || b" runs b.
    if (item.then === '&&') skip = status !== 0;
    else if (item.then === '||') skip = status === 0;
    else skip = false;
  }
  return status;
}

function runPipeline(pipeline: SimpleCommand[], rt: ShellRuntime): number {
  let input = '';
  let status = 0;
  pipeline.forEach((cmd, index) => {
    const last = index === pipeline.length - 1;
    let piped = '';
    status = runSimple(cmd, rt, input, last, (stream, text) => {
      if (stream === 'stdout' && !last) piped += text;
      else rt.terminal(stream, text);
    });
    input = piped;
  });
  return status;
}

/** Expands the words of a command: parameters, field splitting, then pathname expansion. */
export function expandArgs(words: Segment[][], rt: Pick<ShellRuntime, 'lookupVar' | 'listDir'>, budget = new WorkBudget()): string[] {
  const argv: string[] = [];
  for (const w of words) {
    for (const f of expandFields(w, (n) => rt.lookupVar(n))) {
      if (f.glob && rt.listDir) {
        const matches = expandGlob(f.glob, (dir) => rt.listDir!(dir), budget);
        if (matches) {
          argv.push(...matches);
          continue;
        }
        argv.push(unescapePattern(f.glob));
        continue;
      }
      argv.push(f.text);
    }
  }
  return argv;
}

const baseName = (cmd: string) => cmd.slice(cmd.lastIndexOf('/') + 1);

type Target = { kind: 'stdout' } | { kind: 'stderr' } | { kind: 'file'; path: string };

/** The words, assignments and redirection targets of a command, expanded. */
interface Expanded {
  argv: string[];
  env: Record<string, string>;
  targets: string[];
}

/**
 * Expands a command's words within a budget: every character a parameter expansion produces and every
 * name pathname expansion compares is a step, so "$X$X$X..." or a pattern with many stars cannot stall the line.
 */
function expandCommand(cmd: SimpleCommand, rt: ShellRuntime): Expanded | null {
  const budget = new WorkBudget();
  const lookupVar = (n: string) => {
    const v = rt.lookupVar(n);
    budget.spend(v.length + 1);
    return v;
  };
  try {
    const argv = expandArgs(cmd.words, { lookupVar, listDir: rt.listDir ? (d) => rt.listDir!(d) : undefined }, budget);
    const env: Record<string, string> = {};
    for (const a of cmd.assignments) env[a.name] = expandWord(a.value, lookupVar);
    const targets = cmd.redirections.map((r) => ('target' in r ? expandWord(r.target, lookupVar) : ''));
    return { argv, env, targets };
  } catch (e) {
    if (!(e instanceof WorkLimitExceeded)) throw e;
    return null;
  }
}

function runSimple(cmd: SimpleCommand, rt: ShellRuntime, stdin: string, lastInPipe: boolean, sink: (s: Stream, t: string) => void): number {
  const expanded = expandCommand(cmd, rt);
  if (!expanded) {
    // Expansion ran out of steps (shell/budget.ts): the command does not run.
    sink('stderr', trainerMessages.workLimit('ksh') + '\n');
    return WORK_LIMIT_STATUS;
  }
  const { argv, env, targets } = expanded;
  if (argv.length === 0) {
    for (const [k, v] of Object.entries(env)) {
      if (rt.setVar(k, v)) continue;
      sink('stderr', trainerMessages.variableNotKept(k, MAX_VARS, MAX_VAR_CHARS / 1024) + '\n');
      return 1;
    }
  }

  // Redirections are applied left to right, as ksh does: each file is opened (created or truncated)
  // when it is reached, and the first that fails stops the command before it runs.
  let out: Target = { kind: 'stdout' };
  let err: Target = { kind: 'stderr' };
  for (const [index, r] of cmd.redirections.entries()) {
    if (r.kind === 'stderr-to-stdout') {
      err = { ...out };
      continue;
    }
    if (r.kind === 'stdout-to-stderr') {
      out = { ...err };
      continue;
    }
    const path = targets[index];
    if (r.kind === 'stdin') {
      const read = rt.readFile(path);
      if (!read.ok) {
        sink('stderr', read.error + '\n');
        return 1;
      }
      stdin = read.value;
      continue;
    }
    const append = r.kind === 'stdout-append' || r.kind === 'stderr-append';
    const opened = rt.writeFile(path, '', append);
    if (!opened.ok) {
      sink('stderr', opened.error.message + '\n');
      return 1;
    }
    if (r.kind === 'stdout' || r.kind === 'stdout-append') out = { kind: 'file', path };
    else err = { kind: 'file', path };
  }

  const files = new Map<string, string>();
  const emit = (stream: Stream, text: string) => {
    const dest = stream === 'stdout' ? out : err;
    if (dest.kind === 'file') files.set(dest.path, (files.get(dest.path) ?? '') + text);
    else sink(dest.kind, text);
  };

  const toTerminal = out.kind === 'stdout' && lastInPipe;
  const status = argv.length === 0 ? 0 : rt.runCommand(argv, env, stdin, emit, toTerminal);
  for (const [path, text] of files) {
    if (text === '') continue;
    const w = rt.writeFile(path, text, true);
    if (!w.ok) {
      // A full file system fails the command's write(2): it reports it, perror style [M].
      sink('stderr', (w.error.noSpace ? perror(baseName(argv[0] ?? 'ksh'), 'ENOSPC') : w.error.message) + '\n');
      return 1;
    }
  }
  return status;
}
