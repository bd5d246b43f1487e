// The goal view (issue 13): "Show goal" draws the state the lesson asks for — computed by running the
// lesson's solution on a fresh copy of its lab — beside the live diagram, with what differs marked; once
// the lab is there, nothing differs.
import { expect, test } from '@playwright/test';
import { findLesson } from '../src/lessons/index.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

test('Show goal: the goal of the lesson beside the live diagram, differences marked until the lab matches it', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ lesson: 'basic-clone' });
  const toggle = page.getByTestId('lesson.goal.toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const goal = page.getByTestId('lesson.goal');
  await expect(goal).toBeVisible();
  // At the start hdisk1 is free; the goal has the clone on it, asleep, and the bootlist on hdisk1.
  const hdisk1 = goal.getByTestId('lesson.goal.disk.hdisk1');
  await expect(hdisk1).toHaveAttribute('data-differs', 'true');
  await expect(hdisk1).toContainText('altinst_rootvg · asleep');
  await expect(hdisk1).toContainText('now: None');
  await expect(goal.getByTestId('lesson.goal.disk.hdisk0')).toHaveAttribute('data-differs', 'false');
  await expect(goal.getByTestId('lesson.goal.vg.altinst_rootvg')).toHaveAttribute('data-differs', 'true');
  await expect(goal.getByTestId('lesson.goal.firmware.bootlist')).toHaveAttribute('data-differs', 'true');
  await page.screenshot({ path: test.info().outputPath('goal-start.png') });

  // Waking the clone is not the goal: hdisk1 still differs (awake, not asleep).
  await app.run('alt_disk_copy -d hdisk1');
  await app.run('alt_rootvg_op -W -d hdisk1');
  await expect(hdisk1).toHaveAttribute('data-differs', 'true');
  await expect(hdisk1).toContainText('now: altinst_rootvg · awake');
  await app.run('alt_rootvg_op -S');
  for (const line of findLesson('basic-clone')!.solution.slice(1)) await app.run(line);
  await expect(goal).toHaveAttribute('data-differences', '0');
  await expect(goal).toContainText('The lab matches the goal.');
  await expect(goal.locator('[data-differs="true"]')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('goal-matched.png') });
});
