// The labs menu's dialog (LabsMenu.tsx), loaded the first time the menu opens: every saved lab with
// Open (a full load of ?lab=<id>), Rename, Duplicate and Delete (asked first; the open lab cannot be
// deleted), the runbook export, and the way to the twin and the builder. Everything is rendered as text.
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useModalDialog } from '../layout/useModalDialog.ts';
import type { FormEvent } from 'react';
import type { LabSummary } from '../../protocol/index.ts';
import { openLabHref } from './address.ts';
import { cleanLabName, labDetails, MAX_LAB_NAME } from './labsText.ts';
import type { LabsSource } from './LabsMenu.tsx'; // labs.css comes with the menu, in the page's first sheet

const RunbookExport = lazy(() => import('../twin/RunbookExport.tsx').then((m) => ({ default: m.RunbookExport })));

type Editing = { kind: 'none' } | { kind: 'rename'; id: string; text: string } | { kind: 'delete'; id: string };

export interface LabsDialogProps {
  source: LabsSource | null;
  current: string | null;
  initial: readonly LabSummary[];
  open: boolean;
  onClose(): void;
  onTwin(): void;
  onBuilder(): void;
}

export function LabsDialog({ source, current, initial, open, onClose, onTwin, onBuilder }: LabsDialogProps) {
  const [labs, setLabs] = useState<readonly LabSummary[]>(initial);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [note, setNote] = useState('');
  const [failed, setFailed] = useState(false);
  const dialogRef = useModalDialog(open);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

  useEffect(() => setLabs(initial), [initial]);

  /** Runs one request; its answer is the new list. `done` says what happened, for the live region. */
  const act = useCallback((work: Promise<LabSummary[]>, done: string) => {
    setNote('Working…');
    setFailed(false);
    work.then(
      (next) => {
        setLabs(next);
        setEditing({ kind: 'none' });
        setNote(done);
      },
      (err: unknown) => {
        setFailed(true);
        setNote(err instanceof Error ? err.message : String(err));
      },
    );
  }, []);

  // Each opening starts clean and asks for the list again.
  useEffect(() => {
    if (!open) return;
    setEditing({ kind: 'none' });
    setNote('');
    setFailed(false);
    if (source) act(source.labs(), '');
  }, [open, source, act]);

  // A deleted lab or a finished rename takes the focused control with it: keep the keyboard in the dialog.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    const active = document.activeElement;
    if (!active || active === document.body || !dialog.contains(active)) titleRef.current?.focus();
  }, [open, labs, editing]);

  const rename = useCallback(
    (e: FormEvent, id: string, text: string) => {
      e.preventDefault();
      const name = cleanLabName(text);
      if (!source) return;
      if (name === null) {
        setFailed(true);
        setNote('A lab needs a name: type at least one letter.');
        return;
      }
      act(source.renameLab(id, name), `Renamed to “${name}”.`);
    },
    [source, act],
  );

  return (
    <dialog ref={dialogRef} className="labs" aria-labelledby={titleId} data-testid="labs.dialog" onClose={onClose}>
      <h2 id={titleId} className="labs__title" ref={titleRef} tabIndex={-1}>
        Saved labs
      </h2>
      <p className="labs__about">Each link, scenario or lesson you open starts a new lab; the ones you had stay here.</p>
      <ul className="labs__list" aria-label="Saved labs" data-testid="labs.list">
        {labs.map((lab) => {
          const isOpen = lab.id === current;
          return (
            <li key={lab.id} className={`labs__item${isOpen ? ' labs__item--open' : ''}`} data-testid={`labs.item.${lab.id}`} aria-current={isOpen ? 'true' : undefined}>
              {editing.kind === 'rename' && editing.id === lab.id ? (
                <form className="labs__rename" onSubmit={(e) => rename(e, lab.id, editing.text)}>
                  <input
                    className="labs__input"
                    aria-label={`New name for ${lab.name}`}
                    value={editing.text}
                    maxLength={MAX_LAB_NAME}
                    autoFocus
                    onChange={(e) => setEditing({ kind: 'rename', id: lab.id, text: e.target.value })}
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') {
                        e.preventDefault(); // keep the dialog open: Escape leaves the rename only
                        setEditing({ kind: 'none' });
                      }
                    }}
                  />
                  <button type="submit" className="labs__button labs__button--primary">
                    Save name
                  </button>
                  <button type="button" className="labs__button" onClick={() => setEditing({ kind: 'none' })}>
                    Cancel
                  </button>
                </form>
              ) : (
                <div className="labs__name">
                  {lab.name}
                  {isOpen && <span className="labs__badge"> (open now)</span>}
                </div>
              )}
              <div className="labs__details">{labDetails(lab, Date.now())}</div>
              {editing.kind === 'delete' && editing.id === lab.id ? (
                <div className="labs__confirm" role="group" aria-label={`Delete ${lab.name}?`}>
                  <span>Delete “{lab.name}” and everything done in it? This cannot be undone.</span>
                  <button type="button" className="labs__button labs__button--danger" autoFocus onClick={() => source && act(source.deleteLab(lab.id), `Deleted “${lab.name}”.`)}>
                    Delete
                  </button>
                  <button type="button" className="labs__button" onClick={() => setEditing({ kind: 'none' })}>
                    Keep it
                  </button>
                </div>
              ) : (
                <div className="labs__actions">
                  {isOpen ? (
                    <span className="labs__here">You are in this lab</span>
                  ) : (
                    <a className="labs__button labs__button--primary" href={openLabHref(window.location.search, lab)} aria-label={`Open ${lab.name}`}>
                      Open
                    </a>
                  )}
                  <button type="button" className="labs__button" aria-label={`Rename ${lab.name}`} onClick={() => setEditing({ kind: 'rename', id: lab.id, text: lab.name })}>
                    Rename
                  </button>
                  <button type="button" className="labs__button" aria-label={`Duplicate ${lab.name}`} onClick={() => source && act(source.duplicateLab(lab.id), `Copied “${lab.name}”.`)}>
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="labs__button"
                    aria-label={`Delete ${lab.name}`}
                    disabled={isOpen}
                    title={isOpen ? 'The open lab cannot be deleted: open another lab first.' : undefined}
                    onClick={() => setEditing({ kind: 'delete', id: lab.id })}
                  >
                    Delete
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {labs.length === 0 && <p className="labs__about">No saved labs yet: this browser is not keeping any.</p>}
      <p className={`labs__note${failed ? ' labs__note--error' : ''}`} role="status" aria-live="polite" data-testid="labs.note">
        {note}
      </p>
      <Suspense fallback={null}>
        <RunbookExport source={source} />
      </Suspense>
      <div className="labs__footer">
        <button
          type="button"
          className="labs__button"
          data-testid="twin.open"
          onClick={onTwin}
        >
          Rehearse your server…
        </button>
        <button
          type="button"
          className="labs__button"
          data-testid="builder.open"
          onClick={onBuilder}
        >
          Scenario builder…
        </button>
        <button type="button" className="labs__button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
