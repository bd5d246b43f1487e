import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/lib/browser.ts';

// Loopback only: the preview server binds 127.0.0.1 and the browser is Debian's chromium
// (`npx playwright install` cannot download Chrome for Testing here; scripts/ensure-chromium.sh installs it).
// PW_PORT / PW_DIST let several e2e runs share one machine (each its own preview server and build folder).
const PORT = Number(process.env.PW_PORT ?? 4173);
const DIST = process.env.PW_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.PW_OUT ?? 'test-results', // emptied by Playwright at start: other reports go to reports/
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The offline service worker would answer reloads from its cache, past the routes that specs use to
    // inject faults (a worker that cannot load, a refused IndexedDB): only e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    // Specs start as returning visitors: the first visit's welcome is dismissed (docs/automation.md). A spec
    // about the first visit starts empty: test.use({ storageState: { cookies: [], origins: [] } }).
    storageState: { cookies: [], origins: [{ origin: `http://127.0.0.1:${PORT}`, localStorage: [{ name: 'altdisk.welcome', value: 'done' }] }] },
  },
  projects: [
    {
      name: 'debian-chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    // Tests run against a production build, as users get it.
    command: `npx vite build --outDir ${DIST} && npx vite preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    // Locally a running preview is reused (it may be stale: stop it or set CI=1); CI always builds fresh.
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
