// The READMEs say what the machine says: the states table is the machine's, word for word, and the
// outcome table names states the machine has, the ones whose description carries that outcome's number.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allStateNames, stateDescription } from './index.ts';
import { STATES_BEGIN, STATES_END, stateTable } from './readme.ts';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
const between = (text: string) => text.slice(text.indexOf(STATES_BEGIN) + STATES_BEGIN.length, text.indexOf(STATES_END)).trim();
const README = read('../../../README.md');
const LIFECYCLE_README = read('./README.md');

/** Outcome rows of the lifecycle README: number, state column, the whole row. */
function outcomeRows(): { n: string; state: string; row: string }[] {
  return LIFECYCLE_README.split('\n')
    .map((row) => /^\| (O\d+) \| `([^`]+)` \|/.exec(row) && { n: /^\| (O\d+)/.exec(row)![1], state: /^\| O\d+ \| `([^`]+)`/.exec(row)![1], row })
    .filter((r): r is { n: string; state: string; row: string } => !!r);
}

describe('READMEs follow the machine (regenerate with npx tsx scripts/lifecycle-readme.ts)', () => {
  it('both READMEs carry the states table generated from the machine’s descriptions', () => {
    expect(between(README)).toBe(stateTable());
    expect(between(LIFECYCLE_README)).toBe(stateTable());
    for (const name of allStateNames()) expect(stateTable()).toContain(`| \`${name}\` | ${stateDescription(name)} |`);
  });

  it('the outcome table has O1–O10, each naming a state of the machine', () => {
    const rows = outcomeRows();
    expect(rows.map((r) => r.n)).toEqual(['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O8', 'O9', 'O10']);
    for (const r of rows) expect(allStateNames(), r.n).toContain(r.state);
  });

  it('every state whose description names an outcome appears in that outcome’s row', () => {
    const rows = new Map(outcomeRows().map((r) => [r.n, r.row]));
    for (const name of allStateNames()) {
      for (const m of (stateDescription(name) ?? '').matchAll(/\bO(\d+)\b/g)) {
        expect(rows.get(`O${m[1]}`), `${name} → O${m[1]}`).toContain(`\`${name}\``);
      }
    }
  });
});
