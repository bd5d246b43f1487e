// Issue 9: many saved labs. A link, ?scenario= or ?lesson= opens a NEW lab and says what it holds; the
// lab you had stays exactly as left; the address names the open lab (?lab=<id>) so a reload reopens it;
// the labs menu opens, renames, duplicates and deletes (asked first; never the open lab). Two tabs: a
// second tab opened with a link never costs the first tab any of its work.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { encodeLink } from '../src/core/scenario/link.ts';
import { watchPageHealth } from './pages/pageHealth.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

const LINK_STEPS = ['lspv', 'alt_disk_copy -d hdisk1', 'bootlist -m normal -o'];

function linkOf(steps: string[], scenario = 'reference-lab'): string {
  const r = encodeLink({ version: 1, scenario, steps });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Loads an address as a new document (a changed fragment alone would not load the page anew). */
async function load(app: TrainerPage, url: string): Promise<void> {
  await app.page.goto('about:blank');
  await app.page.goto(url);
  await app.waitReady();
}

/** What a lab looks like: every terminal line, the lifecycle state and the bootlist. */
async function labView(app: TrainerPage) {
  return { lines: await app.outputLines(), state: await app.lifecycleState.innerText(), bootlist: await app.bootlist.innerText() };
}

async function closeLabs(page: Page): Promise<void> {
  await page.getByRole('dialog', { name: 'Saved labs' }).getByRole('button', { name: 'Close' }).click();
}

test('work in a lab, open a link, open ?scenario=jfs-lab: three labs, the first exactly as left', async ({ page }) => {
  test.setTimeout(60_000);
  const health = await watchPageHealth(page);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('bootlist -m normal hdisk1');
  await app.run('mkdir /home/learner');
  await app.run('lspv');
  const first = await app.currentLabId();
  expect(new URL(page.url()).searchParams.get('speed')).toBe('instant');
  const before = await labView(app);

  // A link opens as a new lab and says what it holds; the address then names that lab, not the link.
  await load(app, TrainerPage.url({ speed: 'instant', shared: linkOf(LINK_STEPS) }));
  const opened = page.getByTestId('lab.opened');
  await expect(opened).toContainText('The link opened as a new lab');
  await expect(opened).toContainText('scenario reference-lab, 3 steps replayed');
  await expect(opened.getByLabel('First lines of the link')).toHaveText(LINK_STEPS.map((l) => `# ${l}`).join('\n'));
  await expect(opened.getByRole('link', { name: /^Back to “/ })).toBeVisible();
  const second = await app.currentLabId();
  expect(second).not.toBe(first);
  expect(new URL(page.url()).hash).toBe('');
  await expect(app.lifecycleState).toHaveText('altinstAsleep');

  // ?scenario= opens a new lab too; a reload reopens it instead of making a fourth.
  await load(app, TrainerPage.url({ speed: 'instant', scenario: 'jfs-lab' }));
  await expect(page.getByTestId('lab.opened')).toContainText('Scenario jfs-lab opened as a new lab');
  const third = await app.currentLabId();
  expect(new URL(page.url()).searchParams.has('scenario')).toBe(false);
  await app.run('lsfs');
  await app.reload();
  expect(await app.currentLabId()).toBe(third);
  await expect(page.getByTestId('lab.opened')).toHaveCount(0);
  await expect(app.output).toContainText('# lsfs');

  const items = await app.openLabs();
  await expect(items).toHaveCount(3);
  await page.screenshot({ path: test.info().outputPath('labs-menu.png') });
  await expect(app.labItem(third)).toHaveAttribute('aria-current', 'true');
  await expect(app.labItem(third)).toContainText('scenario jfs-lab');
  await expect(app.labItem(third)).toContainText('1 command');
  await expect(app.labItem(second)).toContainText('3 commands');
  await expect(app.labItem(first)).toContainText('3 commands');
  await expect(app.labItem(third).getByRole('button', { name: /^Delete / })).toBeDisabled();

  // The first lab, opened from the menu: exactly as it was left.
  await app.labItem(first).getByRole('link', { name: /^Open / }).click();
  await app.waitReady();
  expect(await app.currentLabId()).toBe(first);
  expect(new URL(page.url()).searchParams.get('speed')).toBe('instant');
  expect(await labView(app)).toEqual(before);
  await app.input.press('ArrowUp');
  await expect(app.input).toHaveValue('lspv');
  expect(health.pageErrors).toEqual([]);
  expect(await health.cspViolations()).toEqual([]);
});

test('the labs menu renames, duplicates and deletes (asked first), by keyboard too', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('bootlist -m normal hdisk1');
  const first = await app.currentLabId();
  await load(app, TrainerPage.url({ speed: 'instant', scenario: 'mirrored-lab' }));
  const current = await app.currentLabId();

  let items = await app.openLabs();
  await expect(items).toHaveCount(2);
  const item = app.labItem(first);
  const oldName = (await item.locator('.labs__name').innerText()).trim();

  // Rename: Escape leaves the field only; an empty name is refused; Enter saves.
  await item.getByRole('button', { name: `Rename ${oldName}` }).click();
  const field = item.getByRole('textbox', { name: `New name for ${oldName}` });
  await expect(field).toBeFocused();
  await field.press('Escape');
  await expect(app.labsDialog).toBeVisible();
  await expect(field).toHaveCount(0);
  await item.getByRole('button', { name: `Rename ${oldName}` }).click();
  await field.fill('   ');
  await field.press('Enter');
  await expect(app.labsDialog.getByTestId('labs.note')).toHaveText(/needs a name/);
  await field.fill('bootlist practice');
  await field.press('Enter');
  await expect(item.locator('.labs__name')).toHaveText('bootlist practice');

  // Duplicate, then delete the copy: asked first, "Keep it" keeps it.
  await item.getByRole('button', { name: 'Duplicate bootlist practice' }).click();
  await expect(items).toHaveCount(3);
  const copy = items.filter({ hasText: 'bootlist practice (copy)' });
  await expect(copy).toHaveCount(1);
  await copy.getByRole('button', { name: /^Delete / }).click();
  const ask = copy.getByRole('group', { name: /^Delete .*\?$/ });
  await expect(ask).toContainText('cannot be undone');
  await ask.getByRole('button', { name: 'Keep it' }).click();
  await expect(items).toHaveCount(3);
  await copy.getByRole('button', { name: /^Delete / }).click();
  await copy.getByRole('button', { name: 'Delete', exact: true }).press('Enter');
  await expect(items).toHaveCount(2);
  await expect(app.labsDialog.getByTestId('labs.note')).toHaveText(/^Deleted “bootlist practice \(copy\)”\.$/);
  await expect(app.labsDialog.getByRole('heading', { name: 'Saved labs' })).toBeFocused(); // the keyboard stays in the dialog
  await expect(app.labItem(current).getByRole('button', { name: /^Delete / })).toBeDisabled();

  // The names last: after a reload the menu lists the same two labs.
  await closeLabs(page);
  await expect(app.labsDialog).toBeHidden();
  await app.reload();
  items = await app.openLabs();
  await expect(items).toHaveCount(2);
  await expect(app.labItem(first)).toContainText('bootlist practice');
  await page.keyboard.press('Escape');
  await expect(app.labsDialog).toBeHidden();
});

