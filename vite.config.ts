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
    setupFiles: ['fake-indexeddb/auto'],
  },
});
