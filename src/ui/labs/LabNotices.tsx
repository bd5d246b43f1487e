// The banners under the header: the simulator running in the page, storage trouble, a refused request,
// a restart, a lab just opened from a link / scenario / lesson (what it holds, and the way back to the
// lab you had), and stored records set aside (with the two ways out). Every text says what is true now.
import { useEffect, useState } from 'react';
import type { LabSummary, OpenRequest, OpenResult, StorageStatus } from '../../protocol/index.ts';
import { openLabHref } from './address.ts';
import type { LinkSummary } from './linkSummary.ts';
import { plural } from './labsText.ts';
import { RecoveryActions } from './RecoveryActions.tsx';
import './labs.css';

export interface LabNoticesProps {
  opened: OpenResult | null;
  request: OpenRequest;
  storage: StorageStatus | null;
  /** Why the simulator runs in the page, or null when a worker runs it. */
  fallbackReason: string | null;
  restartNote: string | null;
  /** The page restarted the simulator and waits for the stopped one's hold on the saved lab to go. */
  restarting: boolean;
  /** The lab notice belongs to the first open only (not to a restart or a takeover). */
  firstOpen: boolean;
}

/** The host's words for a database written by a newer version (persistence/errors.ts 'version'). */
const NEWER_VERSION = /written by a newer version/;

export function LabNotices({ opened, request, storage, fallbackReason, restartNote, restarting, firstOpen }: LabNoticesProps) {
  const banners: { key: string; role: 'status' | 'alert'; text: string }[] = [];
  const newerVersion = !!storage?.message && NEWER_VERSION.test(storage.message);
  if (fallbackReason) {
    banners.push({
      key: 'in-page',
      role: 'status',
      text: `The simulator runs inside this page (${fallbackReason}): a long command can keep the page from responding until it ends, and shared links cannot be opened here.`,
    });
  }
  if (restarting && storage?.mode === 'read-only') {
    banners.push({ key: 'storage', role: 'status', text: 'The restarted simulator is waiting for the stopped one to let go of the saved lab; your work is saved again in a moment.' });
  } else if (storage?.message && !newerVersion) {
    banners.push({ key: 'storage', role: 'alert', text: storage.message });
  } else if (storage?.mode === 'memory' && !newerVersion) {
    banners.push({ key: 'storage', role: 'alert', text: 'Your session is kept in memory only: it will be lost when you close this tab.' });
  }
  if (opened?.notice) banners.push({ key: 'notice', role: 'alert', text: opened.notice.message });
  if (restartNote) banners.push({ key: 'restart', role: 'status', text: restartNote });
  const setAside = opened?.setAside ?? [];
  const showNewLab = firstOpen && !!opened?.lab && !opened.notice && !!(request.shared || request.scenario || request.lesson);

  if (banners.length === 0 && !showNewLab && setAside.length === 0 && !newerVersion) return null;
  return (
    <div className="app__banners">
      {banners.map((b) => (
        <div key={b.key} className={`banner banner--${b.role === 'alert' ? 'warn' : 'info'}`} role={b.role}>
          {b.text}
        </div>
      ))}
      {(setAside.length > 0 || newerVersion) && (
        <div className="banner banner--warn" role="alert" data-testid="lab.setaside">
          {newerVersion && (
            <p className="lab-notice__p">
              Your saved labs were written by a newer version of the trainer, which this version cannot read or write: this tab
              works in memory only. Open the newer version to use them, or wipe them to save with this one.
            </p>
          )}
          {setAside.length > 0 && (
            <>
              <p className="lab-notice__p">
                {setAside.length === 1 ? 'One saved record could not be read and was set aside' : `${setAside.length} saved records could not be read and were set aside`}; the rest opened:
              </p>
              <ul className="lab-notice__list">
                {setAside.map((s, i) => (
                  <li key={i}>
                    {s.what}: {s.why}
                  </li>
                ))}
              </ul>
            </>
          )}
          <RecoveryActions />
        </div>
      )}
      {showNewLab && opened?.lab && <NewLabNotice lab={opened.lab} labs={opened.labs ?? []} request={request} />}
    </div>
  );
}

/** A link, scenario or lesson opened as a new lab: what it holds, and the way back to the lab you had. */
function NewLabNotice({ lab, labs, request }: { lab: LabSummary; labs: readonly LabSummary[]; request: OpenRequest }) {
  const [dismissed, setDismissed] = useState(false);
  const link = useLinkSummary(request.shared ?? null);
  const previous = labs.find((l) => l.id !== lab.id) ?? null;
  if (dismissed) return null;
  return (
    <div className="banner banner--info" role="status" data-testid="lab.opened">
      {request.shared ? (
        link ? (
          <>
            The link opened as a new lab, “{lab.name}”: {link.server ? `the server ${link.server}` : `scenario ${link.scenario}`}, {plural(link.steps, 'step')} replayed.
            {link.firstLines.length > 0 && (
              <>
                {' '}
                {link.steps > link.firstLines.length ? `The first ${link.firstLines.length}:` : 'They are:'}
                <pre className="lab-notice__lines" aria-label="First lines of the link">
                  {link.firstLines.map((l) => `# ${l}`).join('\n')}
                </pre>
              </>
            )}
          </>
        ) : (
          <>The link opened as a new lab, “{lab.name}”. </>
        )
      ) : request.lesson ? (
        <>The lesson opened in a new lab, “{lab.name}” ({lab.scenario}). </>
      ) : (
        <>Scenario {lab.scenario} opened as a new lab, “{lab.name}”. </>
      )}
      <div className="lab-actions">
        {previous ? (
          <>
            <span>The lab you had is kept.</span>
            <a className="labs__button labs__button--primary" href={openLabHref(window.location.search, previous)}>
              Back to “{previous.name}”
            </a>
          </>
        ) : (
          <span>Your labs are listed in the labs menu (☰ Labs).</span>
        )}
        <button type="button" className="labs__button" onClick={() => setDismissed(true)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

/** What a link holds, read with the core's codec in a chunk loaded only for a link. */
function useLinkSummary(payload: string | null): LinkSummary | null {
  const [summary, setSummary] = useState<LinkSummary | null>(null);
  useEffect(() => {
    if (!payload) return;
    let live = true;
    import('./linkSummary.ts').then(
      (m) => live && setSummary(m.summarizeLink(payload)),
      () => {}, // the notice still says that the link opened
    );
    return () => {
      live = false;
    };
  }, [payload]);
  return summary;
}
