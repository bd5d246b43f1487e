// Issue 18, acceptance 2: in the NIM lab, nimadm migrates aixlab01's rootvg to hdisk1 at 7.3, the client
// boots it (oslevel -s shows 7.3) and falls back to 7.2 by bootlist. The speed is instant, so the hour of
// simulated migration streams at once. The same run through the headless CLI gives the same levels.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

const MIGRATE = 'nimadm -j nimadmvg -c aixlab01 -s spot73 -l lpp73 -d hdisk1 -Y';

test('nimadm migrates aixlab01 to 7.3 on hdisk1; the client boots it and falls back to 7.2', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new TrainerPage(page);
  await app.goto({ scenario: 'nim-lab', speed: 'instant' });
  await app.run('hostname');
  expect(await app.outputOf('hostname')).toEqual(['aixnim01']);
  await app.run('lsnim -t spot');
  expect(await app.outputOf('lsnim -t spot')).toContain('spot73              resources       spot');

  await app.run(MIGRATE);
  const transcript = await app.outputOf(MIGRATE);
  expect(transcript.filter((l) => l.startsWith('nimadm phase ')).map((l) => l.split(':')[0])).toEqual(Array.from({ length: 12 }, (_, i) => `nimadm phase ${i + 1}`));
  expect(transcript).toContain('Bootlist is set to the boot disk: hdisk1 blv=hd5');
  expect(transcript.at(-1)).toContain('the migration of aixlab01 to 7300-01-01-2246 is complete');

  await app.run('lab console aixlab01');
  await expect(app.lifecycleState).toHaveText('altinstAsleep');
  await app.run('oslevel -s');
  expect(await app.outputOf('oslevel -s')).toEqual(['7200-05-03-2148']);

  await app.run('shutdown -Fr');
  await expect(app.lifecycleState).toHaveText('onClone.oldAsleep');
  await app.run('oslevel -s');
  expect(await app.outputOf('oslevel -s')).toEqual(['7300-01-01-2246']);
  await app.run('lspv');
  expect((await app.outputOf('lspv')).join('\n')).toMatch(/hdisk0 +\S+ +old_rootvg/);

  await app.run('bootlist -m normal hdisk0');
  await app.run('shutdown -Fr');
  await expect(app.lifecycleState).toHaveText('fallenBack');
  await app.run('oslevel -s');
  expect(await app.outputOf('oslevel -s')).toEqual(['7200-05-03-2148']);
  await expect(app.bootlist).toContainText('hdisk0');
});

test('the headless CLI runs the same migration and fall-back', () => {
  const lines = [MIGRATE, 'lab console aixlab01', 'shutdown -Fr', 'oslevel -s', 'bootlist -m normal hdisk0', 'shutdown -Fr', 'oslevel -s'];
  const out = execFileSync('node_modules/.bin/tsx', ['src/cli/main.ts', '--scenario', 'nim-lab', ...lines.flatMap((l) => ['-c', l])], { encoding: 'utf8' });
  const levels = out.split('\n').filter((l) => /^7[23]00-\d\d-\d\d-\d{4}$/.test(l));
  expect(levels).toEqual(['7300-01-01-2246', '7200-05-03-2148']);
});
