// Issue 9, page side: a link is never replayed in the page (no worker: the page says so and offers the
// saved lab without the link); a line the worker died on is put back in the command line, unrun.
import { expect, test } from '@playwright/test';
import { encodeLink } from '../src/core/scenario/link.ts';
import { injectIntoSimulator } from './pages/faults.ts';
import { watchPageHealth } from './pages/pageHealth.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

function linkOf(steps: string[]): string {
  const r = encodeLink({ version: 1, scenario: 'reference-lab', steps });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

test('without a worker a link is not replayed in the page: it says so and opens the saved lab without it', async ({ page }) => {
  const health = await watchPageHealth(page);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('bootlist -m normal hdisk1');

  await page.route(/sim\.worker/, (route) => route.abort());
  await page.goto('about:blank');
  await page.goto(TrainerPage.url({ speed: 'instant', shared: linkOf(['alt_disk_copy -d hdisk1']) }));
  const failed = page.getByTestId('start.failed');
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(failed).toContainText('The link was not opened');
  await expect(failed).toContainText('never in this page');
  await expect(app.input).toHaveCount(0);

  await failed.getByRole('link', { name: 'Open your saved lab without the link' }).click();
  await app.waitReady();
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.getByRole('status').filter({ hasText: 'The simulator runs inside this page' })).toBeVisible();
  await expect(app.output).toContainText('# bootlist -m normal hdisk1'); // the saved lab, as left
  await expect(app.output).not.toContainText('alt_disk_copy');
  await expect(app.lifecycleState).toHaveText('noAlternate');
  expect(health.pageErrors).toEqual([]);
});

/** In the worker: the line HANGING_LINE never returns (as a runaway line would), before the host even sees it. */
const HANGING_LINE = 'bootlist -m normal hdisk0';
const HANG_ON_LINE = `self.addEventListener('message', (e) => {
  if (e.data && e.data.type === 'exec' && e.data.line === ${JSON.stringify(HANGING_LINE)}) for (;;) { /* never answers again */ }
});`;

test('a line the worker dies on is said plainly and put back in the command line, unrun', async ({ page }) => {
  await injectIntoSimulator(page, HANG_ON_LINE);
  // The line put back would be previewed (ghosts show Enter's result): this test reads the lab as it is.
  await page.addInitScript(() => localStorage.setItem('altdisk.preview', 'off'));
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('bootlist -m normal hdisk1');
  await app.input.fill(HANGING_LINE);
  await app.input.press('Enter');
  const note = page.getByRole('status').filter({ hasText: 'The simulator stopped while running' });
  await expect(note).toBeVisible({ timeout: 10_000 });
  await expect(note).toContainText(`“${HANGING_LINE}”`);
  await expect(note).toContainText('back in the command line, unrun');
  await app.waitReady();
  // The dead worker's hold on the saved lab goes within a moment; never called "another tab" (issue 9.7).
  await expect(page.getByText('saved in this browser')).toBeVisible({ timeout: 5000 });
  await expect(page.getByRole('alert').filter({ hasText: 'another tab' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'other tab' })).toHaveCount(0);
  await expect(note).toBeVisible();
  await expect(app.input).toHaveValue(HANGING_LINE);
  await expect(app.bootlist).toContainText('hdisk1'); // it did not run
  // The line is there to run (a trailing blank makes it another line for the fault in the worker).
  await app.input.press('End');
  await app.input.press('Space');
  await app.input.press('Enter');
  await app.waitIdle();
  await expect(app.output).toContainText(`# ${HANGING_LINE}`);
  await expect(app.bootlist).not.toContainText('hdisk1');
});
