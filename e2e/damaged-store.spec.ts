// Issue 9, damaged storage: for each case the app opens, names what it set aside, and both ways out —
// "Open a fresh lab" and "Wipe saved labs" — work from inside the app. The damage is made with raw
// IndexedDB from a blank page at the app's origin (the app has no test hooks).
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { watchPageHealth } from './pages/pageHealth.ts';
import { bumpVersion, dropStore, leaveApp, putRecord, spoilRecords } from './pages/rawStore.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

interface Damage {
  /** Damages the stored lab `lab` (the app is not loaded meanwhile). */
  make(page: Page, lab: string): Promise<unknown>;
  /** Words the notice must hold. */
  said: RegExp;
  /** A newer database stays unusable until wiped: the fresh lab runs in memory. */
  newer?: boolean;
}

// The stores of schema v3 (src/host/persistence/layout.ts): labLines [labId, n], labInflight by lab id,
// labParts [labId, 'head' | 'start' | …].
const DAMAGE: Record<string, Damage> = {
  'garbage scrollback records': {
    make: (page) => spoilRecords(page, 'labLines', [{ kind: 7, text: { html: '<b>' } }, 'garbage', null, 42, [1, 2]]),
    said: /terminal scrollback/,
  },
  'a bad inflight record': {
    make: (page, lab) => putRecord(page, 'labInflight', lab, { line: 42, before: 'not a session', atMs: -5 }),
    said: /interrupted command/,
  },
  'a missing store': { make: (page) => dropStore(page, 'labLines'), said: /“labLines”.*missing/ },
  'a newer database version': { make: bumpVersion, said: /newer version/, newer: true },
  'a garbage start record': {
    make: (page, lab) => putRecord(page, 'labParts', [lab, 'start'], { hosts: 'not a world', clock: { nowMs: 'soon' } }),
    said: /start world/,
  },
};

/** A lab with work in it, damaged as `damage` says, then the app opened on it again. */
async function damagedLab(page: Page, damage: Damage): Promise<TrainerPage> {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('bootlist -m normal hdisk1');
  await app.run('lspv');
  const lab = await app.currentLabId();
  await leaveApp(page);
  await damage.make(page, lab);
  await app.goto({ speed: 'instant', lab });
  return app;
}

for (const [name, damage] of Object.entries(DAMAGE)) {
  test(`${name}: the app opens, names what was set aside, and a fresh lab works`, async ({ page }) => {
    const health = await watchPageHealth(page);
    const app = await damagedLab(page, damage);
    const notice = page.getByTestId('lab.setaside');
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toContainText(damage.said);
    await expect(page.getByText(/\breload\b/i)).toHaveCount(0); // reloading would not help here
    // The rest opened: the lab's state is there (a newer database cannot be read at all).
    if (damage.newer) await expect(app.bootlist).not.toContainText('hdisk1');
    else await expect(app.bootlist).toContainText('hdisk1');
    await page.screenshot({ path: test.info().outputPath('damaged.png') });

    await notice.getByRole('link', { name: 'Open a fresh lab' }).click();
    await app.waitReady();
    await app.run('lspv');
    expect(await app.outputOf('lspv')).toHaveLength(4);
    await expect(app.bootlist).not.toContainText('hdisk1');
    await expect(page.getByText(damage.newer ? 'memory only' : 'saved in this browser', { exact: true })).toBeVisible();
    expect(health.pageErrors).toEqual([]);
  });

  test(`${name}: "Wipe saved labs" (asked first) leaves a clean, saving app`, async ({ page }) => {
    const app = await damagedLab(page, damage);
    const notice = page.getByTestId('lab.setaside');
    await notice.getByRole('button', { name: 'Wipe saved labs…' }).click();
    await notice.getByRole('group', { name: 'Wipe saved labs?' }).getByRole('button', { name: 'Wipe saved labs' }).click();
    await app.waitReady();
    await expect(page.getByTestId('lab.setaside')).toHaveCount(0);
    await expect(page.getByText('saved in this browser')).toBeVisible();
    await expect(app.output).not.toContainText('# bootlist -m normal hdisk1');
    await app.run('bootlist -m normal hdisk1');
    await app.reload();
    await expect(page.getByTestId('lab.setaside')).toHaveCount(0);
    await expect(app.bootlist).toContainText('hdisk1');
    await expect(await app.openLabs()).toHaveCount(1);
  });
}
