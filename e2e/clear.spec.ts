// (d) Clearing the screen: the `clear` command and Ctrl-L.
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test.beforeEach(async ({ page }) => {
  await new TrainerPage(page).goto({ speed: 'instant' });
});

test('clear empties the output', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.run('lspv');
  await expect(app.output).toContainText('hdisk0');
  await app.run('clear');
  await expect(app.output).toHaveText('');
  await app.run('oslevel -s');
  expect(await app.outputLines()).toEqual(['# oslevel -s', '7200-05-03-2148']);
});

test('Ctrl-L empties the output and keeps the typed line', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.run('lspv');
  await expect(app.output).toContainText('hdisk0');
  await app.input.fill('oslevel');
  await app.input.press('Control+l');
  await expect(app.output).toHaveText('');
  await expect(app.input).toHaveValue('oslevel');
  await expect(app.input).toBeFocused();
});
