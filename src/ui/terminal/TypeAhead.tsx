// Lines typed while a command runs, as a shell's type-ahead: dimmed under the output until the prompt
// returns and they run in order. Ctrl-C clears them with the running command.
import { memo } from 'react';

export const TypeAhead = memo(function TypeAhead({ prompt, lines }: { prompt: string; lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <ol className="terminal__queue" aria-label="Typed ahead: runs when the prompt returns (Ctrl-C clears)" data-testid="terminal.queue">
      {lines.map((line, i) => (
        <li key={i} className="term-line term-line--queued">
          {prompt}
          {line}
          <span className="term-line__tag">(queued)</span>
        </li>
      ))}
    </ol>
  );
});
