// What each explained flag is linked to in the preview (issue 16: every flag "linked to the part of the
// preview it causes"). Two sources, joined: the changes a flag's value or an operand names (related, read off
// the words), and the worker's causes (core/preview/causes.ts: the line previewed again without the flag),
// which also reach a flag with no value, like -B, and name what a flag prevents. Pure: unit-tested apart.
import type { PreviewCause, PreviewChange, PreviewReady } from '../../protocol/index.ts';
import type { ExplainedCommand, ExplainItem } from './types.ts';

/** What one explained part points at in the preview. */
export interface ItemLinks {
  /** Indexes into the preview's changes. */
  changes: number[];
  /** Indexes into the preview's warnings. */
  warnings: number[];
  /** Changes the line would make without this flag (shown apart, as kept from happening). */
  prevented: PreviewChange[];
  /** A short plain sentence from the causes ("Without it, the bootlist would point at hdisk1."), or null. */
  sentence: string | null;
}

export const NO_LINKS: ItemLinks = { changes: [], warnings: [], prevented: [], sentence: null };

/** The changes an explained part names: its value or operand is the change's subject, or what it becomes. */
export function related(item: ExplainItem, changes: readonly PreviewChange[]): number[] {
  const text = item.kind === 'flag' ? item.value : item.kind === 'operand' ? item.text : null;
  if (!text) return [];
  const words = new Set(text.split(/[\s,]+/).filter(Boolean).map((w) => w.replace(/^\/dev\//, '')));
  const names = (s: string | null) => (s ?? '').split(/[\s,]+/).map((w) => w.replace(/^\/dev\//, ''));
  const out: number[] = [];
  changes.forEach((c, i) => {
    if (words.has(c.subject) || names(c.to).some((w) => words.has(w))) out.push(i);
  });
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A prevented change as what would happen without the flag. */
function would(c: PreviewChange): string {
  if (c.kind === 'bootlist') {
    const which = c.subject === 'normal' ? 'the bootlist' : `the ${c.subject} bootlist`;
    const first = (c.to ?? '').split(/[\s,]+/).find(Boolean);
    return first ? `${which} would point at ${first}` : `${which} would be emptied`;
  }
  return `Enter would also make this change: ${c.text}`;
}

/** The sentence for a flag's cause, or null when leaving the flag out would change nothing. */
export function causeSentence(cause: PreviewCause, changes: readonly PreviewChange[]): string | null {
  // A prevented change on the same thing as a caused one is the flag's value at work (-b: another level).
  const same = (a: PreviewChange, b: PreviewChange) => a.kind === b.kind && a.subject === b.subject && a.host === b.host;
  const caused = cause.changes.map((i) => changes[i]).filter(Boolean);
  const replaced = cause.prevented.filter((p) => caused.some((c) => same(c, p)));
  const clauses = cause.prevented.filter((p) => !replaced.includes(p)).map(would);
  clauses.push(...replaced.map((p) => `it would be “${p.text}” instead`));
  const n = caused.filter((c) => !replaced.some((p) => same(c, p))).length;
  if (n > 0) clauses.push(n === changes.length ? 'none of the changes above would happen' : `${plural(n, 'change')} above would not happen`);
  if (cause.warnings.length > 0) clauses.push(cause.warnings.length === 1 ? 'the warning above would not be given' : 'the warnings above would not be given');
  return clauses.length ? `Without it, ${clauses.join('; ')}.` : null;
}

/**
 * The links of each explained part, by command then item. Causes are the worker's for a one-command line
 * (it gives none for longer lines), so they are applied to the first command only.
 */
export function itemLinks(explained: readonly ExplainedCommand[], preview: PreviewReady | null): ItemLinks[][] {
  const causes = new Map((preview?.causes ?? []).map((c) => [c.flag, c] as const));
  return explained.map((cmd, c) =>
    cmd.items.map((item): ItemLinks => {
      if (!preview) return NO_LINKS;
      const named = related(item, preview.changes);
      const cause = c === 0 && explained.length === 1 && item.kind === 'flag' ? causes.get(item.flag) : undefined;
      if (!cause) return named.length ? { ...NO_LINKS, changes: named } : NO_LINKS;
      const changes = [...new Set([...named, ...cause.changes])].sort((a, b) => a - b);
      return { changes, warnings: cause.warnings, prevented: cause.prevented, sentence: causeSentence(cause, preview.changes) };
    }),
  );
}

/** Whether a preview is worth asking causes for: a plain preview whose explainer shows at least one flag. */
export function wantsCauses(preview: { kind: string }, explained: readonly ExplainedCommand[]): boolean {
  return preview.kind === 'preview' && explained.length === 1 && explained[0].items.some((i) => i.kind === 'flag');
}
