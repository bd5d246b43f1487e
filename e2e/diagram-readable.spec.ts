// "Fit view" keeps the diagram readable: with two hosts side by side it stops at the readable zoom
// (0.6) instead of shrinking the labels to a few pixels.
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test.use({ viewport: { width: 1440, height: 900 } });

test('fit view with two hosts never zooms below 0.6', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant', scenario: 'mksysb-lab' });
  await expect(page.locator('[data-testid^="diagram.host."]')).toHaveCount(2);
  await page.getByRole('button', { name: 'Fit View' }).click();
  const zoomOf = () =>
    page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  await expect.poll(zoomOf).toBeGreaterThanOrEqual(0.6 - 1e-6);
});
