// Issue 15, acceptance 3: build a two-objective lesson with the scenario builder, share it, open the link in
// a fresh browser context, solve it: both objectives done, checked like a built-in lesson. Then a server
// described field by field (host, level, mirrors, file system, media, fix, a power cut), exported and imported
// as a file, shared and opened elsewhere.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test('a custom lesson made in the builder, shared and solved elsewhere', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.openLabs();
  await page.getByTestId('builder.open').click();
  const builder = page.getByTestId('builder');
  await expect(builder).toBeVisible();
  await expect(page.getByTestId('builder.hostname')).toContainText('aixlab01');
  await page.getByTestId('builder.title').fill('Clone and point the bootlist');
  await page.getByTestId('builder.objective.0').fill('{"disk": "hdisk1", "role": "altinst_rootvg"}');
  await page.getByTestId('builder.objective.add').click();
  await page.getByTestId('builder.objective.1').fill('{"bootlistFirst": "hdisk1"}');
  await expect(page.getByTestId('builder.objective.1.reads')).toHaveText('the normal bootlist starts with hdisk1.');
  await page.getByTestId('builder.share').click();
  const link = await page.getByTestId('builder.link').inputValue();
  expect(link).toMatch(/#s=[jz][A-Za-z0-9_-]+$/);

  const other = await browser.newContext();
  try {
    const page2 = await other.newPage();
    const app2 = await TrainerPage.openLink(page2, link);
    await expect(page2.getByTestId('lesson')).toBeVisible();
    await expect(page2.getByTestId('lesson')).toContainText('Clone and point the bootlist');
    await expect(page2.getByTestId('lesson.objective.o1')).toHaveAttribute('data-done', 'false');
    await expect(page2.getByTestId('lesson.objective.o2')).toHaveAttribute('data-done', 'false');
    await app2.run('alt_disk_copy -d hdisk1');
    await expect(page2.getByTestId('lesson.objective.o1')).toHaveAttribute('data-done', 'true');
    await expect(page2.getByTestId('lesson.objective.o2')).toHaveAttribute('data-done', 'true');
  } finally {
    await other.close();
  }
});

test('a server described in the builder, with a fault: exported, imported, shared and opened elsewhere', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.openLabs();
  await page.getByTestId('builder.open').click();
  const builder = page.getByTestId('builder');
  await expect(builder).toBeVisible();
  await page.getByTestId('builder.scenario').selectOption('twin');
  await expect(page.getByTestId('builder.server')).toBeVisible();
  await page.getByTestId('builder.server.hostname').fill('aixdb07');
  await page.getByTestId('builder.server.level').selectOption('7100-05-06-2015');
  await page.getByTestId('builder.server.mirrored').check();
  await page.getByTestId('builder.server.fs.add').click();
  await page.getByTestId('builder.server.fs.0.mount').fill('/opt/app');
  await page.getByTestId('builder.media.cd0').selectOption('7200-05-04-2220');
  await page.getByTestId('builder.server.efixes').fill('IJ12345s1a');
  // hostile input is refused with a readable message
  await page.getByTestId('builder.server.fs.0.mount').fill('/usr');
  await expect(page.getByTestId('builder.check')).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('builder.check')).toContainText('File system /usr: that mount point is already taken.');
  await page.getByTestId('builder.server.fs.0.mount').fill('/opt/app');
  await page.getByTestId('builder.powercut.disk').fill('hdisk2');
  await page.getByTestId('builder.powercut.phase').selectOption('2');
  await expect(page.getByTestId('builder.check')).toHaveText('Ready: aixdb07 on AIX 7100-05-06-2015, 3 setup steps.');
  await page.getByTestId('builder.title').fill('Clean up after the power cut');
  await page.getByTestId('builder.objective.0').fill('{"disk": "hdisk2", "role": "free"}');
  await builder.screenshot({ path: test.info().outputPath('builder-server.png') });

  const download = page.waitForEvent('download');
  await page.getByTestId('builder.export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('builder-aixdb07.json');
  const text = await readFile(await file.path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'altdisk-builder', state: { scenario: 'twin', server: { hostname: 'aixdb07', mirrored: true }, powerCut: { disk: 'hdisk2', phase: 2 } } });

  // a hostile file is refused; the exported one comes back
  await page.getByTestId('builder.import').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from('{"__proto__": {}, "format": "altdisk-builder"}') });
  await expect(page.getByTestId('builder.note')).toContainText('Not imported:');
  await page.getByTestId('builder.server.hostname').fill('changed');
  await page.getByTestId('builder.import').setInputFiles({ name: 'builder-aixdb07.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('builder.note')).toHaveText('Imported builder-aixdb07.json.');
  await expect(page.getByTestId('builder.server.hostname')).toHaveValue('aixdb07');

  await page.getByTestId('builder.share').click();
  await expect(page.getByTestId('builder.note')).toContainText('The link holds the server as you described it');
  const link = await page.getByTestId('builder.link').inputValue();
  expect(link).toMatch(/#s=[jz][A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(8300);

  const other = await browser.newContext();
  try {
    const page2 = await other.newPage();
    const app2 = await TrainerPage.openLink(page2, link);
    await expect(page2.getByTestId('lesson')).toContainText('Clean up after the power cut');
    await app2.run('hostname');
    expect(await app2.outputOf('hostname')).toEqual(['aixdb07']);
    await app2.run('oslevel -s');
    expect(await app2.outputOf('oslevel -s')).toEqual(['7100-05-06-2015']);
    await app2.run('lspv');
    const lspv = (await app2.outputOf('lspv')).join('\n');
    expect(lspv).toMatch(/hdisk0 .*rootvg +active/);
    expect(lspv).toMatch(/hdisk1 .*rootvg +active/);
    expect(lspv).toMatch(/hdisk2 .*altinst_rootvg/);
    await app2.run('alt_rootvg_op -X altinst_rootvg');
    await expect(page2.getByTestId('lesson.objective.o1')).toHaveAttribute('data-done', 'true');
  } finally {
    await other.close();
  }
});

test('"A server you describe" chosen before the builder\'s core parts arrive still shows the server form', async ({ page }) => {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/builderCore-[^/]*\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  const app = new TrainerPage(page);
  await app.goto({ speed: 'instant' });
  await app.openLabs();
  await page.getByTestId('builder.open').click();
  await page.getByTestId('builder.scenario').selectOption('twin');
  release();
  await expect(page.getByTestId('builder.server')).toBeVisible();
  await expect(page.getByTestId('builder.server.hostname')).not.toHaveValue('');
});
