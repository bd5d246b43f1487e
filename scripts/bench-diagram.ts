// npx tsx scripts/bench-diagram.ts — BUDGETS P4: the diagram's frame rate during updates and pan at
// about 100 nodes. Builds the app, serves it with vite preview on a free loopback port (started and
// stopped by PID), opens ?scenario=large-lab&speed=instant in headless Debian chromium, shows every
// volume group's logical volumes (≈ 100 nodes), then types commands that change the diagram while it
// drags the pane back and forth; a requestAnimationFrame counter in the page records every frame.
// Prints a table (median of several runs) against the budget: ≥ 55 fps average, p95 frame ≤ 33 ms.
// A script, not a test: exits 0 unless --strict is given and a budget is missed.
import { join } from 'node:path';
import { freePort, launchChromium, pct, startPreview, stopPreview } from './lib/browser.ts';
import { build } from 'vite';
import { framesWhilePanning } from './lib/pageFigures.ts';
import type { FrameFigures } from './lib/pageFigures.ts';

const root = join(import.meta.dirname, '..');
const strict = process.argv.includes('--strict');
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Math.max(1, Number(runsArg.slice(7)) || 3) : 3;

/** Lines that change the large lab's picture: a clone, a wake, bootlist moves, a sleep, a new disk. */
const COMMANDS = [
  'alt_disk_copy -d hdisk1',
  'alt_rootvg_op -W -d hdisk1',
  'bootlist -m normal hdisk0 hdisk1',
  'alt_rootvg_op -S',
  'bootlist -m normal hdisk1',
  'lab disk add 20480',
  'lspv',
  'alt_rootvg_op -W -d hdisk1',
];

const median = (xs: number[]) => pct(xs, 50);

interface RunResult extends FrameFigures {
  nodes: number;
  /** The last command's narration and the pane's final transform: proof the picture changed and moved. */
  narration: string;
  transform: string;
}

async function oneRun(port: number): Promise<RunResult> {
  const browser = await launchChromium(['--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows']);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?scenario=large-lab&speed=instant`);
    const input = page.getByRole('textbox', { name: 'Command line' });
    await input.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="terminal"]')?.getAttribute('data-busy') === 'false');
    // Every VG shows its logical volumes: the diagram holds about a hundred nodes.
    for (;;) {
      const show = page.getByRole('button', { name: /^Show logical volumes of / });
      if ((await show.count()) === 0) break;
      await show.first().click();
    }
    await page.waitForTimeout(300);
    const figures = await framesWhilePanning(page, COMMANDS);
    const nodes = await page.locator('.react-flow__node').count();
    const narration = (await page.getByTestId('diagram.narration').textContent()) ?? '';
    const transform = await page.evaluate(() => document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '');
    return { nodes, narration, transform, ...figures };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  await build({ root, logLevel: 'silent' });
  const port = await freePort();
  const preview = await startPreview(port);
  const results: RunResult[] = [];
  try {
    for (let i = 0; i < RUNS; i++) results.push(await oneRun(port));
  } finally {
    stopPreview(preview);
  }

  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  console.log(`P4 diagram frame rate: large-lab, ${COMMANDS.length} commands with a pan each, ${RUNS} run(s), 1280×800 headless chromium`);
  console.log('');
  console.log(`${'run'.padEnd(6)}${'nodes'.padStart(7)}${'frames'.padStart(8)}${'seconds'.padStart(9)}${'avg fps'.padStart(9)}${'p95 ms'.padStart(8)}${'worst ms'.padStart(10)}${'>33 ms'.padStart(8)}`);
  results.forEach((r, i) => {
    console.log(`${String(i + 1).padEnd(6)}${String(r.nodes).padStart(7)}${String(r.frames).padStart(8)}${fmt(r.seconds).padStart(9)}${fmt(r.fps).padStart(9)}${fmt(r.p95).padStart(8)}${fmt(r.worst).padStart(10)}${String(r.longFrames).padStart(8)}`);
  });
  console.log('');
  console.log(`last narration: ${results[0].narration}`);
  console.log(`final viewport: ${/translate\([^)]*\) scale\([^)]*\)/.exec(results[0].transform)?.[0] ?? results[0].transform}`);
  const fps = median(results.map((r) => r.fps));
  const p95 = median(results.map((r) => r.p95));
  console.log('');
  console.log(`${'id'.padEnd(4)}${'figure (median of runs)'.padEnd(40)}${'value'.padStart(10)}${'budget'.padStart(10)}${'ratio'.padStart(8)}`);
  const rows = [
    { figure: 'average frame rate during updates + pan', value: fps, unit: 'fps', budget: 55, ok: fps >= 55, ratio: fps / 55 },
    { figure: 'p95 frame time', value: p95, unit: 'ms', budget: 33, ok: p95 <= 33, ratio: p95 / 33 },
  ];
  for (const r of rows) {
    console.log(`${'P4'.padEnd(4)}${r.figure.padEnd(40)}${`${fmt(r.value)} ${r.unit}`.padStart(10)}${`${r.budget} ${r.unit}`.padStart(10)}${r.ratio.toFixed(2).padStart(8)}${r.ok ? '' : '  over budget'}`);
  }
  if (strict && rows.some((r) => !r.ok)) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
