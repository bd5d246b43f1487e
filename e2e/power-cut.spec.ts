// A power cut in the middle of a clone (OUTCOMES O10): `lab cut-power` typed while alt_disk_copy runs
// stops it where it is; after power-on the partial altinst_rootvg is there and -X cleans it up.
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test('lab cut-power during alt_disk_copy leaves a partial clone that -X removes', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new TrainerPage(page);
  await app.goto({ speed: '1x' });
  await app.input.fill('alt_disk_copy -d hdisk1');
  await app.input.press('Enter');
  await expect(app.output).toContainText('Creating logical volume alt_hd4.', { timeout: 30_000 });
  await app.input.fill('lab cut-power');
  await app.input.press('Enter');
  await app.waitIdle();
  await expect(app.output).not.toContainText('Bootlist is set to the boot disk');
  await expect(app.lifecycleState).toHaveText('down');
  await app.speedControl.selectOption('instant');
  await app.run('lab power on');
  await expect(app.lifecycleState).toHaveText(/^(odmDamaged|partialClone)$/);
  await app.run('lspv');
  expect(await app.outputOf('lspv')).toContainEqual(expect.stringMatching(/^hdisk1\s+00f6db0a8f3a1c22\s+altinst_rootvg/));
  await app.run('bootlist -m normal -o');
  expect(await app.outputOf('bootlist -m normal -o')).toEqual(['hdisk0 blv=hd5 pathid=0']);
  await app.run('alt_rootvg_op -X altinst_rootvg');
  await expect(app.lifecycleState).toHaveText('noAlternate');
});
