// The Share dialog (ShareButton.tsx loads it on the first Share): asks the simulator for a link of the lab
// as it is now (its scenario + every line typed since it started, see core/scenario/link.ts) and shows it
// with a Copy button and its length. Mid-lesson the link carries the lesson run too (lessonLink.ts).
// Everything is rendered as text: nothing here sets HTML.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useModalDialog } from '../layout/useModalDialog.ts';
import type { SharedLink } from '../../protocol/index.ts';
import type { RunForLink } from './lessonLink.ts';
import type { LinkSource } from './ShareButton.tsx'; // share.css comes with the button
import { formatCount, shareUrl } from './shareUrl.ts';

type State =
  | { kind: 'closed' }
  | { kind: 'making' }
  | { kind: 'ready'; url: string; link: SharedLink; lesson: boolean; note: string | null }
  | { kind: 'failed'; message: string };

/** The link with the lesson run in it (the simulator's link as it was when it cannot carry the run). */
async function withRun(link: SharedLink, run: RunForLink | null): Promise<{ link: SharedLink; lesson: boolean; note: string | null }> {
  if (!run) return { link, lesson: false, note: null };
  const { addLesson } = await import('./lessonLink.ts');
  const added = addLesson(link.payload, run);
  return { link: { ...link, payload: added.text }, lesson: added.lesson, note: added.note };
}

export function ShareDialog({ source, lesson, ask }: { source: LinkSource | null; lesson: RunForLink | null; ask: number }) {
  const [state, setState] = useState<State>({ kind: 'closed' });
  const [copyNote, setCopyNote] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const request = useRef(0);
  const titleId = useId();
  const open = state.kind !== 'closed';
  const dialogRef = useModalDialog(open);

  const share = useCallback(() => {
    if (!source) return;
    const n = ++request.current;
    setCopyNote('');
    setState({ kind: 'making' });
    source
      .link()
      .then((made) => withRun(made, lesson))
      .then(
      ({ link, lesson: withLesson, note }) => {
        if (n === request.current) setState({ kind: 'ready', link, url: shareUrl(window.location, link.payload), lesson: withLesson, note });
      },
      (err: unknown) => {
        if (n === request.current) setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
      },
    );
  }, [source, lesson]);

  // Each press of the Share button (ask counts them) makes a new link of the lab as it is then.
  const answered = useRef(0);
  useEffect(() => {
    if (ask === answered.current) return;
    answered.current = ask;
    share();
  }, [ask, share]);

  const close = useCallback(() => {
    request.current++;
    setState({ kind: 'closed' });
  }, []);

  const selectLink = useCallback(() => {
    textRef.current?.focus();
    textRef.current?.select();
  }, []);

  const copy = useCallback(() => {
    if (state.kind !== 'ready') return;
    const manual = () => {
      selectLink();
      setCopyNote('Copying is not allowed here: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.');
    };
    const clipboard = navigator.clipboard;
    if (!clipboard?.writeText) {
      manual();
      return;
    }
    clipboard.writeText(state.url).then(() => setCopyNote('The link is copied to the clipboard.'), manual);
  }, [state, selectLink]);

  return (
    <dialog ref={dialogRef} className="share" aria-labelledby={titleId} data-testid="share.dialog" onClose={close}>
      <h2 id={titleId} className="share__title">
        Share this lab
      </h2>
      {state.kind === 'making' && <p role="status">Making the link…</p>}
      {state.kind === 'failed' && (
        <p className="share__error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          <p className="share__about">
            Whoever opens this link gets this lab as it is now: {state.link.scenario === 'twin' ? 'the server it was built from' : 'the scenario'} <strong>{state.link.scenario}</strong> replayed with{' '}
            {state.link.steps === 1 ? 'its 1 command line' : `its ${formatCount(state.link.steps)} command lines`}. It opens as a new lab beside the labs they have saved.
            {state.link.scenario === 'twin' && (
              <span data-testid="share.twin">
                {' '}
                The link carries that server as facts (host name, AIX level, disks with sizes and PVIDs, volume groups, logical volumes, file systems, boot list, fixes, media), never text you pasted.
              </span>
            )}
            {state.lesson && ' It opens the lesson too, with the objectives done so far.'}
          </p>
          {state.note && <p className="share__about">{state.note}</p>}
          <label className="share__label" htmlFor={`${titleId}-link`}>
            Link
          </label>
          <textarea
            id={`${titleId}-link`}
            ref={textRef}
            className="share__link"
            readOnly
            rows={4}
            spellCheck={false}
            value={state.url}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="share.link"
          />
          <p className="share__count" data-testid="share.count">
            {formatCount(state.url.length)} characters
          </p>
        </>
      )}
      <div className="share__actions">
        {state.kind === 'ready' && (
          <button type="button" className="share__button share__button--primary" onClick={copy}>
            Copy
          </button>
        )}
        <button type="button" className="share__button" onClick={close}>
          Close
        </button>
      </div>
      <p className="share__note" role="status" aria-live="polite">
        {copyNote}
      </p>
    </dialog>
  );
}
