// SMIT: smitty alt_clone / alt_mksysb / alt_install drawn over the terminal, driven by keys (F-keys and
// Esc+digit) and by the F-key buttons; Enter runs the built command through the terminal, as if typed.
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

const CLONE_TITLE = 'Clone the rootvg to an Alternate Disk';

class SmitScreen {
  readonly panel;
  readonly status;
  readonly command;
  constructor(readonly page: Page) {
    this.panel = page.getByTestId('smit.panel');
    this.status = page.getByTestId('smit.status');
    this.command = page.getByTestId('smit.command');
  }
  field(key: string) {
    return this.page.getByTestId(`smit.field.${key}`);
  }
  /** Esc then a digit: smitty's F-key on a terminal without function keys. */
  async esc(digit: string) {
    await expect(this.panel).toBeVisible(); // the panel's code loads on first use
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press(digit);
  }
  key(label: string) {
    return this.panel.getByRole('button', { name: label, exact: true });
  }
}

async function typedSession(browser: Browser, lines: string[]): Promise<Record<string, string[]>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  const out: Record<string, string[]> = {};
  for (const line of lines) {
    await app.run(line);
    out[line] = await app.outputOf(line);
  }
  await context.close();
  return out;
}

test.beforeEach(async ({ page }) => {
  await new TrainerPage(page).goto({ speed: 'instant' });
});

test('smitty alt_clone: F4 lists the free disks, F6 shows the command, Enter runs it as if typed', async ({ page, browser }) => {
  const app = new TrainerPage(page);
  const smit = new SmitScreen(page);
  await app.run('smitty alt_clone');

  // The panel replaces the terminal, in SMIT's screen conventions.
  await expect(page.getByRole('dialog', { name: CLONE_TITLE })).toBeVisible();
  await expect(app.input).toBeHidden();
  const text = (await smit.panel.textContent()) ?? '';
  for (const line of [
    'Type or select values in entry fields.',
    'Press Enter AFTER making all desired changes.',
    '[Entry Fields]',
    '* Target Disk(s) to install                          [',
  ]) {
    expect(text).toContain(line);
  }
  await expect(smit.panel.getByRole('toolbar', { name: 'Function keys' }).getByRole('button')).toHaveText(
    ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F4=List', 'F5=Reset', 'F6=Command', 'F7=Edit', 'F8=Image', 'F9=Shell', 'F10=Exit', 'Enter=Do'],
  );
  await expect(smit.panel.getByRole('textbox', { name: 'Target Disk(s) to install' })).toBeFocused();

  // F4 on the target field: only the disks whose VG is None.
  await page.keyboard.press('F4');
  const list = page.getByRole('listbox', { name: 'Target Disk(s) to install' });
  await expect(list.getByRole('option')).toHaveText(['hdisk1', 'hdisk3']);
  const popupText = (await page.getByRole('dialog', { name: 'Target Disk(s) to install' }).textContent()) ?? '';
  expect(popupText).toMatch(/^\+-+\+/);
  await page.keyboard.press('Enter');
  await expect(smit.field('d')).toHaveValue('hdisk1');

  await page.keyboard.press('F6');
  await expect(smit.command).toHaveText('alt_disk_copy -d hdisk1');
  await page.keyboard.press('Enter'); // back from the pop-up
  await expect(smit.command).toBeHidden();

  await page.keyboard.press('Enter'); // Do
  await expect(smit.status).toHaveAttribute('data-state', 'ok');
  expect(await smit.status.textContent()).toContain('Command: OK            stdout: yes           stderr: no');
  await expect(smit.status).toContainText('Before command completion, additional instructions may appear below.');
  await expect(smit.status).toContainText('Bootlist is set to the boot disk: hdisk1 blv=hd5');

  await page.keyboard.press('F10');
  await expect(smit.panel).toBeHidden();
  await expect(app.input).toBeFocused();
  expect(await app.outputOf('smitty alt_clone')).toEqual([]); // smitty itself prints nothing
  await app.run('lspv');
  const lspv = await app.outputOf('lspv');
  expect(lspv[1]).toMatch(/^hdisk1\s+00f6db0a8f3a1c22\s+altinst_rootvg\s*$/);

  // Exactly what typing the command gives, and it is in the terminal and the history like a typed line.
  const clone = await app.outputOf('alt_disk_copy -d hdisk1');
  const typed = await typedSession(browser, ['alt_disk_copy -d hdisk1', 'lspv']);
  expect(clone).toEqual(typed['alt_disk_copy -d hdisk1']);
  expect(lspv).toEqual(typed['lspv']);
  await app.input.press('ArrowUp');
  await app.input.press('ArrowUp');
  await expect(app.input).toHaveValue('alt_disk_copy -d hdisk1');
});

