// Layout at a desktop and a phone size (screenshots saved to shots/, git-ignored), themes, and the
// keyboard: every control reachable with Tab and named for assistive technology.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
}

async function panes(page: Page): Promise<Box[]> {
  return Promise.all(['pane.terminal', 'pane.diagram', 'pane.side'].map((id) => box(page.getByTestId(id))));
}

async function cloneAndWake(app: TrainerPage): Promise<void> {
  await app.run('alt_disk_copy -d hdisk1');
  await app.run('alt_rootvg_op -W -d hdisk1');
  await expect(app.disk('hdisk1')).toHaveAttribute('data-awake', 'true');
}

test.describe('desktop 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('three panes side by side without overlap, nothing scrolls sideways', async ({ page }) => {
    const app = new TrainerPage(page);
    await app.goto({ speed: 'instant' });
    await cloneAndWake(app);
    await app.disk('hdisk1').click();
    const [terminal, diagram, side] = await panes(page);
    expect(overlaps(terminal, diagram)).toBe(false);
    expect(overlaps(terminal, side)).toBe(false);
    expect(overlaps(diagram, side)).toBe(false);
    for (const b of [terminal, diagram, side]) {
      expect(b.width).toBeGreaterThan(300);
      expect(b.height).toBeGreaterThan(200);
      expect(b.x + b.width).toBeLessThanOrEqual(1280.5);
      expect(b.y + b.height).toBeLessThanOrEqual(800.5);
    }
    await expect(app.input).toBeVisible();
    await expect(app.input).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: 'shots/live-1280x800.png' });

    await app.sideTab('Lifecycle').click();
    await page.screenshot({ path: 'shots/live-1280x800-lifecycle.png' });
  });

  test('light and dark themes: a toggle that follows the system until chosen and is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const app = new TrainerPage(page);
    await app.goto({ speed: 'instant' });
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(app.themeToggle).toHaveAttribute('aria-pressed', 'false');
    await cloneAndWake(app);
    await page.screenshot({ path: 'shots/live-1280x800-light.png' });
    await app.themeToggle.click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(app.themeToggle).toHaveAttribute('aria-pressed', 'true');
    await app.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
  });

  test('the splitters resize the panes from the keyboard', async ({ page }) => {
    const app = new TrainerPage(page);
    await app.goto({ speed: 'instant' });
    const vertical = page.getByRole('separator', { name: 'Resize terminal and diagram' });
    const horizontal = page.getByRole('separator', { name: 'Resize terminal and side panel' });
    const before = await box(page.getByTestId('pane.terminal'));
    const value = Number(await vertical.getAttribute('aria-valuenow'));
    await vertical.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(vertical).toHaveAttribute('aria-valuenow', String(value + 10));
    expect((await box(page.getByTestId('pane.terminal'))).width).toBeGreaterThan(before.width + 100);
    await page.keyboard.press('Home');
    await expect(vertical).toHaveAttribute('aria-valuenow', await vertical.getAttribute('aria-valuemin') ?? '');

    const sideBefore = await box(page.getByTestId('pane.side'));
    await horizontal.focus();
    await page.keyboard.press('Shift+ArrowUp');
    expect((await box(page.getByTestId('pane.side'))).height).toBeGreaterThan(sideBefore.height + 40);
    const [terminal, diagram, side] = await panes(page);
    expect(overlaps(terminal, side) || overlaps(terminal, diagram) || overlaps(diagram, side)).toBe(false);
  });
});

