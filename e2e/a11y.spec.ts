// Accessibility: axe-core over every view a learner meets — the main view, a lesson, the LED 0552
// hang, SMIT and its F4 list, the share dialog, the Lifecycle tab — in the light and the dark theme,
// at desktop and at phone width. No serious or critical violation is allowed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test.describe.configure({ timeout: 120_000 });

type Theme = 'light' | 'dark';

/** Serious and critical violations, one line each, with the first offending nodes. */
async function seriousViolations(page: Page, view: string): Promise<string[]> {
  // React Flow's minimap-free pane and the attribution link are third-party markup we cannot name.
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${view}: ${v.id} (${v.impact}) ${v.nodes.length}× — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join(' ') ?? ''}`).join(' | ')}`);
}

async function open(page: Page, theme: Theme, options: Parameters<TrainerPage['goto']>[0] = {}): Promise<TrainerPage> {
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant', ...options });
  return app;
}

/** Shows a side-panel tab (on the phone the panel may be below the fold; the tab still switches). */
async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

for (const size of [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${size.name}, ${theme} theme`, () => {
      test.use({ viewport: { width: size.width, height: size.height } });

      test('main view, Lifecycle tab and share dialog', async ({ page }) => {
        const app = await open(page, theme);
        const found: string[] = [];
        await app.run('alt_disk_copy -d hdisk1');
        found.push(...(await seriousViolations(page, 'main view')));
        await showTab(page, 'Lifecycle');
        await expect(page.getByTestId('lifecycle.view')).toBeVisible();
        found.push(...(await seriousViolations(page, 'lifecycle view')));
        await showTab(page, 'Legend');
        found.push(...(await seriousViolations(page, 'legend')));
        await page.getByRole('button', { name: 'Share this lab' }).click();
        await expect(page.getByRole('dialog', { name: 'Share this lab' })).toBeVisible();
        found.push(...(await seriousViolations(page, 'share dialog')));
        expect(found).toEqual([]);
      });

      test('a lesson', async ({ page }) => {
        await open(page, theme, { lesson: 'awake-reboot' });
        await expect(page.getByTestId('lesson')).toBeVisible();
        expect(await seriousViolations(page, 'lesson')).toEqual([]);
      });

      test('the goal view of a lesson', async ({ page }) => {
        await open(page, theme, { lesson: 'basic-clone' });
        await page.getByTestId('lesson.goal.toggle').click();
        await expect(page.getByTestId('lesson.goal')).toContainText('difference');
        expect(await seriousViolations(page, 'goal view')).toEqual([]);
      });

      test('the exam, finished, with a question answered', async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        const app = new TrainerPage(page);
        await page.goto('/?speed=instant&exam=1');
        await app.waitReady();
        await expect(page.getByTestId('exam')).toBeVisible();
        const found = await seriousViolations(page, 'exam');
        await app.run('lspv');
        await page.getByTestId('exam.finish').click();
        await expect(page.getByTestId('exam.score')).toBeVisible();
        await page.locator('[data-testid^="exam.option."]').first().click();
        found.push(...(await seriousViolations(page, 'exam result')));
        expect(found).toEqual([]);
      });

      test('the LED 0552 hang', async ({ page }) => {
        const app = await open(page, theme);
        await app.run('alt_disk_copy -d hdisk1');
        await app.run('alt_rootvg_op -W -d hdisk1');
        await app.run('shutdown -Fr');
        await expect(app.led).toHaveText('0552');
        expect(await seriousViolations(page, 'hang')).toEqual([]);
      });

      test('SMIT and its F4 list', async ({ page }) => {
        const app = await open(page, theme);
        await app.run('smitty alt_clone');
        const panel = page.getByTestId('smit.panel');
        await expect(panel).toBeVisible();
        await expect(panel.getByRole('textbox', { name: 'Target Disk(s) to install' })).toBeFocused();
        const found = await seriousViolations(page, 'smit');
        await page.keyboard.press('F4');
        await expect(page.getByRole('listbox', { name: 'Target Disk(s) to install' })).toBeVisible();
        found.push(...(await seriousViolations(page, 'F4 list')));
        expect(found).toEqual([]);
      });

      test('the course: hint ladder open, a dead end, the picker with progress', async ({ page }) => {
        const app = await open(page, theme, { lesson: 'update-clone' });
        const found: string[] = [];
        for (let i = 0; i < 4; i++) await page.getByTestId('lesson.hint').click();
        await page.getByTestId('lesson.solution').click();
        await expect(page.getByTestId('lesson.hint.rung')).toHaveCount(5);
        found.push(...(await seriousViolations(page, 'hint ladder')));
        await app.input.fill('');
        await app.run('alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1');
        await app.run('shutdown -Fr');
        await expect(page.getByTestId('lesson.deadend')).toBeVisible();
        found.push(...(await seriousViolations(page, 'dead end')));
        await page.getByRole('button', { name: 'All lessons' }).click();
        await expect(page.getByTestId('lesson.picker')).toBeVisible();
        found.push(...(await seriousViolations(page, 'picker')));
        expect(found).toEqual([]);
      });

      test('the twin dialog: problems, then a read server with its defaults; the labs menu with a runbook', async ({ page }) => {
        const app = await open(page, theme);
        await app.openLabs();
        await page.getByTestId('twin.open').click();
        const twin = page.getByRole('dialog', { name: 'Rehearse your server' });
        await expect(twin.getByTestId('twin.commands')).toContainText('lspv');
        await twin.getByTestId('twin.paste').fill('aixprod01:/# lspv\nnot lspv output\n');
        await twin.getByTestId('twin.parse').click();
        await expect(twin.getByTestId('twin.problems')).toBeVisible();
        const found = await seriousViolations(page, 'twin problems');
        await twin.getByTestId('twin.paste').fill('aixprod01:/# lspv\nhdisk0 00c25ab0062fa576 rootvg active\nhdisk1 none None\n');
        await twin.getByTestId('twin.parse').click();
        await expect(twin.getByTestId('twin.defaults')).toBeVisible();
        await twin.getByTestId('twin.share').click();
        await expect(twin.getByTestId('twin.link')).toBeVisible();
        found.push(...(await seriousViolations(page, 'twin read, with its link')));
        await twin.getByRole('button', { name: 'Close' }).click();
        await app.run('lspv');
        await app.openLabs();
        await app.labsDialog.getByTestId('runbook.export').click();
        await expect(app.labsDialog.getByTestId('runbook.html')).toBeVisible();
        found.push(...(await seriousViolations(page, 'labs menu with a runbook')));
        expect(found).toEqual([]);
      });

      test('the scenario builder, with a shared link and a described server', async ({ page }) => {
        const app = await open(page, theme);
        await app.openLabs();
        await page.getByTestId('builder.open').click();
        await expect(page.getByTestId('builder.hostname')).toContainText('aixlab01');
        await page.getByTestId('builder.disk.add').click();
        await page.getByTestId('builder.share').click();
        await expect(page.getByTestId('builder.link')).toBeVisible();
        const found = await seriousViolations(page, 'builder');
        // a server described field by field, with a file system, a fault and a refusal shown
        await page.getByTestId('builder.scenario').selectOption('twin');
        await page.getByTestId('builder.server.fs.add').click();
        await page.getByTestId('builder.powercut.disk').fill('hdisk2');
        await page.getByTestId('builder.server.hostname').fill('bad name');
        await expect(page.getByTestId('builder.check')).toHaveAttribute('data-ok', 'false');
        found.push(...(await seriousViolations(page, 'builder, a described server')));
        expect(found).toEqual([]);
      });

      test.describe('a first visit', () => {
        test.use({ storageState: { cookies: [], origins: [] } });
        test('the welcome', async ({ page }) => {
          await open(page, theme);
          await expect(page.getByTestId('welcome')).toBeVisible();
          expect(await seriousViolations(page, 'welcome')).toEqual([]);
        });
      });
    });
  }
}
