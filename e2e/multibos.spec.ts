// multibos (issue 18, acceptance 3): a standby BOS created in rootvg, updated, booted with
// bootlist blv=bos_hd5 (the running system is then the standby: its level, bos_hd4 at /), back on hd5,
// and removed with multibos -R. Instant speed keeps the reboots fast.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('multibos: standby created, booted through bootlist blv=bos_hd5, back on hd5, removed', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });

  await app.run('multibos -sXp');
  expect(await app.outputOf('multibos -sXp')).toContain('  rootvg: 115 free PPs needed for the standby BOS, 477 free.');

  await app.run('multibos -sX');
  const setup = await app.outputOf('multibos -sX');
  expect(setup).toContain('Setting bootlist to logical volume bos_hd5 on hdisk0.');
  expect(setup[setup.length - 1]).toBe('Return Status = SUCCESS');
  await app.run('lsvg -l rootvg');
  expect((await app.outputOf('lsvg -l rootvg')).some((l) => /^bos_hd4\s+jfs2.*closed\/syncd\s+\/bos_inst$/.test(l))).toBe(true);
  await expect(app.lifecycleState).toHaveText('noAlternate');
  await app.sideTab('Lifecycle').click();
  await expect(page.getByTestId('lifecycle.view.note')).toHaveText(/^rootvg also holds a standby BOS \(multibos, boot LV bos_hd5\)/);

  // The update's report is long: its last line is enough here.
  await app.run('multibos -Xac -l /export/7200-05-04 | tail -1');
  expect(await app.outputOf('multibos -Xac -l /export/7200-05-04 | tail -1')).toEqual(['Return Status = SUCCESS']);
  await app.run('oslevel -s');
  expect(await app.outputOf('oslevel -s')).toEqual(['7200-05-03-2148']);

  // Boot the standby: the bootlist names its BLV on hdisk0.
  await app.run('bootlist -m normal hdisk0 blv=bos_hd5');
  await app.run('bootlist -m normal -o');
  expect(await app.outputOf('bootlist -m normal -o')).toEqual(['hdisk0 blv=bos_hd5 pathid=0']);
  await app.run('shutdown -Fr');
  await app.run('oslevel -s');
  expect(await app.outputOf('oslevel -s')).toEqual(['7200-05-04-2220']);
  await app.run('df /');
  expect((await app.outputOf('df /')).join('\n')).toContain('/dev/bos_hd4');
  await app.run('lsvg -l rootvg');
  const onStandby = await app.outputOf('lsvg -l rootvg');
  expect(onStandby.some((l) => /^hd4\s+jfs2.*closed\/syncd\s+\/bos_inst$/.test(l))).toBe(true);
  expect(onStandby.some((l) => /^bos_hd4\s+jfs2.*open\/syncd\s+\/$/.test(l))).toBe(true);

  // Back on hd5, then remove the standby.
  await app.run('bootlist -m normal hdisk0 blv=hd5');
  await app.run('shutdown -Fr');
  await app.run('oslevel -s');
  expect(await app.outputOf('oslevel -s')).toEqual(['7200-05-03-2148']);
  await app.run('multibos -R');
  const removed = await app.outputOf('multibos -R');
  expect(removed).toContain('Removing standby BOS logical volume bos_hd5');
  expect(removed[removed.length - 1]).toBe('Return Status = SUCCESS');
  await app.run('lsvg -l rootvg');
  expect((await app.outputOf('lsvg -l rootvg')).some((l) => l.startsWith('bos_'))).toBe(false);
  await app.run('bootlist -m normal -o');
  expect(await app.outputOf('bootlist -m normal -o')).toEqual(['hdisk0 blv=hd5 pathid=0']);
  await expect(app.lifecycleState).toHaveText('noAlternate');
});

test('multibos: the lifecycle note passes axe', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('multibos -sX');
  await app.sideTab('Lifecycle').click();
  await expect(page.getByTestId('lifecycle.view.note')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('[data-testid="lifecycle.view"]').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
