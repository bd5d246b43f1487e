// A command shown as a button that puts it into the prompt (it never runs it).
import { memo } from 'react';
import './paste-button.css';

export const PasteButton = memo(function PasteButton({ line, onPaste }: { line: string; onPaste(line: string): void }) {
  return (
    <button type="button" className="paste-btn" aria-label={`Paste into the command line: ${line}`} title="Paste into the command line" onClick={() => onPaste(line)}>
      <span className="paste-btn__prompt" aria-hidden="true">
        #
      </span>
      <code>{line}</code>
    </button>
  );
});
