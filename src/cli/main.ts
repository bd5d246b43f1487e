// Headless CLI (npm run --silent sim): the same core and session as the browser, on stdin/stdout.
//   sim [--scenario ID|FILE] [--state FILE] [--json] [-c "line"]...
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseCliArgs, loadInitialState, type CliOptions } from './options.ts';
import { createSession } from '../core/session/session.ts';
import type { ExecResult } from '../core/session/types.ts';

function printResult(r: ExecResult, json: boolean): void {
  if (json) {
    process.stdout.write(JSON.stringify({ command: r.line, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }) + '\n');
    return;
  }
  // Interleave as the terminal shows it: stdout and stderr in the order produced.
  for (const c of r.chunks) (c.stream === 'stdout' ? process.stdout : process.stderr).write(c.text);
  // SMIT panels are drawn by the browser; headless, say so instead of printing nothing.
  for (const e of r.events) {
    if (e.type === 'smit') process.stderr.write(`sim: the SMIT panel "${e.panel}" is drawn in the browser only; type the command it builds instead.\n`);
  }
}

async function readStdinLines(): Promise<string[]> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const lines: string[] = [];
  for await (const line of rl) lines.push(line);
  return lines;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(parsed.message + '\n');
    return 2;
  }
  const opts: CliOptions = parsed.options;
  const loaded = loadInitialState(opts, (p) => (existsSync(p) ? readFileSync(p, 'utf8') : null));
  if (!loaded.ok) {
    process.stderr.write(loaded.message + '\n');
    return 2;
  }
  const session = createSession(loaded.state);
  let lines = opts.commands;
  if (lines.length === 0 && !process.stdin.isTTY) lines = await readStdinLines();
  let status = 0;
  if (lines.length === 0 && process.stdin.isTTY) {
    status = await interactive(session, opts.json);
  } else {
    for (const line of lines) {
      const r = session.exec(line);
      printResult(r, opts.json);
      status = r.exitCode;
    }
  }
  if (opts.stateFile) writeFileSync(opts.stateFile, JSON.stringify(session.state()) + '\n');
  return status;
}

async function interactive(session: ReturnType<typeof createSession>, json: boolean): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: session.snapshot().prompt });
  let status = 0;
  rl.prompt();
  for await (const line of rl) {
    const r = session.exec(line);
    printResult(r, json);
    status = r.exitCode;
    rl.setPrompt(session.snapshot().prompt);
    rl.prompt();
  }
  return status;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`sim: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
