// Shared links (ARCHITECTURE §7 `#s=`, BUDGETS S1/S4): Share makes a link of the lab; opening it in another
// browser replays every line into the same state; a broken link says so and the usual lab opens; text
// from a link is shown as text and never runs.
import { expect, test, type Page } from '@playwright/test';
import { encodeLink, type LinkPayload } from '../src/core/scenario/link.ts';
import { TrainerPage } from './pages/TrainerPage.ts';
import { watchPageHealth } from './pages/pageHealth.ts';

declare global {
  interface Window {
    __canary?: () => void;
    __canaryCalls?: number;
  }
}

function linkOf(payload: Omit<LinkPayload, 'version'>): string {
  const r = encodeLink({ version: 1, ...payload });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A function any injected script would call; a dialog (alert) counts as a call too. */
async function armCanary(page: Page): Promise<() => Promise<number>> {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.addInitScript(() => {
    window.__canaryCalls = 0;
    window.__canary = () => {
      window.__canaryCalls = (window.__canaryCalls ?? 0) + 1;
    };
  });
  return async () => dialogs + (await page.evaluate(() => window.__canaryCalls ?? 0));
}

test('Share: the link opens the same lab in another browser — same lspv, same lifecycle state', async ({ page, browser }) => {
  const health = await watchPageHealth(page);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('alt_disk_copy -d hdisk1');
  await app.run('alt_rootvg_op -W -d hdisk1');
  await app.run('lspv');
  const lspv = await app.outputOf('lspv');
  const state = (await app.lifecycleState.textContent()) ?? '';
  expect(state).not.toBe('');

  await page.getByRole('button', { name: 'Share this lab' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this lab' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('textbox', { name: 'Link' });
  const link = await field.inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=[jz][A-Za-z0-9_-]+$/);
  await expect(dialog.getByTestId('share.count')).toHaveText(`${link.length.toLocaleString('en-US')} characters`);
  expect(link.length).toBeLessThan(2000);
  await expect(dialog).toContainText('its 3 command lines');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /copied|selected/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  const other = await browser.newContext();
  try {
    const page2 = await other.newPage();
    const health2 = await watchPageHealth(page2);
    const app2 = await TrainerPage.openLink(page2, link);
    await expect(app2.lifecycleState).toHaveText(state);
    // The replayed lines are in the scrollback as if typed.
    await expect(app2.output).toContainText('# alt_disk_copy -d hdisk1');
    await expect(app2.output).toContainText('# alt_rootvg_op -W -d hdisk1');
    expect(await app2.outputOf('lspv')).toEqual(lspv);
    // The link has left the address: a reload restores the saved lab, it does not replay the link again.
    await expect.poll(() => new URL(page2.url()).hash).toBe('');
    await app2.run('bootlist -m normal -o');
    await app2.reload();
    await expect(app2.lifecycleState).toHaveText(state);
    const echoes = (await app2.outputLines()).filter((l) => l === '# alt_disk_copy -d hdisk1');
    expect(echoes).toHaveLength(1);
    await expect(app2.output).toContainText('# bootlist -m normal -o');
    expect(health2.pageErrors).toEqual([]);
    expect(await health2.cspViolations()).toEqual([]);
  } finally {
    await other.close();
  }
  expect(health.pageErrors).toEqual([]);
  expect(health.consoleErrors).toEqual([]);
  expect(await health.cspViolations()).toEqual([]);
});

test('a broken link shows a readable alert and the default lab opens', async ({ page }) => {
  const health = await watchPageHealth(page);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant', shared: 'zTHIS-is-not-a-link' });
  const alert = page.getByRole('alert').filter({ hasText: 'link' });
  await expect(alert).toHaveText(/^This link is damaged: .*A fresh lab was opened instead\.$/);
  await expect(app.lifecycleState).toHaveText('noAlternate');
  await app.run('lspv');
  const lspv = await app.outputOf('lspv');
  expect(lspv).toHaveLength(4);
  expect(lspv[0]).toMatch(/^hdisk0\s+00f6db0a6c7aece5\s+rootvg\s+active/);
  expect(health.pageErrors).toEqual([]);
});

test('a broken link keeps the saved lab', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('bootlist -m normal hdisk1');
  await page.goto('about:blank'); // a new document: the same address with a new fragment would not load anew
  await app.goto({ speed: 'instant', shared: 'j' + 'A'.repeat(20_000) });
  await expect(page.getByRole('alert').filter({ hasText: 'link' })).toHaveText(/too long to open.*Your saved lab was opened instead\./);
  await expect(app.output).toContainText('# bootlist -m normal hdisk1');
});

test('markup in a link is shown as text and never runs (S4)', async ({ page }) => {
  const calls = await armCanary(page);
  const app = new TrainerPage(page);
  const steps = [
    "echo '<img src=x onerror=window.__canary()>'",
    '<img src=x onerror=alert(1)>',
    "echo '<script>window.__canary()</script>' '<svg onload=window.__canary()>'",
    'echo javascript:window.__canary()',
  ];
  await app.goto({ speed: 'instant', shared: linkOf({ scenario: 'reference-lab', steps }) });
  await expect(app.output).toContainText('# <img src=x onerror=alert(1)>');
  await expect(app.output).toContainText('<img src=x onerror=window.__canary()>');
  await expect(app.output).toContainText('<script>window.__canary()</script> <svg onload=window.__canary()>');
  await expect(page.getByTestId('terminal').locator('img, script, svg[onload]')).toHaveCount(0);

  // The same text in the Share dialog, in the link and in the notice of a link that names a scenario.
  await page.getByRole('button', { name: 'Share this lab' }).click();
  await expect(page.getByRole('dialog', { name: 'Share this lab' }).getByRole('textbox', { name: 'Link' })).toHaveValue(/#s=/);
  await page.getByRole('dialog', { name: 'Share this lab' }).getByRole('button', { name: 'Close' }).click();

  const evil = '<img src=x onerror=window.__canary()>';
  const bad = 'j' + Buffer.from(JSON.stringify({ version: 1, scenario: evil, steps: [] })).toString('base64url');
  await page.goto('about:blank');
  await app.goto({ speed: 'instant', shared: bad });
  await expect(page.getByRole('alert').filter({ hasText: 'scenario' })).toContainText(`"${evil}"`);
  await expect(page.locator('.app__banners img')).toHaveCount(0);

  await page.goto('about:blank');
  await app.goto({ speed: 'instant', shared: 'javascript:window.__canary()' });
  await expect(page.getByRole('alert').filter({ hasText: 'link' })).toBeVisible();

  await page.waitForTimeout(200); // an onerror would have fired by now
  expect(await calls()).toBe(0);
});

test('a link pasted into the address bar of an open page opens (the page loads it anew)', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await expect(app.lifecycleState).toHaveText('noAlternate');
  const link = linkOf({ scenario: 'reference-lab', steps: ['alt_disk_copy -d hdisk1'] });
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `s=${link}`);
  await expect(app.lifecycleState).toHaveText('altinstAsleep');
  await app.waitReady();
  await expect(app.output).toContainText('# alt_disk_copy -d hdisk1');
  await expect.poll(() => new URL(page.url()).hash).toBe('');
});
