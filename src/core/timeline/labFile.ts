// A lab as a file (export / import): versioned JSON holding the lab's name, its steps (every console line
// since the scenario started, with where Ctrl-C cut one), where its cursor stands (steps after it are
// undone, kept for redo), its session and its terminal lines. A file is untrusted: readLabFile bounds its
// size, refuses what is not a whole lab file in plain words, passes the session through the same load
// gate as storage (session/restore.ts), and replays the steps up to the cursor to check they lead to
// that session. Nothing here writes anything: the caller creates a new lab only from an accepted file.
import { err, ok, type Result } from '../result.ts';
import type { SessionState } from '../session/api.ts';
import { restoreSessionState } from '../session/restore.ts';
import { sameLab, startState, Timeline, type TimelineStep } from './replay.ts';

export const LAB_FILE_FORMAT = 'altdisk-lab';
export const LAB_FILE_VERSION = 1;

export const LAB_FILE_LIMITS = {
  /** A longer file is refused before it is parsed. */
  maxChars: 8 * 1024 * 1024,
  maxSteps: 5_000,
  maxStepChars: 4_096,
  maxLines: 5_000,
  maxLineChars: 64 * 1024,
  maxName: 80,
  maxCutMs: 1_000_000_000,
} as const;

export interface FileLine {
  kind: 'input' | 'stdout' | 'stderr' | 'system';
  text: string;
}

export interface LabFile {
  format: typeof LAB_FILE_FORMAT;
  version: typeof LAB_FILE_VERSION;
  name: string;
  scenario: string;
  lesson: string | null;
  steps: TimelineStep[];
  /** Steps in effect: steps[cursor..] were undone (kept for redo). */
  cursor: number;
  session: SessionState;
  terminal: FileLine[];
}

/** A lab file read and checked, with what its session's gate repaired. */
export type LabFileResult = Result<{ file: LabFile; repaired: string[] }>;

/** The file text of a lab (stable key order, one line). */
export function writeLabFile(file: Omit<LabFile, 'format' | 'version'>): string {
  const { name, scenario, lesson, steps, cursor, session, terminal } = file;
  return JSON.stringify({ format: LAB_FILE_FORMAT, version: LAB_FILE_VERSION, name, scenario, lesson, steps, cursor, session, terminal });
}

const KINDS = new Set(['input', 'stdout', 'stderr', 'system']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

class Refused extends Error {}
function refuse(why: string): never {
  throw new Refused(why);
}

function text(v: unknown, max: number, what: string): string {
  if (typeof v !== 'string') refuse(`${what} is not text`);
  if (v.length > max) refuse(`${what} is longer than ${max} characters`);
  return v;
}

function readSteps(v: unknown): TimelineStep[] {
  if (!Array.isArray(v)) refuse('its list of commands is missing');
  if (v.length > LAB_FILE_LIMITS.maxSteps) refuse(`it has more than ${LAB_FILE_LIMITS.maxSteps} commands`);
  return v.map((s: unknown, i): TimelineStep => {
    if (!isObject(s)) refuse(`command ${i + 1} is not a command`);
    const line = text(s.line, LAB_FILE_LIMITS.maxStepChars, `command ${i + 1}`);
    if (!own(s, 'cutAtMs') || s.cutAtMs === undefined) return { line };
    const cut = s.cutAtMs;
    if (typeof cut !== 'number' || !Number.isInteger(cut) || cut < 0 || cut > LAB_FILE_LIMITS.maxCutMs) refuse(`command ${i + 1} has a cut that is not a time`);
    return { line, cutAtMs: cut };
  });
}

function readTerminal(v: unknown): FileLine[] {
  if (!Array.isArray(v)) refuse('its terminal lines are missing');
  if (v.length > LAB_FILE_LIMITS.maxLines) refuse(`it has more than ${LAB_FILE_LIMITS.maxLines} terminal lines`);
  return v.map((l: unknown, i): FileLine => {
    if (!isObject(l) || typeof l.kind !== 'string' || !KINDS.has(l.kind)) refuse(`terminal line ${i + 1} is not a terminal line`);
    return { kind: l.kind as FileLine['kind'], text: text(l.text, LAB_FILE_LIMITS.maxLineChars, `terminal line ${i + 1}`) };
  });
}

export interface ReadOptions {
  /** Checked between replayed steps: true stops the check (the file is refused as too long to check). */
  shouldStop?: () => boolean;
  /** Whether a scenario id exists (the built-in scenarios). */
  isScenario?: (id: string) => boolean;
}

function readUnguarded(input: unknown, options: ReadOptions): LabFileResult {
  if (typeof input !== 'string') refuse('it is not a text file');
  if (input.length > LAB_FILE_LIMITS.maxChars) refuse(`it is larger than ${LAB_FILE_LIMITS.maxChars / (1024 * 1024)} MB, far more than any lab`);
  if (input.trim() === '') refuse('it is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(input);
  } catch {
    refuse('it is not a complete lab file (it may have been cut short or changed)');
  }
  if (!isObject(raw) || raw.format !== LAB_FILE_FORMAT) refuse('it is not a lab file of this trainer');
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) refuse('it has no valid format version');
  if (version > LAB_FILE_VERSION) refuse(`it was written by a newer version of the trainer (format ${version}; this one reads up to ${LAB_FILE_VERSION})`);
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const name = text(raw.name, 1000, 'its name').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, LAB_FILE_LIMITS.maxName);
  if (name === '') refuse('it has no name');
  const scenario = text(raw.scenario, 100, 'its scenario');
  if (options.isScenario && !options.isScenario(scenario)) refuse(`it starts from a scenario this trainer does not have ("${scenario.slice(0, 40)}")`);
  const lesson = raw.lesson === null || raw.lesson === undefined ? null : text(raw.lesson, 100, 'its lesson');
  const steps = readSteps(raw.steps);
  const cursor = raw.cursor;
  if (typeof cursor !== 'number' || !Number.isInteger(cursor) || cursor < 0 || cursor > steps.length) refuse('its step position is not one of its steps');
  const gated = restoreSessionState(raw.session);
  if (!gated.ok) refuse(gated.error.replace(/^The saved lab cannot be opened: /, 'its session cannot be used: ').replace(/\.$/, ''));
  const session = gated.value.restored;
  if (session.scenario !== scenario) refuse('its session belongs to another scenario');
  const terminal = readTerminal(raw.terminal);
  // The steps must lead to the session: the timeline, undo and Share are built from them.
  const timeline = new Timeline(startState(session));
  if (!timeline.extend(steps.slice(0, cursor), { shouldStop: options.shouldStop })) refuse('it takes too long to check here (too many long commands)');
  if (!sameLab(timeline.stateAt(cursor), session)) refuse('its commands do not lead to its saved state (it was changed after it was written)');
  return ok({ file: { format: LAB_FILE_FORMAT, version: LAB_FILE_VERSION, name, scenario, lesson, steps, cursor, session, terminal }, repaired: gated.value.repaired });
}

/** Reads and checks a lab file. Never throws: a refusal says why in plain words. */
export function readLabFile(input: unknown, options: ReadOptions = {}): LabFileResult {
  try {
    return readUnguarded(input, options);
  } catch (e) {
    if (e instanceof Refused) return err(`This file cannot be imported: ${e.message}.`);
    return err(`This file cannot be imported: it could not be read (${e instanceof Error ? e.message.slice(0, 120) : 'unknown error'}).`);
  }
}
