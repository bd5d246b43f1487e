// The course as a newcomer meets it (issue 13, acceptance 3): the welcome on a first visit, "Start the
// course", lesson 1 solved with the hint ladder up to "Show solution" (which fills the prompt and runs
// nothing), the done mark in the picker after a reload, and "Continue" to lesson 2. Also: the welcome's
// "Free lab", progress export and a refused import, and a dead end.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { findLesson, LESSONS } from '../src/lessons/index.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

// A first visit: nothing in this browser yet (the config's returning-visitor state is dropped).
test.use({ storageState: { cookies: [], origins: [] } });

const objective = (page: Page, id: string) => page.getByTestId(`lesson.objective.${id}`);
const welcome = (page: Page) => page.getByRole('dialog', { name: 'Welcome to the altdisk trainer' });

test('a newcomer starts the course, solves lesson 1 with the hint ladder, and continues to lesson 2', async ({ page }) => {
  test.setTimeout(90_000);
  const [first, second] = LESSONS;
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });

  // The welcome: what this is, the two ways in, and the Speed control; the Lesson tab is shown.
  await expect(welcome(page)).toBeVisible();
  await expect(page.getByTestId('welcome')).toContainText('Speed');
  await expect(page.getByRole('tab', { name: 'Lesson' })).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: test.info().outputPath('welcome.png') });
  await page.getByTestId('welcome.start').click();
  await app.waitReady();
  await expect(page).toHaveURL(new RegExp(`[?&]lesson=${first.id}`));
  await expect(page.getByRole('heading', { name: first.title })).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);

  // Step 1 in focus, with why it is not done yet; the later steps are folded away.
  const step = first.objectives[0];
  const current = page.getByTestId('lesson.current');
  await expect(current).toContainText(step.text.replace(/`/g, ''));
  await expect(page.getByTestId('lesson.whynot')).not.toBeEmpty();
  await expect(objective(page, first.objectives[1].id)).toBeHidden();

  // The ladder: nudge, the idea, the diagram, the command with blanks, then "Show solution".
  const hint = page.getByTestId('lesson.hint');
  const rungs = page.getByTestId('lesson.hint.rung');
  for (const [i, kind] of (['nudge', 'concept', 'diagram', 'blanks'] as const).entries()) {
    await hint.click();
    await expect(rungs).toHaveCount(i + 1);
    await expect(rungs.nth(i)).toHaveAttribute('data-rung', kind);
  }
  await expect(rungs.nth(0)).toContainText(step.ladder.nudge.replace(/`/g, ''));
  await expect(rungs.nth(3)).toContainText(step.ladder.blanks);
  await expect(hint).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('ladder.png') });

  const line = first.solution[step.solutionLines?.[0] ?? 0];
  expect(line, 'the first objective is met by the first solution line').toBe(first.solution[0]);
  const echoes = async () => (await app.outputLines()).filter((l) => l === `# ${line}`).length;
  const before = await echoes();
  await page.getByTestId('lesson.solution').click();
  await expect(app.input).toHaveValue(line);
  await expect(rungs).toHaveCount(5);
  await expect(rungs.nth(4)).toHaveAttribute('data-rung', 'solution');
  // Filled, not run: no echo of the line, the step still open.
  await expect(app.terminal).toHaveAttribute('data-busy', 'false');
  expect(await echoes()).toBe(before);
  await expect(objective(page, step.id)).toHaveAttribute('data-done', 'false');

  await app.input.press('Enter');
  await app.waitIdle();
  await expect(objective(page, step.id)).toHaveAttribute('data-done', 'true');
  for (const rest of first.solution.slice(1)) await app.run(rest);
  for (const o of first.objectives) await expect(objective(page, o.id), o.id).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('lesson.status')).toContainText('Lesson complete');

  // After a reload: no welcome, the picker marks lesson 1 done (with the solution shown), Continue goes on.
  await app.reload();
  await expect(welcome(page)).toHaveCount(0);
  await page.getByRole('tab', { name: 'Lesson' }).click();
  await page.getByRole('button', { name: 'All lessons' }).click();
  const pick = page.getByTestId(`lesson.pick.${first.id}`);
  await expect(pick).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId(`lesson.pick.${second.id}`)).toHaveAttribute('data-done', 'false');
  await expect(pick.locator('xpath=..')).toContainText('solution shown');
  await expect(pick.locator('xpath=..')).toContainText(`par ${first.solution.length}`);
  await page.screenshot({ path: test.info().outputPath('picker.png') });
  const next = page.getByTestId('course.continue');
  await expect(next).toContainText(second.title);
  await next.click();
  await app.waitReady();
  await expect(page).toHaveURL(new RegExp(`[?&]lesson=${second.id}`));
  await expect(page.getByRole('heading', { name: second.title })).toBeVisible();
  await expect(objective(page, second.objectives[0].id)).toHaveAttribute('data-done', 'false');
});

