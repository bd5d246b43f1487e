// (a) The page loads clean: terminal, the reference lab's four disks and the bootlist, no console
// errors, no uncaught exceptions, no Content-Security-Policy violations.
import { expect, test } from '@playwright/test';
import { watchPageHealth } from './pages/pageHealth.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

test('loads at ?speed=instant with the terminal, four disks and the bootlist', async ({ page }) => {
  const health = await watchPageHealth(page);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });

  await expect(page).toHaveTitle('altdisk trainer');
  await expect(app.terminal).toBeVisible();
  await expect(app.output).toBeAttached(); // empty (and so zero-height) until the first command
  await expect(app.input).toBeFocused();
  await expect(app.host('aixlab01')).toBeVisible();
  for (const name of ['hdisk0', 'hdisk1', 'hdisk2', 'hdisk3']) {
    await expect(app.disk(name)).toBeVisible();
  }
  await expect(app.vg('rootvg')).toBeVisible();
  await expect(app.bootlist).toContainText('hdisk0');
  await expect(app.lifecycleState).not.toBeEmpty();
  await expect(app.speedControl).toHaveValue('instant');
  await expect(page.getByText('The simulator runs inside this page')).toHaveCount(0);

  // Run a command so the streaming path and the diagram update are covered too.
  await app.run('lspv');

  expect(health.consoleErrors).toEqual([]);
  expect(health.pageErrors).toEqual([]);
  expect(await health.cspViolations()).toEqual([]);
});

test('the served page carries the CSP of BUDGETS S5', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
  expect(csp).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
      "worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'",
  );
});

test('falls back to the in-page simulator when the worker cannot load', async ({ page }) => {
  const health = await watchPageHealth(page);
  await page.route(/sim\.worker/, (route) => route.abort());
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await expect(page.getByRole('status').filter({ hasText: 'The simulator runs inside this page' })).toContainText('a long command can keep the page from responding');
  await app.run('oslevel -s');
  expect(await app.outputOf('oslevel -s')).toEqual(['7200-05-03-2148']);
  expect(health.pageErrors).toEqual([]);
  expect(await health.cspViolations()).toEqual([]);
});
