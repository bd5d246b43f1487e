// The CLI's work without node: arguments, loading the start state through the load gate, running the
// lines, saving --state. main.ts wires it to the process; tests call it in-process.
import { loadInitialState, parseCliArgs } from './options.ts';
import { createSession } from '../core/session/session.ts';
import type { Session } from '../core/session/api.ts';
import type { ExecResult } from '../core/session/types.ts';

export interface CliIo {
  /** A file's text, or null when there is none. */
  read(path: string): string | null;
  /** Replaces a file whole (main.ts writes a temporary file and renames it over). */
  write(path: string, text: string): void;
  out(text: string): void;
  err(text: string): void;
  /** Lines from stdin when it is not a terminal and no -c was given. */
  stdinLines(): Promise<string[]>;
  /** An interactive prompt when stdin is a terminal: returns the last status. */
  interactive: ((session: Session, print: (r: ExecResult) => void) => Promise<number>) | null;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.error + '\n');
    return 2;
  }
  const opts = parsed.value;
  const loaded = loadInitialState(opts, io.read);
  if (!loaded.ok) {
    // Nothing ran, so nothing is written: a damaged --state file stays as it was for a look.
    io.err(loaded.error + '\n');
    return 2;
  }
  for (const n of loaded.value.repaired) io.err(`sim: repaired on load: ${n}\n`);
  const session = createSession(loaded.value.state);
  const print = (r: ExecResult) => printResult(r, opts.json, io);
  let status = 0;
  if (opts.commands.length === 0 && io.interactive) {
    status = await io.interactive(session, print);
  } else {
    const lines = opts.commands.length ? opts.commands : await io.stdinLines();
    for (const line of lines) {
      const r = session.exec(line);
      print(r);
      status = r.exitCode;
    }
  }
  if (opts.stateFile) io.write(opts.stateFile, JSON.stringify(session.state()) + '\n');
  return status;
}

function printResult(r: ExecResult, json: boolean, io: CliIo): void {
  if (json) {
    io.out(JSON.stringify({ command: r.line, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }) + '\n');
    return;
  }
  // Interleave as the terminal shows it: stdout and stderr in the order produced.
  for (const c of r.chunks) (c.stream === 'stdout' ? io.out : io.err)(c.text);
  // SMIT panels are drawn by the browser; headless, say so instead of printing nothing.
  for (const e of r.events) {
    if (e.type === 'smit') io.err(`sim: the SMIT panel "${e.panel}" is drawn in the browser only; type the command it builds instead.\n`);
  }
}
