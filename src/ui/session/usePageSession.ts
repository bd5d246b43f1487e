// The page's session store (pageSession.ts) for React: created once per App, started with the boot,
// read with useSyncExternalStore, with the terminal's and the panels' callbacks. A callback that needs
// the state reads session.getState(): the state as it is when it runs (a typed-ahead line starts right
// after the previous line's 'done', before React has rendered it).
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ExecDone, SimEvent, Speed } from '../../protocol/index.ts';
import type { CommandWatch } from '../labs/commandWatch.ts';
import { isSpeed } from '../params.ts';
import type { StartedSim } from '../sim/client.ts';
import { createPageSession, type PageSession } from './pageSession.ts';
import type { PageState } from './pageState.ts';

export interface PageSessionView {
  state: PageState;
  session: PageSession;
  onCommandStart(line: string): void;
  onDone(done: ExecDone): void;
  onBusyChange(busy: boolean): void;
  onEvent(event: SimEvent): void;
  onPaste(text: string): void;
  onSpeedChange(value: string): void;
  onSmitExit(): void;
}

export function usePageSession(options: { speed: Speed; lab?: string | null; boot: Promise<StartedSim>; watch: CommandWatch }): PageSessionView {
  const [session] = useState(() => createPageSession({ speed: options.speed, lab: options.lab ?? null, boot: options.boot, running: () => options.watch.running() }));
  const state = useSyncExternalStore(session.subscribe, session.getState);
  useEffect(() => {
    session.start();
    return () => session.stop();
  }, [session]);

  const onCommandStart = useCallback((line: string) => session.dispatch({ type: 'command-start', line }), [session]);
  const onDone = useCallback((done: ExecDone) => session.dispatch({ type: 'done', done }), [session]);
  const onBusyChange = useCallback((busy: boolean) => session.dispatch({ type: 'busy', busy }), [session]);
  const onEvent = useCallback((event: SimEvent) => session.dispatch({ type: 'event', event }), [session]);
  const onPaste = useCallback((text: string) => session.dispatch({ type: 'paste', text }), [session]);
  const onSmitExit = useCallback(() => session.dispatch({ type: 'smit-exit' }), [session]);
  const onSpeedChange = useCallback(
    (value: string) => {
      if (!isSpeed(value)) return;
      session.setSpeed(value);
      const url = new URL(window.location.href);
      url.searchParams.set('speed', value);
      window.history.replaceState(window.history.state, '', url);
    },
    [session],
  );
  return useMemo(
    () => ({ state, session, onCommandStart, onDone, onBusyChange, onEvent, onPaste, onSpeedChange, onSmitExit }),
    [state, session, onCommandStart, onDone, onBusyChange, onEvent, onPaste, onSpeedChange, onSmitExit],
  );
}
