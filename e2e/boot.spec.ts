// The boot console: a reboot's LED codes stepping on the 4-digit display as the events stream in, the
// console lines with each code's meaning, and a hang that stays on its code with the ways out.
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test.beforeEach(async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  test.skip(!(await app.knowsCommand('shutdown')), 'shutdown is not a known command yet (help does not list it)');
});

test('shutdown -Fr: the LED steps through the boot codes, then the panel goes blank', async ({ page }) => {
  const app = new TrainerPage(page);
  await expect(app.led).toHaveText('');
  // At 10× the events arrive timed by the worker: record every code the display shows.
  await app.speedControl.selectOption('10x');
  await page.evaluate(() => {
    const led = document.querySelector('[data-testid="boot.led"]')!;
    const seen: string[] = [];
    (window as unknown as { __leds: string[] }).__leds = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="boot.led"]')?.textContent ?? '';
      if (seen[seen.length - 1] !== text) seen.push(text);
    }).observe(led.parentElement!, { subtree: true, childList: true, characterData: true });
  });
  await app.input.fill('shutdown -Fr');
  await app.input.press('Enter');
  await expect(app.terminal).toHaveAttribute('data-busy', 'true');
  await expect(app.led).toHaveText('0551', { timeout: 25_000 });
  await expect(app.terminal).toHaveAttribute('data-busy', 'false', { timeout: 25_000 });
  const shown = await page.evaluate(() => (window as unknown as { __leds: string[] }).__leds);
  expect(shown.filter((c) => c !== '')).toEqual(['0510', '0511', '0551', '0517', '0553', '0581']);
  await expect(app.led).toHaveText('');

  const log = page.getByTestId('boot.log');
  await expect(log).toContainText('0551');
  await expect(log).toContainText('IPL varyon of rootvg');
  await expect(log).toContainText('handing over to init');
  await expect(app.narration).toContainText('aixlab01 rebooted and is running, booted from hdisk0');
  await expect(app.host('aixlab01')).toHaveAttribute('data-power', 'running');
});

test('a reboot with the clone awake hangs at 0552: explanation, meaning on focus, ways out that paste', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.run('alt_disk_copy -d hdisk1');
  await app.run('alt_rootvg_op -W -d hdisk1');
  await app.run('shutdown -Fr');
  await expect(app.led).toHaveText('0552');
  await expect(app.lifecycleState).toHaveText('hung.led552');
  const hang = page.getByTestId('boot.hang');
  await expect(hang).toContainText('The boot stopped at LED 0552');
  await expect(hang).toContainText('IPL varyon failed');
  await expect(hang).toContainText('alt_hd4'); // the plain explanation from the snapshot
  const log = page.getByTestId('boot.log');
  await expect(log).toContainText('HUNG');

  // The code's meaning on focus (and hover).
  await app.led.focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await expect(page.getByRole('tooltip')).toHaveText('0552: IPL varyon failed');
  await expect(page.getByRole('img', { name: 'LED 0552: IPL varyon failed' })).toBeVisible();

  // The diagram says it without colour: words and a hatched, thick border.
  await expect(app.host('aixlab01')).toHaveAttribute('data-power', 'hung');
  await expect(app.host('aixlab01')).toContainText('HUNG at LED 0552');
  await expect(app.narration).toContainText('aixlab01 hung at LED 0552');

  for (const line of ['lab sms', 'lab power off', 'lab power on']) {
    await app.pasteButton(line).click();
    await expect(app.input).toHaveValue(line);
  }
  await expect(app.output).not.toContainText('# lab power on');
  await page.screenshot({ path: 'shots/live-1280x800-hung.png' });
});
