/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// The dev server injects CSS as <style> elements, which the page's Content-Security-Policy forbids.
// The policy is kept for every build (npm start, the e2e suite) and dropped only under `npm run dev`.
const devWithoutCsp: Plugin = {
  name: 'dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
};

export default defineConfig({
  plugins: [react(), devWithoutCsp],
  worker: { format: 'es' }, // module workers: new Worker(new URL(...), { type: 'module' }), import() inside
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'node', // fake-indexeddb supplies indexedDB; a component test opts into jsdom per file
    include: ['src/**/*.test.{ts,tsx}'], // keeps Playwright's e2e/*.spec.ts out of vitest
    setupFiles: ['fake-indexeddb/auto', './scripts/vitest.setup.ts'],
    // CI shares 2 cores with other work. The slowest test takes about 4 s on a loaded machine (the fuzz
    // corpora, the one spawned CLI run): 30 s holds at more than 4x that. Tests bound work in counts,
    // never in milliseconds; these limits only stop a hang.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    teardownTimeout: 30_000,
    // One process per test file, at most two at once: more would only queue for the same two cores and
    // stretch every file's own timeouts.
    pool: 'forks',
    maxWorkers: 2,
  },
});
