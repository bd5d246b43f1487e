// BUDGETS R1: a tab closed right after Enter leaves the lab exactly before or after the command, and the
// terminal agrees with the state; a tab closed mid-clone comes back as AIX leaves an interrupted clone.
// Each trial reopens the lab in a new tab of the same browser context (same IndexedDB).
import { expect, test } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

const LINE = 'bootlist -m normal hdisk1';
const DELAYS_MS = [0, 0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50];

/** The disks the diagram's normal bootlist names, in order. */
async function bootlistDisks(app: TrainerPage): Promise<string[]> {
  return (await app.bootlist.innerText()).match(/hdisk\d+/g) ?? [];
}

/** Reopens the lab in a new tab once the closed tab's writer lock is free again. */
async function reopen(context: BrowserContext): Promise<TrainerPage> {
  const next = new TrainerPage(await context.newPage());
  await next.goto({ speed: 'instant' });
  await expect(next.page.getByText('saved in this browser')).toBeVisible({ timeout: 5000 });
  return next;
}

test(`a tab closed 0–50 ms after Enter keeps the lab exactly before or after "${LINE}"`, async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const outcomes: string[] = [];
  for (const delay of DELAYS_MS) {
    const context = await browser.newContext({ baseURL });
    const first = new TrainerPage(await context.newPage());
    await first.goto({ speed: 'instant' });
    await first.input.fill(LINE);
    // `delay` ms after Enter is sent (not after Playwright confirms it): the short ones close the tab
    // before the command reaches the simulator or while it is being saved.
    const enter = first.input.press('Enter').catch(() => {}); // fails when the tab is already gone
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    await first.page.close();
    await enter;

    const app = await reopen(context);
    const disks = await bootlistDisks(app);
    const echoed = (await app.outputLines()).includes(`# ${LINE}`);
    const trial = `${delay} ms: bootlist ${disks.join(' ')}, echo ${echoed ? 'kept' : 'absent'}`;
    // Exactly before (hdisk0, nothing in the terminal) or after (hdisk1, the command in the scrollback).
    expect([['hdisk0'], ['hdisk1']], trial).toContainEqual(disks);
    expect(echoed, trial).toBe(disks[0] === 'hdisk1');
    await app.input.press('ArrowUp');
    await expect(app.input, trial).toHaveValue(disks[0] === 'hdisk1' ? LINE : '');
    await app.input.fill('');
    await app.run('bootlist -m normal -o');
    expect(await app.outputOf('bootlist -m normal -o'), trial).toEqual([`${disks[0]} blv=hd5 pathid=0`]);
    outcomes.push(trial);
    await context.close();
  }
  test.info().annotations.push({ type: 'outcomes', description: outcomes.join('; ') });
});

test('a tab closed mid-clone at 1× comes back with the partial altinst_rootvg that alt_rootvg_op -X cleans up', async ({ page }) => {
  test.setTimeout(60_000);
  const first = new TrainerPage(page);
  await first.goto({ speed: '1x' });
  await first.input.fill('alt_disk_copy -d hdisk1');
  await first.input.press('Enter');
  await expect(first.output).toContainText('Creating logical volume alt_hd5', { timeout: 20_000 });
  await expect(first.terminal).toHaveAttribute('data-busy', 'true');
  await page.close();

  const app = await reopen(page.context());
  await expect(app.lifecycleState).toHaveText('partialClone');
  await expect(app.output).toContainText('Creating logical volume alt_hd5');
  await expect(app.output).not.toContainText('Bootlist is set to the boot disk');
  await app.run('lspv');
  expect((await app.outputOf('lspv')).find((l) => l.startsWith('hdisk1'))).toMatch(/^hdisk1\s+\S+\s+altinst_rootvg/);
  await app.run('alt_rootvg_op -X altinst_rootvg');
  await expect(app.lifecycleState).not.toHaveText('partialClone');
  await app.run('lspv');
  expect((await app.outputOf('lspv')).find((l) => l.startsWith('hdisk1'))).toMatch(/^hdisk1\s+\S+\s+None/);
});
