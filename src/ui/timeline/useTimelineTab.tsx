// The Timeline tab as App uses it: the panel, and a wrapper for the terminal's api (a typed `undo` or
// `redo` becomes the travel; every command that ends refreshes the timeline). Travels and comparisons
// go to the page's session store (session/pageState.ts 'travelled', 'compare'); an exam turns travel off.
import { lazy, Suspense, useCallback, useState } from 'react';
import type { Comparison, SimApi, Travelled } from '../../protocol/index.ts';
import { useExamMode } from '../exam/ExamContext.ts';
import type { PageSession } from '../session/pageSession.ts';
import type { SimClient } from '../sim/client.ts';
import { notifyTravel } from './travelEvents.ts';
import { withTravel } from './travelExec.ts';
import { useTimeTravel } from './useTimeTravel.ts';

// The panel loads when the tab is first shown (BUDGETS P1: not part of the first paint).
const TimelinePanel = lazy(() => import('./TimelinePanel.tsx').then((m) => ({ default: m.TimelinePanel })));

export function useTimelineTab({ api, session, active }: { api: SimClient | null; session: PageSession; active: boolean }) {
  const exam = useExamMode();
  const [ran, setRan] = useState(0);
  // Mounted (and so loaded) the first time the tab is shown, then kept.
  const [shown, setShown] = useState(active);
  if (active && !shown) setShown(true);
  const onTravelled = useCallback((travel: Travelled) => session.dispatch({ type: 'travelled', travel }), [session]);
  const onCompared = useCallback(
    (c: Comparison | null) => {
      // Against now, the diagram marks what differs from the other point; otherwise the list says it.
      const now = session.getState().snapshot;
      const againstNow = c && now && JSON.stringify(c.snapshots.b) === JSON.stringify(now);
      session.dispatch({ type: 'compare', baseline: againstNow ? c.snapshots.a : null });
    },
    [session],
  );
  const view = useTimeTravel({ api, active, refreshKey: ran, allowed: !exam, onTravelled, onCompared });

  const wrap = useCallback(
    <A extends Pick<SimApi, 'exec'>>(inner: A): A => {
      const travel = api?.timeTravel;
      if (!travel) return inner;
      const counted: A = {
        ...inner,
        exec: (line, onChunk, onEvent) =>
          inner.exec(line, onChunk, onEvent).finally(() => setRan((n) => n + 1)),
      };
      return withTravel(counted, {
        travel: (body) => travel(body),
        timeline: () => travel({ type: 'timeline' }),
        snapshot: () => session.getState().snapshot,
        allowed: () => !exam,
        onTravelled: (t) => {
          onTravelled(t);
          setRan((n) => n + 1);
          notifyTravel({ kind: t.kind, from: t.from, to: t.to });
        },
      });
    },
    [api, exam, onTravelled, session],
  );

  const panel = shown ? (
    <Suspense fallback={null}>
      <TimelinePanel view={view} allowed={!exam} />
    </Suspense>
  ) : null;
  return { panel, wrap };
}
