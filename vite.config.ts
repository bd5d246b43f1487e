/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';

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

export default defineConfig({
  plugins: [react(), devWithoutCsp],
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
