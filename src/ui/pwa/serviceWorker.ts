// The page's side of offline use: registers /sw.js (built by vite.config.ts from src/pwa/sw.ts) and tells
// the page when a new build has installed and waits. The update is applied only when the page asks
// (applyUpdate), which the prompt does only while no command runs; the page then reloads once the new
// worker has taken over. Not in `npm run dev`, where the files change under the worker's feet.

export interface UpdateState {
  /** A new build is installed and waiting for the page's word. */
  ready: boolean;
}

type Listener = () => void;
let state: UpdateState = { ready: false };
let waiting: ServiceWorker | null = null;
// Set when the learner applies an update: only then does a change of controller reload the page (the
// first worker claiming a fresh page is not an update).
let applying = false;
const listeners = new Set<Listener>();

function setReady(worker: ServiceWorker): void {
  waiting = worker;
  if (state.ready) return;
  state = { ready: true };
  for (const l of listeners) l();
}

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateState(): UpdateState {
  return state;
}

/** Registers the service worker; never throws (offline use is a bonus, not a condition to run). */
export async function registerServiceWorker(container: ServiceWorkerContainer | undefined = navigator.serviceWorker): Promise<void> {
  if (!container || !import.meta.env.PROD) return;
  try {
    // Only a worker that replaces one already in control is an update; the first one just installs.
    const hadController = container.controller !== null;
    const registration = await container.register('/sw.js', { type: 'module', scope: '/' });
    const watch = (worker: ServiceWorker | null) => {
      if (!worker) return;
      const check = () => {
        if (worker.state === 'installed' && (hadController || container.controller)) setReady(worker);
      };
      check();
      worker.addEventListener('statechange', check);
    };
    watch(registration.waiting);
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    let reloading = false;
    container.addEventListener('controllerchange', () => {
      if (!applying || reloading) return;
      reloading = true;
      window.location.reload();
    });
  } catch {
    // A browser without service workers for this origin (private mode, file://): the trainer still runs.
  }
}

/** Lets the waiting build take over; the page reloads when it has. */
export function applyUpdate(): void {
  if (!waiting) return;
  applying = true;
  waiting.postMessage({ type: 'apply-update' });
}
