// Which part of a preview each flag causes (issue 16: the explainer's flags "linked to the part of the
// preview it causes"). Asked of the simulator, not written per command: the line is previewed once more
// without the flag, and the changes and warnings that go away are the flag's doing; those that appear
// instead are what the flag prevents (-B: the bootlist left as it is). Plain lines only: one command, its
// words split by blanks, no quotes or expansions; at most MAX_FLAGS flags.
import { lookupCommand } from '../commands/registry.ts';
import { specFlags } from '../commands/lib/flags.ts';
import { getoptSteps } from '../shell/getopt.ts';
import type { SessionState } from '../session/api.ts';
import { previewLine } from './preview.ts';
import type { PreviewCause, PreviewChange, PreviewReady, PreviewWarning } from './types.ts';

/** Flags looked at per line: each costs one more preview. */
export const MAX_FLAGS = 8;
const PLAIN = /^[A-Za-z0-9_./,:=+@%-]+(?:[ \t]+[A-Za-z0-9_./,:=+@%-]+)*$/;

const changeKey = (c: PreviewChange) => [c.kind, c.node, c.was, c.subject, c.from, c.to].join('\u0000');
const warningKey = (w: PreviewWarning) => [w.kind, w.node, w.state, w.led, w.text].join('\u0000');

/** The words with every occurrence of `flag` taken out, read as getopt reads them (its own steps: clusters,
 *  attached or separate values, operands between flags where the command permutes); null when the flag is
 *  absent or getopt would refuse the line. */
function without(words: string[], flag: string, takesArg: ReadonlyMap<string, boolean>, permute: boolean): string[] | null {
  const kept: string[] = [];
  const operands: string[] = [];
  let removed = false;
  for (const step of getoptSteps(words.slice(1), takesArg, permute)) {
    if (step.kind === 'unknown' || step.kind === 'needs-arg') return null;
    if (step.kind === 'operand') operands.push(step.word);
    else if (step.flag === flag) removed = true;
    else kept.push(`-${step.flag}`, ...(step.value === null ? [] : [step.value]));
  }
  if (!removed) return null;
  return [words[0], ...kept, ...(operands.some((o) => o.startsWith('-')) ? ['--'] : []), ...operands];
}

/** For each flag of a one-command plain line, what it causes in `preview` (empty when the line is not plain). */
export function previewCauses(state: SessionState, preview: PreviewReady): PreviewCause[] {
  const line = preview.line.trim();
  if (!PLAIN.test(line)) return [];
  const words = line.split(/[ \t]+/);
  const decl = lookupCommand(words[0])?.flags;
  if (!decl) return [];
  const takesArg = new Map(specFlags(decl.spec).map((f) => [f.flag, f.takesArg] as const));
  const permute = decl.permute ?? false;
  const present: string[] = [];
  for (const flag of takesArg.keys()) if (present.length < MAX_FLAGS && without(words, flag, takesArg, permute)) present.push(flag);
  const changeKeys = preview.changes.map(changeKey);
  const warningKeys = preview.warnings.map(warningKey);
  const causes: PreviewCause[] = [];
  for (const flag of present) {
    const ablated = without(words, flag, takesArg, permute)!;
    const other = previewLine(state, ablated.join(' '));
    if (other.kind !== 'preview') continue;
    const otherChanges = new Set(other.changes.map(changeKey));
    const otherWarnings = new Set(other.warnings.map(warningKey));
    const mine = new Set(changeKeys);
    causes.push({
      flag,
      changes: changeKeys.flatMap((k, i) => (otherChanges.has(k) ? [] : [i])),
      warnings: warningKeys.flatMap((k, i) => (otherWarnings.has(k) ? [] : [i])),
      prevented: other.changes.filter((c) => !mine.has(changeKey(c))),
    });
  }
  return causes;
}
