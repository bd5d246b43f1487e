// The page: header (title, speed), banners, terminal on the left, diagram on the right, status strip.
// Every view is a projection of the snapshot the simulator sends back; the page changes nothing itself.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExecDone, SimEvent, SimSnapshot, Speed, StorageStatus } from '../protocol/index.ts';
import { Diagram } from './diagram/Diagram.tsx';
import { applyLiveEvent, progressOf } from './liveEvents.ts';
import type { Progress } from './liveEvents.ts';
import type { PageParams } from './params.ts';
import { isSpeed } from './params.ts';
import { startSim } from './sim/client.ts';
import type { StartedSim } from './sim/client.ts';
import { Terminal } from './terminal/Terminal.tsx';

const SPEED_LABELS: Record<Speed, string> = { '1x': '1×', '10x': '10×', instant: 'instant' };
const SPEED_ORDER: Speed[] = ['1x', '10x', 'instant'];

type Phase =
  | { kind: 'starting' }
  | { kind: 'ready'; sim: StartedSim; generation: number }
  | { kind: 'failed'; message: string };

export function App({ params, boot }: { params: PageParams; boot: Promise<StartedSim> }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const [snapshot, setSnapshot] = useState<SimSnapshot | null>(null);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [speed, setSpeedState] = useState<Speed>(params.request.speed);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);
  const [restartNote, setRestartNote] = useState<string | null>(null);
  // Speed for a restarted simulator (a ref so the fatal handler sees the latest choice).
  const speedRef = useRef<Speed>(params.request.speed);

  const adopt = useCallback((sim: StartedSim, generation: number) => {
    setSnapshot(sim.opened.snapshot);
    setStorage(sim.opened.storage);
    setPhase({ kind: 'ready', sim, generation });
    sim.api.onStorage(setStorage);
    sim.api.onFatal((error) => {
      // R5: a worker that dies after starting is restarted and the session rebuilt from storage.
      sim.api.close();
      setRestartNote(`The simulator stopped (${error.message}); it was restarted from the saved session.`);
      setPhase({ kind: 'starting' });
      startSim({ speed: speedRef.current }).then(
        (next) => adopt(next, generation + 1),
        (err: unknown) => setPhase({ kind: 'failed', message: errorText(err) }),
      );
    });
  }, []);

  useEffect(() => {
    let cancelled = false;
    boot.then(
      (sim) => {
        if (!cancelled) adopt(sim, 1);
      },
      (err: unknown) => {
        if (!cancelled) setPhase({ kind: 'failed', message: errorText(err) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [boot, adopt]);

  const api = phase.kind === 'ready' ? phase.sim.api : null;

  const onSpeedChange = useCallback(
    (value: string) => {
      if (!isSpeed(value)) return;
      speedRef.current = value;
      setSpeedState(value);
      api?.setSpeed(value);
      const url = new URL(window.location.href);
      url.searchParams.set('speed', value);
      window.history.replaceState(window.history.state, '', url);
    },
    [api],
  );

  const onDone = useCallback((done: ExecDone) => {
    setSnapshot(done.snapshot);
    setProgress(null);
  }, []);

  const onEvent = useCallback((event: SimEvent) => {
    const p = progressOf(event);
    if (p) {
      setProgress(p);
      return;
    }
    setSnapshot((s) => (s ? applyLiveEvent(s, event) : s));
  }, []);

  const banners: { key: string; role: 'status' | 'alert'; text: string }[] = [];
  if (phase.kind === 'ready' && phase.sim.fallbackReason) {
    banners.push({
      key: 'in-page',
      role: 'status',
      text: `Running without a background worker: ${phase.sim.fallbackReason}. The simulator runs in the page; long operations may make it less responsive.`,
    });
  }
  if (storage?.message) {
    banners.push({ key: 'storage', role: 'alert', text: storage.message });
  } else if (storage?.mode === 'memory') {
    banners.push({ key: 'storage', role: 'alert', text: 'Your session is kept in memory only: it will be lost when you close this tab.' });
  }
  if (phase.kind === 'ready' && phase.sim.opened.notice) {
    banners.push({ key: 'notice', role: 'alert', text: phase.sim.opened.notice.message });
  }
  if (restartNote) banners.push({ key: 'restart', role: 'status', text: restartNote });

  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">
          altdisk <span className="app__title-accent">trainer</span>
        </h1>
        <div className="app__header-spacer" />
        <label className="app__speed">
          <span>Speed</span>
          <select value={speed} onChange={(e) => onSpeedChange(e.target.value)} aria-label="Simulation speed">
            {SPEED_ORDER.map((s) => (
              <option key={s} value={s}>
                {SPEED_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </header>

      {banners.length > 0 && (
        <div className="app__banners">
          {banners.map((b) => (
            <div key={b.key} className={`banner banner--${b.role === 'alert' ? 'warn' : 'info'}`} role={b.role}>
              {b.text}
            </div>
          ))}
        </div>
      )}

      <main className="app__main">
        <div className="app__pane app__pane--terminal">
          {phase.kind === 'ready' && snapshot ? (
            <Terminal
              key={phase.generation}
              api={phase.sim.api}
              snapshot={snapshot}
              scrollback={phase.sim.opened.scrollback}
              history={phase.sim.opened.history}
              commands={phase.sim.opened.commands}
              onDone={onDone}
              onEvent={onEvent}
              onBusyChange={setBusy}
            />
          ) : phase.kind === 'failed' ? (
            <div className="app__placeholder" role="alert">
              The simulator could not start: {phase.message}
            </div>
          ) : (
            <div className="app__placeholder" role="status">
              Starting the simulator…
            </div>
          )}
        </div>
        <div className="app__pane app__pane--diagram">{snapshot && <Diagram snapshot={snapshot} />}</div>
      </main>

      <footer className="app__status">
        <span className="status-item">
          <span className="status-item__label">lifecycle</span>
          <span className="status-item__value" data-testid="lifecycle.state">
            {snapshot?.lifecycle.state ?? ''}
          </span>
        </span>
        {snapshot && (
          <span className="status-item">
            <span className="status-item__label">console</span>
            <span className="status-item__value">{snapshot.console}</span>
          </span>
        )}
        {snapshot?.scenario && (
          <span className="status-item">
            <span className="status-item__label">scenario</span>
            <span className="status-item__value">{snapshot.scenario}</span>
          </span>
        )}
        {busy && progress && (
          <span className="status-item status-item--progress">
            <progress max={100} value={progress.percent} aria-label={progress.label} />
            <span className="status-item__value">
              {progress.label} {Math.round(progress.percent)}%
            </span>
          </span>
        )}
        <span className="app__header-spacer" />
        <span className="status-item">
          <span className="status-item__label">storage</span>
          <span className="status-item__value">{storage ? (storage.mode === 'indexeddb' ? 'saved in this browser' : 'memory only') : '…'}</span>
        </span>
      </footer>
    </div>
  );
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
