// Know before you press Enter (issue 16): the consequence preview beside the prompt, its ghosts on the
// diagram, the hang warning, the explainer's flag meanings, the toggle, and axe over the panel.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test.describe.configure({ timeout: 90_000 });

/** The React Flow node wrapper around an element with this test id, drawn as a ghost. */
function ghostOf(page: Page, testId: string): Locator {
  return page.locator(`.react-flow__node[data-ghost]:has([data-testid="${testId}"])`);
}

async function open(page: Page): Promise<TrainerPage> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new TrainerPage(page);
  await app.goto();
  await expect(page.getByTestId('preview.toggle')).toHaveAttribute('aria-pressed', 'true');
  return app;
}

test('typing alt_disk_copy -d hdisk1 shows the clone as ghosts; Enter makes them real; the awake clone warns of the hang', async ({ page }) => {
  const app = await open(page);
  const panel = page.getByTestId('preview.panel');

  await app.input.fill('alt_disk_copy -d hdisk1');
  await expect(panel).toHaveAttribute('data-state', 'preview');
  await expect(panel.getByTestId('preview.change').first()).toBeVisible();

  // hdisk1 carries a ghost altinst_rootvg, and the bootlist a ghost hdisk1
  const disk = ghostOf(page, 'diagram.disk.hdisk1');
  await expect(disk).toHaveAttribute('data-ghost', 'changed');
  await expect(app.disk('hdisk1')).toHaveAttribute('data-role', 'altinst_rootvg');
  await expect(disk.getByTestId('diagram.ghost-tag')).toHaveText('(preview)');
  const vg = ghostOf(page, 'diagram.vg.altinst_rootvg');
  await expect(vg).toHaveAttribute('data-ghost', 'created');
  await expect(vg).toContainText('altinst_rootvg');
  await expect(vg.getByTestId('diagram.ghost-tag')).toHaveText('(preview)');
  await expect(ghostOf(page, 'diagram.bootlist')).toHaveAttribute('data-ghost', 'changed');
  await expect(app.bootlist.first()).toContainText('hdisk1');
  await page.screenshot({ path: test.info().outputPath('ghost-clone.png') });
  const ghostBootlist = await app.bootlist.first().innerText();
  const ghostDisk = await app.disk('hdisk1').innerText();

  // Nothing ran: the terminal has no echo of the line, and the lab is as it was
  expect(await app.outputLines()).not.toContain('# alt_disk_copy -d hdisk1');

  await app.input.press('Enter');
  await app.waitIdle();
  await expect(page.locator('.react-flow__node[data-ghost]')).toHaveCount(0);
  await expect(app.disk('hdisk1')).toHaveAttribute('data-role', 'altinst_rootvg');
  await expect(app.vg('altinst_rootvg')).toBeVisible();
  await expect(app.bootlist.first()).toHaveText(ghostBootlist);
  expect((await app.disk('hdisk1').innerText()).replace('(preview)', '').replace(/\s+/g, ' ').trim()).toBe(ghostDisk.replace('(preview)', '').replace(/\s+/g, ' ').trim());

  await app.run('alt_rootvg_op -W -d hdisk1');
  await app.input.fill('shutdown -Fr');
  const warning = panel.locator('[data-testid="preview.warning"][data-kind="boot-hangs"]');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('0552');
  await expect(warning).toContainText('hang');
});

test('the explainer lists each flag of an alt_disk_copy with its meaning', async ({ page }) => {
  const app = await open(page);
  await app.input.fill('alt_disk_copy -B -d hdisk1 -b update_all -l /export/7200-05-04');
  const list = page.getByTestId('explain.list');
  await expect(list).toBeVisible();
  await expect(list.getByTestId('explain.command')).toHaveAttribute('data-command', 'alt_disk_copy');
  const items = list.getByTestId('explain.item');
  await expect(items).toHaveCount(4);
  const expected: [string, string, RegExp][] = [
    ['B', '-B', /bootlist alone/],
    ['d', '-d hdisk1', /free disk\(s\) to clone onto/],
    ['b', '-b update_all', /bundle of filesets/],
    ['l', '-l /export/7200-05-04', /install images/],
  ];
  for (const [i, [flag, text, meaning]] of expected.entries()) {
    const item = items.nth(i);
    await expect(item).toHaveAttribute('data-flag', flag);
    await expect(item.locator('code')).toHaveText(text);
    await expect(item).toContainText(meaning);
  }
  // -d names hdisk1: the changes it causes are linked
  await expect(items.nth(1)).toHaveAttribute('data-links', /\d/);

  // An unknown flag gets getopt's answer; the same texts are in man
  await app.input.fill('alt_disk_copy -Q -d hdisk1');
  await expect(list.getByTestId('explain.item').first()).toContainText('alt_disk_copy: Not a recognized flag: Q');
  // Tab after '-' lists the flags with the same meanings
  await app.input.fill('alt_disk_copy -');
  await app.input.press('Tab');
  await app.input.press('Tab');
  await expect(app.output).toContainText(/-d targetdisks +The free disk\(s\) to clone onto/);
  await expect(app.output).toContainText(/-F fixes +Fixes \(APARs\) to install into the clone\. \(not simulated in this trainer\)/);
  await app.input.fill('');
  await app.run('man alt_disk_copy');
  expect((await app.outputOf('man alt_disk_copy')).some((l) => /^ {2}-B {16}Leave the bootlist alone/.test(l))).toBe(true);
});

