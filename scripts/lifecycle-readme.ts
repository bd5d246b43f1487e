// npx tsx scripts/lifecycle-readme.ts — rewrites the generated states table (between its markers) in
// README.md and src/core/lifecycle/README.md from the lifecycle machine's descriptions.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withStateTable } from '../src/core/lifecycle/readme.ts';

const root = join(import.meta.dirname, '..');
for (const file of ['README.md', 'src/core/lifecycle/README.md']) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = withStateTable(before);
  if (after !== before) writeFileSync(path, after);
  console.log(`${file}: ${after === before ? 'up to date' : 'rewritten'}`);
}
