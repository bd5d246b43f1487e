// The terminal keeps AIX's 80 columns readable at every width (the output scrolls sideways inside the
// terminal, never the page) and keeps the prompt in view after a command ends, after SMIT and after a link.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { encodeLink } from '../src/core/scenario/link.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

/** The scroll box of the terminal output (the element that scrolls sideways). */
const scroller = (page: Page) => page.getByTestId('terminal').locator('.terminal__scroll');

/**
 * Scrolls the terminal fully right, as a learner dragging its scrollbar would, and says whether the last
 * character of `line` is then inside the terminal's visible box and not cut by the line's own block.
 */
async function lastCharacterReachable(line: Locator): Promise<boolean> {
  return line.evaluate((el) => {
    const box = el.closest('.terminal__scroll')!;
    box.scrollLeft = box.scrollWidth;
    const text = el.firstChild!;
    const range = document.createRange();
    const length = text.textContent!.replace(/\s+$/, '').length;
    range.setStart(text, length - 1);
    range.setEnd(text, length);
    const ch = range.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    const block = el.parentElement!.getBoundingClientRect();
    return ch.width > 0 && ch.left >= view.left - 0.5 && ch.right <= view.right + 0.5 && ch.right <= block.right + 0.5;
  });
}

async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth > window.innerWidth);
}

/** The command line is inside the terminal's visible box (not scrolled away above, below or sideways). */
async function commandLineInView(page: Page): Promise<boolean> {
  const input = page.getByRole('textbox', { name: 'Command line' });
  await expect(input).toBeVisible();
  return input.evaluate((el) => {
    const box = el.closest('.terminal__scroll')!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.left < box.right;
  });
}

for (const size of [
  { width: 820, height: 1180 },
  { width: 390, height: 844 },
]) {
  test(`at ${size.width} px the ends of lspv's and lsvg rootvg's lines can be scrolled into view; the page never scrolls sideways`, async ({ page }) => {
    await page.setViewportSize(size);
    const app = new TrainerPage(page);
    await app.goto();
    await app.run('lspv');
    await app.run('lsvg rootvg');
    expect(await pageScrollsSideways(page)).toBe(false);
    const lines = [
      app.output.locator('.term-line', { hasText: /^hdisk0\s+00f6db0a6c7aece5\s+rootvg\s+active$/ }),
      app.output.locator('.term-line', { hasText: /^hdisk2\s+00f6db0a91b44e07\s+datavg\s+active$/ }),
      app.output.locator('.term-line', { hasText: 'VG IDENTIFIER:' }),
      app.output.locator('.term-line', { hasText: 'PP SIZE:' }),
    ];
    for (const line of lines) {
      await expect(line).toHaveCount(1);
      expect(await lastCharacterReachable(line), await line.innerText()).toBe(true);
    }
    expect(await pageScrollsSideways(page)).toBe(false);
    if (size.width === 390) await page.screenshot({ path: 'shots/terminal-390-scrolled-right.png' });
    // The next command brings the prompt back to the left edge.
    await app.run('oslevel -s');
    expect(await scroller(page).evaluate((el) => el.scrollLeft)).toBe(0);
    expect(await commandLineInView(page)).toBe(true);
    if (size.width === 390) await page.screenshot({ path: 'shots/terminal-390-wide-output.png' });
  });
}

/** Enough output that the terminal must scroll. */
async function fillTerminal(app: TrainerPage): Promise<void> {
  for (const line of ['lsvg -l rootvg', 'lspv', 'lsvg rootvg', 'df -m']) await app.run(line);
}

test('after shutdown -Fr at instant speed the command line is in view', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new TrainerPage(page);
  await app.goto();
  await fillTerminal(app);
  await app.run('shutdown -Fr');
  await expect(page.getByTestId('boot.log')).toBeVisible(); // the boot console opened above the terminal
  await expect.poll(() => commandLineInView(page)).toBe(true);
});

test('after leaving SMIT with F10 and with Esc+0 the command line is in view', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new TrainerPage(page);
  await app.goto();
  await fillTerminal(app);
  const panel = page.getByTestId('smit.panel');
  await app.run('smitty alt_clone');
  await expect(panel).toBeVisible();
  // Enter=Do runs the clone through the hidden terminal: its output lands there while SMIT is in front.
  await page.keyboard.press('F4');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('smit.field.d')).toHaveValue('hdisk1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('smit.status')).toHaveAttribute('data-state', 'ok');
  await page.keyboard.press('F10');
  await expect(panel).toBeHidden();
  await expect.poll(() => commandLineInView(page)).toBe(true);

  await app.run('smitty alt_clone');
  await expect(panel).toBeVisible();
  await page.keyboard.press('F4');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('smit.field.d')).toHaveValue('hdisk3');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('smit.status')).toHaveAttribute('data-state', /ok|failed/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('0');
  await expect(panel).toBeHidden();
  await expect.poll(() => commandLineInView(page)).toBe(true);
});

test('after opening a link the command line is in view', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  const steps = ['lsvg -l rootvg', 'lspv', 'lsvg rootvg', 'df -m', 'lsdev -Cc disk', 'bootlist -m normal -o'];
  const link = encodeLink({ version: 1, scenario: 'reference-lab', steps });
  if (!link.ok) throw new Error(link.error.message);
  const app = new TrainerPage(page);
  await app.goto({ shared: link.value });
  await expect(app.output).toContainText('# bootlist -m normal -o');
  await expect.poll(() => commandLineInView(page)).toBe(true);
});

test('the learner who scrolled up to read stays there when the terminal resizes', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new TrainerPage(page);
  await app.goto();
  await fillTerminal(app);
  await scroller(page).evaluate((el) => {
    el.scrollTop = 0;
  });
  await page.setViewportSize({ width: 1400, height: 760 });
  await expect.poll(() => scroller(page).evaluate((el) => el.clientHeight)).toBeLessThan(900);
  expect(await scroller(page).evaluate((el) => el.scrollTop)).toBe(0);
  expect(await commandLineInView(page)).toBe(false);
});
