// Words for the labs menu (pure, tested in node): when a lab was last used, what it holds.
import type { LabSummary } from '../../protocol/index.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", then the date (YYYY-MM-DD). */
export function lastUsedText(at: number, now: number): string {
  const ago = Math.max(0, now - at);
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return plural(Math.floor(ago / MINUTE), 'minute') + ' ago';
  if (ago < DAY) return plural(Math.floor(ago / HOUR), 'hour') + ' ago';
  if (ago < 2 * DAY) return 'yesterday';
  if (ago < 7 * DAY) return `${Math.floor(ago / DAY)} days ago`;
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** "lesson basic-clone on reference-lab" or "scenario jfs-lab". */
export function labOrigin(lab: Pick<LabSummary, 'scenario' | 'lesson'>): string {
  return lab.lesson ? `lesson ${lab.lesson} on ${lab.scenario}` : `scenario ${lab.scenario}`;
}

/** One line that says what a saved lab holds and when it was used. */
export function labDetails(lab: LabSummary, now: number): string {
  return `${labOrigin(lab)} · ${plural(lab.commands, 'command')} · last used ${lastUsedText(lab.lastUsedAt, now)}`;
}

/** A name the learner typed, trimmed and bounded; null when nothing is left. */
export function cleanLabName(text: string): string | null {
  const name = text.replace(/\s+/g, ' ').trim().slice(0, MAX_LAB_NAME);
  return name === '' ? null : name;
}

export const MAX_LAB_NAME = 80;
