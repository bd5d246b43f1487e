// Course lessons that need the page itself: smit-clone is solved through the SMIT dialog (F4 lists,
// F6 command, Enter runs it), other-lpar across two partitions' consoles and the SMS menus.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { findLesson } from '../src/lessons/index.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

const objective = (page: Page, id: string) => page.getByTestId(`lesson.objective.${id}`);

test('smit-clone: the dialog builds and runs the updating clone, and the history shows the line', async ({ page }) => {
  test.setTimeout(60_000);
  const lesson = findLesson('smit-clone')!;
  const app = new TrainerPage(page);
  await app.goto({ lesson: lesson.id, speed: 'instant' });
  for (const o of lesson.objectives) await expect(objective(page, o.id)).toHaveAttribute('data-done', 'false');

  await app.run('smitty alt_clone');
  await expect(objective(page, 'open')).toHaveAttribute('data-done', 'true');
  const panel = page.getByTestId('smit.panel');
  await expect(panel).toBeVisible();
  // Target disk: F4, the first free disk.
  await page.keyboard.press('F4');
  await expect(page.getByRole('listbox', { name: 'Target Disk(s) to install' }).getByRole('option')).toHaveText(['hdisk1', 'hdisk3']);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('smit.field.d')).toHaveValue('hdisk1');
  // Bundle: F4, update_all; the images directory typed in.
  await page.getByTestId('smit.field.b').click();
  await page.keyboard.press('F4');
  await page.keyboard.press('Enter');
  await page.getByTestId('smit.field.l').fill('/export/7200-05-04');
  await page.keyboard.press('F6');
  await expect(page.getByTestId('smit.command')).toHaveText('alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1');
  await page.keyboard.press('Enter'); // close the pop-up
  await page.keyboard.press('Enter'); // Do
  // The clone with its installp run: generous on a loaded CI machine.
  await expect(page.getByTestId('smit.status')).toHaveAttribute('data-state', 'ok', { timeout: 20_000 });
  await page.keyboard.press('F10');
  await expect(panel).toBeHidden();
  await expect(objective(page, 'clone')).toHaveAttribute('data-done', 'true', { timeout: 10_000 });
  await expect(objective(page, 'history')).toHaveAttribute('data-done', 'false');

  await app.run('history');
  await expect(objective(page, 'history')).toHaveAttribute('data-done', 'true', { timeout: 10_000 });
  await expect(page.getByTestId('lesson.status')).toContainText('Lesson complete');
});

test('other-lpar: the clone moves to aixprod02 and boots there from SMS', async ({ page }) => {
  test.setTimeout(60_000);
  const lesson = findLesson('other-lpar')!;
  const app = new TrainerPage(page);
  await app.goto({ lesson: lesson.id, speed: 'instant' });
  for (const line of lesson.solution) {
    await app.input.fill(line);
    await app.input.press('Enter');
    await app.waitIdle();
  }
  for (const o of lesson.objectives) await expect(objective(page, o.id), o.id).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('lesson.status')).toContainText('Lesson complete');
  await app.run('hostname');
  expect(await app.outputOf('hostname')).toEqual(['aixlab01']); // a copy of aixlab01, on aixprod02's hardware
});

// Every course lesson added for issue 13, solved in the page by typing its solution: what the unit test
// proves on the session holds through the worker, the terminal and the lesson view (seen outputs included).
const TYPED = [
  'wrong-disk',
  'phased-clone',
  'exclude-list',
  'several-clones',
  'legacy-install',
  'customise-clone',
  'wake-newer',
  'force-wake',
  'efix-blocks',
  'hands-off',
  'double-wake',
  'power-cut',
  'jfs-to-jfs2',
  'reuse-old-disk',
  'mirrored-mksysb',
];

for (const id of TYPED) {
  test(`${id}: the typed solution completes it in the page`, async ({ page }) => {
    test.setTimeout(60_000);
    const lesson = findLesson(id)!;
    const app = new TrainerPage(page);
    await app.goto({ lesson: lesson.id, speed: 'instant' });
    await expect(objective(page, lesson.objectives[0].id)).toHaveAttribute('data-done', 'false');
    for (const line of lesson.solution) {
      await app.input.fill(line);
      await app.input.press('Enter');
      await app.waitIdle();
    }
    for (const o of lesson.objectives) await expect(objective(page, o.id), o.id).toHaveAttribute('data-done', 'true');
    await expect(page.getByTestId('lesson.status')).toContainText('Lesson complete');
  });
}
