/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { buildVersion, PRECACHE_PLACEHOLDER, precacheList, SERVICE_WORKER_FILE } from './src/pwa/precache.ts';

// The Content-Security-Policy has one source: the <meta> in index.html, which a static host serves as is.
// `npm start` (vite preview) also sends it as an HTTP header, adding what a <meta> policy cannot carry:
// frame-ancestors (no page may frame the trainer).
const metaPolicy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync(new URL('./index.html', import.meta.url), 'utf8'),
)?.[1];
if (!metaPolicy) throw new Error('index.html has no Content-Security-Policy <meta>: the preview server would send none');
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${metaPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// The dev server injects CSS as <style> elements, which the page's Content-Security-Policy forbids.
// The policy is kept for every build (npm start, the e2e suite) and dropped only under `npm run dev`.
const devWithoutCsp: Plugin = {
  name: 'dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
};

// The service worker (src/pwa/sw.ts) is built as /sw.js beside the page; once the bundle is known its
// placeholder becomes the list of files to keep offline and the build's version, so every new build is a
// new sw.js (which is how the browser notices an update).
const serviceWorkerShell: Plugin = {
  name: 'service-worker-shell',
  apply: 'build',
  generateBundle(_options, bundle) {
    const sw = bundle[SERVICE_WORKER_FILE];
    if (!sw || sw.type !== 'chunk') return; // the worker sub-build (sim.worker) has no service worker
    const publicFiles = readdirSync(new URL('./public', import.meta.url));
    const files = precacheList([...Object.keys(bundle), ...publicFiles]);
    // The minifier may requote the string: any quote around it is the placeholder.
    const parts = sw.code.split(new RegExp('(["\'`])' + PRECACHE_PLACEHOLDER + '\\1'));
    if (parts.length !== 3) throw new Error(`${SERVICE_WORKER_FILE}: expected one ${PRECACHE_PLACEHOLDER} in the built service worker`);
    parts.splice(1, 1);
    sw.code = parts.join(JSON.stringify(JSON.stringify({ version: buildVersion(files), files })));
  },
};

export default defineConfig({
  plugins: [react(), devWithoutCsp, serviceWorkerShell],
  build: {
    rolldownOptions: {
      input: { index: 'index.html', sw: 'src/pwa/sw.ts' },
      output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? SERVICE_WORKER_FILE : 'assets/[name]-[hash].js') },
    },
  },
  worker: { format: 'es' }, // module workers: new Worker(new URL(...), { type: 'module' }), import() inside
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  test: {
    environment: 'node', // fake-indexeddb supplies indexedDB; a component test opts into jsdom per file
    include: ['src/**/*.test.{ts,tsx}'], // keeps Playwright's e2e/*.spec.ts out of vitest
    setupFiles: ['fake-indexeddb/auto', './scripts/vitest.setup.ts'],
    // CI shares 2 cores with other work. Under two CPU-burning processes the slowest tests (the spawned
    // CLI run, the fuzz corpora, the layer-rule lint) took up to 9 s: 60 s holds at more than 4x that.
    // Tests bound work in counts, never in milliseconds; these limits only stop a hang.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
    // One process per test file, at most two at once: more would only queue for the same two cores and
    // stretch every file's own timeouts.
    pool: 'forks',
    maxWorkers: 2,
  },
});