test('two tabs: the second opens a link; the first keeps working and closes; none of its work is lost', async ({ page, context }) => {
  test.setTimeout(60_000);
  const first = new TrainerPage(page);
  await first.goto({ speed: 'instant' });
  await first.run('bootlist -m normal hdisk1');
  const firstLab = await first.currentLabId();

  const other = await context.newPage();
  const health = await watchPageHealth(other);
  const second = new TrainerPage(other);
  await other.goto(TrainerPage.url({ speed: 'instant', shared: linkOf(['alt_disk_copy -d hdisk1']) }));
  await second.waitReady();
  await expect(second.output).toContainText('# alt_disk_copy -d hdisk1');

  // The first tab goes on working after the link opened in the other tab.
  await first.run('mkdir /tmp/after-the-link');
  await first.run('bootlist -m normal hdisk0 hdisk1');
  await first.run('ls -d /tmp/after-the-link');
  expect(await first.outputOf('ls -d /tmp/after-the-link')).toEqual(['/tmp/after-the-link']);
  const left = await labView(first);
  await page.close();

  // Whatever the second tab does now (it may take over as the writer), the first tab's lab is intact.
  await expect(other.getByText('saved in this browser')).toBeVisible({ timeout: 10_000 });
  await second.waitIdle();
  await expect(second.output).toContainText('# alt_disk_copy -d hdisk1');
  await expect(second.output).not.toContainText('after-the-link');
  const items = await second.openLabs();
  await expect(items).toHaveCount(2);
  await second.labItem(firstLab).getByRole('link', { name: /^Open / }).click();
  await second.waitReady();
  expect(await labView(second)).toEqual(left);
  await second.run('ls -d /tmp/after-the-link');
  expect(await second.outputOf('ls -d /tmp/after-the-link')).toEqual(['/tmp/after-the-link']);
  expect(health.pageErrors).toEqual([]);
});
