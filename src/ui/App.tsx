// The page: header (title, labs, share, speed, theme), banners, then three resizable panes: the boot
// console and the terminal at the top left above a side panel (lesson, details, lifecycle, legend), the
// diagram (with its narration) filling the right; a status strip at the bottom. On a phone the panes
// stack in DOM order: terminal, diagram, side panel.
// Every view is a projection of the snapshot the simulator sends back; the page changes nothing itself.
// The session (phase, snapshot, narration, storage, speed, restarts, SMIT…) lives in one store
// (session/pageState.ts, pageSession.ts); the useStates here are UI preferences only.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExecDone } from '../protocol/index.ts';
import { BootConsole } from './boot/BootConsole.tsx';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import { Diagram } from './diagram/Diagram.tsx';
import { createCommandWatch } from './labs/commandWatch.ts';
import { LabNotices } from './labs/LabNotices.tsx';
import { LabsMenu } from './labs/LabsMenu.tsx';
import { StartFailure } from './labs/StartFailure.tsx';
import { useLabAddress } from './labs/useLabAddress.ts';
import { SpeedSelect, ThemeButton } from './layout/HeaderControls.tsx';
import { Splitter } from './layout/Splitter.tsx';
import { StatusBar } from './layout/StatusBar.tsx';
import { Tabs, type TabSpec } from './layout/Tabs.tsx';
import { SPLIT_X, SPLIT_Y, useLayoutPrefs } from './layout/useLayoutPrefs.ts';
import { useExamRun } from './exam/useExamRun.ts';
import { useLessonRun } from './lessons/useLessonRun.ts';
import { isNewcomer, shouldWelcome, WELCOME_KEY } from './lessons/welcome.ts';
import { readStored } from './layout/theme.ts';
import type { PageParams } from './params.ts';
import { usePageSession } from './session/usePageSession.ts';
import { UpdatePrompt } from './pwa/UpdatePrompt.tsx';
import { ShareButton } from './share/ShareButton.tsx';
import { useSharedLinkAddress } from './share/useSharedLinkAddress.ts';
import type { StartedSim } from './sim/client.ts';
import { createExecTap, type RunObserver } from './smit/tap.ts';
import { Terminal, type TerminalControl } from './terminal/Terminal.tsx';
import { useTimelineTab } from './timeline/useTimelineTab.tsx';
// After the components' stylesheets (imported above): the page frame's rules win ties, as app.css's did.
import './layout/layout.css';

// Loaded on first use, to keep the JS before first interaction small (BUDGETS P1): SMIT opens only
// with `smitty`, the statechart drawing only in its tab.
const Smit = lazy(() => import('./smit/Smit.tsx').then((m) => ({ default: m.Smit })));
const LifecycleView = lazy(() => import('./lifecycle/LifecycleView.tsx').then((m) => ({ default: m.LifecycleView })));
// The lesson panel and the lesson content (src/lessons) load apart too; with ?lesson= they start loading at once.
const LessonPanel = lazy(() => import('./lessons/LessonPanel.tsx').then((m) => ({ default: m.LessonPanel })));
// The exam (?exam=1) takes the Lesson tab's place; the goal view opens over the diagram on "Show goal".
const ExamPanel = lazy(() => import('./exam/ExamPanel.tsx').then((m) => ({ default: m.ExamPanel })));
const GoalPanel = lazy(() => import('./goal/GoalPanel.tsx').then((m) => ({ default: m.GoalPanel })));
// The Legend tab, and the first visit's welcome (a newcomer sees it a moment after the page).
const Legend = lazy(() => import('./diagram/Legend.tsx').then((m) => ({ default: m.Legend })));
const Welcome = lazy(() => import('./lessons/Welcome.tsx').then((m) => ({ default: m.Welcome })));

/** Fetches the lazy panels once the terminal is ready, so they open at once when asked for. */
function prefetchPanels(): void {
  void import('./smit/Smit.tsx');
  void import('./lifecycle/LifecycleView.tsx');
  void import('./lessons/LessonPanel.tsx');
}

type SideTab = 'lesson' | 'details' | 'lifecycle' | 'timeline' | 'legend';

