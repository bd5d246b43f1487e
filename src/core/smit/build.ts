// From field values to the command line SMIT runs (and F6 shows). Only fields that differ from their
// default produce flags; flags follow the panel's row order, except the panel's `first` flags (alt_disk_mksysb
// -m) and `last` flags (-d, so the line reads like the tutorial's `alt_disk_copy -b update_all -l DIR -d hdisk1`).
import { dialogFields } from './panels.ts';
import type { DialogField, DialogPanel, FieldValues } from './types.ts';

/** Quotes a word for ksh: bare when safe, double quotes around spaces, single quotes otherwise. */
export function shellWord(value: string): string {
  if (/^[A-Za-z0-9_./:=,+@%-]+$/.test(value)) return value;
  if (/^[A-Za-z0-9_./:=,+@%\s-]+$/.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function valueOf(field: DialogField, values: FieldValues): string {
  const v = values[field.id] ?? field.default;
  // A list of disks (or filesets) is one space-separated word, as in -d "hdisk2 hdisk3".
  return field.kind === 'file' ? v.trim() : v.trim().split(/\s+/).filter(Boolean).join(' ');
}

/** The installp flags (-I) the toggles ask for, or null when every toggle is at its default. */
export function installpFlags(panel: DialogPanel, values: FieldValues): string | null {
  const toggles = dialogFields(panel).filter((f) => f.map.kind === 'installp');
  if (toggles.length === 0) return null;
  const changed = toggles.some((f) => valueOf(f, values) !== f.default);
  if (!changed) return null;
  const byId = new Map(toggles.map((f) => [f.id, valueOf(f, values)]));
  let letters = 'a';
  for (const f of toggles) {
    if (f.map.kind !== 'installp') continue;
    if (byId.get(f.id) !== f.map.when) continue;
    if (f.map.onlyWithYes && byId.get(f.map.onlyWithYes) !== 'yes') continue;
    letters += f.map.letter;
  }
  return letters;
}

/** The words of each flag a field produces, in row order (empty when the field is at its default). */
function fieldWords(panel: DialogPanel, field: DialogField, values: FieldValues, installpDone: { done: boolean }): { flag: string; words: string[] } | null {
  const m = field.map;
  const v = valueOf(field, values);
  switch (m.kind) {
    case 'value':
      return v === '' || v === field.default ? null : { flag: m.flag, words: [`-${m.flag}`, shellWord(v)] };
    case 'switch':
      return v === m.when && v !== field.default ? { flag: m.flag, words: [`-${m.flag}`] } : null;
    case 'installp': {
      if (installpDone.done) return null;
      installpDone.done = true;
      const flags = installpFlags(panel, values);
      return flags ? { flag: 'I', words: ['-I', flags] } : null;
    }
  }
}

/** The command line for a dialog with these values, exactly as F6 shows it and Enter runs it. */
export function buildCommand(panel: DialogPanel, values: FieldValues): string {
  const installpDone = { done: false };
  const parts = dialogFields(panel)
    .map((f) => fieldWords(panel, f, values, installpDone))
    .filter((p): p is { flag: string; words: string[] } => p !== null);
  const rank = (flag: string) => (panel.first.includes(flag) ? 0 : panel.last.includes(flag) ? 2 : 1);
  const ordered = [...parts].sort((a, b) => rank(a.flag) - rank(b.flag)); // stable: row order within a rank
  return [panel.command, ...ordered.flatMap((p) => p.words)].join(' ');
}
