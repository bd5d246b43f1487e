// The page: header (title, speed, theme), banners, then three resizable panes: the boot console and the
// terminal at the top left above a side panel (details, lifecycle, legend), the diagram (with its
// narration) filling the right; a status strip at the bottom. On a phone the panes stack in DOM order:
// terminal, diagram, side panel.
// Every view is a projection of the snapshot the simulator sends back; the page changes nothing itself.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import type { ExecDone, SimEvent, SimSnapshot, Speed, StorageStatus } from '../protocol/index.ts';
import { BootConsole } from './boot/BootConsole.tsx';
import { appendBootEvent, EMPTY_BOOT_LOG } from './boot/bootLog.ts';
import type { BootLog } from './boot/bootLog.ts';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import { useLessonRun } from './lessons/useLessonRun.ts';
import { Diagram } from './diagram/Diagram.tsx';
import { Legend } from './diagram/Legend.tsx';
import { Splitter } from './layout/Splitter.tsx';
import { readFraction } from './layout/splitter.ts';
import { Tabs } from './layout/Tabs.tsx';
import { applyTheme, initialTheme, readStored, systemPrefersDark, THEME_KEY, writeStored } from './layout/theme.ts';
import type { Theme } from './layout/theme.ts';
import { applyLiveEvent } from './liveEvents.ts';
import { narrate, narrationText } from './narration/narrate.ts';
import type { PageParams } from './params.ts';
import { isSpeed } from './params.ts';
import { LinkNeedsWorkerError, RESTART_OPEN_TIMEOUT_MS, startSim } from './sim/client.ts';
import type { StartedSim } from './sim/client.ts';
import { createExecTap } from './smit/tap.ts';
import type { RunObserver } from './smit/tap.ts';
import { Terminal } from './terminal/Terminal.tsx';
import { ShareButton } from './share/ShareButton.tsx';
import { useSharedLinkAddress } from './share/useSharedLinkAddress.ts';
import { createCommandWatch, restartText } from './labs/commandWatch.ts';
import { LabNotices } from './labs/LabNotices.tsx';
import { LabsMenu } from './labs/LabsMenu.tsx';
import { setRunningSim } from './labs/recovery.ts';
import { StartFailure } from './labs/StartFailure.tsx';
import { useLabAddress } from './labs/useLabAddress.ts';
import { LifecycleStatus } from './lifecycle/LifecycleStatus.tsx';

// Loaded on first use, to keep the JS before first interaction small (BUDGETS P1): SMIT opens only
// with `smitty`, the statechart drawing only in its tab.
const Smit = lazy(() => import('./smit/Smit.tsx').then((m) => ({ default: m.Smit })));
const LifecycleView = lazy(() => import('./lifecycle/LifecycleView.tsx').then((m) => ({ default: m.LifecycleView })));
// The lesson panel and the lesson content (src/lessons) load apart too; with ?lesson= they start loading at once.
const LessonPanel = lazy(() => import('./lessons/LessonPanel.tsx').then((m) => ({ default: m.LessonPanel })));

/** Fetches the lazy panels once the terminal is ready, so they open at once when asked for. */
function prefetchPanels(): void {
  void import('./smit/Smit.tsx');
  void import('./lifecycle/LifecycleView.tsx');
  void import('./lessons/LessonPanel.tsx');
}
import type { TerminalControl } from './terminal/Terminal.tsx';

const SPEED_LABELS: Record<Speed, string> = { '1x': '1×', '10x': '10×', instant: 'instant' };
const SPEED_ORDER: Speed[] = ['1x', '10x', 'instant'];
const STORAGE_LABELS: Record<StorageStatus['mode'], string> = {
  indexeddb: 'saved in this browser',
  memory: 'memory only',
  'read-only': 'read-only (open in another tab)',
};

const SPLIT_X = { min: 0.25, max: 0.72 };
const SPLIT_Y = { min: 0.25, max: 0.85 };
const SPLIT_X_KEY = 'altdisk.split.x';
const SPLIT_Y_KEY = 'altdisk.split.y';

type SideTab = 'lesson' | 'details' | 'lifecycle' | 'legend';

type Phase =
  | { kind: 'starting' }
  | { kind: 'ready'; sim: StartedSim; generation: number }
  | { kind: 'failed'; message: string; linkNeedsWorker: boolean };