test('"Free lab" dismisses the welcome for good', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await expect(welcome(page)).toBeVisible();
  await page.getByTestId('welcome.free').click();
  await expect(welcome(page)).toHaveCount(0);
  await app.run('help');
  expect((await app.outputOf('help')).some((l) => /^Lessons: .*Lesson tab/.test(l))).toBe(true);
  await app.reload();
  await expect(welcome(page)).toHaveCount(0);
});

test('the welcome stays away when the address says what the visitor came for', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant', scenario: 'mirrored-lab' });
  await expect(page.getByTestId('pane.terminal')).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);
  await app.goto({ speed: 'instant', lesson: 'basic-clone' });
  await expect(welcome(page)).toHaveCount(0);
});

test('progress exports as a file; a bad file is refused with the reason and changes nothing', async ({ page }) => {
  const lesson = findLesson('basic-clone')!;
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant', lesson: lesson.id });
  for (const line of lesson.solution) await app.run(line);
  await expect(page.getByTestId('lesson.status')).toContainText('Lesson complete');
  await page.getByRole('button', { name: 'All lessons' }).click();
  await expect(page.getByTestId(`lesson.pick.${lesson.id}`)).toHaveAttribute('data-done', 'true');

  const download = page.waitForEvent('download');
  await page.getByTestId('course.export').click();
  const file = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as { format: string; lessons: Record<string, { done: boolean; commands: number; par: number }> };
  expect(file.format).toBe('altdisk-course-progress');
  expect(file.lessons[lesson.id]).toMatchObject({ done: true, commands: lesson.solution.length, par: lesson.solution.length });

  const note = page.getByTestId('course.note');
  await page.getByTestId('course.import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"lessons": 3}') });
  await expect(note).toContainText('“notes.json” was not imported');
  await expect(note).toContainText('unchanged');
  await expect(page.getByTestId(`lesson.pick.${lesson.id}`)).toHaveAttribute('data-done', 'true');

  const other = { ...file, lessons: { preflight: { done: true, hints: 0, commands: 6, par: 6, lastOpened: 1 } } };
  await page.getByTestId('course.import').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await expect(note).toContainText('Imported “other.json”');
  await expect(page.getByTestId('lesson.pick.preflight')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId(`lesson.pick.${lesson.id}`)).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('course.summary')).toHaveCount(0);

  // Every lesson done: the course summary, and nothing left to continue.
  const all = Object.fromEntries(LESSONS.map((l) => [l.id, { done: true, hints: 0, commands: l.solution.length, par: l.solution.length, lastOpened: 2 }]));
  await page.getByTestId('course.import').setInputFiles({ name: 'all.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...file, lessons: all })) });
  const summary = page.getByTestId('course.summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(`${LESSONS.length} of ${LESSONS.length}`);
  await expect(page.getByTestId('course.continue')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('summary.png') });
});

test('a dead end says so; "Go back" undoes the step, "Restart this lesson" starts a new lab', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant', lesson: 'update-clone' });
  await expect(page.getByTestId('lesson.deadend')).toHaveCount(0);
  await app.run('alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1');
  await expect(objective(page, 'updated-clone')).toHaveAttribute('data-done', 'true');
  await app.run('shutdown -Fr');
  const dead = page.getByTestId('lesson.deadend');
  await expect(dead).toBeVisible();
  await expect(dead).toHaveAttribute('role', 'alert');
  await expect(dead).toContainText('booted the clone before checking');
  await page.screenshot({ path: test.info().outputPath('deadend.png') });

  // Back one step (the timeline's undo): the reboot is taken back, the run goes on where it was.
  await page.getByTestId('lesson.back').click();
  await expect(dead).toHaveCount(0);
  await app.waitIdle();
  await expect(app.lifecycleState).toHaveText('altinstAsleep');
  await expect(objective(page, 'updated-clone')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('lesson.current')).toBeVisible();

  // The same mistake again, and this time a restart: a new lab for the lesson.
  await app.run('shutdown -Fr');
  await expect(dead).toBeVisible();
  await page.getByTestId('lesson.restart').click();
  await app.waitReady();
  await expect(page.getByTestId('lesson.deadend')).toHaveCount(0);
  await expect(app.lifecycleState).toHaveText('noAlternate');
  await expect(objective(page, 'updated-clone')).toHaveAttribute('data-done', 'false');
});
