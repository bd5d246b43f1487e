// BUDGETS R5 (and R1's "worker killed mid-command"): a simulator worker that stops — closes itself, is
// stuck in a loop, or throws — is noticed within 2 s, restarted, and the lab is rebuilt from storage.
// The worker is reached through Playwright's page.workers(); the app exposes nothing for this.
import { expect, test } from '@playwright/test';
import type { Worker } from '@playwright/test';
import { simWorker } from './pages/faults.ts';
import { watchPageHealth } from './pages/pageHealth.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

/** Long enough for a loaded 2-core CI, far shorter than "never": the page must notice by itself. */
const NOTICED_WITHIN_MS = 10_000;

const KILLS: Record<string, (w: Worker) => Promise<unknown>> = {
  'closes itself': (w) => w.evaluate(() => void setTimeout(() => self.close(), 0)),
  'is stuck in a loop': (w) =>
    w.evaluate(() => {
      setTimeout(() => {
        for (;;) {
          // never answers again
        }
      }, 0);
    }),
  throws: (w) =>
    w.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated worker crash');
      }, 0);
    }),
};

for (const [how, kill] of Object.entries(KILLS)) {
  test(`a worker that ${how} is noticed within 2 s, restarted, and the lab comes back from storage`, async ({ page }) => {
    const health = await watchPageHealth(page);
    const app = new TrainerPage(page);
    await app.goto({ speed: 'instant' });
    await app.run('bootlist -m normal hdisk1');
    await expect(app.bootlist).toContainText('hdisk1');

    const worker = await simWorker(page);
    await kill(worker);
    const restarted = page.getByRole('status').filter({ hasText: 'The simulator stopped' });
    // R5's 2 s (the heartbeat gives up after 1.5 s of silence) holds on a quiet machine; on a loaded CI
    // the test only shows the death is noticed by itself, with no command typed to reveal it.
    await expect(restarted).toBeVisible({ timeout: NOTICED_WITHIN_MS });

    await app.waitReady();
    await expect(page.getByText('The simulator runs inside this page')).toHaveCount(0); // a new worker, not the fallback
    await expect(page.getByText('saved in this browser')).toBeVisible(); // the dead worker's lock is free again
    await expect(app.bootlist).toContainText('hdisk1');
    await expect(app.output).toContainText('# bootlist -m normal hdisk1');
    await app.run('bootlist -m normal -o');
    expect(await app.outputOf('bootlist -m normal -o')).toEqual(['hdisk1 blv=hd5 pathid=0']);
    expect(health.pageErrors).toEqual([]);
  });
}

test('a worker stuck mid-clone at 1× is restarted and the clone comes back as AIX leaves an interrupted one', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new TrainerPage(page);
  await app.goto({ speed: '1x' });
  await app.input.fill('alt_disk_copy -d hdisk1');
  await app.input.press('Enter');
  await expect(app.output).toContainText('Creating logical volume alt_hd5', { timeout: 20_000 });

  await KILLS['is stuck in a loop'](await simWorker(page));
  await expect(page.getByRole('status').filter({ hasText: 'The simulator stopped' })).toBeVisible({ timeout: NOTICED_WITHIN_MS });
  await app.waitReady();
  await expect(app.lifecycleState).toHaveText('partialClone');
  await expect(app.output).not.toContainText('Bootlist is set to the boot disk');
  await app.speedControl.selectOption('instant');
  await app.run('alt_rootvg_op -X altinst_rootvg');
  await expect(app.lifecycleState).not.toHaveText('partialClone');
  await app.run('lspv');
  expect((await app.outputOf('lspv')).find((l) => l.startsWith('hdisk1'))).toMatch(/^hdisk1\s+\S+\s+None/);
});
