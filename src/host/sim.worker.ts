// The module worker (created by ui/sim/client.ts with `new Worker(new URL(...), { type: 'module' })`).
// It only wires the worker's message port to the host endpoint; everything else lives in simHost.ts.
// Checked twice: by src/host/tsconfig.json (WebWorker library, no DOM) and by the root program (DOM),
// so the scope is reached through the small interface below, which both libraries satisfy.
import type { FromWorker, ToWorker } from '../protocol/index.ts';
import { createHostEndpoint } from './simHost.ts';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;

const endpoint = createHostEndpoint((msg) => scope.postMessage(msg), {
  inPage: false,
  // StorageManager.persist() exists only in windows: ask the page to call it after the first save.
  requestPersist: () => {
    scope.postMessage({ id: 0, type: 'persist' });
    return Promise.resolve(true);
  },
  scheduler: {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
});

scope.onmessage = (event) => endpoint.receive(event.data);