test('Bundle update_all and the images directory give the tutorial line; Esc+digit are F-keys', async ({ page }) => {
  const app = new TrainerPage(page);
  const smit = new SmitScreen(page);
  await app.run('smitty alt_clone');
  await smit.esc('4');
  // Mouse: a click marks a disk in this multiple-choice list (F7), the pop-up's Enter=Do takes it.
  const popup = page.getByRole('dialog', { name: 'Target Disk(s) to install' });
  await popup.getByRole('option', { name: 'hdisk1' }).click();
  await expect(popup.getByRole('option', { name: 'hdisk1' })).toHaveAttribute('aria-selected', 'true');
  await popup.getByRole('button', { name: 'Enter=Do' }).click();
  await expect(smit.field('d')).toHaveValue('hdisk1');
  await smit.field('b').click();
  await smit.esc('4');
  await expect(page.getByRole('listbox', { name: 'Bundle to Install' }).getByRole('option')).toHaveText(['update_all']);
  await page.keyboard.press('Enter');
  await smit.field('l').fill('/export/7200-05-04');
  await smit.esc('6');
  await expect(smit.command).toHaveText('alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1');
  await smit.esc('3');
  await expect(smit.command).toBeHidden();
  // The bootlist ring: Tab steps it to "no", which adds -B.
  await smit.field('B').focus();
  await page.keyboard.press('Tab');
  await expect(smit.field('B')).toHaveValue('no');
  await smit.key('F6=Command').click();
  await expect(smit.command).toHaveText('alt_disk_copy -b update_all -l /export/7200-05-04 -B -d hdisk1');
  await page.getByRole('dialog', { name: 'SHOW COMMAND STRING' }).getByRole('button', { name: 'F3=Cancel' }).click();
  await expect(smit.command).toBeHidden();
  await smit.esc('3'); // first screen: back to the prompt
  await expect(smit.panel).toBeHidden();
  await expect(app.input).toBeVisible();
});

test('smitty alt_install and smitty alt_mksysb are reachable; F3 steps back, F10 leaves', async ({ page }) => {
  const app = new TrainerPage(page);
  const smit = new SmitScreen(page);
  await app.run('smitty alt_install');
  const menu = page.getByRole('menu', { name: 'Alternate Disk Installation' });
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Install mksysb on an Alternate Disk',
    'Clone the rootvg to an Alternate Disk',
    'Alternate rootvg Operations',
  ]);
  expect((await smit.panel.textContent()) ?? '').toContain('Move cursor to desired item and press Enter.');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: CLONE_TITLE })).toBeVisible();
  await page.keyboard.press('F3');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Install mksysb on an Alternate Disk' }).click();
  await expect(page.getByRole('dialog', { name: 'Install mksysb on an Alternate Disk' })).toBeVisible();
  await expect(smit.field('m')).toBeVisible();
  await smit.esc('3');
  await menu.getByRole('menuitem', { name: 'Alternate rootvg Operations' }).click();
  await expect(page.getByRole('dialog', { name: 'Alternate rootvg Operations' })).toContainText('not simulated');
  await page.keyboard.press('Enter');
  await smit.key('F10=Exit').click();
  await expect(smit.panel).toBeHidden();
  await expect(app.input).toBeFocused();

  await app.run('smitty alt_mksysb');
  await expect(page.getByRole('dialog', { name: 'Install mksysb on an Alternate Disk' })).toBeVisible();
  await smit.field('d').fill('hdisk1');
  await smit.field('m').fill('/dev/rmt0');
  await page.keyboard.press('F6');
  await expect(smit.command).toHaveText('alt_disk_mksysb -m /dev/rmt0 -d hdisk1');
  await smit.esc('0');
  await expect(smit.panel).toBeHidden();

  await app.run('smitty');
  await expect(page.getByRole('note')).toContainText('other SMIT menus are not');
  await expect(menu).toBeVisible();
  await smit.esc('3');
  await expect(smit.panel).toBeHidden();
});

test('a failing command shows Command: failed and its stderr', async ({ page }) => {
  const app = new TrainerPage(page);
  const smit = new SmitScreen(page);
  await app.run('smitty alt_clone');
  await smit.field('d').fill('hdisk2');
  await page.keyboard.press('Enter');
  await expect(smit.status).toHaveAttribute('data-state', 'failed');
  expect(await smit.status.textContent()).toContain('Command: failed        stdout: no            stderr: yes');
  await expect(smit.status).toContainText('0505-126');
  await page.keyboard.press('F3');
  await expect(page.getByRole('dialog', { name: CLONE_TITLE })).toBeVisible();
  await expect(smit.field('d')).toHaveValue('hdisk2');
  await page.keyboard.press('F10');
  await expect(app.output).toContainText('# alt_disk_copy -d hdisk2');
});
