// Share: a header button ("Share this lab") that asks the simulator for a link of the lab as it is now and
// shows it in a modal dialog with a Copy button (ShareDialog.tsx). Mid-lesson the link carries the lesson
// run too.
import { lazy, Suspense, useState } from 'react';
import type { SharedLink } from '../../protocol/index.ts';
import type { RunForLink } from './lessonLink.ts';
import './share.css';

// The dialog loads on the first Share (BUDGETS P1: not part of the first paint).
const ShareDialog = lazy(() => import('./ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })));

/** What the button needs of the simulator (SimClient.link). */
export interface LinkSource {
  link(): Promise<SharedLink>;
}

export function ShareButton({ source, lesson = null }: { source: LinkSource | null; lesson?: RunForLink | null }) {
  const [ask, setAsk] = useState(0);
  return (
    <>
      <button type="button" className="header-button app__share" aria-label="Share this lab" title="Make a link that opens this lab as it is now" disabled={!source} onClick={() => setAsk((n) => n + 1)}>
        <span aria-hidden="true">⤴</span>
        <span className="app__share-text">Share</span>
      </button>
      {ask > 0 && (
        <Suspense fallback={null}>
          <ShareDialog source={source} lesson={lesson} ask={ask} />
        </Suspense>
      )}
    </>
  );
}
