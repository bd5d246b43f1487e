// Installable and offline: the manifest and icons satisfy Chromium's installability checks, the trainer
// starts and clones with the network gone after one visit, and a new build is offered, never applied
// mid-command.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../scripts/lib/browser.ts';
import type { Page } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

// The config blocks service workers for every other spec (they inject faults with routes).
test.use({ serviceWorkers: 'allow' });

const SW_FILE = join(process.env.PW_DIST ?? 'dist', 'sw.js');

/** Waits until the service worker controls the page (it installs after the lab has opened). */
async function waitControlled(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

test('Chromium finds the trainer installable: a valid manifest, its icons and no installability errors', async ({ baseURL }) => {
  // Installability is never granted in an incognito profile, which is what a test context is: this one
  // opens a real, throwaway profile.
  const profile = mkdtempSync(join(tmpdir(), 'altdisk-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const app = new TrainerPage(page);
    await app.goto({ speed: 'instant' });
    await waitControlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
    for (const icon of ['/icon-192.png', '/icon-512.png', '/icon-maskable-512.png', '/icon.svg', '/favicon-32.png']) {
      const response = await page.request.get(icon);
      expect(response.status(), icon).toBe(200);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('after the first visit the trainer reloads and clones with the network blocked', async ({ page, context }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await waitControlled(page);
  await context.setOffline(true);
  try {
    await app.reload();
    await app.run('alt_disk_copy -d hdisk1');
    await expect(app.output).toContainText('Bootlist is set to the boot disk: hdisk1');
    await app.run('lspv');
    expect((await app.outputOf('lspv')).join('\n')).toMatch(/hdisk1\s+00f6db0a8f3a1c22\s+altinst_rootvg/);
  } finally {
    await context.setOffline(false);
  }
});

test('a new build is offered, waits while a command runs, and applies on the learner\'s word', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: '1x' });
  await waitControlled(page);
  await expect(page.getByTestId('update.prompt')).toHaveCount(0);

  // A new deployment: the same files under a new build version, so a byte-different sw.js.
  const original = readFileSync(SW_FILE, 'utf8');
  writeFileSync(SW_FILE, original.replace(/\\"version\\":\\"([0-9a-f]{8})\\"/, '\\"version\\":\\"0e2e0e2e\\"'));
  try {
    expect(readFileSync(SW_FILE, 'utf8')).not.toBe(original);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const prompt = page.getByTestId('update.prompt');
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('A new version of the trainer is ready.');

    // A long command (a clone at 1×) is running: the update cannot be applied now.
    await app.input.fill('alt_disk_copy -d hdisk1');
    await app.input.press('Enter');
    await expect(page.getByTestId('update.apply')).toBeDisabled();
    await app.input.press('Control+c');
    await app.waitIdle();
    await expect(page.getByTestId('update.apply')).toBeEnabled();

    const reloaded = page.waitForEvent('load');
    await page.getByTestId('update.apply').click();
    await reloaded;
    await app.waitReady();
    await expect(page.getByTestId('update.prompt')).toHaveCount(0);
    expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('altdisk-shell-')))).toEqual(['altdisk-shell-0e2e0e2e']);
  } finally {
    writeFileSync(SW_FILE, original);
  }
});
