// What each stored record looks like, and the checks every record passes when it is read back: storage
// is outside this program (another version, another tab, a browser extension, a damaged disk may have
// written it), so nothing read is trusted. A record that fails is set aside (db.ts), never run.
import type { Result } from '../../core/result.ts';
import type { SessionState } from '../../core/session/api.ts';
import type { LabSummary, TerminalLine } from '../../protocol/index.ts';

export interface LogEntry {
  /** 1-based position of the command in its lab's log. */
  seq: number;
  line: string;
  exitCode: number;
  /** Simulated clock (world ms) when the command started. */
  atMs: number;
  /** Simulated duration of the command. */
  durationMs: number;
  /** Set when this entry records that the line was interrupted (Ctrl-C, tab closed) this far into it. */
  interruptedAtMs?: number;
  /**
   * Set on a time-travel mark (undo, redo, jump: host/timeTravel.ts): the lab moved to this step; the steps
   * after it stay for redo until the next command, which replaces them. Not a command of its own.
   */
  travelTo?: number;
}

/** A long command still playing back: where it started from and how far (simulated ms) it got. */
export interface InflightRecord {
  line: string;
  before: SessionState;
  atMs: number;
}

export interface MetaRecord {
  key: 'schema';
  app: 'altdisk-trainer';
  /** The schema version (DB_VERSION of the build that wrote it; the IndexedDB version may be higher after a repair). */
  version: number;
  /** The version the database had before the last upgrade (0: created). */
  upgradedFrom: number;
  /** Set when a repair reopened the database above DB_VERSION (a missing store): the IndexedDB version it left. */
  atVersion?: number;
}

/** A stored value that could not be used, kept for a while instead of being deleted outright. */
export interface AsideRecord {
  /** Real time it was set aside (ms since the epoch). */
  at: number;
  what: string;
  why: string;
  value: unknown;
}

/** The result of the session gate (core/session/restore.ts restoreSessionState). */
export type SessionGate = (value: unknown) => Result<{ restored: SessionState; repaired: string[] }>;

/** Longest text kept in one stored terminal line or log line (a line is bounded by the terminal too). */
const MAX_TEXT = 1024 * 1024;
const MAX_NAME = 200;
const LINE_KINDS: ReadonlySet<string> = new Set(['input', 'stdout', 'stderr', 'system']);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;

export function isTerminalLine(v: unknown): v is TerminalLine {
  return isObject(v) && typeof v.kind === 'string' && LINE_KINDS.has(v.kind) && isText(v.text);
}

export function isLogEntry(v: unknown): v is LogEntry {
  return (
    isObject(v) &&
    isCount(v.seq) &&
    v.seq >= 1 &&
    isText(v.line) &&
    typeof v.exitCode === 'number' &&
    Number.isInteger(v.exitCode) &&
    isTime(v.atMs) &&
    isTime(v.durationMs) &&
    (v.interruptedAtMs === undefined || isTime(v.interruptedAtMs)) &&
    (v.travelTo === undefined || isCount(v.travelTo))
  );
}

/** An in-flight record, its `before` state through the session gate; a string says why it is refused. */
export function checkInflight(v: unknown, gate: SessionGate): InflightRecord | string {
  if (!isObject(v) || !isText(v.line) || !isTime(v.atMs)) return 'it is not an in-flight command record';
  const before = gate(v.before);
  if (!before.ok) return before.error;
  return { line: v.line, atMs: v.atMs, before: before.value.restored };
}

export function isMeta(v: unknown): v is MetaRecord {
  return isObject(v) && v.key === 'schema' && v.app === 'altdisk-trainer' && isCount(v.version) && isCount(v.upgradedFrom) && (v.atVersion === undefined || isCount(v.atVersion));
}

/** A lab id as the host makes them (newLabId) or as a migration made them: short, URL-safe. */
export function isLabId(v: unknown): v is string {
  return typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v);
}

/**
 * A lab summary; a record with a usable id but damaged fields is repaired from `fallback` (the list
 * must not lose a lab for a bad name). Returns null when even the id is unusable.
 */
export function checkSummary(v: unknown, fallback: () => Omit<LabSummary, 'id'>): { summary: LabSummary; repaired: boolean } | null {
  if (!isObject(v) || !isLabId(v.id)) return null;
  const ok =
    isText(v.name, MAX_NAME) &&
    v.name.trim() !== '' &&
    isText(v.scenario, MAX_NAME) &&
    (v.lesson === null || isText(v.lesson, MAX_NAME)) &&
    isTime(v.createdAt) &&
    isTime(v.lastUsedAt) &&
    isCount(v.commands);
  if (ok) {
    const { id, name, scenario, lesson, createdAt, lastUsedAt, commands } = v as unknown as LabSummary;
    return { summary: { id, name, scenario, lesson, createdAt, lastUsedAt, commands }, repaired: false };
  }
  const base = fallback();
  return {
    summary: {
      id: v.id,
      name: isText(v.name, MAX_NAME) && v.name.trim() !== '' ? v.name : base.name,
      scenario: isText(v.scenario, MAX_NAME) ? v.scenario : base.scenario,
      lesson: v.lesson === null || isText(v.lesson, MAX_NAME) ? (v.lesson as string | null) : base.lesson,
      createdAt: isTime(v.createdAt) ? v.createdAt : base.createdAt,
      lastUsedAt: isTime(v.lastUsedAt) ? v.lastUsedAt : base.lastUsedAt,
      commands: isCount(v.commands) ? v.commands : base.commands,
    },
    repaired: true,
  };
}

/** A lab name the learner typed: trimmed, one line, bounded. Null when nothing is left. */
export function cleanLabName(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 80);
  return clean === '' ? null : clean;
}

/** A short, URL-safe, practically unique lab id (time, then randomness: not simulation state). */
export function newLabId(nowMs: number): string {
  const random = Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0');
  return `${Math.floor(nowMs).toString(36)}${random}`;
}
