import { StrictMode } from 'react';
// Tokens and base rules first: every component's stylesheet follows (and wins ties with) them.
import './styles/tokens.css';
import './styles/base.css';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ExamModeContext } from './exam/ExamContext.ts';
import { ErrorBoundary } from './labs/ErrorBoundary.tsx';
import { setRunningSim } from './labs/recovery.ts';
import { withLessonTitle } from './lessons/load.ts';
import { applyTheme, initialTheme, readStored, systemPrefersDark, THEME_KEY, writeStored } from './layout/theme.ts';
import { RUN_KEY } from './lessons/run.ts';
import { readPageParams } from './params.ts';
import { registerServiceWorker } from './pwa/serviceWorker.ts';
import { startSimOrPlain } from './sim/client.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The theme before the first paint (no inline script may do it earlier: CSP script-src 'self').
applyTheme(initialTheme(readStored(THEME_KEY), systemPrefersDark()));

const pageParams = readPageParams(window.location.search, window.location.hash);

// A link made mid-lesson opens that lesson (share/lessonLink.ts, its own chunk, read only for a link):
// known before the first render so the Lesson tab shows it; its run is stored once the link's lab opened.
type LinkLessonModule = typeof import('./share/lessonLink.ts');
const linkLesson: Promise<{ module: LinkLessonModule; found: NonNullable<ReturnType<LinkLessonModule['readLinkLesson']>> } | null> = pageParams.request.shared
  ? import('./share/lessonLink.ts').then(
      (module) => {
        const found = module.readLinkLesson(pageParams.request.shared!);
        return found ? { module, found } : null;
      },
      () => null,
    )
  : Promise.resolve(null);

void linkLesson.then((fromLink) => {
  const params = fromLink ? { ...pageParams, lesson: fromLink.found.lesson.id } : pageParams;
  if (fromLink) {
    // A lesson made in the builder travels whole in the link: stored for the Lesson tab (lessons/customLesson.ts).
    fromLink.module.keepCustomLesson(fromLink.found);
    // The lab's address keeps `lesson` (labs/address.ts), so a reload reopens the lesson with its lab.
    const next = fromLink.module.withLessonParam(window.location.href, fromLink.found.lesson.id);
    if (next) window.history.replaceState(window.history.state, '', next);
  }
  // Started once, outside React, so StrictMode's double effects never open a second simulator. A lesson's
  // new lab is named after the lesson (its content chunk is wanted at once for the panel anyway).
  const boot = withLessonTitle(params.request)
    .then(startSimOrPlain)
    .then((sim) => {
      const run = fromLink ? fromLink.module.runFromLink(fromLink.found, sim.opened) : null;
      if (run) writeStored(RUN_KEY, JSON.stringify(run));
      return sim;
    });
  // Known to "Wipe saved labs" even when the app fails to render (the error boundary).
  boot.then((sim) => setRunningSim(sim.api), () => {});
  // Offline use after the first visit; registered once the lab is open, so it never delays the start.
  boot.then(() => registerServiceWorker(), () => registerServiceWorker());

  createRoot(root!).render(
    <StrictMode>
      <ErrorBoundary>
        {/* Outside App: App's own hooks (the timeline's undo) read whether this is an exam. */}
        <ExamModeContext.Provider value={params.exam}>
          <App params={params} boot={boot} />
        </ExamModeContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
});