test('a flag with no value links to what it prevents: -B keeps the bootlist', async ({ page }) => {
  const app = await open(page);
  await app.input.fill('alt_disk_copy -B -d hdisk1');
  const panel = page.getByTestId('preview.panel');
  await expect(panel).toHaveAttribute('data-state', 'preview');
  // Enter would leave the bootlist alone: no bootlist change, no ghost bootlist
  await expect(panel.locator('[data-testid="preview.change"][data-kind="bootlist"]')).toHaveCount(0);
  const b = page.locator('[data-testid="explain.item"][data-flag="B"]');
  await expect(b).toHaveAttribute('data-prevents', 'bootlist');
  await expect(b.getByTestId('explain.cause')).toHaveText('Without it, the bootlist would point at hdisk1.');
  const kept = panel.locator('[data-testid="preview.prevented"][data-flag="B"][data-kind="bootlist"]');
  await expect(kept).toContainText('hdisk1 blv=hd5');
  await expect(kept).not.toHaveAttribute('data-linked', 'true');
  await expect(b.getByRole('button')).toHaveText('→ prevents 1 change');
  await b.getByRole('button').click();
  await expect(kept).toHaveAttribute('data-linked', 'true');
  await page.screenshot({ path: test.info().outputPath('flag-prevents.png') });
  await expect(kept).toHaveAttribute('data-linked', 'true'); // still marked once scrolled into view under the pointer
  // -d causes the clone: its link marks every change
  const d = page.locator('[data-testid="explain.item"][data-flag="d"]');
  await expect(d.getByTestId('explain.cause')).toHaveText('Without it, none of the changes above would happen.');
  await page.mouse.move(0, 0); // the pointer left on -B would mark it again if the panel scrolls under it
  await d.getByRole('button').focus();
  await expect(d.getByRole('button')).toHaveText(/^→ causes \d+ changes$/);
  await expect(kept).not.toHaveAttribute('data-linked', 'true');
  await expect(panel.locator('[data-testid="preview.change"]:not([data-linked="true"])')).toHaveCount(0);
});

test('the toggle turns the preview off and the choice survives a reload; an exam starts with it off', async ({ page }) => {
  const app = await open(page);
  await page.getByTestId('preview.toggle').click();
  await expect(page.getByTestId('preview.toggle')).toHaveAttribute('aria-pressed', 'false');
  await app.input.fill('alt_disk_copy -d hdisk1');
  await expect(page.getByTestId('preview.panel')).toHaveCount(0);
  await expect(page.locator('.react-flow__node[data-ghost]')).toHaveCount(0);
  await app.reload();
  await expect(page.getByTestId('preview.toggle')).toHaveAttribute('aria-pressed', 'false');

  await page.goto('/?speed=instant&exam=1');
  await app.waitReady();
  await expect(page.getByTestId('preview.toggle')).toHaveAttribute('aria-pressed', 'false');
});

for (const size of [
  { name: 'desktop', width: 1440, height: 900, theme: 'light' as const },
  { name: 'desktop-dark', width: 1440, height: 900, theme: 'dark' as const },
  { name: 'phone', width: 390, height: 844, theme: 'light' as const },
]) {
  test(`axe: the preview panel and the ghost diagram (${size.name})`, async ({ page }, info) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.emulateMedia({ colorScheme: size.theme });
    const app = await open(page);
    await app.input.fill('alt_disk_copy -B -d hdisk1 -b update_all -l /export/7200-05-04');
    await expect(page.getByTestId('preview.panel')).toHaveAttribute('data-state', 'preview');
    await expect(page.locator('.react-flow__node[data-ghost]').first()).toBeVisible();
    await page.getByTestId('explain.item').nth(1).getByRole('button').focus();
    await expect(page.locator('[data-testid="preview.change"][data-linked="true"]').first()).toBeVisible();
    // the flags' causes arrive after a pause: the -B item then says what it prevents (checked by axe too)
    await expect(page.locator('[data-testid="explain.item"][data-flag="B"]').getByTestId('explain.cause')).toBeVisible();
    await page.getByTestId('explain.item').nth(0).getByRole('button').focus();
    await expect(page.locator('[data-testid="preview.prevented"][data-linked="true"]').first()).toBeVisible();
    await page.screenshot({ path: info.outputPath(`preview-${size.name}.png`) });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
  });
}
