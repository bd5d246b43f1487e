// Saves a picture of the page at 1280×800 to shots/ (git-ignored) for a visual check.
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('screenshot at 1280×800', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('lspv');
  await app.run('oslevel -s');
  await app.run('bootlist -m normal -o');
  await app.run('foo');
  await app.input.fill('lsvg');
  await expect(app.disk('hdisk3')).toBeVisible();
  await page.screenshot({ path: 'shots/app-1280x800.png' });
});

test('screenshot stacked on a narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 900 });
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('lspv');
  const terminalBox = await app.terminal.boundingBox();
  const hostBox = await app.host('aixlab01').boundingBox();
  expect(terminalBox && hostBox && hostBox.y > terminalBox.y + terminalBox.height - 1).toBe(true);
  await page.screenshot({ path: 'shots/app-narrow.png', fullPage: true });
});
