// The two ways out of a damaged lab, offered by the error boundary and by the notice about records set
// aside: "Open a fresh lab" (a new lab of the reference scenario; the saved ones stay) and "Wipe saved
// labs" (asked first: it stops the simulator, deletes every saved lab in this browser, then reloads).
import { useCallback, useState } from 'react';
import { FRESH_SCENARIO, freshLabHref, savedLabHref } from './address.ts';
import { wipeSavedLabs } from './recovery.ts';
import './labs.css';

type Wipe = { kind: 'idle' } | { kind: 'asking' } | { kind: 'wiping'; blocked: boolean } | { kind: 'failed'; message: string };

export function RecoveryActions() {
  const [wipe, setWipe] = useState<Wipe>({ kind: 'idle' });

  const confirmWipe = useCallback(() => {
    setWipe({ kind: 'wiping', blocked: false });
    wipeSavedLabs({ onBlocked: () => setWipe({ kind: 'wiping', blocked: true }) }).then(
      () => window.location.assign(savedLabHref(window.location.search)),
      (err: unknown) => setWipe({ kind: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
  }, []);

  return (
    <div className="lab-recovery">
      <div className="lab-actions">
        <a className="labs__button labs__button--primary" href={freshLabHref(window.location.search, FRESH_SCENARIO)}>
          Open a fresh lab
        </a>
        {wipe.kind !== 'asking' && (
          <button type="button" className="labs__button labs__button--danger" disabled={wipe.kind === 'wiping'} onClick={() => setWipe({ kind: 'asking' })}>
            Wipe saved labs…
          </button>
        )}
      </div>
      {wipe.kind === 'asking' && (
        <div className="labs__confirm lab-actions" role="group" aria-label="Wipe saved labs?">
          <span>Delete every saved lab in this browser, and stop the simulator? This cannot be undone. Then the page reloads with a new lab.</span>
          <button type="button" className="labs__button labs__button--danger" autoFocus onClick={confirmWipe}>
            Wipe saved labs
          </button>
          <button type="button" className="labs__button" onClick={() => setWipe({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      )}
      <p className="labs__note" role="status" aria-live="polite">
        {wipe.kind === 'wiping' &&
          (wipe.blocked ? 'Waiting for the other tabs of the trainer to let go of the saved labs: close them to finish the wipe.' : 'Wiping the saved labs…')}
        {wipe.kind === 'failed' && `The saved labs could not be wiped: ${wipe.message}.`}
      </p>
    </div>
  );
}
