// The states table of the READMEs, generated from the machine's own descriptions so the words the
// Lifecycle view shows and the words the documentation shows cannot drift apart (readme.test.ts checks
// both READMEs; `npx tsx scripts/lifecycle-readme.ts` rewrites their marked sections).
import { lifecycleMachine } from './lifecycle.machine.ts';

interface Node {
  path: string[];
  description?: string;
  states: Record<string, Node>;
}

export const STATES_BEGIN = '<!-- lifecycle-states:begin (generated from lifecycle.machine.ts) -->';
export const STATES_END = '<!-- lifecycle-states:end -->';

/** One row per state and group, in the machine's order, with its description. */
export function stateTable(): string {
  const rows = ['| state | what it means |', '| --- | --- |'];
  const walk = (node: Node) => {
    for (const child of Object.values(node.states)) {
      rows.push(`| \`${child.path.join('.')}\` | ${(child.description ?? '').replace(/\|/g, '\\|')} |`);
      walk(child);
    }
  };
  walk(lifecycleMachine.root as unknown as Node);
  return rows.join('\n');
}

/** The text with its marked states section replaced by the generated table (unchanged when unmarked). */
export function withStateTable(text: string): string {
  const begin = text.indexOf(STATES_BEGIN);
  const end = text.indexOf(STATES_END);
  if (begin < 0 || end < begin) return text;
  return `${text.slice(0, begin + STATES_BEGIN.length)}\n${stateTable()}\n${text.slice(end)}`;
}