export function App({ params, boot }: { params: PageParams; boot: Promise<StartedSim> }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const [snapshot, setSnapshot] = useState<SimSnapshot | null>(null);
  const [baseline, setBaseline] = useState<SimSnapshot | null>(null);
  const [changeSeq, setChangeSeq] = useState(0);
  const [narration, setNarration] = useState('');
  const [bootLog, setBootLog] = useState<BootLog>(EMPTY_BOOT_LOG);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [speed, setSpeedState] = useState<Speed>(params.request.speed);
  const [restartNote, setRestartNote] = useState<string | null>(null);
  // The page restarted a dead simulator: the new one may wait a moment for the old one's writer lock.
  const [restarting, setRestarting] = useState(false);
  // The open lab, so a restarted simulator reopens this one (not the most recently used).
  const labRef = useRef<string | null>(params.request.lab ?? null);
  const watch = useMemo(() => createCommandWatch(), []);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // With ?lesson= the Lesson tab (always first) is the one shown at start.
  const [sideTab, setSideTab] = useState<SideTab>(params.lesson ? 'lesson' : 'details');
  const [paste, setPaste] = useState<{ text: string; nonce: number } | null>(null);
  const [theme, setTheme] = useState<Theme>(() => initialTheme(readStored(THEME_KEY), systemPrefersDark()));
  const [splitX, setSplitX] = useState(() => readFraction(readStored(SPLIT_X_KEY), 0.52, SPLIT_X));
  const [splitY, setSplitY] = useState(() => readFraction(readStored(SPLIT_Y_KEY), 0.58, SPLIT_Y));
  const mainRef = useRef<HTMLElement>(null);
  // Speed for a restarted simulator (a ref so the fatal handler sees the latest choice).
  const speedRef = useRef<Speed>(params.request.speed);
  // Each new session view (restart, takeover by a read-only tab) mounts a new terminal.
  const generationRef = useRef(1);
  // The snapshot as shown, the one before the running command, and that command (for callbacks).
  const snapshotRef = useRef<SimSnapshot | null>(null);
  const baselineRef = useRef<SimSnapshot | null>(null);
  const seqRef = useRef(0);
  const commandRef = useRef<string | null>(null);
  // Hosts that went through power states during the running command (a reboot).
  const poweredRef = useRef(new Set<string>());
  // SMIT (smitty alt_clone …): drawn in place of the terminal; what it runs goes through the terminal.
  const [smit, setSmit] = useState<{ panel: string; note: string | null; seq: number } | null>(null);
  const terminalControl = useRef<TerminalControl>(null);
  const execTap = useMemo(() => createExecTap(), []);

  useEffect(() => {
    applyTheme(theme);
  }, [theme]);

  const ready = phase.kind === 'ready';
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(prefetchPanels, 0);
    return () => clearTimeout(timer);
  }, [ready]);
  // A #s= link has opened (or was refused): it leaves the address, so a reload keeps the learner's work.
  useSharedLinkAddress(ready);
  const openedLab = phase.kind === 'ready' ? phase.sim.opened.lab : null;
  useLabAddress(openedLab);

  const show = useCallback((s: SimSnapshot) => {
    // A command that changed nothing (lspv, oslevel) keeps the same object: no diagram re-render (P3).
    const current = snapshotRef.current;
    if (current && current !== s && JSON.stringify(current) === JSON.stringify(s)) return;
    snapshotRef.current = s;
    setSnapshot(s);
  }, []);

  const adopt = useCallback(
    (sim: StartedSim, generation: number) => {
      setRunningSim(sim.api);
      labRef.current = sim.opened.lab.id;
      // A restarted simulator that opened as the writer has nothing left to wait for.
      if (sim.opened.storage.mode !== 'read-only') setRestarting(false);
      show(sim.opened.snapshot);
      baselineRef.current = sim.opened.snapshot;
      setBaseline(sim.opened.snapshot);
      setStorage(sim.opened.storage);
      setPhase({ kind: 'ready', sim, generation });
      sim.api.onStorage(setStorage);
      sim.api.onReopen((opened) => {
        // R3: the other tab closed; this one is the writer now and shows the saved lab as it was left.
        const next = generationRef.current + 1;
        generationRef.current = next;
        show(opened.snapshot);
        baselineRef.current = opened.snapshot;
        setBaseline(opened.snapshot);
        setStorage(opened.storage);
        setRestartNote((note) =>
          generation > 1 && note ? note : 'The other tab of the trainer was closed, so this tab took over the lab and saves your work again.',
        );
        setRestarting(false);
        setPhase((p) => (p.kind === 'ready' && p.sim.api === sim.api ? { kind: 'ready', sim: { ...p.sim, opened }, generation: next } : p));
      });
      sim.api.onFatal((error) => {
        // R5: a worker that dies after starting is restarted and the session rebuilt from storage. A line
        // that never took effect goes back into the command line instead of vanishing.
        const lost = watch.running();
        sim.api.close();
        setRestartNote(restartText(error.message, lost));
        if (lost && !lost.started) setPaste((p) => ({ text: lost.line, nonce: (p?.nonce ?? 0) + 1 }));
        setRestarting(true);
        setPhase({ kind: 'starting' });
        startSim({ speed: speedRef.current, restarted: true, ...(labRef.current ? { lab: labRef.current } : {}) }, { timeoutMs: RESTART_OPEN_TIMEOUT_MS }).then(
          (next) => adopt(next, ++generationRef.current),
          (err: unknown) => setPhase(failure(err)),
        );
      });
    },
    [show, watch],
  );

  useEffect(() => {
    let cancelled = false;
    boot.then(
      (sim) => {
        if (!cancelled) adopt(sim, 1);
      },
      (err: unknown) => {
        if (!cancelled) setPhase(failure(err));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [boot, adopt]);

  const api = phase.kind === 'ready' ? phase.sim.api : null;
  const terminalApi = useMemo(() => (phase.kind === 'ready' ? execTap.wrap(watch.wrap(phase.sim.api)) : null), [phase, execTap, watch]);
  const smitRun = useCallback(
    (line: string, observer: RunObserver) => {
      execTap.expect(line, observer);
      terminalControl.current?.run(line);
    },
    [execTap],
  );
  const smitExit = useCallback(() => setSmit(null), []);
  useEffect(() => {
    if (!smit) terminalControl.current?.focus();
  }, [smit]);

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

  const { view: lessonView, onCommandStart: lessonCommandStart, onDone: lessonDone } = useLessonRun(
    params.lesson ?? openedLab?.lesson ?? null,
    params.request.fresh === true,
    phase.kind === 'ready' ? phase.sim.opened : null,
  );

  const onCommandStart = useCallback((line: string) => {
    const before = snapshotRef.current;
    lessonCommandStart(line, before);
    // Only when the last command changed something is there a highlight to clear.
    if (before && before !== baselineRef.current) {
      baselineRef.current = before;
      setBaseline(before);
      seqRef.current += 1;
      setChangeSeq(seqRef.current);
    }
    commandRef.current = line;
    poweredRef.current = new Set();
  }, [lessonCommandStart]);

  const onDone = useCallback(
    (done: ExecDone) => {
      show(done.snapshot);
      lessonDone(done);
      const before = baselineRef.current;
      if (before) setNarration(narrationText(narrate(before, done.snapshot, poweredRef.current)));
    },
    [show, lessonDone],
  );

  const onEvent = useCallback(
    (event: SimEvent) => {
      if (event.type === 'smit') {
        setSmit((s) => ({ panel: event.panel, note: event.note ?? null, seq: (s?.seq ?? 0) + 1 }));
        return;
      }
      // The copy figure of 'progress' events is drawn by the terminal's strip and the target disk
      // (terminal/runProgress.ts), which know the whole command's duration; nothing to do here.
      if (event.type === 'progress') return;
      if (event.type === 'power') poweredRef.current.add(event.host);
      if (event.type === 'led' || event.type === 'power') {
        setBootLog((log) => appendBootEvent(log, event, seqRef.current, commandRef.current));
      }
      const current = snapshotRef.current;
      if (current) {
        const next = applyLiveEvent(current, event);
        if (next !== current) show(next);
      }
    },
    [show],
  );

  const onSelect = useCallback((id: string) => {
    setSelectedId(id);
    setSideTab('details');
  }, []);

  const onPaste = useCallback((text: string) => {
    setPaste((p) => ({ text, nonce: (p?.nonce ?? 0) + 1 }));
  }, []);

  const toggleTheme = useCallback(() => {
    setTheme((t) => {
      const next = t === 'dark' ? 'light' : 'dark';
      writeStored(THEME_KEY, next);
      return next;
    });
  }, []);

  const changeSplitX = useCallback((v: number) => {
    setSplitX(v);
    writeStored(SPLIT_X_KEY, String(v));
  }, []);
  const changeSplitY = useCallback((v: number) => {
    setSplitY(v);
    writeStored(SPLIT_Y_KEY, String(v));
  }, []);

  const labsList = useMemo(() => (phase.kind === 'ready' ? phase.sim.opened.labs : []), [phase]);
  const mainStyle = { '--split-x': `${(splitX * 100).toFixed(2)}%`, '--split-y': `${(splitY * 100).toFixed(2)}%` } as CSSProperties;

  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">
          altdisk <span className="app__title-accent">trainer</span>
        </h1>
        <div className="app__header-spacer" />
        <LabsMenu source={api} current={openedLab?.id ?? null} initial={labsList} />
        <ShareButton source={api} />
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
        <button type="button" className="header-button app__theme" aria-pressed={theme === 'dark'} aria-label="Dark theme" title="Switch between the light and the dark theme" onClick={toggleTheme}>
          <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span>
          <span className="app__theme-text">Dark theme</span>
        </button>
      </header>

      <LabNotices
        opened={phase.kind === 'ready' ? phase.sim.opened : null}
        request={params.request}
        storage={storage}
        fallbackReason={phase.kind === 'ready' ? phase.sim.fallbackReason : null}
        restartNote={restartNote}
        restarting={restarting}
        firstOpen={phase.kind === 'ready' && phase.generation === 1}
      />

      <main className="app__main" ref={mainRef} style={mainStyle}>
        <div className="app__area app__area--terminal" id="pane-terminal" data-testid="pane.terminal">
          {snapshot && <BootConsole snapshot={snapshot} log={bootLog} onPaste={onPaste} />}
          <div className="app__pane app__pane--terminal">
            {phase.kind === 'ready' && snapshot && terminalApi ? (
              <>
                {smit && (
                  <Suspense fallback={null}>
                    <Smit key={smit.seq} panel={smit.panel} note={smit.note} snapshot={snapshot} run={smitRun} onExit={smitExit} />
                  </Suspense>
                )}
                <div className="smit-host" hidden={!!smit}>
                  <Terminal
                    key={phase.generation}
                    api={terminalApi}
                    snapshot={snapshot}
                    scrollback={phase.sim.opened.scrollback}
                    history={phase.sim.opened.history}
                    commands={phase.sim.opened.commands}
                    onDone={onDone}
                    onEvent={onEvent}
                    onCommandStart={onCommandStart}
                    paste={paste}
                    control={terminalControl}
                    speed={speed}
                    onSpeed={onSpeedChange}
                  />
                </div>
              </>
            ) : phase.kind === 'failed' ? (
              <StartFailure message={phase.message} linkNeedsWorker={phase.linkNeedsWorker} request={params.request} />
            ) : (
              <div className="app__placeholder" role="status">
                Starting the simulator…
              </div>
            )}
          </div>
        </div>
        <div className="app__area app__area--vsplit">
          <Splitter orientation="vertical" label="Resize terminal and diagram" controls="pane-terminal" value={splitX} limits={SPLIT_X} onChange={changeSplitX} containerRef={mainRef} />
        </div>
        <section className="app__area app__area--diagram app__pane--diagram" id="pane-diagram" aria-label="Diagram" data-testid="pane.diagram">
          {snapshot && baseline && (
            <Diagram snapshot={snapshot} baseline={baseline} changeSeq={changeSeq} selectedId={selectedId} onSelect={onSelect} colorMode={theme} />
          )}
          <p className="narration" role="status" aria-live="polite" tabIndex={0} data-testid="diagram.narration">
            {narration && <span className="narration__label">Last change: </span>}
            {narration}
          </p>
        </section>
        <div className="app__area app__area--hsplit">
          <Splitter orientation="horizontal" label="Resize terminal and side panel" controls="pane-terminal" value={splitY} limits={SPLIT_Y} onChange={changeSplitY} containerRef={mainRef} />
        </div>
        <aside className="app__area app__area--side app__pane--side" aria-label="Side panel" data-testid="pane.side">
          <Tabs<SideTab>
            label="Side panel"
            idPrefix="side"
            selected={sideTab}
            onSelect={setSideTab}
            tabs={[
              { key: 'lesson', label: 'Lesson', panel: (
                  <Suspense fallback={null}>
                    <LessonPanel view={lessonView} />
                  </Suspense>
                ) },
              { key: 'details', label: 'Details', panel: snapshot ? <DetailsPanel snapshot={snapshot} selectedId={selectedId} onPaste={onPaste} /> : null },
              { key: 'lifecycle', label: 'Lifecycle', panel: snapshot ? (
                  <Suspense fallback={null}>
                    <LifecycleView lifecycle={snapshot.lifecycle} />
                  </Suspense>
                ) : null },
              { key: 'legend', label: 'Legend', panel: <Legend /> },
            ]}
          />
        </aside>
      </main>

      <footer className="app__status">
        <span className="status-item">
          <span className="status-item__label">lifecycle</span>
          <LifecycleStatus lifecycle={snapshot?.lifecycle ?? null} />
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
        <span className="app__header-spacer" />
        <span className="status-item">
          <span className="status-item__label">storage</span>
          <span className="status-item__value">{storage ? STORAGE_LABELS[storage.mode] : '…'}</span>
        </span>
      </footer>
    </div>
  );
}

function failure(err: unknown): Phase {
  const message = err instanceof LinkNeedsWorkerError ? err.reason : err instanceof Error ? err.message : String(err);
  return { kind: 'failed', message, linkNeedsWorker: err instanceof LinkNeedsWorkerError };
}
