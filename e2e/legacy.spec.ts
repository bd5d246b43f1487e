// alt_disk_install, the legacy wrapper: each old-style line does what its modern command does.
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

const STEPS: [legacy: string, modern: string][] = [
  ['alt_disk_install -C hdisk1', 'alt_disk_copy -d hdisk1'],
  ['lspv', 'lspv'],
  ['alt_disk_install -W hdisk1', 'alt_rootvg_op -W -d hdisk1'],
  ['lsvg -o', 'lsvg -o'],
  ['alt_disk_install -S', 'alt_rootvg_op -S'],
  ['alt_disk_install -X altinst_rootvg', 'alt_rootvg_op -X altinst_rootvg'],
  ['lspv', 'lspv'],
];

test('alt_disk_install -C, -W, -S, -X do what alt_disk_copy and alt_rootvg_op do', async ({ page, browser }) => {
  const legacy = new TrainerPage(page);
  await legacy.goto({ speed: 'instant' });
  const context = await browser.newContext();
  const modern = new TrainerPage(await context.newPage());
  await modern.goto({ speed: 'instant' });

  for (const [oldLine, newLine] of STEPS) {
    await legacy.run(oldLine);
    await modern.run(newLine);
    expect(await legacy.outputOf(oldLine), oldLine).toEqual(await modern.outputOf(newLine));
    await expect(legacy.lifecycleState).toHaveText((await modern.lifecycleState.textContent()) ?? '');
  }
  // Before -X the clone was there; after it hdisk1 is free again and keeps its PVID.
  const lspv = await legacy.outputOf('lspv');
  expect(lspv[1]).toMatch(/^hdisk1\s+00f6db0a8f3a1c22\s+None\s*$/);
  await context.close();
});

test('the clone shows altinst_rootvg in lspv and the bootlist points at it', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('alt_disk_install -C hdisk1');
  await app.run('lspv');
  expect((await app.outputOf('lspv'))[1]).toMatch(/^hdisk1\s+00f6db0a8f3a1c22\s+altinst_rootvg\s*$/);
  await app.run('bootlist -m normal -o');
  expect(await app.outputOf('bootlist -m normal -o')).toEqual(['hdisk1 blv=hd5 pathid=0']);
});

test('a usage error prints the legacy synopsis', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('alt_disk_install -C');
  const out = await app.outputOf('alt_disk_install -C');
  expect(out[0]).toBe('Usage: alt_disk_install {-d device | -C} [-i image.data] [-s script] [-R resolv_conf]');
  expect(out).toContain('       alt_disk_install -W disk');
});
