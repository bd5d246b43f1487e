// Lessons in the page (ARCHITECTURE §7): ?lesson=<id> opens one in the Lesson tab; each objective is
// lesson.objective.<id> with data-done; typing the solution turns them done one by one and the completion
// is announced. The picker lists every lesson and starts one on a fresh lab.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { findLesson, LESSONS } from '../src/lessons/index.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

const objective = (page: Page, id: string) => page.getByTestId(`lesson.objective.${id}`);
const lessonTab = (page: Page) => page.getByRole('tab', { name: 'Lesson' });

test('?lesson=basic-clone: objectives start not done, the solution turns each done, completion is announced', async ({ page }) => {
  const lesson = findLesson('basic-clone')!;
  const app = new TrainerPage(page);
  await app.goto({ lesson: lesson.id, speed: 'instant' });
  await expect(lessonTab(page)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: lesson.title })).toBeVisible();
  for (const o of lesson.objectives) await expect(objective(page, o.id)).toHaveAttribute('data-done', 'false');
  await expect(page.getByTestId('lesson.status')).toHaveText('');
  // The first step is in focus; its hint ladder starts with the nudge, then the idea.
  await expect(page.getByTestId('lesson.current')).toContainText(lesson.objectives[0].text);
  await page.getByTestId('lesson.hint').click();
  await expect(page.getByTestId('lesson.hint.rung')).toContainText(lesson.objectives[0].ladder.nudge.replace(/`/g, ''));

  // One line per objective, in order: each line completes the next one.
  expect(lesson.solution).toHaveLength(lesson.objectives.length);
  for (const [i, line] of lesson.solution.entries()) {
    await app.run(line);
    const o = lesson.objectives[i];
    await expect(objective(page, o.id), line).toHaveAttribute('data-done', 'true');
    await expect(objective(page, o.id)).toContainText('done');
    for (const later of lesson.objectives.slice(i + 1)) await expect(objective(page, later.id)).toHaveAttribute('data-done', 'false');
  }
  const status = page.getByRole('status').filter({ hasText: 'Lesson complete' });
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText(`all ${lesson.objectives.length} objectives are done`);
  await expect(page.getByTestId('lesson.progress')).toHaveText(`${lesson.objectives.length} of ${lesson.objectives.length} done`);

  // A reload keeps the lab and the lesson where they were.
  await app.reload();
  for (const o of lesson.objectives) await expect(objective(page, o.id)).toHaveAttribute('data-done', 'true');
});

test('the picker lists every lesson; starting one gives a fresh lab, and so does Start over', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  // Without a lesson the Details tab is shown; the Lesson tab comes first and holds the picker.
  await expect(page.getByRole('tab').first()).toHaveText('Lesson');
  await expect(app.sideTab('Details')).toHaveAttribute('aria-selected', 'true');
  await lessonTab(page).click();
  const picker = page.getByTestId('lesson.picker');
  await expect(picker.locator('[data-testid^="lesson.pick."]')).toHaveCount(LESSONS.length);
  for (const l of LESSONS) await expect(picker.getByRole('link', { name: l.title, exact: true })).toBeVisible();

  // Work in the reference lab, then start a lesson on the same scenario: it starts from a fresh lab.
  await app.run('alt_disk_copy -B -d hdisk1');
  await picker.getByRole('link', { name: findLesson('basic-clone')!.title, exact: true }).click();
  await app.waitReady();
  await expect(page).toHaveURL(/[?&]lesson=basic-clone/);
  await expect(page).not.toHaveURL(/fresh=/); // a reload continues instead of starting over
  await expect(lessonTab(page)).toHaveAttribute('aria-selected', 'true');
  await expect(objective(page, 'clone')).toHaveAttribute('data-done', 'false');
  await app.run('lspv');
  expect((await app.outputOf('lspv')).find((l) => l.startsWith('hdisk1'))).toMatch(/None/);

  await app.run('alt_disk_copy -d hdisk1');
  await expect(objective(page, 'clone')).toHaveAttribute('data-done', 'true');
  await page.getByRole('button', { name: 'Start over…' }).click();
  await page.getByRole('link', { name: 'Start over', exact: true }).click();
  await app.waitReady();
  await expect(objective(page, 'clone')).toHaveAttribute('data-done', 'false');
  await expect(app.lifecycleState).toHaveText('noAlternate');
});

test('awake-reboot: the SMS recovery counts, with menu answers typed at the console', async ({ page }) => {
  test.setTimeout(60_000);
  const lesson = findLesson('awake-reboot')!;
  const app = new TrainerPage(page);
  await app.goto({ lesson: lesson.id, speed: 'instant' });
  for (const line of lesson.solution) {
    await app.input.fill(line);
    await app.input.press('Enter');
    await app.waitIdle();
  }
  for (const o of lesson.objectives) await expect(objective(page, o.id), o.id).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('lesson.status')).toContainText('Lesson complete');
});

test('an unknown lesson says so and offers the picker', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ lesson: 'no-such-lesson', speed: 'instant' });
  await expect(page.getByTestId('lesson')).toContainText('There is no lesson called “no-such-lesson”');
  await expect(page.getByTestId('lesson.picker').locator('[data-testid^="lesson.pick."]')).toHaveCount(LESSONS.length);
});
