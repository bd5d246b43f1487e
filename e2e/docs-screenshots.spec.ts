// The pictures in docs/screenshots/: the main view (a clone made and woken), a lesson and the LED 0552
// hang, at desktop (1440×900), tablet (820×1180) and phone (390×844) sizes.
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test.describe.configure({ timeout: 120_000 });

for (const [width, height] of [
  [1440, 900],
  [820, 1180],
  [390, 844],
] as const) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });
    const name = (view: string) => `docs/screenshots/${view}-${width}x${height}.png`;

    test('main view', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      const app = new TrainerPage(page);
      await app.goto({ speed: 'instant' });
      await app.run('alt_disk_copy -d hdisk1');
      await app.run('alt_rootvg_op -W -d hdisk1');
      await app.run('lspv');
      await expect(app.disk('hdisk1')).toContainText('AWAKE');
      await page.screenshot({ path: name('main') });
    });

    test('a lesson', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      const app = new TrainerPage(page);
      await app.goto({ speed: 'instant', lesson: 'awake-reboot' });
      await expect(page.getByTestId('lesson')).toBeVisible();
      await page.screenshot({ path: name('lesson') });
    });

    test('the LED 0552 hang', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      const app = new TrainerPage(page);
      await app.goto({ speed: 'instant' });
      await app.run('alt_disk_copy -d hdisk1');
      await app.run('alt_rootvg_op -W -d hdisk1');
      await app.run('shutdown -Fr');
      await expect(app.led).toHaveText('0552');
      await page.screenshot({ path: name('hang') });
    });
  });
}
