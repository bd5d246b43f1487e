// Issue 9: a render failure never leaves a blank page. A lab whose terminal text the page cannot draw
// (the simulator's reply is spoiled in the worker, a fault no check in the page expects) shows the error
// boundary: what failed in plain words, "Open a fresh lab" (works, the saved labs stay) and "Wipe saved
// labs" (asked first; afterwards the page starts clean). The app has no test hook: the fault is put in
// front of the worker's own script.
import { expect, test } from '@playwright/test';
import { injectIntoSimulator } from './pages/faults.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

const MARK = 'spoil-this-lab';

/** In the worker: any opened lab whose scrollback holds MARK comes to the page with a line it cannot draw. */
const SPOIL_OPENED = `(() => {
  const post = self.postMessage.bind(self);
  self.postMessage = (msg, ...rest) => {
    const result = msg && (msg.type === 'opened' || msg.type === 'reopened') ? msg.result : null;
    if (result && Array.isArray(result.scrollback) && result.scrollback.some((l) => typeof l.text === 'string' && l.text.includes('${MARK}'))) {
      msg = { ...msg, result: { ...result, scrollback: [...result.scrollback, { kind: 'stdout', text: { spoiled: true } }] } };
    }
    return post(msg, ...rest);
  };
})();`;

test('a lab the page cannot draw shows what failed, and both ways out work from inside the app', async ({ page }) => {
  test.setTimeout(60_000);
  await injectIntoSimulator(page, SPOIL_OPENED);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run(`echo ${MARK}`);
  await page.reload();

  const failed = page.getByTestId('app.failed');
  const alert = failed.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('heading', { name: 'The trainer could not show this lab' })).toBeVisible();
  await expect(alert).toContainText('The error, for a bug report:');
  await expect(alert.locator('code')).not.toBeEmpty();
  await page.screenshot({ path: test.info().outputPath('error-boundary.png') });

  // A fresh lab opens beside the damaged one.
  await alert.getByRole('link', { name: 'Open a fresh lab' }).click();
  await app.waitReady();
  await expect(app.output).not.toContainText(MARK);
  await app.run('lspv');
  expect(await app.outputOf('lspv')).toHaveLength(4);

  // Back to the damaged lab: wipe, asked first; Cancel keeps everything.
  const items = await app.openLabs();
  await expect(items).toHaveCount(2);
  await app.labsDialog.getByRole('link', { name: /^Open / }).click();
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Wipe saved labs…' }).click();
  const ask = alert.getByRole('group', { name: 'Wipe saved labs?' });
  await expect(ask).toContainText('cannot be undone');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  await alert.getByRole('button', { name: 'Wipe saved labs…' }).click();
  await ask.getByRole('button', { name: 'Wipe saved labs' }).click();

  // The page reloads clean: one new lab, saved again.
  await app.waitReady();
  await expect(page.getByTestId('app.failed')).toHaveCount(0);
  await expect(app.output).not.toContainText(MARK);
  await expect(page.getByText('saved in this browser')).toBeVisible();
  await expect(await app.openLabs()).toHaveCount(1);
});
