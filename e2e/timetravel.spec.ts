// Issue 14: time travel. Eight commands with a clone and a wake; undo twice (button, Ctrl+Z), redo once
// (typed), jump to step 3: each view is exactly the terminal, lifecycle, bootlist and diagram of that step;
// branch from step 3 is a new lab in the labs list. Compare step 3 with the end: listed and marked on the
// diagram. Export, then import in a fresh browser profile: the same lab; a truncated file is refused.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { watchPageHealth } from './pages/pageHealth.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

const LINES = ['lspv', 'alt_disk_copy -d hdisk1', 'lsvg', 'alt_rootvg_op -W -d hdisk1', 'lsvg -o', 'bootlist -m normal hdisk0', 'bootlist -m normal -o', 'date'];

/** Everything a step shows: terminal lines, lifecycle, bootlist, the alternate disk on the diagram. */
async function view(app: TrainerPage) {
  const disk = app.page.getByTestId('diagram.disk.hdisk1');
  return {
    lines: await app.outputLines(),
    state: await app.lifecycleState.innerText(),
    bootlist: await app.bootlist.innerText(),
    disk: { role: await disk.getAttribute('data-role'), awake: await disk.getAttribute('data-awake') },
  };
}

async function eightCommands(app: TrainerPage) {
  await app.goto({ scenario: 'reference-lab' });
  const views = [await view(app)];
  for (const line of LINES) {
    await app.run(line);
    views.push(await view(app));
  }
  return views;
}

async function openTimeline(page: Page) {
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Timeline' });
  await expect(panel).toBeVisible();
  return panel;
}

/** The lab stands at step n: the panel says so and the terminal is ready again. */
async function atStep(app: TrainerPage, n: number) {
  await expect(app.page.getByTestId('timeline.cursor')).toHaveAttribute('data-cursor', String(n));
  await expect(app.page.getByTestId(`timeline.step.${n}`)).toHaveAttribute('data-current', 'true');
  await app.waitReady();
}

test('undo twice, redo once, jump to step 3, branch: each view is exactly that step', async ({ page }) => {
  test.setTimeout(90_000);
  const health = await watchPageHealth(page);
  const app = new TrainerPage(page);
  const views = await eightCommands(app);
  const panel = await openTimeline(page);
  await atStep(app, 8);
  await expect(panel.getByRole('list', { name: 'Steps of this lab' }).getByRole('listitem')).toHaveCount(9);
  await expect(page.getByTestId('timeline.step.2')).toHaveAttribute('data-group', 'clone');
  await expect(page.getByTestId('timeline.step.2')).toHaveAttribute('data-state', 'altinstAsleep');
  await expect(page.getByTestId('timeline.step.4')).toHaveAttribute('data-group', 'wake');
  await expect(page.getByTestId('timeline.step.4')).toHaveAttribute('data-state', 'altinstAwake');

  await page.getByTestId('timeline.undo').click();
  await atStep(app, 7);
  expect(await view(app)).toEqual(views[7]);
  // Ctrl+Z outside the command line.
  await page.getByTestId('timeline.cursor').click();
  await page.keyboard.press('Control+z');
  await atStep(app, 6);
  expect(await view(app)).toEqual(views[6]);
  await expect(page.getByTestId('timeline.step.8')).toHaveAttribute('data-undone', 'true');
  await page.screenshot({ path: test.info().outputPath('timeline-undone.png') });
  // redo typed at the prompt.
  await app.input.fill('redo');
  await app.input.press('Enter');
  await atStep(app, 7);
  expect(await view(app)).toEqual(views[7]);

  await page.getByTestId('timeline.jump.3').click();
  await atStep(app, 3);
  expect(await view(app)).toEqual(views[3]);
  // A reload shows step 3 too (it was saved), with the undone steps still listed.
  await app.reload();
  expect(await view(app)).toEqual(views[3]);
  await openTimeline(page);
  await atStep(app, 3);
  await expect(page.getByTestId('timeline.step.8')).toHaveAttribute('data-undone', 'true');

  await page.getByTestId('timeline.branch').click();
  await expect(page.getByTestId('timeline.note')).toContainText('— from step 3');
  const items = await app.openLabs();
  await expect(items.filter({ hasText: '— from step 3' })).toHaveCount(1);
  await page.getByRole('dialog', { name: 'Saved labs' }).getByRole('button', { name: 'Close' }).click();
  // The branch opens at step 3.
  await page.getByTestId('timeline.newlab').click();
  await app.waitReady();
  expect(await view(app)).toEqual(views[3]);
  // A new command there drops nothing of the parent; in the branch it is step 4.
  await app.run('alt_rootvg_op -X altinst_rootvg');
  await openTimeline(page);
  await atStep(app, 4);
  // `timeline` typed at the prompt prints the steps history-style.
  await app.run('timeline');
  const printed = await app.outputOf('timeline');
  expect(printed).toHaveLength(5);
  expect(printed[2]).toMatch(/^ {5}2 {2}alt_disk_copy -d hdisk1 +altinstAsleep +clone$/);
  expect(printed[4]).toMatch(/^> {4}4 {2}alt_rootvg_op -X altinst_rootvg +cloneRemoved +cleanup$/);
  expect([...health.pageErrors, ...health.consoleErrors]).toEqual([]);
});

