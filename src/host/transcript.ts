// A command's terminal lines as the scrollback stores them: the echoed input line, then the output
// split into lines by stream, in the order the chunks appear.
import type { TerminalLine } from '../protocol/index.ts';
import type { ExecResult, OutputChunk } from '../core/session/types.ts';

export interface Transcript {
  lines: TerminalLine[];
  /** The command cleared the screen (a 'clear' event): the stored scrollback is replaced. */
  replace: boolean;
}

/** The echoed input: the prompt shown before the command (normally '# ') followed by the line. */
export function inputLine(prompt: string, line: string): TerminalLine {
  return { kind: 'input', text: prompt + line };
}

/** Splits output into lines, one stream at a time; a partial line is closed when the stream changes. */
export function outputLines(chunks: readonly OutputChunk[]): TerminalLine[] {
  const lines: TerminalLine[] = [];
  let stream: OutputChunk['stream'] | null = null;
  let partial = '';
  const flush = () => {
    if (stream && partial !== '') lines.push({ kind: stream, text: partial });
    partial = '';
  };
  for (const chunk of chunks) {
    if (chunk.text === '') continue;
    if (chunk.stream !== stream) {
      flush();
      stream = chunk.stream;
    }
    const parts = (partial + chunk.text).split('\n');
    partial = parts.pop() ?? '';
    for (const text of parts) lines.push({ kind: chunk.stream, text });
  }
  flush();
  return lines;
}

function chunksOf(result: ExecResult): OutputChunk[] {
  if (result.chunks.length > 0) {
    return [...result.chunks].sort((a, b) => a.atMs - b.atMs); // stable: same-time chunks keep their order
  }
  // A result without timed chunks: stdout, then stderr.
  const out: OutputChunk[] = [];
  if (result.stdout) out.push({ stream: 'stdout', text: result.stdout, atMs: 0 });
  if (result.stderr) out.push({ stream: 'stderr', text: result.stderr, atMs: 0 });
  return out;
}

export function transcript(prompt: string, line: string, result: ExecResult): Transcript {
  // Only 'clear' wipes the terminal (ui/terminal does the same); 'reset' resets the lab, not the screen.
  const replace = result.events.some((e) => e.type === 'clear');
  const output = outputLines(chunksOf(result));
  // A clear wipes the screen after the input was echoed, so only its output remains.
  return { lines: replace ? output : [inputLine(prompt, line), ...output], replace };
}
