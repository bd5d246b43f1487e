// No file in src/ is over 500 lines, tests and stylesheets included: a file that grows past it is split
// along a seam of its own (see the READMEs of each folder) rather than let grow.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('..', import.meta.url));
const MAX_LINES = 500;
const COUNTED = /\.(ts|tsx|css)$/;

/** Every .ts, .tsx and .css file below `dir`, relative to src/. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return COUNTED.test(e.name) ? [path.relative(src, full)] : [];
  });
}

/** Lines as `wc -l` counts them, but a last line without its newline counts too. */
function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

describe('file size', () => {
  it('counts lines like wc -l, and a last line without a newline', () => {
    expect([lineCount(''), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n')]).toEqual([0, 1, 2, 2]);
  });

  it(`no .ts, .tsx or .css file in src/ has more than ${MAX_LINES} lines`, () => {
    const files = sourceFiles(src);
    expect(files.length).toBeGreaterThan(100);
    const over = files
      .map((f) => ({ f, n: lineCount(readFileSync(path.join(src, f), 'utf8')) }))
      .filter(({ n }) => n > MAX_LINES)
      .map(({ f, n }) => `${f}: ${n} lines`);
    expect(over).toEqual([]);
  });
});
