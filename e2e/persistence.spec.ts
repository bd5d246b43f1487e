// (c) Reload keeps the scrollback, the history and the state (IndexedDB within one browser context).
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test('after a reload the scrollback is back and ↑ recalls the last command', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('lspv');
  await app.run('oslevel -s');

  await app.reload();
  await expect(app.output).toContainText('# lspv');
  await expect(app.output).toContainText('# oslevel -s');
  expect(await app.outputOf('oslevel -s')).toEqual(['7200-05-03-2148']);
  expect(await app.outputOf('lspv')).toHaveLength(4);

  await app.input.press('ArrowUp');
  await expect(app.input).toHaveValue('oslevel -s');
  await app.input.press('ArrowUp');
  await expect(app.input).toHaveValue('lspv');
  await app.input.press('ArrowDown');
  await app.input.press('ArrowDown');
  await expect(app.input).toHaveValue('');
});

test('a bootlist change survives a reload', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.run('bootlist -m normal hdisk1');
  await expect(app.bootlist).toContainText('hdisk1');

  await app.reload();
  await expect(app.bootlist).toContainText('hdisk1');
  await expect(app.bootlist).not.toContainText('hdisk0');
  await app.run('bootlist -m normal -o');
  expect(await app.outputOf('bootlist -m normal -o')).toEqual(['hdisk1 blv=hd5 pathid=0']);
});
