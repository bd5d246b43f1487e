// BUDGETS R3: two tabs on one origin. Exactly one writer (Web Locks): the second tab is read-only and
// says so, refuses commands with a readable message, and takes over the saved lab when the first tab
// closes. A schema upgrade with an old tab open completes: the old tab steps aside and says so.
import { expect, test } from '@playwright/test';
import { blankPageAtOrigin } from './pages/faults.ts';
import { watchPageHealth } from './pages/pageHealth.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

const READ_ONLY = /open in another tab.*read-only until that one closes/;

test('a second tab is read-only and says so; it takes over the saved lab when the first tab closes', async ({ page, context }) => {
  const first = new TrainerPage(page);
  await first.goto({ speed: 'instant' });
  await first.run('bootlist -m normal hdisk1');

  const secondPage = await context.newPage();
  const health = await watchPageHealth(secondPage);
  const second = new TrainerPage(secondPage);
  await second.goto({ speed: 'instant' });
  const banner = secondPage.getByRole('alert').filter({ hasText: READ_ONLY });
  await expect(banner).toBeVisible();
  await expect(secondPage.getByText('read-only (open in another tab)')).toBeVisible();
  await expect(second.bootlist).toContainText('hdisk1'); // the saved lab, as the first tab left it
  await expect(second.output).toContainText('# bootlist -m normal hdisk1');

  await second.run('lspv');
  expect(await second.outputOf('lspv')).toEqual([expect.stringMatching(/^\[simulator\] .*open in another tab/)]);

  // The first tab is the writer: no banner, commands run and are saved.
  await expect(page.getByRole('alert').filter({ hasText: READ_ONLY })).toHaveCount(0);
  await first.run('bootlist -m normal hdisk0');
  await expect(first.bootlist).not.toContainText('hdisk1');

  await page.close();
  await expect(banner).toHaveCount(0, { timeout: 5000 });
  await expect(secondPage.getByRole('status').filter({ hasText: 'took over the lab' })).toBeVisible();
  await expect(secondPage.getByText('saved in this browser')).toBeVisible();
  // What the first tab did last is here: state, scrollback and history.
  await expect(second.bootlist).toContainText('hdisk0');
  await expect(second.bootlist).not.toContainText('hdisk1');
  await expect(second.output).toContainText('# bootlist -m normal hdisk0');
  await second.input.press('ArrowUp');
  await expect(second.input).toHaveValue('bootlist -m normal hdisk0');
  await second.input.fill('');
  await second.run('bootlist -m normal -o');
  expect(await second.outputOf('bootlist -m normal -o')).toEqual(['hdisk0 blv=hd5 pathid=0']);

  // It writes now: a reload keeps what it did.
  await second.run('bootlist -m normal hdisk1');
  await second.reload();
  await expect(secondPage.getByRole('alert').filter({ hasText: READ_ONLY })).toHaveCount(0);
  await expect(second.bootlist).toContainText('hdisk1');
  expect(health.pageErrors).toEqual([]);
});

test('a schema upgrade with an old tab open completes: the old tab closes its connection and says so', async ({ page, context }) => {
  const old = new TrainerPage(page);
  await old.goto({ speed: 'instant' });
  await old.run('lspv');

  const newer = await context.newPage();
  await blankPageAtOrigin(newer);
  const upgrade = await newer.evaluate(
    () =>
      new Promise<{ version: number; blocked: boolean }>((resolve, reject) => {
        let blocked = false;
        const req = indexedDB.open('altdisk-trainer', 1000); // any version above the app's
        req.onblocked = () => (blocked = true);
        req.onsuccess = () => {
          const version = req.result.version;
          req.result.close();
          resolve({ version, blocked });
        };
        req.onerror = () => reject(new Error(String(req.error)));
        setTimeout(() => reject(new Error('the upgrade did not complete within 3 s')), 3000);
      }),
  );
  expect(upgrade).toEqual({ version: 1000, blocked: false });

  await expect(page.getByRole('alert').filter({ hasText: 'A newer version of the trainer was opened in another tab' })).toBeVisible();
  await expect(page.getByText('memory only')).toBeVisible();
  await old.run('oslevel -s'); // the old tab keeps working in memory
  expect(await old.outputOf('oslevel -s')).toEqual(['7200-05-03-2148']);
});
