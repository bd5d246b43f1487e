// Issue 13, acceptance 4: a link made mid-lesson opens the same lesson, with the same objectives done, in
// a fresh browser (no saved lab, no stored run). The link is untrusted: an unknown lesson in it opens the
// lab without a lesson; a malformed lesson part refuses the link like any other damage.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { encodeLink } from '../src/core/scenario/link.ts';
import { TrainerPage } from './pages/TrainerPage.ts';
import { watchPageHealth } from './pages/pageHealth.ts';

test.describe.configure({ timeout: 90_000 });

const LESSON = 'basic-clone';

/** Every objective of the open lesson: id → data-done. */
async function objectiveStates(page: Page): Promise<Record<string, string>> {
  const items = page.locator('[data-testid^="lesson.objective."]');
  await expect(items.first()).toBeAttached();
  const pairs = await items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-testid') ?? '', e.getAttribute('data-done') ?? ''] as const));
  return Object.fromEntries(pairs.map(([id, done]) => [id.replace('lesson.objective.', ''), done]));
}

async function shareLink(page: Page): Promise<{ link: string; dialog: Locator }> {
  await page.getByRole('button', { name: 'Share this lab' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this lab' });
  const field = dialog.getByRole('textbox', { name: 'Link' });
  await expect(field).toBeVisible();
  return { link: await field.inputValue(), dialog };
}

test('a link made mid-lesson opens the same lesson with the same objectives done', async ({ page, browser }) => {
  const health = await watchPageHealth(page);
  const app = new TrainerPage(page);
  await app.goto({ lesson: LESSON });
  await expect(page.getByTestId('lesson')).toBeVisible();
  // Some earlier work first, so the link's run does not start at the lab's first line.
  await app.run('alt_disk_copy -d hdisk1');
  await expect(page.getByTestId('lesson.objective.clone')).toHaveAttribute('data-done', 'true');
  await app.run('lspv');
  await app.run('bootlist -m normal -o');
  await expect(page.getByTestId('lesson.objective.lspv')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('lesson.objective.bootlist')).toHaveAttribute('data-done', 'true');
  const before = await objectiveStates(page);
  expect(Object.values(before).filter((d) => d === 'true').length).toBeGreaterThanOrEqual(3);
  expect(Object.values(before)).toContain('false');

  const { link, dialog } = await shareLink(page);
  expect(link).toMatch(/#s=[jz][A-Za-z0-9_-]+$/);
  await expect(dialog).toContainText('It opens the lesson too');
  await page.screenshot({ path: test.info().outputPath('share-dialog.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();

  const other = await browser.newContext();
  try {
    const page2 = await other.newPage();
    const health2 = await watchPageHealth(page2);
    const app2 = await TrainerPage.openLink(page2, link);
    // The Lesson tab is shown, with the same lesson and the same objectives done.
    await expect(page2.getByRole('tab', { name: 'Lesson', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page2.getByTestId('lesson')).toBeVisible();
    await expect.poll(() => objectiveStates(page2)).toEqual(before);
    await page2.screenshot({ path: test.info().outputPath('opened-link.png') });
    // A reload keeps the lesson and its progress (the address names the lab and the lesson).
    await expect.poll(() => new URL(page2.url()).searchParams.get('lesson')).toBe(LESSON);
    await app2.reload();
    await expect.poll(() => objectiveStates(page2)).toEqual(before);
    expect([...health2.pageErrors, ...(await health2.cspViolations())]).toEqual([]);
  } finally {
    await other.close();
  }
  expect([...health.pageErrors, ...(await health.cspViolations())]).toEqual([]);
});

test('an unknown lesson in a link opens the lab without it; a malformed lesson part refuses the link', async ({ page }) => {
  const app = new TrainerPage(page);
  const unknown = encodeLink({ version: 1, scenario: 'reference-lab', steps: ['alt_disk_copy -d hdisk1'], lesson: { id: 'no-such-lesson', start: 0 } });
  if (!unknown.ok) throw new Error(unknown.error.message);
  await app.goto({ shared: unknown.value });
  await expect(app.output).toContainText('# alt_disk_copy -d hdisk1');
  await expect(page.locator('[data-testid^="lesson.objective."]')).toHaveCount(0);

  // A lesson part that is not one (a start past the steps): the whole link is refused, with the notice.
  const bad = 'j' + Buffer.from(JSON.stringify({ version: 1, scenario: 'reference-lab', steps: ['lspv'], lesson: { id: LESSON, start: 9 } })).toString('base64url');
  await page.goto(TrainerPage.url({ shared: bad }));
  await app.waitReady();
  await expect(page.getByRole('alert').filter({ hasText: 'the lesson it names is not valid' })).toBeVisible();
});
