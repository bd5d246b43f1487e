// The live picture: after a clone and a wake the diagram, the bootlist, the change highlight, the
// narration, the details panel and the lifecycle view all tell the same story.
import { expect, test } from '@playwright/test';
import { watchPageHealth } from './pages/pageHealth.ts';
import { TrainerPage } from './pages/TrainerPage.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('alt_disk_copy then alt_rootvg_op -W: roles, bootlist, highlight, awake, /alt_inst, lifecycle', async ({ page }) => {
  const health = await watchPageHealth(page);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await expect(app.disk('hdisk1')).toHaveAttribute('data-changed', 'false');

  await app.run('alt_disk_copy -d hdisk1');
  const hdisk1 = app.disk('hdisk1');
  await expect(hdisk1).toHaveAttribute('data-role', 'altinst_rootvg');
  await expect(hdisk1).toContainText('altinst_rootvg');
  await expect(hdisk1).toContainText('boot record');
  await expect(hdisk1).toContainText('AIX 7200-05-03-2148');
  await expect(hdisk1).toHaveAttribute('data-awake', 'false');
  await expect(hdisk1).toContainText('asleep');
  await expect(app.bootlist).toHaveText(/^bootlist \(normal\): 1 hdisk1(\s|$)/);
  // What the command changed is marked; what it did not change is not.
  await expect(hdisk1).toHaveAttribute('data-changed', 'true');
  await expect(app.vg('altinst_rootvg')).toHaveAttribute('data-changed', 'true');
  await expect(app.disk('hdisk2')).toHaveAttribute('data-changed', 'false');
  await expect(app.vg('datavg')).toHaveAttribute('data-changed', 'false');
  await expect(app.narration).toContainText('hdisk1: now altinst_rootvg, a clone of rootvg');
  await expect(app.narration).toContainText('bootlist (normal): hdisk1');
  await expect(app.narration).toHaveAttribute('role', 'status');
  await expect(app.narration).toHaveAttribute('aria-live', 'polite');

  await app.run('alt_rootvg_op -W -d hdisk1');
  await expect(hdisk1).toHaveAttribute('data-awake', 'true');
  await expect(hdisk1).toContainText('AWAKE');
  await expect(hdisk1).toContainText('varied on');
  const altvg = app.vg('altinst_rootvg');
  await expect(altvg).toHaveAttribute('data-active', 'true');
  await expect(altvg).toContainText('AWAKE');
  // The alternate's LVs, as they stand now, with their /alt_inst mount points.
  const pane = page.getByTestId('pane.diagram');
  await expect(pane.getByText('alt_hd4', { exact: true })).toBeVisible();
  await expect(pane.getByText('/alt_inst/usr', { exact: true })).toBeVisible();
  await expect(app.narration).toContainText('hdisk1: altinst_rootvg woken; 8 file systems mounted under /alt_inst');
  // A lookup command changes nothing: the highlight goes.
  await app.run('lspv');
  await expect(hdisk1).toHaveAttribute('data-changed', 'false');
  await expect(app.narration).toContainText('No change');

  // The lifecycle view highlights the state the status strip names.
  const state = (await app.lifecycleState.textContent()) ?? '';
  expect(state).toBe('altinstAwake');
  await app.sideTab('Lifecycle').click();
  await expect(page.getByTestId(`lifecycle.node.${state}`)).toHaveAttribute('data-current', 'true');
  await expect(page.getByTestId('lifecycle.node.noAlternate')).toHaveAttribute('data-current', 'false');
  await expect(page.getByTestId('lifecycle.view.state')).toHaveText(state);
  const recent = page.getByTestId('lifecycle.recent');
  await expect(recent.getByRole('listitem').first()).toContainText('alt_rootvg_op -W -d hdisk1');
  await expect(recent.getByRole('listitem').first()).toContainText('altinstAsleep → altinstAwake');

  expect(health.pageErrors).toEqual([]);
  expect(await health.cspViolations()).toEqual([]);
});

test('a click or Enter on a node opens its details; a suggested command pastes and does not run', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.disk('hdisk1').click();
  const details = page.getByTestId('details');
  await expect(app.sideTab('Details')).toHaveAttribute('aria-selected', 'true');
  await expect(details).toContainText('lspv hdisk1');
  await expect(details).toContainText('Summary of what');
  await expect(details).toContainText('00f6db0a8f3a1c22');

  await app.pasteButton('alt_disk_copy -d hdisk1').click();
  await expect(app.input).toHaveValue('alt_disk_copy -d hdisk1');
  await expect(app.input).toBeFocused();
  await expect(app.output).not.toContainText('# alt_disk_copy');
  // Not run: while the line waits, hdisk1 may show as a preview ghost of what Enter would do; with the line
  // cleared the lab is as it was.
  await app.input.fill('');
  await expect(page.locator('.diagram__flow')).not.toHaveAttribute('data-preview', 'true');
  await expect(app.disk('hdisk1')).toHaveAttribute('data-role', 'free');

  // Enter on a focused volume group shows lsvg -l as AIX lays it out.
  await page.getByRole('group', { name: /^Volume group rootvg,/ }).focus();
  await page.keyboard.press('Enter');
  await expect(details).toContainText('lsvg -l rootvg');
  await expect(details).toContainText(/LV NAME\s+TYPE\s+LPs\s+PPs\s+PVs\s+LV STATE\s+MOUNT POINT/);
  await expect(details).toContainText(/hd4\s+jfs2\s+4\s+4\s+1\s+open\/syncd\s+\//);

  // The VG's logical volumes fold out on request.
  await page.getByRole('button', { name: 'Show logical volumes of rootvg' }).click();
  await expect(page.getByTestId('pane.diagram').getByText('hd10opt', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Hide logical volumes of rootvg' }).click();
  await expect(page.getByTestId('pane.diagram').getByText('hd10opt', { exact: true })).toHaveCount(0);
});

test('the large lab draws three hosts, the shelf and every disk', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant', scenario: 'large-lab' });
  for (const host of ['aixlab01', 'aixlab02', 'aixlab03']) await expect(app.host(host)).toBeAttached();
  await expect(page.getByTestId('diagram.shelf')).toBeAttached();
  await expect(page.getByTestId(/^diagram\.disk\./)).toHaveCount(18);
  // Only the console host's bootlist carries the contract id; the others are told apart by host.
  await expect(app.bootlist).toHaveText('bootlist (normal): 1 hdisk0');
  await expect(page.getByTestId('diagram.bootlist@aixlab02')).toHaveText('bootlist (normal): 1 hdisk0 2 hdisk1');
  await expect(page.getByTestId('diagram.bootlist.service@aixlab02')).toHaveText('bootlist (service): 1 hdisk1');
});

test('the change highlight does not animate when the learner asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('bootlist -m normal hdisk1 hdisk0');
  const hdisk1 = app.disk('hdisk1');
  await expect(hdisk1).toHaveAttribute('data-changed', 'true');
  await expect(hdisk1).toHaveCSS('animation-name', 'none');
  // Still marked, without motion: the outline stays.
  await expect(hdisk1).not.toHaveCSS('outline-style', 'none');
});
