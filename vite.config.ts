/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' }, // module workers: new Worker(new URL(...), { type: 'module' }), import() inside
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'node', // fake-indexeddb supplies indexedDB; a component test opts into jsdom per file
    include: ['src/**/*.test.{ts,tsx}'], // keeps Playwright's e2e/*.spec.ts out of vitest
    setupFiles: ['fake-indexeddb/auto'],
  },
});