test('compare step 3 with the end: the differences listed and marked on the diagram', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new TrainerPage(page);
  await eightCommands(app);
  await openTimeline(page);
  await atStep(app, 8);
  await page.getByTestId('timeline.target').fill('3');
  await page.getByTestId('timeline.compare').click();
  const diffs = page.getByRole('list', { name: 'Differences' }).getByRole('listitem');
  await expect(page.getByTestId('timeline.comparison')).toContainText('step 3 → now (step 8)');
  await expect(diffs.filter({ hasText: 'lifecycle state: altinstAsleep → altinstAwake' })).toHaveCount(1);
  await expect(diffs.filter({ hasText: 'bootlist' })).toHaveCount(1);
  expect(await diffs.count()).toBeGreaterThan(3);
  // The diagram marks the nodes that differ from step 3 (the awake alternate, its VG; hdisk0 moved in the boot list) and not the others (datavg).
  await expect(page.getByTestId('diagram.disk.hdisk1')).toHaveAttribute('data-changed', 'true');
  await expect(page.getByTestId('diagram.vg.altinst_rootvg')).toHaveAttribute('data-changed', 'true');
  await expect(page.getByTestId('diagram.vg.datavg')).toHaveAttribute('data-changed', 'false');
  await page.screenshot({ path: test.info().outputPath('timeline-compare.png') });
});

test('export, import into a fresh browser profile: the same lab; a truncated or hostile file is refused', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const app = new TrainerPage(page);
  const views = await eightCommands(app);
  await openTimeline(page);
  await atStep(app, 8);
  const download = page.waitForEvent('download');
  await page.getByTestId('lab.export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.altdisk-lab\.json$/);
  const text = readFileSync((await file.path())!, 'utf8');

  const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const other = await fresh.newPage();
  const health = await watchPageHealth(other);
  const there = new TrainerPage(other);
  await there.goto();
  await openTimeline(other);
  const before = await there.openLabs();
  const labsBefore = await before.count();
  await other.getByRole('dialog', { name: 'Saved labs' }).getByRole('button', { name: 'Close' }).click();

  const importFile = (name: string, body: string) => other.getByTestId('lab.import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
  await importFile('cut.altdisk-lab.json', text.slice(0, Math.floor(text.length * 0.7)));
  await expect(other.getByTestId('timeline.note')).toContainText('This file cannot be imported: it is not a complete lab file');
  await importFile('changed.altdisk-lab.json', text.replace('"alt_rootvg_op -W -d hdisk1"', '"alt_rootvg_op -X altinst_rootvg"'));
  await expect(other.getByTestId('timeline.note')).toContainText('do not lead to its saved state');
  await importFile('proto.json', '{"__proto__":{"polluted":true},"format":"altdisk-lab","version":1}');
  await expect(other.getByTestId('timeline.note')).toContainText('This file cannot be imported');
  expect(await other.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  expect(await (await there.openLabs()).count()).toBe(labsBefore); // nothing was written
  await other.getByRole('dialog', { name: 'Saved labs' }).getByRole('button', { name: 'Close' }).click();

  await importFile('lab.altdisk-lab.json', text);
  await expect(other.getByTestId('timeline.note')).toContainText('Imported as a new lab');
  await other.getByTestId('timeline.newlab').click();
  await there.waitReady();
  expect(await view(there)).toEqual(views[8]);
  await openTimeline(other);
  await atStep(there, 8);
  await expect(other.getByTestId('timeline.step.4')).toHaveAttribute('data-group', 'wake');
  expect([...health.pageErrors, ...health.consoleErrors]).toEqual([]);
  await fresh.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`the Timeline tab passes axe (${theme} theme), with steps undone and a comparison open`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    const app = new TrainerPage(page);
    await app.goto({ scenario: 'reference-lab' });
    for (const line of LINES.slice(0, 4)) await app.run(line);
    await openTimeline(page);
    await page.getByTestId('timeline.undo').click();
    await atStep(app, 3);
    await page.getByTestId('timeline.target').fill('1');
    await page.getByTestId('timeline.compare').click();
    await expect(page.getByTestId('timeline.comparison')).toBeVisible();
    const result = await new AxeBuilder({ page }).include('[data-testid="pane.side"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`timeline-${theme}.png`) });
  });
}
