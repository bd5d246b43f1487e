// Fallback when a background worker cannot run: the same host endpoint, loaded on demand and run in the
// page. This file holds the single allowed ui → host import (a dynamic one, so the host code stays in
// its own chunk and is only fetched when needed).
import type { FromWorker, HostError, ToWorker } from '../../protocol/index.ts';
import type { Transport } from './client.ts';

export async function createInPageTransport(): Promise<Transport> {
  const { createHostEndpoint } = await import('../../host/simHost.ts');
  let onMessage: ((msg: FromWorker) => void) | null = null;
  let onFatal: ((error: HostError) => void) | null = null;
  let closed = false;
  // Messages cross as structured clones, exactly as they would through postMessage, so neither side can
  // see the other's objects change later. Delivery is asynchronous for the same reason.
  const endpoint = createHostEndpoint(
    (msg: FromWorker) => {
      if (closed) return;
      const copy = structuredClone(msg);
      queueMicrotask(() => {
        if (!closed) onMessage?.(copy);
      });
    },
    {
      inPage: true,
      scheduler: {
        setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
        clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
      },
    },
  );
  return {
    send(msg: ToWorker) {
      if (closed) return;
      const copy = structuredClone(msg);
      queueMicrotask(() => {
        if (closed) return;
        try {
          endpoint.receive(copy);
        } catch (err) {
          onFatal?.({ code: 'internal', message: `The simulator failed: ${err instanceof Error ? err.message : String(err)}` });
        }
      });
    },
    listen(message, fatal) {
      onMessage = message;
      onFatal = fatal;
    },
    close() {
      closed = true;
      endpoint.dispose(); // releases the writer lock, so a restarted host in this page can write (R3)
    },
  };
}
