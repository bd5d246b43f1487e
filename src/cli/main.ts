// Headless CLI (npm run --silent sim): the same core and session as the browser, on stdin/stdout.
//   sim [--scenario ID|FILE] [--state FILE] [--json] [-c "line"]...
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { runCli, type CliIo } from './run.ts';

async function readStdinLines(): Promise<string[]> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const lines: string[] = [];
  for await (const line of rl) lines.push(line);
  return lines;
}

const io: CliIo = {
  read: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null),
  write(path, text) {
    // A temporary file renamed over the old one: an interrupted write never leaves half a lab.
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  },
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  stdinLines: () => (process.stdin.isTTY ? Promise.resolve([]) : readStdinLines()),
  interactive: process.stdin.isTTY
    ? async (session, print) => {
        const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: session.snapshot().prompt });
        let status = 0;
        rl.prompt();
        for await (const line of rl) {
          const r = session.exec(line);
          print(r);
          status = r.exitCode;
          rl.setPrompt(session.snapshot().prompt);
          rl.prompt();
        }
        return status;
      }
    : null,
};

runCli(process.argv.slice(2), io).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`sim: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
