// The lifecycle state on screen follows the tutorial's steps: clone, wake, sleep, boot the clone,
// fall back, clean up (issue 4, acceptance 11).
import { expect, test } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

test('lifecycle.state follows clone → wake → sleep → boot the clone → fall back → -X', async ({ page }) => {
  test.setTimeout(60_000);
  const app = new TrainerPage(page);
  await app.goto();
  const steps: [string, string][] = [
    ['alt_disk_copy -d hdisk1', 'altinstAsleep'],
    ['alt_rootvg_op -W -d hdisk1', 'altinstAwake'],
    ['alt_rootvg_op -S', 'altinstAsleep'],
    ['shutdown -Fr', 'onClone.oldAsleep'],
    ['alt_rootvg_op -W -d hdisk0', 'onClone.oldAwake'],
    ['alt_rootvg_op -S', 'onClone.oldAsleep'],
    ['bootlist -m normal hdisk0', 'onClone.oldAsleep'],
    ['shutdown -Fr', 'fallenBack'],
    ['alt_rootvg_op -X altinst_rootvg', 'cloneRemoved'],
  ];
  await expect(app.lifecycleState).toHaveText('noAlternate');
  for (const [line, state] of steps) {
    await app.run(line);
    await expect(app.lifecycleState, line).toHaveText(state);
  }
  await expect(app.bootlist).toContainText('hdisk0');
});
