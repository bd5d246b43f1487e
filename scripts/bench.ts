// npm run bench — prints the figures of ../shared/design/BUDGETS.md this project measures:
//   P1  gzip JS loaded before first interaction, against the bare-stack floor built in the same run
//   P3  Enter → output painted, p50/p95 over 200 commands in headless Debian chromium
//   P5  CPU of a simulated alt_disk_copy and the stored cost of a 146 GB disk
//   P6, S1, S2  shared links: replay of a 500-step link, lesson link length, hostile-link decoding (bench-link.ts)
// A script, not a test: it prints a table and exits 0 unless --strict is given and a budget is missed.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchChromium, pct, startPreview, stopPreview } from './lib/browser.ts';
import { bareStackFloor, buildApp, FIRST_LOAD_RATIO, firstLoad, MAX_CHUNK, MAX_CSS } from './lib/firstLoad.ts';
import { createSession, newSessionState } from '../src/core/session/session.ts';
import { emptyVg, makeDisk } from '../src/core/model/build.ts';
import { createLv } from '../src/core/engine/lvm.ts';
import { linkOpenRows, linkRows } from './bench-link.ts';
import { enterToPaint, longTasks, watchLongTasks } from './lib/pageFigures.ts';

const root = join(import.meta.dirname, '..');
const strict = process.argv.includes('--strict');
type Row = { id: string; figure: string; value: number; unit: string; budget: number; better: 'lower' | 'higher' };
const rows: Row[] = [];

/** Enter → the output is in the log and painted (next animation frame), measured inside the page. */
async function roundTrips(port: number, count: number): Promise<{ p50: number; p95: number; maxTask: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?speed=instant`);
    await page.getByRole('textbox', { name: 'Command line' }).waitFor();
    await watchLongTasks(page);
    const times = await enterToPaint(page, ['lspv', 'lsvg -l rootvg', 'bootlist -m normal -o', 'oslevel -s', 'lsvg rootvg'], count);
    const tasks = await longTasks(page);
    return { p50: pct(times, 50), p95: pct(times, 95), maxTask: tasks.length ? Math.max(...tasks) : 0 };
  } finally {
    await browser.close();
  }
}

function cloneCpu(): number {
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const s = createSession(newSessionState('reference-lab')!);
    const t0 = performance.now();
    s.exec('alt_disk_copy -d hdisk1');
    samples.push(performance.now() - t0);
  }
  return pct(samples, 50);
}

function diskCost(): number {
  const disk = makeDisk('big', 'h', 0, 149_504, '00f6db0a00000001');
  const vg = emptyVg('00f6db0a00004c000000000000000001', 256, [disk.pvid!]);
  createLv(vg, disk, { name: 'datalv', type: 'jfs2', lps: 500, label: '/data' });
  disk.vgid = vg.vgid;
  return JSON.stringify({ disk, vg }).length;
}

async function main(): Promise<void> {
  const port = 4319;
  await buildApp(join(root, 'dist'));
  const app = firstLoad(join(root, 'dist'));
  const floor = await bareStackFloor();
  rows.push({ id: 'P1', figure: 'JS before first interaction, gzip (entry + preloads)', value: app.entry / 1024, unit: 'KB', budget: (FIRST_LOAD_RATIO * floor) / 1024, better: 'lower' });
  rows.push({ id: 'P1', figure: '  bare-stack floor built in this run', value: floor / 1024, unit: 'KB', budget: floor / 1024, better: 'lower' });
  rows.push({ id: 'P1', figure: '  worker script, gzip (loaded at start)', value: app.worker / 1024, unit: 'KB', budget: MAX_CHUNK / 1024, better: 'lower' });
  rows.push({ id: 'P1', figure: '  largest chunk, gzip', value: app.largest / 1024, unit: 'KB', budget: MAX_CHUNK / 1024, better: 'lower' });
  rows.push({ id: 'P1', figure: '  CSS before first interaction, gzip', value: app.css / 1024, unit: 'KB', budget: MAX_CSS / 1024, better: 'lower' });
  rows.push({ id: 'P1', figure: '  all CSS, lazily loaded sheets too (no budget)', value: app.cssAll / 1024, unit: 'KB', budget: app.cssAll / 1024, better: 'lower' });
  const preview = await startPreview(port);
  try {
    const rt = await roundTrips(port, 200);
    rows.push({ id: 'P3', figure: 'Enter → output painted, p50', value: rt.p50, unit: 'ms', budget: 16, better: 'lower' });
    rows.push({ id: 'P3', figure: 'Enter → output painted, p95', value: rt.p95, unit: 'ms', budget: 16, better: 'lower' });
    rows.push({ id: 'P3', figure: 'longest task over 200 commands', value: rt.maxTask, unit: 'ms', budget: 50, better: 'lower' });
    rows.push(...(await linkOpenRows(port))); // P6 in the browser (bench-link.ts)
  } finally {
    stopPreview(preview);
  }
  rows.push({ id: 'P5', figure: 'CPU of a simulated alt_disk_copy (median of 7)', value: cloneCpu(), unit: 'ms', budget: 20, better: 'lower' });
  rows.push({ id: 'P5', figure: 'stored cost of a 146 GB disk + its VG', value: diskCost() / 1024, unit: 'KB', budget: 4, better: 'lower' });
  rows.push(...linkRows()); // P6, S1, S2: shared links (bench-link.ts)

  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
  console.log(`${'id'.padEnd(4)}${'figure'.padEnd(54)}${'value'.padStart(10)}${'budget'.padStart(10)}${'ratio'.padStart(8)}`);
  let missed = 0;
  for (const r of rows) {
    const ratio = r.value / r.budget;
    const ok = r.better === 'lower' ? ratio <= 1 : ratio >= 1;
    if (!ok) missed++;
    console.log(`${r.id.padEnd(4)}${r.figure.padEnd(54)}${(fmt(r.value) + ' ' + r.unit).padStart(10)}${(fmt(r.budget) + ' ' + r.unit).padStart(10)}${ratio.toFixed(2).padStart(8)}${ok ? '' : '  over budget'}`);
  }
  if (strict && missed) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