export function App({ params, boot }: { params: PageParams; boot: Promise<StartedSim> }) {
  const watch = useMemo(() => createCommandWatch(), []);
  const execTap = useMemo(() => createExecTap(), []);
  const page = usePageSession({ speed: params.request.speed, lab: params.request.lab, boot, watch });
  const { phase, snapshot, baseline, smit, storage } = page.state;
  const layout = useLayoutPrefs();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // With ?lesson=, an exam, and for a newcomer, the Lesson tab (always first) is the one shown at start.
  const [sideTab, setSideTab] = useState<SideTab>(params.lesson || params.exam || isNewcomer(readStored(WELCOME_KEY)) ? 'lesson' : 'details');
  // The first visit's welcome, decided once from the address the page was opened with.
  const [welcome] = useState(() => shouldWelcome(window.location.search, window.location.hash, readStored(WELCOME_KEY)));
  const mainRef = useRef<HTMLElement>(null);
  const terminalControl = useRef<TerminalControl>(null);

  const ready = phase.kind === 'ready' ? phase : null;
  const opened = ready ? ready.sim.opened : null;
  const api = ready ? ready.sim.api : null;
  const isReady = ready !== null;
  useEffect(() => {
    if (!isReady) return;
    const timer = setTimeout(prefetchPanels, 0);
    return () => clearTimeout(timer);
  }, [isReady]);
  // A #s= link has opened (or was refused): it leaves the address, so a reload keeps the learner's work.
  useSharedLinkAddress(isReady);
  useLabAddress(opened?.lab ?? null);

  // An exam lab has no lesson: no hints, no solution, no goal.
  const lesson = useLessonRun(params.exam ? null : (params.lesson ?? opened?.lab.lesson ?? null), params.request.fresh === true, opened);
  const exam = useExamRun(params.exam, opened);
  const { onDone: sessionDone } = page;
  const { onDone: lessonDone, wrapApi: lessonWrap } = lesson;
  const { onDone: examDone, wrapApi: examWrap } = exam;
  const onDone = useCallback(
    (done: ExecDone) => {
      sessionDone(done);
      lessonDone(done);
      examDone(done);
    },
    [lessonDone, sessionDone, examDone],
  );

  // What the terminal runs through: SMIT's tap, the dead-worker watch, and the lesson's record of each line's output.
  const timeline = useTimelineTab({ api, session: page.session, active: sideTab === 'timeline' });
  const timelineWrap = timeline.wrap;
  const terminalApi = useMemo(
    () => (api ? execTap.wrap(watch.wrap(timelineWrap(examWrap(lessonWrap(api))))) : null),
    [api, execTap, watch, lessonWrap, examWrap, timelineWrap],
  );
  const smitRun = useCallback(
    (line: string, observer: RunObserver) => {
      execTap.expect(line, observer);
      terminalControl.current?.run(line);
    },
    [execTap],
  );
  useEffect(() => {
    if (!smit) terminalControl.current?.focus();
  }, [smit]);

  // "Go back to the step before" after a lesson's dead end: a typed `undo` (the timeline's travel).
  const canTravel = !!api?.timeTravel;
  const lessonBack = useCallback(() => terminalControl.current?.run('undo'), []);
  const onSelect = useCallback((id: string) => {
    setSelectedId(id);
    setSideTab('details');
  }, []);

  // The header's actions, left to right after the title.
  const headerActions = [
    <LabsMenu key="labs" source={api} current={opened?.lab.id ?? null} initial={opened?.labs ?? NO_LABS} />,
    <ShareButton key="share" source={api} lesson={params.exam ? null : lesson.view.run} />,
    <SpeedSelect key="speed" speed={page.state.speed} onChange={page.onSpeedChange} />,
    <ThemeButton key="theme" theme={layout.theme} onToggle={layout.toggleTheme} />,
  ];

  // The side panel's tabs, in order; the Lesson tab is always first.
  const sideTabs: TabSpec<SideTab>[] = [
    { key: 'lesson', label: params.exam ? 'Exam' : 'Lesson', panel: (
        <Suspense fallback={null}>
          {params.exam ? <ExamPanel view={exam.view} onFinish={exam.finish} onAnswer={exam.answer} /> : <LessonPanel view={lesson.view} onPaste={page.onPaste} onBack={canTravel ? lessonBack : undefined} />}
        </Suspense>
      ) },
    { key: 'details', label: 'Details', panel: snapshot ? <DetailsPanel snapshot={snapshot} selectedId={selectedId} onPaste={page.onPaste} /> : null },
    { key: 'lifecycle', label: 'Lifecycle', panel: snapshot ? (
        <Suspense fallback={null}>
          <LifecycleView lifecycle={snapshot.lifecycle} />
        </Suspense>
      ) : null },
    { key: 'timeline', label: 'Timeline', panel: timeline.panel },
    { key: 'legend', label: 'Legend', panel: (
        <Suspense fallback={null}>
          <Legend />
        </Suspense>
      ) },
  ];

  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">
          altdisk <span className="app__title-accent">trainer</span>
        </h1>
        <div className="app__header-spacer" />
        {headerActions}
      </header>
      <UpdatePrompt busy={page.state.busy} />

      {welcome && (
        <Suspense fallback={null}>
          <Welcome onDismiss={() => terminalControl.current?.focus()} />
        </Suspense>
      )}
      <LabNotices
        opened={opened}
        request={params.request}
        storage={storage}
        fallbackReason={ready ? ready.sim.fallbackReason : null}
        restartNote={page.state.restartNote}
        restarting={page.state.restarting}
        firstOpen={ready?.generation === 1}
      />

      <main className="app__main" ref={mainRef} style={layout.mainStyle}>
        <div className="app__area app__area--terminal" id="pane-terminal" data-testid="pane.terminal">
          {snapshot && <BootConsole snapshot={snapshot} log={page.state.bootLog} onPaste={page.onPaste} />}
          <div className="app__pane app__pane--terminal">
            {ready && snapshot && terminalApi ? (
              <>
                {smit && (
                  <Suspense fallback={null}>
                    <Smit key={smit.seq} panel={smit.panel} note={smit.note} snapshot={snapshot} run={smitRun} onExit={page.onSmitExit} />
                  </Suspense>
                )}
                <div className="smit-host" hidden={!!smit}>
                  <Terminal
                    key={ready.generation}
                    api={terminalApi}
                    snapshot={snapshot}
                    scrollback={ready.sim.opened.scrollback}
                    history={ready.sim.opened.history}
                    commands={ready.sim.opened.commands}
                    onDone={onDone}
                    onEvent={page.onEvent}
                    onCommandStart={page.onCommandStart}
                    onBusyChange={page.onBusyChange}
                    paste={page.state.paste}
                    control={terminalControl}
                    speed={page.state.speed}
                    onSpeed={page.onSpeedChange}
                    preview={api ?? undefined}
                    flagHelp={ready.sim.opened.flagHelp}
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
          <Splitter orientation="vertical" label="Resize terminal and diagram" controls="pane-terminal" value={layout.splitX} limits={SPLIT_X} onChange={layout.changeSplitX} containerRef={mainRef} />
        </div>
        <section className="app__area app__area--diagram app__pane--diagram" id="pane-diagram" aria-label="Diagram" data-testid="pane.diagram">
          {snapshot && baseline && (
            <Diagram snapshot={snapshot} baseline={baseline} changeSeq={page.state.changeSeq} selectedId={selectedId} onSelect={onSelect} colorMode={layout.theme} focus={lesson.view.focus.nodes} focusStrong={lesson.view.ladder.rung >= 3} />
          )}
          {!params.exam && lesson.view.lesson && snapshot && (
            <Suspense fallback={null}>
              <GoalPanel lesson={lesson.view.lesson} snapshot={snapshot} />
            </Suspense>
          )}
          <p className="narration" role="status" aria-live="polite" tabIndex={0} data-testid="diagram.narration">
            {page.state.narration && <span className="narration__label">Last change: </span>}
            {page.state.narration}
          </p>
        </section>
        <div className="app__area app__area--hsplit">
          <Splitter orientation="horizontal" label="Resize terminal and side panel" controls="pane-terminal" value={layout.splitY} limits={SPLIT_Y} onChange={layout.changeSplitY} containerRef={mainRef} />
        </div>
        <aside className="app__area app__area--side app__pane--side" aria-label="Side panel" data-testid="pane.side">
          <Tabs<SideTab> label="Side panel" idPrefix="side" selected={sideTab} onSelect={setSideTab} tabs={sideTabs} />
        </aside>
      </main>

      <StatusBar snapshot={snapshot} storage={storage} />
    </div>
  );
}

const NO_LABS: never[] = [];
