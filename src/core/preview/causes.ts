// Which part of a preview each flag causes (issue 16: the explainer's flags "linked to the part of the
// preview it causes"). Asked of the simulator, not written per command: the line is previewed once more
// without the flag, and the changes and warnings that go away are the flag's doing; those that appear
// instead are what the flag prevents (-B: the bootlist left as it is). Plain lines only: one command, its
// words split by blanks, no quotes or expansions; at most MAX_FLAGS flags.
import { lookupCommand } from '../commands/registry.ts';
import { specFlags } from '../commands/lib/flags.ts';
import type { SessionState } from '../session/api.ts';
import { previewLine } from './preview.ts';
import type { PreviewCause, PreviewChange, PreviewReady, PreviewWarning } from './types.ts';

/** Flags looked at per line: each costs one more preview. */
export const MAX_FLAGS = 8;
const PLAIN = /^[A-Za-z0-9_./,:=+@%-]+(?:[ \t]+[A-Za-z0-9_./,:=+@%-]+)*$/;

const changeKey = (c: PreviewChange) => [c.kind, c.node, c.was, c.subject, c.from, c.to].join('\u0000');
const warningKey = (w: PreviewWarning) => [w.kind, w.node, w.state, w.led, w.text].join('\u0000');

/** The words with every occurrence of `flag` taken out, getopt's way (clusters, attached or separate values). */
function without(words: string[], flag: string, takesArg: Map<string, boolean>): string[] | null {
  const out = [words[0]];
  let removed = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w === '--' || !w.startsWith('-') || w.length < 2) {
      out.push(...words.slice(i));
      break;
    }
    let kept = '';
    let skipNext = false;
    for (let j = 1; j < w.length; j++) {
      const letter = w[j];
      const arg = takesArg.get(letter);
      if (arg === undefined) return null; // a flag getopt refuses: no ablation
      if (arg) {
        const attached = w.slice(j + 1);
        if (letter === flag) {
          removed = true;
          skipNext = attached === '';
        } else {
          kept += letter + attached;
          if (attached === '') {
            if (kept.length) out.push(`-${kept}`);
            kept = '';
            if (i + 1 < words.length) out.push(words[++i]);
          }
        }
        break;
      }
      if (letter === flag) removed = true;
      else kept += letter;
    }
    if (kept.length) out.push(`-${kept}`);
    if (skipNext) i++;
  }
  return removed ? out : null;
}

/** For each flag of a one-command plain line, what it causes in `preview` (empty when the line is not plain). */
export function previewCauses(state: SessionState, preview: PreviewReady): PreviewCause[] {
  const line = preview.line.trim();
  if (!PLAIN.test(line)) return [];
  const words = line.split(/[ \t]+/);
  const spec = lookupCommand(words[0])?.flags?.spec;
  if (!spec) return [];
  const takesArg = new Map(specFlags(spec).map((f) => [f.flag, f.takesArg] as const));
  const present: string[] = [];
  for (const flag of takesArg.keys()) if (present.length < MAX_FLAGS && without(words, flag, takesArg)) present.push(flag);
  const changeKeys = preview.changes.map(changeKey);
  const warningKeys = preview.warnings.map(warningKey);
  const causes: PreviewCause[] = [];
  for (const flag of present) {
    const ablated = without(words, flag, takesArg)!;
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
