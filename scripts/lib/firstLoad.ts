// BUDGETS P1, measured on a build: the JS the page loads before the terminal can take input (the entry
// script and its modulepreloads, gzip), the worker script, the largest chunk and the CSS (the sheets
// index.html links, which the first paint waits for; the sheets of lazily loaded parts are counted
// apart: each gzipped alone, splitting adds a little to their sum); and the floor
// it is compared with, a bare app of the same stack built with the same vite. One definition for
// `npm run bench` (scripts/bench.ts) and the test that holds the budget (src/tooling/firstLoad.test.ts).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const ROOT = join(import.meta.dirname, '../..');
/** P1: the first JS may be at most this many times the bare-stack floor built in the same run. */
export const FIRST_LOAD_RATIO = 1.25;
/** P1: no chunk (gzip) over this, in bytes. */
export const MAX_CHUNK = 350 * 1024;
/** P1: all CSS (gzip), in bytes. */
export const MAX_CSS = 15 * 1024;

export const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

export interface FirstLoad {
  /** Bytes (gzip) of the scripts index.html loads or preloads. */
  entry: number;
  /** Those scripts, relative to the build folder. */
  entryFiles: string[];
  worker: number;
  largest: number;
  /** CSS index.html links (gzip). */
  css: number;
  /** Every CSS file of the build, lazily loaded sheets too (gzip, each file on its own). */
  cssAll: number;
}

/** JS the page loads before the terminal can take input: entry script + its modulepreloads; and the rest. */
export function firstLoad(dist: string): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entryFiles = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const sheets = [...html.matchAll(/href="\/?(assets\/[^"]+\.css)"/g)].map((m) => m[1]);
  const entry = entryFiles.reduce((n, f) => n + gz(join(dist, f)), 0);
  const assets = readdirSync(join(dist, 'assets'));
  const worker = assets.filter((f) => /worker.*\.js$/.test(f)).reduce((n, f) => n + gz(join(dist, 'assets', f)), 0);
  const largest = Math.max(...assets.filter((f) => f.endsWith('.js')).map((f) => gz(join(dist, 'assets', f))));
  const css = sheets.reduce((n, f) => n + gz(join(dist, f)), 0);
  const cssAll = assets.filter((f) => f.endsWith('.css')).reduce((n, f) => n + gz(join(dist, 'assets', f)), 0);
  return { entry, entryFiles, worker, largest, css, cssAll };
}

/** A fresh folder for a build, inside the project so builds resolve the same node_modules. */
export function scratchDir(prefix: string): string {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  return mkdtempSync(join(ROOT, `node_modules/.cache/${prefix}-`));
}

/** Builds the app (vite.config.ts, as `npm run build` does) into `outDir`. */
export async function buildApp(outDir: string): Promise<void> {
  await build({ root: ROOT, mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}

/** The floor: a minimal app importing react-dom, @xyflow/react and xstate, built with the same vite; gzip bytes. */
export async function bareStackFloor(): Promise<number> {
  const dir = scratchDir('altdisk-floor');
  try {
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="r"></div><script type="module" src="/src/main.tsx"></script>');
    writeFileSync(
      join(dir, 'src', 'main.tsx'),
      `import { createRoot } from 'react-dom/client';
import { ReactFlow } from '@xyflow/react';
import { createMachine, createActor } from 'xstate';
const a = createActor(createMachine({ initial: 'x', states: { x: {} } })).start();
createRoot(document.getElementById('r')!).render(<div><ReactFlow nodes={[]} edges={[]} />{String(a.getSnapshot().value)}</div>);`,
    );
    await build({ root: dir, mode: 'production', logLevel: 'silent', build: { outDir: join(dir, 'dist') }, configFile: false, plugins: [react()] });
    const js = readdirSync(join(dir, 'dist', 'assets')).filter((f) => f.endsWith('.js'));
    return js.reduce((n, f) => n + gz(join(dir, 'dist', 'assets', f)), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
