import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ErrorBoundary } from './labs/ErrorBoundary.tsx';
import { setRunningSim } from './labs/recovery.ts';
import { withLessonTitle } from './lessons/load.ts';
import { applyTheme, initialTheme, readStored, systemPrefersDark, THEME_KEY } from './layout/theme.ts';
import { readPageParams } from './params.ts';
import { registerServiceWorker } from './pwa/serviceWorker.ts';
import { startSimOrPlain } from './sim/client.ts';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The theme before the first paint (no inline script may do it earlier: CSP script-src 'self').
applyTheme(initialTheme(readStored(THEME_KEY), systemPrefersDark()));

const params = readPageParams(window.location.search, window.location.hash);
// Started once, outside React, so StrictMode's double effects never open a second simulator. A lesson's
// new lab is named after the lesson (its content chunk is wanted at once for the panel anyway).
const boot = withLessonTitle(params.request).then(startSimOrPlain);
// Known to "Wipe saved labs" even when the app fails to render (the error boundary).
boot.then((sim) => setRunningSim(sim.api), () => {});
// Offline use after the first visit; registered once the lab is open, so it never delays the start.
boot.then(() => registerServiceWorker(), () => registerServiceWorker());

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App params={params} boot={boot} />
    </ErrorBoundary>
  </StrictMode>,
);
