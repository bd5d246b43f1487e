// A long command at 1×: the terminal says it is busy while output streams, and Ctrl-C interrupts it.
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test('data-busy is true while a clone streams at 1×, and Ctrl-C interrupts it', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: '1x' });
  await app.input.fill('alt_disk_copy -d hdisk1');
  await app.input.press('Enter');
  await expect(app.terminal).toHaveAttribute('data-busy', 'true');
  await expect(app.output).toContainText('# alt_disk_copy -d hdisk1');
  await app.input.press('Control+c');
  await app.waitIdle();
  await expect(app.output).toContainText('^C');
  // The prompt is back: the next command runs.
  await app.run('oslevel -s');
  expect(await app.outputOf('oslevel -s')).toEqual(['7200-05-03-2148']);
});
