// The diagram tells the truth after the LED 0552 story: the clone that hung is marked damaged (not
// "asleep: safe to reboot onto"), the bootlist that still points at it warns, the Legend explains both,
// and after alt_rootvg_op -X and a fresh clone the marker is gone.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

/** The theme's --danger as the browser computes a colour (rgb(…)), read through a probe element. */
async function dangerColour(page: Page): Promise<string> {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--danger)'; // CSSOM, not a style attribute: the page's CSP allows it
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
}

/** The text colour and the four border colours of an element, as computed. */
async function colours(el: Locator): Promise<{ text: string; borders: string[] }> {
  return el.evaluate((e) => {
    const cs = getComputedStyle(e);
    return { text: cs.color, borders: [cs.borderTopColor, cs.borderRightColor, cs.borderBottomColor, cs.borderLeftColor] };
  });
}

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 120_000 });

/** SMS: Select Boot Options → Install/Boot Device → List all Devices → disk 1 → Normal Mode Boot → Yes. */
const SMS_BOOT_FIRST_DISK = ['lab power off', 'lab sms', '5', '1', '7', '1', '2', '1'];

test('after the 0552 hang and SMS, hdisk1 is DAMAGED and the bootlist warns; -X and a new clone clear it', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  const hdisk1 = app.disk('hdisk1');
  const warning = page.getByTestId('diagram.bootlist.warning');

  await app.run('alt_disk_copy -d hdisk1');
  await expect(hdisk1).toContainText('☾ asleep');
  await expect(hdisk1).not.toHaveAttribute('data-boot-hang');
  await expect(warning).toHaveCount(0);

  await app.run('alt_rootvg_op -W -d hdisk1');
  // Awake with the bootlist on it: the next boot would hang, and the firmware says so.
  await expect(warning).toContainText('next boot hangs at LED 0552 (hdisk1)');
  await app.run('shutdown -Fr');
  await expect(app.led).toHaveText('0552');
  // While hung, the disk the boot tried is the one marked.
  await expect(hdisk1).toHaveAttribute('data-boot-hang', '0552');
  await expect(app.disk('hdisk0')).not.toHaveAttribute('data-boot-hang');
  for (const line of SMS_BOOT_FIRST_DISK) await app.run(line);
  await expect(app.lifecycleState).toHaveText('odmDamaged');
  await expect(app.bootlist).toContainText('1 hdisk1');

  await expect(hdisk1).toHaveAttribute('data-boot-hang', '0552');
  await expect(page.getByTestId('diagram.disk.hdisk1.damaged')).toHaveText('⚠ DAMAGED · boot hangs at 0552');
  // The badge keeps the danger colour (text and border) over the general .dg-flag rule.
  const danger = await dangerColour(page);
  expect(await colours(page.getByTestId('diagram.disk.hdisk1.damaged'))).toEqual({ text: danger, borders: [danger, danger, danger, danger] });
  await expect(hdisk1).not.toContainText('asleep');
  await expect(page.getByRole('group', { name: /^Disk hdisk1, altinst_rootvg, .*damaged: a boot from it hangs at LED 0552/ })).toBeVisible();
  await expect(warning).toHaveText('⚠ next boot hangs at LED 0552 (hdisk1)');
  await expect(page.getByRole('group', { name: /^Firmware of aixlab01: .*warning: next boot hangs/ })).toBeVisible();

  await app.sideTab('Legend').click();
  const legend = page.getByRole('tabpanel');
  await expect(legend).toContainText('⚠ DAMAGED · boot hangs at 0552: an alternate rootvg that cannot boot any more');
  await expect(legend).toContainText('⚠ next boot hangs: the normal bootlist starts with a disk that cannot boot');

  await app.run('alt_rootvg_op -X altinst_rootvg');
  await app.run('alt_disk_copy -d hdisk1');
  await expect(app.lifecycleState).toHaveText('altinstAsleep');
  await expect(hdisk1).not.toHaveAttribute('data-boot-hang');
  await expect(page.getByTestId('diagram.disk.hdisk1.damaged')).toHaveCount(0);
  await expect(hdisk1).toContainText('☾ asleep');
  await expect(warning).toHaveCount(0);
});

test('the Legend draws the damaged badge and the bootlist-warning swatch in the danger colour', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.sideTab('Legend').click();
  const legend = page.getByRole('tabpanel', { name: 'Legend' });
  const danger = await dangerColour(page);
  // Later, more general rules (.dg-flag in boxes.css, .legend__swatch in legend.css) must not repaint them.
  const flag = legend.locator('.dg-flag--damaged');
  await expect(flag).toHaveText('⚠ DAMAGED · boot hangs at 0552');
  expect(await colours(flag)).toEqual({ text: danger, borders: [danger, danger, danger, danger] });
  const swatch = legend.locator('.legend__swatch--warning');
  expect(await colours(swatch)).toEqual({ text: danger, borders: [danger, danger, danger, danger] });
  expect(await swatch.evaluate((e) => getComputedStyle(e).borderLeftWidth)).toBe('3px');
});

test('the status strip and the Lifecycle tab say the state in words; the id stays for tests', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await expect(app.lifecycleState).toHaveText('noAlternate');
  await expect(app.lifecycleState).toHaveAttribute('data-state', 'noAlternate');
  await expect(page.locator('.app__status')).toContainText('No alternate rootvg is defined: the system runs from rootvg.');
  await app.run('alt_disk_copy -d hdisk1');
  await app.sideTab('Lifecycle').click();
  const head = page.getByRole('heading', { level: 2, name: /Current state/ });
  await expect(head).toContainText('The clone is defined as altinst_rootvg and asleep: ready to boot.');
  await expect(page.getByTestId('lifecycle.view.state')).toHaveText('altinstAsleep');
});
