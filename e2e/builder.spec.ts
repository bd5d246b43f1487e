// Issue 15, acceptance 3: build a two-objective lesson with the scenario builder, share it, open the link in
// a fresh browser context, solve it: both objectives done, checked like a built-in lesson.
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test('a custom lesson made in the builder, shared and solved elsewhere', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.openLabs();
  await page.getByTestId('builder.open').click();
  const builder = page.getByTestId('builder');
  await expect(builder).toBeVisible();
  await expect(page.getByTestId('builder.hostname')).toContainText('aixlab01');
  await page.getByTestId('builder.title').fill('Clone and point the bootlist');
  await page.getByTestId('builder.objective.0').fill('{"disk": "hdisk1", "role": "altinst_rootvg"}');
  await page.getByTestId('builder.objective.add').click();
  await page.getByTestId('builder.objective.1').fill('{"bootlistFirst": "hdisk1"}');
  await expect(page.getByTestId('builder.objective.1.reads')).toHaveText('the normal bootlist starts with hdisk1.');
  await page.getByTestId('builder.share').click();
  const link = await page.getByTestId('builder.link').inputValue();
  expect(link).toMatch(/#s=[jz][A-Za-z0-9_-]+$/);

  const other = await browser.newContext();
  try {
    const page2 = await other.newPage();
    const url = new URL(link);
    url.searchParams.set('speed', 'instant');
    await page2.goto(url.toString());
    const app2 = new TrainerPage(page2);
    await app2.waitReady();
    await expect(page2.getByTestId('lesson')).toBeVisible();
    await expect(page2.getByTestId('lesson')).toContainText('Clone and point the bootlist');
    await expect(page2.getByTestId('lesson.objective.o1')).toHaveAttribute('data-done', 'false');
    await expect(page2.getByTestId('lesson.objective.o2')).toHaveAttribute('data-done', 'false');
    await app2.run('alt_disk_copy -d hdisk1');
    await expect(page2.getByTestId('lesson.objective.o1')).toHaveAttribute('data-done', 'true');
    await expect(page2.getByTestId('lesson.objective.o2')).toHaveAttribute('data-done', 'true');
  } finally {
    await other.close();
  }
});
