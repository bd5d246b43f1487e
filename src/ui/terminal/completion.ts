// Tab completion as pure functions: the first word of a command completes against command names, later
// words against the names the snapshot shows (hdisks, VGs, LVs). Like ksh: a unique match completes and
// adds a space; several matches extend to their common prefix; a second Tab with nothing to add lists them.
// A word starting with "-" after a command completes against that command's flags, listed with their
// meanings: the same table `man` prints and the explainer reads (core commands/lib/explain.ts flagTable).
import type { SimSnapshot } from '../../protocol/index.ts';

/** One flag of a command: "-d targetdisks" and what it means (the host sends the table when a lab opens). */
export interface FlagHelpRow {
  flag: string;
  label: string;
  text: string;
  simulated: boolean;
}

export interface CompletionSources {
  commands: readonly string[];
  words: readonly string[];
  /** Each command's described flags, by command name. */
  flags?: Readonly<Record<string, readonly FlagHelpRow[]>>;
}

export interface CompletionResult {
  /** The new input text and caret position. */
  line: string;
  cursor: number;
  /** Every candidate for the word at the caret (sorted, unique). */
  matches: string[];
  /** True when the text changed. */
  changed: boolean;
  /** For flag candidates: one line per match, the flag and its meaning (what a listing shows). */
  described?: string[];
}

/** Names that appear in the live state: disk names, VG names, LV names (sorted, unique). */
export function completionWords(snapshot: SimSnapshot | null): string[] {
  if (!snapshot) return [];
  const words = new Set<string>();
  for (const host of snapshot.hosts) {
    for (const disk of host.disks) if (disk.name) words.add(disk.name);
    for (const vg of host.vgs) {
      words.add(vg.name);
      for (const lv of vg.lvs) words.add(lv.name);
    }
    for (const disk of host.disks) if (disk.vg) words.add(disk.vg);
  }
  for (const disk of snapshot.shelf) if (disk.name) words.add(disk.name);
  return [...words].sort();
}

/** Separators that start a new command: the word after them is a command name again. */
const COMMAND_SEPARATORS = new Set(['|', ';', '&&', '||', '&']);

/** Finds the word that ends at the caret: its start offset and whether it is in command position. */
export function wordAtCursor(line: string, cursor: number): { start: number; word: string; commandPosition: boolean } {
  const before = line.slice(0, cursor);
  let start = before.length;
  while (start > 0 && !/[\s|;&]/.test(before[start - 1] ?? '')) start--;
  const word = before.slice(start);
  const previous = before.slice(0, start).trimEnd();
  const tokens = previous.split(/\s+/).filter(Boolean);
  const last = tokens[tokens.length - 1];
  const endsWithSeparator = /[|;&]$/.test(previous);
  const commandPosition = tokens.length === 0 || endsWithSeparator || (last !== undefined && COMMAND_SEPARATORS.has(last));
  return { start, word, commandPosition };
}

export function commonPrefix(values: readonly string[]): string {
  if (values.length === 0) return '';
  let prefix = values[0] ?? '';
  for (const value of values) {
    let i = 0;
    while (i < prefix.length && i < value.length && prefix[i] === value[i]) i++;
    prefix = prefix.slice(0, i);
    if (!prefix) break;
  }
  return prefix;
}

/** The command name of the simple command the caret is in (the first word after the last separator). */
export function commandAt(line: string, start: number): string | null {
  const before = line.slice(0, start);
  const cut = Math.max(before.lastIndexOf('|'), before.lastIndexOf(';'), before.lastIndexOf('&'));
  return before.slice(cut + 1).trim().split(/\s+/)[0] || null;
}

function flagRows(line: string, start: number, word: string, commandPosition: boolean, sources: CompletionSources): readonly FlagHelpRow[] | null {
  if (commandPosition || !word.startsWith('-') || !sources.flags) return null;
  const name = commandAt(line, start);
  return (name !== null && Object.prototype.hasOwnProperty.call(sources.flags, name) && sources.flags[name]) || null;
}

export function complete(line: string, cursor: number, sources: CompletionSources): CompletionResult {
  const { start, word, commandPosition } = wordAtCursor(line, cursor);
  const rows = flagRows(line, start, word, commandPosition, sources);
  const pool = rows ? rows.map((r) => `-${r.flag}`) : commandPosition ? sources.commands : sources.words;
  const matches = rows ? pool.filter((candidate) => candidate.startsWith(word)) : [...new Set(pool.filter((candidate) => candidate.startsWith(word)))].sort();
  const described = rows
    ? rows.filter((r) => matches.includes(`-${r.flag}`)).map((r) => `${r.label.padEnd(18)} ${r.text}${r.simulated ? '' : ' (not simulated in this trainer)'}`)
    : undefined;
  const unchanged: CompletionResult = { line, cursor, matches, changed: false, ...(described ? { described } : {}) };
  if (matches.length === 0) return unchanged;
  if (word === '' && matches.length > 1) return unchanged;

  const after = line.slice(cursor);
  if (matches.length === 1) {
    const match = matches[0] ?? '';
    const needsSpace = !after.startsWith(' ');
    return {
      line: line.slice(0, start) + match + (needsSpace ? ' ' : '') + after,
      cursor: start + match.length + 1,
      matches,
      changed: true,
      ...(described ? { described } : {}),
    };
  }
  const prefix = commonPrefix(matches);
  if (prefix.length <= word.length) return unchanged;
  return {
    line: line.slice(0, start) + prefix + after,
    cursor: start + prefix.length,
    matches,
    changed: true,
  };
}
