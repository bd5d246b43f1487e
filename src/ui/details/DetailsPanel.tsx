// The details of the node picked in the diagram: a summary of what the matching AIX command would
// print (derived from the snapshot and labelled as such) and commands that paste into the prompt.
import { memo, useEffect, useMemo, useState } from 'react';
import type { SimSnapshot } from '../../protocol/index.ts';
import { project } from '../diagram/project.ts';
import { PasteButton } from '../layout/PasteButton.tsx';
import type { describe } from './describe.ts';
import './details.css';

// The describers load after the first paint (BUDGETS P1): nothing is picked when the page opens.
type Describe = typeof describe;
let loaded: Describe | null = null;
let loading: Promise<Describe> | null = null;
function loadDescribe(): Promise<Describe> {
  loading ??= import('./describe.ts').then(
    (m) => (loaded = m.describe),
    (err: unknown) => {
      loading = null; // a failed fetch may be tried again
      throw err;
    },
  );
  return loading;
}

export interface DetailsPanelProps {
  snapshot: SimSnapshot;
  selectedId: string | null;
  onPaste(line: string): void;
}

export const DetailsPanel = memo(function DetailsPanel({ snapshot, selectedId, onPaste }: DetailsPanelProps) {
  const [describeFn, setDescribe] = useState<Describe | null>(() => loaded);
  useEffect(() => {
    if (describeFn) return;
    let live = true;
    loadDescribe().then(
      (fn) => live && setDescribe(() => fn),
      () => undefined, // shown as loading; the next pick tries again
    );
    return () => {
      live = false;
    };
  }, [describeFn, selectedId]);
  const details = useMemo(() => {
    if (!selectedId || !describeFn) return null;
    const node = project(snapshot).nodes.find((n) => n.id === selectedId);
    return node ? describeFn(snapshot, node) : null;
  }, [snapshot, selectedId, describeFn]);

  if (!selectedId) {
    return (
      <div className="details details--empty" data-testid="details">
        <p>Click a host, disk, volume group or the firmware in the diagram (or focus it and press Enter) to see its details here.</p>
        <p className="details__hint">Tab moves into the diagram; arrow keys move between its nodes.</p>
      </div>
    );
  }
  if (!describeFn) {
    return (
      <div className="details details--empty" data-testid="details" aria-busy="true">
        <p>Loading the details…</p>
      </div>
    );
  }
  if (!details) {
    return (
      <div className="details details--empty" data-testid="details">
        <p>That item is no longer in the diagram.</p>
      </div>
    );
  }
  return (
    <div className="details" data-testid="details">
      <header className="details__header">
        <h3 className="details__title">
          <span className="details__kind">{details.kind === 'lv' ? 'logical volume' : details.kind === 'vg' ? 'volume group' : details.kind}</span>{' '}
          <span className="details__name">{details.title}</span>
        </h3>
        <p className="details__subtitle">{details.subtitle}</p>
      </header>
      <section className="details__summary" aria-label="Summary">
        <p className="details__label">
          {details.command ? (
            <>
              Summary of what <code>{details.command}</code> would show, derived from the diagram
            </>
          ) : (
            'Summary derived from the diagram'
          )}
        </p>
        {details.fields.length > 0 && (
          <dl className="details__fields">
            {details.fields.map(([label, value]) => (
              <div className="details__field" key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        {details.table && <pre className="details__table">{details.table.join('\n')}</pre>}
        {details.notes.map((note, i) => (
          <p className="details__note" key={i}>
            {note}
          </p>
        ))}
      </section>
      {details.suggestions.length > 0 && (
        <section className="details__suggest" aria-label="Suggested commands">
          <p className="details__label">Try next: pastes into the prompt, Enter runs it</p>
          <ul className="suggest-list">
            {details.suggestions.map((s) => (
              <li key={s.line}>
                <PasteButton line={s.line} onPaste={onPaste} />
                <span className="suggest-list__why">{s.why}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
});
