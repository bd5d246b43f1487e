// "Export the runbook": the open lab as a change plan. The lab file (the exportLab request: its steps and
// session) is replayed here by core/runbook (loaded on first use) into Markdown and printable HTML; the
// Markdown downloads at once, both stay offered as links (Blob URLs: nothing leaves the browser).
import { useCallback, useEffect, useState } from 'react';
import type { TimeTravelRequest, ReplyTo } from '../../protocol/index.ts';

export interface RunbookSource {
  timeTravel?<B extends TimeTravelRequest>(body: B): Promise<ReplyTo<B['type']>>;
}

interface Files {
  md: string;
  html: string;
  name: string;
}

function download(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

export function RunbookExport({ source }: { source: RunbookSource | null }) {
  const [files, setFiles] = useState<Files | null>(null);
  const [note, setNote] = useState('');
  const [working, setWorking] = useState(false);

  useEffect(
    () => () => {
      if (files) {
        URL.revokeObjectURL(files.md);
        URL.revokeObjectURL(files.html);
      }
    },
    [files],
  );

  const exportRunbook = useCallback(async () => {
    if (!source?.timeTravel) return;
    setWorking(true);
    setNote('Writing the runbook…');
    try {
      const reply = await source.timeTravel({ type: 'exportLab' });
      const [{ readLabFile }, { buildRunbook }] = await Promise.all([import('../../core/timeline/labFile.ts'), import('../../core/runbook/runbook.ts')]);
      const file = readLabFile(reply.file.text);
      if (!file.ok) throw new Error(file.error);
      const book = buildRunbook({ labName: file.value.file.name, session: file.value.file.session, steps: file.value.file.steps.slice(0, file.value.file.cursor) });
      const md = URL.createObjectURL(new Blob([book.markdown], { type: 'text/markdown' }));
      const html = URL.createObjectURL(new Blob([book.html], { type: 'text/html' }));
      setFiles({ md, html, name: book.fileName });
      download(md, book.fileName);
      setNote(`Runbook of ${book.hostname}: ${book.changes.length} steps, ${book.warnings.length} ${book.warnings.length === 1 ? 'warning' : 'warnings'}.`);
    } catch (err) {
      setNote(err instanceof Error ? err.message : String(err));
    } finally {
      setWorking(false);
    }
  }, [source]);

  return (
    <div className="runbook" role="group" aria-label="Runbook">
      <button type="button" className="labs__button" data-testid="runbook.export" disabled={working || !source?.timeTravel} onClick={() => void exportRunbook()}>
        Export the runbook of this lab
      </button>
      {files && (
        <span className="runbook__links">
          <a href={files.md} download={files.name} data-testid="runbook.markdown">
            Runbook (Markdown)
          </a>
          <a href={files.html} download={files.name.replace(/\.md$/, '.html')} data-testid="runbook.html">
            Printable runbook (HTML)
          </a>
        </span>
      )}
      <span className="labs__note" role="status" aria-live="polite" data-testid="runbook.note">
        {note}
      </span>
    </div>
  );
}
