// Issue 13, acceptance 5: the exam to the end. ?exam=1 opens a new lab for it; no hints, no solution, no
// goal; the change is typed in the terminal; "Finish exam" shows the score and each item's feedback; the
// knowledge questions, once answered, explain every option. A reload keeps the result.
import { expect, test, type Page } from '@playwright/test';
import { exam } from '../src/lessons/exam.ts';
import { QUIZ } from '../src/lessons/quiz.ts';
import { TrainerPage } from './pages/TrainerPage.ts';
import { watchPageHealth } from './pages/pageHealth.ts';

test.describe.configure({ timeout: 120_000 });

async function openExam(page: Page): Promise<TrainerPage> {
  const app = new TrainerPage(page);
  await page.goto('/?speed=instant&exam=1');
  await app.waitReady();
  await expect(page.getByTestId('exam')).toBeVisible();
  return app;
}

test('the exam to the end: the change typed in the terminal, a score, feedback on each item, the questions answered', async ({ page }) => {
  const health = await watchPageHealth(page);
  const app = await openExam(page);
  // Hint-free: no objectives, no hint buttons, no goal, no solution.
  await expect(page.locator('[data-testid^="lesson.objective."]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /hint|solution/i })).toHaveCount(0);
  await expect(page.getByTestId('lesson.goal.toggle')).toHaveCount(0);
  await expect(page.getByTestId('exam.score')).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]exam=1/);

  for (const line of exam.solution) await app.run(line);
  // No undo in an exam: the Timeline says so and its buttons are off.
  await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  await expect(page.getByTestId('timeline.undo')).toBeDisabled();
  await expect(page.getByText('Undo and jumps are off during an exam.')).toBeVisible();
  await page.getByRole('tab', { name: 'Exam', exact: true }).click();
  await expect(app.output).toContainText('7200-05-04-2220');
  await page.getByTestId('exam.finish').click();

  await expect(page.getByTestId('exam.score')).toHaveText(`Score: 100 % — ${exam.items.length} of ${exam.items.length} steps passed`);
  for (const item of exam.items) {
    const row = page.getByTestId(`exam.item.${item.id}`);
    await expect(row).toHaveAttribute('data-passed', 'true');
    await expect(row).toContainText(item.title);
    await expect(row).toContainText(item.pass.replace(/`/g, '').slice(0, 40));
  }
  await page.screenshot({ path: test.info().outputPath('exam-score.png'), fullPage: true });

  // The questions: 2–3 per track; answer each (the first option), then every option explains itself.
  const questions = QUIZ.filter((q) => exam.quizTracks.includes(q.track));
  expect(questions.length).toBeGreaterThanOrEqual(2 * exam.quizTracks.length);
  for (const q of questions) {
    const box = page.getByTestId(`exam.question.${q.id}`);
    await expect(box).toHaveAttribute('data-answered', 'false');
    await page.getByTestId(`exam.option.${q.id}.0`).click();
    await expect(box).toHaveAttribute('data-answered', 'true');
    for (const o of q.options) await expect(box).toContainText(o.explanation.replace(/`/g, '').slice(0, 30));
    await expect(page.getByTestId(`exam.option.${q.id}.1`)).toBeDisabled();
  }
  const right = questions.filter((q) => q.options[0].correct).length;
  await expect(page.getByTestId('exam.quiz.score')).toHaveText(`${right} of ${questions.length} answered correctly (${questions.length} questions).`);
  await page.screenshot({ path: test.info().outputPath('exam-quiz.png'), fullPage: true });

  // A reload keeps the finished exam, its score and the answers.
  await app.reload();
  await expect(page.getByTestId('exam.score')).toContainText('100 %');
  await expect(page.getByTestId(`exam.question.${questions[0].id}`)).toHaveAttribute('data-answered', 'true');
  expect([...health.pageErrors, ...(await health.cspViolations())]).toEqual([]);
});

test('the exam judges mistakes: pre-checks after the clone and an awake reboot fail with their feedback', async ({ page }) => {
  const app = await openExam(page);
  await app.run('alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1');
  await app.run('lspv');
  await app.run('alt_rootvg_op -W -d hdisk1');
  await app.run('shutdown -Fr');
  await expect(app.led).toHaveText('0552');
  await page.getByTestId('exam.finish').click();
  await expect(page.getByTestId('exam.score')).toContainText('1 of 11 steps passed');
  await expect(page.getByTestId('exam.item.updated-clone')).toHaveAttribute('data-passed', 'true');
  await expect(page.getByTestId('exam.item.check-disks')).toHaveAttribute('data-passed', 'false');
  const boot = page.getByTestId('exam.item.boot-clone');
  await expect(boot).toHaveAttribute('data-passed', 'false');
  await expect(boot).toContainText('a clone must be asleep when you reboot into it');
});
