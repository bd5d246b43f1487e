// Runs a parsed command list: pipes feed stdout to the next stdin, redirections write simulated
// files, && and || look at exit codes, and $? follows the last pipeline.
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { parse, type SimpleCommand } from './parse.ts';
import { expandWord, tokenize } from './tokenize.ts';

export type Stream = 'stdout' | 'stderr';

/** What the interpreter needs from the session. */
export interface ShellRuntime {
  lookupVar(name: string): string;
  setVar(name: string, value: string): void;
  lastExit(): number;
  setLastExit(code: number): void;
  /** Runs one command; `emit` receives its output as it is produced. */
  runCommand(argv: string[], env: Record<string, string>, stdin: string, emit: (stream: Stream, text: string) => void): number;
  readFile(path: string): { ok: true; text: string } | { ok: false; message: string };
  writeFile(path: string, text: string, append: boolean): { ok: true } | { ok: false; message: string };
  /** Output that reaches the terminal. */
  terminal(stream: Stream, text: string): void;
}

export function runLine(line: string, rt: ShellRuntime): number {
  const tokens = tokenize(line);
  if (!tokens.ok) {
    const msg = tokens.error === 'unsupported'
      ? trainerMessages.shellFeatureNotSimulated(tokens.detail)
      : shellMessages.syntaxError(tokens.detail === '"' ? '"' : "'");
    rt.terminal('stderr', msg + '\n');
    rt.setLastExit(1);
    return 1;
  }
  const parsed = parse(tokens.tokens);
  if (!parsed.ok) {
    const msg = parsed.error === 'syntax' ? shellMessages.syntaxError(parsed.token) : trainerMessages.shellFeatureNotSimulated(parsed.what);
    rt.terminal('stderr', msg + '\n');
    rt.setLastExit(parsed.error === 'syntax' ? 2 : 1);
    return rt.lastExit();
  }
  let status = rt.lastExit();
  let skip = false;
  for (const item of parsed.list) {
    if (!skip) {
      status = runPipeline(item.pipeline, rt);
      rt.setLastExit(status);
    }
    skip = (item.then === '&&' && status !== 0) || (item.then === '||' && status === 0);
  }
  return status;
}

function runPipeline(pipeline: SimpleCommand[], rt: ShellRuntime): number {
  let input = '';
  let status = 0;
  pipeline.forEach((cmd, index) => {
    const last = index === pipeline.length - 1;
    let piped = '';
    status = runSimple(cmd, rt, input, (stream, text) => {
      if (stream === 'stdout' && !last) piped += text;
      else rt.terminal(stream, text);
    });
    input = piped;
  });
  return status;
}

function runSimple(cmd: SimpleCommand, rt: ShellRuntime, stdin: string, sink: (s: Stream, t: string) => void): number {
  const expand = (segs: Parameters<typeof expandWord>[0]) => expandWord(segs, (n) => rt.lookupVar(n));
  const argv = cmd.words.map(expand);
  const env: Record<string, string> = {};
  for (const a of cmd.assignments) env[a.name] = expand(a.value);
  if (argv.length === 0) {
    for (const [k, v] of Object.entries(env)) rt.setVar(k, v);
  }

  // Redirections are applied left to right, as ksh does.
  let out: { kind: 'sink' } | { kind: 'file'; path: string; append: boolean } | { kind: 'stderr' } = { kind: 'sink' };
  let err: { kind: 'sink' } | { kind: 'file'; path: string; append: boolean } | { kind: 'stdout' } = { kind: 'sink' };
  for (const r of cmd.redirections) {
    if (r.kind === 'stdin') {
      const path = expand(r.target);
      const read = rt.readFile(path);
      if (!read.ok) {
        sink('stderr', read.message + '\n');
        return 1;
      }
      stdin = read.text;
    } else if (r.kind === 'stdout' || r.kind === 'stdout-append') out = { kind: 'file', path: expand(r.target), append: r.kind === 'stdout-append' };
    else if (r.kind === 'stderr' || r.kind === 'stderr-append') err = { kind: 'file', path: expand(r.target), append: r.kind === 'stderr-append' };
    else if (r.kind === 'stderr-to-stdout') err = out.kind === 'file' ? { ...out } : { kind: 'stdout' };
    else out = { kind: 'stderr' };
  }

  const files = new Map<string, { text: string; append: boolean }>();
  const toFile = (path: string, append: boolean, text: string) => {
    const f = files.get(path) ?? { text: '', append };
    f.text += text;
    files.set(path, f);
  };
  // Create (truncate) redirection targets up front, so "cmd > file" with no output still empties it.
  for (const target of [out, err]) if (target.kind === 'file') toFile(target.path, target.append, '');

  const emit = (stream: Stream, text: string) => {
    const dest = stream === 'stdout' ? out : err;
    if (dest.kind === 'file') toFile(dest.path, dest.append, text);
    else if (dest.kind === 'stdout') (out.kind === 'file' ? toFile(out.path, out.append, text) : sink('stdout', text));
    else if (dest.kind === 'stderr') sink('stderr', text);
    else sink(stream, text);
  };

  const status = argv.length === 0 ? 0 : rt.runCommand(argv, env, stdin, emit);
  for (const [path, f] of files) {
    const w = rt.writeFile(path, f.text, f.append);
    if (!w.ok) {
      sink('stderr', w.message + '\n');
      return 1;
    }
  }
  return status;
}
