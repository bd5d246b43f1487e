// What the terminal pane says when the simulator could not start at all. A shared link is never
// replayed in the page: when no worker can run it, the page says so and offers the saved lab without it.
import type { OpenRequest } from '../../protocol/index.ts';
import { openLabHref, savedLabHref } from './address.ts';
import { RecoveryActions } from './RecoveryActions.tsx';

export function StartFailure({ message, linkNeedsWorker, request }: { message: string; linkNeedsWorker: boolean; request: OpenRequest }) {
  if (linkNeedsWorker) {
    const href = request.lab ? openLabHref(window.location.search, { id: request.lab, lesson: null }) : savedLabHref(window.location.search);
    return (
      <div className="app__failed-start" role="alert" data-testid="start.failed">
        <p>
          The link was not opened: {message}. A shared link is replayed only by the simulator's background worker, never in this page,
          so that a long link cannot freeze this tab; nothing was changed.
        </p>
        <div className="lab-actions">
          <a className="labs__button labs__button--primary" href={href}>
            Open your saved lab without the link
          </a>
        </div>
      </div>
    );
  }
  return (
    <div className="app__failed-start" role="alert" data-testid="start.failed">
      <p>The simulator could not start: {message}</p>
      <RecoveryActions />
    </div>
  );
}
