// The headless CLI prints exactly what the browser terminal shows for the same lines (issue 2, AC 5).
import { execFileSync } from 'node:child_process';
import { test, expect } from '@playwright/test';
import { TrainerPage } from './pages/TrainerPage.ts';

const LINES = ['lspv', 'bootlist -m normal -o', 'lsvg rootvg', 'oslevel -s', 'foo', 'lsvg -l altinst_rootvg'];

function cli(lines: string[]): string {
  const args = ['src/cli/main.ts', ...lines.flatMap((l) => ['-c', l])];
  try {
    return execFileSync('node_modules/.bin/tsx', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // the last command's exit status is non-zero on purpose (foo, lsvg of a varied-off VG)
    const err = e as { stdout: string; stderr: string };
    return err.stdout + err.stderr;
  }
}

test('each line prints the same text in the browser and in `npm run sim`', async ({ page }) => {
  const trainer = new TrainerPage(page);
  await trainer.goto();
  for (const line of LINES) {
    await trainer.run(line);
    const browser = (await trainer.outputOf(line)).join('\n');
    const headless = cli([line]).replace(/\n$/, '');
    expect(browser, line).toBe(headless);
  }
});
