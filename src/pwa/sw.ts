/// <reference lib="webworker" />
// The service worker: the trainer starts and works offline after the first visit. It serves the app
// shell from its cache (cache first), so a new deployment is not picked up behind the learner's back:
// the new worker installs and waits, the page offers the update, and only the page (never mid-command)
// tells it to take over. Lab data (IndexedDB) and links (#s= fragments) never pass through here.
declare const self: ServiceWorkerGlobalScope;
export {}; // a module, so `self` above is this file's own name for the worker scope

interface Shell {
  version: string;
  files: string[];
}
// The build writes the real list in place of this placeholder (PRECACHE_PLACEHOLDER, vite.config.ts).
const SHELL: Shell = JSON.parse('__ALTDISK_PRECACHE__') as Shell;
const CACHE = `altdisk-shell-${SHELL.version}`;
const PAGE = '/';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL.files)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('altdisk-shell-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'apply-update') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Every page address (?lab=, ?lesson=, ?scenario=) is the same page: the cached shell answers it.
  const key = request.mode === 'navigate' ? PAGE : url.pathname;
  if (!SHELL.files.includes(key)) return;
  event.respondWith(
    (async () => {
      const cached = await caches.match(key, { cacheName: CACHE });
      return cached ?? fetch(request);
    })(),
  );
});
