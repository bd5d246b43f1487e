// (b) The first commands a learner types, answered exactly as AIX would.
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test.beforeEach(async ({ page }) => {
  await new TrainerPage(page).goto({ speed: 'instant' });
});

test('lspv lists the four disks', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.run('lspv');
  const rows = await app.outputOf('lspv');
  expect(rows).toHaveLength(4);
  expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(['hdisk0', 'hdisk1', 'hdisk2', 'hdisk3']);
  expect(rows[0]).toMatch(/^hdisk0\s+00f6db0a6c7aece5\s+rootvg\s+active$/);
});

test('oslevel -s prints the service pack level', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.run('oslevel -s');
  expect(await app.outputOf('oslevel -s')).toEqual(['7200-05-03-2148']);
});

test('bootlist -m normal -o prints the boot disk', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.run('bootlist -m normal -o');
  expect(await app.outputOf('bootlist -m normal -o')).toEqual(['hdisk0 blv=hd5 pathid=0']);
});

test('an unknown command is not found', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.run('foo');
  expect(await app.outputOf('foo')).toEqual(['ksh: foo:  not found.']);
  await expect(app.output.getByText('ksh: foo:  not found.')).toBeVisible();
});

test('Tab completes command names and disk names', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.input.fill('oslev');
  await app.input.press('Tab');
  await expect(app.input).toHaveValue('oslevel ');
  await app.input.fill('lspv hdisk');
  await app.input.press('Tab');
  await expect(app.input).toHaveValue('lspv hdisk');
  await app.input.press('Tab');
  await expect(app.output).toContainText('hdisk0  hdisk1  hdisk2  hdisk3');
  await app.input.pressSequentially('2');
  await app.input.press('Tab');
  await expect(app.input).toHaveValue('lspv hdisk2 ');
});

test('the diagram follows a bootlist change', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.run('bootlist -m normal hdisk1 hdisk0');
  await expect(app.bootlist).toHaveText('bootlist (normal): 1 hdisk1 2 hdisk0');
});

test('reset asks first (the question is the prompt), then puts the lab back', async ({ page }) => {
  const app = new TrainerPage(page);
  await app.run('bootlist -m normal hdisk1');
  await expect(app.bootlist).toContainText('hdisk1');
  await app.run('reset');
  await expect(app.input).toBeVisible();
  await app.run('y');
  await expect(app.bootlist).toHaveText('bootlist (normal): 1 hdisk0');
  await expect(app.output).toContainText('The lab is back at the start');
  await expect(app.output).not.toContainText('# bootlist -m normal hdisk1');
});