test.describe('phone 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('panes stack, the prompt stays usable, no horizontal page scroll', async ({ page }) => {
    const app = new TrainerPage(page);
    await app.goto({ speed: 'instant' });
    await cloneAndWake(app);
    await app.run('lspv');
    const [terminal, diagram, side] = await panes(page);
    expect(overlaps(terminal, diagram)).toBe(false);
    expect(overlaps(diagram, side)).toBe(false);
    // Terminal, then the side panel (the lesson comes up under the terminal), then the diagram.
    expect(side.y).toBeGreaterThanOrEqual(terminal.y + terminal.height - 1);
    expect(diagram.y).toBeGreaterThanOrEqual(side.y + side.height - 1);
    for (const b of [terminal, diagram, side]) expect(b.x + b.width).toBeLessThanOrEqual(390.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expect(app.input).toBeVisible();
    await expect(app.input).toBeInViewport();
    // The terminal still takes commands here.
    await app.run('oslevel -s');
    expect(await app.outputOf('oslevel -s')).toEqual(['7200-05-03-2148']);
    await page.screenshot({ path: 'shots/live-390x844.png' });
    await page.screenshot({ path: 'shots/live-390x844-full.png', fullPage: true });
  });
});

test.describe('keyboard and names', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('Tab reaches the terminal, speed, theme, splitters, diagram nodes and side-panel tabs', async ({ page }) => {
    const app = new TrainerPage(page);
    await app.goto({ speed: 'instant' });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen = new Set<string>();
    const want = ['input:Command line', 'select:Simulation speed', 'button:Dark theme', 'separator:Resize terminal and diagram', 'separator:Resize terminal and side panel', 'node', 'tab:Details'];
    for (let i = 0; i < 120 && !want.every((w) => seen.has(w)); i++) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        if (el.classList.contains('react-flow__node')) return 'node';
        const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
        return `${role}:${el.getAttribute('aria-label') ?? el.textContent ?? ''}`;
      });
      seen.add(what);
    }
    for (const w of want) expect([...seen], w).toContain(w);
  });

  test('arrow keys move between diagram nodes and Enter opens the details', async ({ page }) => {
    const app = new TrainerPage(page);
    await app.goto({ speed: 'instant' });
    const hdisk0 = page.getByRole('group', { name: /^Disk hdisk0,/ });
    await hdisk0.focus();
    await page.keyboard.press('ArrowDown');
    const hdisk1 = page.getByRole('group', { name: /^Disk hdisk1,/ });
    await expect(hdisk1).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('group', { name: /^Firmware of aixlab01/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('details')).toContainText('bootlist -m normal -o');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('group', { name: /^Volume group rootvg,/ })).toBeFocused();
  });

  test('every interactive control has an accessible name', async ({ page }) => {
    const app = new TrainerPage(page);
    await app.goto({ speed: 'instant' });
    await cloneAndWake(app);
    await app.disk('hdisk1').click();
    await expect(page.getByRole('textbox', { name: 'Command line' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Simulation speed' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
    await expect(page.getByRole('separator', { name: 'Resize terminal and diagram' })).toBeVisible();
    await expect(page.getByRole('separator', { name: 'Resize terminal and side panel' })).toBeVisible();
    for (const tab of ['Details', 'Lifecycle', 'Legend'] as const) await expect(app.sideTab(tab)).toBeVisible();
    await expect(page.getByRole('tablist', { name: 'Side panel' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hide logical volumes of altinst_rootvg' })).toBeVisible();
    await expect(app.pasteButton('alt_rootvg_op -S')).toBeVisible();
    await expect(page.getByRole('img', { name: /^LED panel blank$/ })).toBeVisible();
    await expect(page.getByRole('group', { name: /^Disk hdisk1, altinst_rootvg/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Diagram of hosts, disks and volume groups' })).toBeVisible();
    await expect(page.getByRole('log', { name: 'Terminal output' })).toBeAttached();

    // And nothing focusable on the page is left without a name.
    const unnamed = await page.evaluate(() => {
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
        (el) => el.tabIndex >= 0 && !el.hidden && el.offsetParent !== null && !el.closest('[hidden]'),
      );
      const nameOf = (el: HTMLElement): string => {
        const labelled = el.getAttribute('aria-labelledby');
        if (labelled) return labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        return (el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? (el.labels?.[0]?.textContent ?? '') : el.textContent) ?? '').trim();
      };
      return focusable.filter((el) => nameOf(el) === '').map((el) => el.outerHTML.slice(0, 120));
    });
    expect(unnamed).toEqual([]);
  });
});
