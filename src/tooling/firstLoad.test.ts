// BUDGETS P1 held by a test, on sizes only (never on time): the app is built as `npm run build` builds it,
// and so is the bare-stack floor (react-dom + @xyflow/react + xstate); the JS the page loads before the
// terminal can take input (index.html's script and modulepreloads, gzip) must stay within 1.25 × that
// floor, every chunk within 350 KB and the CSS index.html links within 15 KB. The panels and dialogs that are not part of
// the first paint must stay out of that JS (each is loaded on first use): their test ids are looked for.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareStackFloor, buildApp, FIRST_LOAD_RATIO, firstLoad, MAX_CHUNK, MAX_CSS, scratchDir, type FirstLoad } from '../../scripts/lib/firstLoad.ts';

/** Test ids of lazily loaded parts (twin, builder, timeline, runbook, share and labs dialogs, Legend, hang help, the preview panel). */
const LAZY_MARKERS = ['twin.paste', 'builder.share', 'timeline.cursor', 'runbook.export', 'share.link', 'labs.list', 'legend__swatch--warning', 'boot.ways.note', 'explain.list'];

// Builds take seconds; these limits only stop a hang (the machine is shared: nothing here is timed).
const BUILD_LIMIT = 240_000;

let dir = '';
let app: FirstLoad;
let floor = 0;

beforeAll(async () => {
  // Under vitest NODE_ENV is 'test', which would give React's development build: build as production.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    dir = scratchDir('altdisk-firstload');
    await buildApp(dir);
    app = firstLoad(dir);
    floor = await bareStackFloor();
  } finally {
    process.env.NODE_ENV = before;
  }
}, BUILD_LIMIT);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('BUDGETS P1: the JS before first interaction', () => {
  it('is within 1.25 × the bare-stack floor built in the same run', () => {
    expect(app.entryFiles.length).toBeGreaterThan(0);
    expect(floor).toBeGreaterThan(100 * 1024); // the floor really is the stack (react-dom alone is ~60 KB)
    const budget = FIRST_LOAD_RATIO * floor;
    expect(app.entry, `first-load JS ${kb(app.entry)} against ${kb(budget)} (floor ${kb(floor)})`).toBeLessThanOrEqual(budget);
  });

  it('keeps every chunk within 350 KB and the first CSS within 15 KB', () => {
    expect(app.css).toBeGreaterThan(0);
    expect(app.largest, `largest chunk ${kb(app.largest)}`).toBeLessThanOrEqual(MAX_CHUNK);
    expect(app.worker, `worker ${kb(app.worker)}`).toBeLessThanOrEqual(MAX_CHUNK);
    expect(app.css, `first-load CSS ${kb(app.css)}`).toBeLessThanOrEqual(MAX_CSS);
  });

  it('leaves the dialogs and panels not in the first paint to chunks loaded on first use', () => {
    const entry = app.entryFiles.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const others = readdirSync(join(dir, 'assets'))
      .filter((f) => f.endsWith('.js') && !app.entryFiles.includes(`assets/${f}`))
      .map((f) => readFileSync(join(dir, 'assets', f), 'utf8'))
      .join('\n');
    for (const marker of LAZY_MARKERS) {
      expect(entry.includes(marker), `${marker} is in the first-load JS`).toBe(false);
      expect(others.includes(marker), `${marker} is in a chunk loaded later`).toBe(true);
    }
  });
});
