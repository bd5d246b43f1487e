// Shared links (ARCHITECTURE §7: `#s=<payload>`): a built-in scenario plus every line typed since it
// started, replayed on a fresh lab so the receiver gets exactly the same state (the session is
// deterministic). Untrusted text: decodeLink never throws and refuses, with a typed error in plain words,
// anything that is not a well-formed link (BUDGETS S1–S4). The byte codecs live in linkBytes.ts.
//
// Link text = one format letter + base64url:
//   'z' + base64url(LZ77(UTF-8(JSON)))   compressed (what encodeLink writes when it is shorter: almost always)
//   'j' + base64url(UTF-8(JSON))          plain
// JSON = { "version": 1, "scenario": "<built-in id>", "steps": ["lspv", "y", …],
//          "cuts"?: [[stepIndex, atMs], …], "speed"?: "instant" | "1x" | "10x",
//          "lesson"?: { "id": "<lesson id>", "start": <history index>, "kept"?: ["<objective id>", …], "seen"?: <n>,
//                       "custom"?: { "title": "…", "objectives": [<vocabulary spec>, …] } } }
//          "twin"?: <twin start: core/twin/start.ts> }   with "scenario": "twin" only: a server described by
//          facts (a twin read from pasted output, or a server made in the scenario builder), never pasted text
// `steps` are the console lines exactly as sent, answers (`y`, SMS menu numbers) and blank lines included.
// `cuts` marks lines that were interrupted (Ctrl-C, a closed tab) `atMs` simulated ms after they started:
// replay runs the line and cuts it there, as the host did. `lesson` is the lesson run the sender was in:
// which lesson, where in the lab's command history (the session's, answers and blank lines left out) the
// run began, the `keep` objectives it had met, and how many of the last lines were the run's own (what the
// learner saw of them is judged again from the replay's output); a lesson made in the builder travels whole
// as `custom` (id "custom"; checked strictly by core/lessons/custom.ts); the core checks only its shape and bounds, the page
// checks the id against its lesson index (`isLesson` here when given). Unknown keys are ignored (a later minor
// addition stays readable); `__proto__`, `constructor` and `prototype` are refused anywhere.
import { err, ok, type Result } from '../result.ts';
import type { Session, SessionState } from '../session/api.ts';
import type { ExecResult } from '../session/types.ts';
import { createSession, newSessionState } from '../session/session.ts';
import { findScenario } from './builtins.ts';
import { checkCustomLesson, CUSTOM_LESSON_ID, type CustomLessonSpec } from '../lessons/custom.ts';
import { checkTwinStart, TWIN_SCENARIO, type TwinStart } from '../twin/start.ts';
import { sessionOfStart } from '../twin/startState.ts';
import { base64urlDecode, base64urlEncode, lzDecode, lzEncode, utf8Decode, utf8Encode } from './linkBytes.ts';

export const LINK_VERSION = 1;

export const LINK_LIMITS = {
  /** Longer link text is refused before any decoding (S2). */
  maxInputChars: 16_384,
  /** encodeLink refuses to write a longer link (P6). */
  maxLinkChars: 8_192,
  /** A compressed link may unpack to at most this many bytes (S2). */
  maxInflatedBytes: 262_144,
  maxSteps: 2_000,
  maxStepChars: 1_000,
  /**
   * Nesting of arrays/objects in the JSON: a link needs 3 (cuts), a custom lesson up to 12 (its objectives,
   * vocabulary.ts SPEC_LIMITS); anything deeper is refused unparsed.
   */
  maxDepth: 14,
  /** A scenario id longer than this is not one. */
  maxScenarioChars: 100,
  /** A cut later than this (simulated ms, ~11.6 days) is not one. */
  maxCutMs: 1_000_000_000,
  /** A lesson or objective id longer than this is not one. */
  maxLessonIdChars: 100,
  /** A lesson run cannot have kept more objectives than this. */
  maxKept: 64,
} as const;

/** Lesson and objective ids: lower-case words joined by dashes (src/lessons). */
const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type LinkSpeed = 'instant' | '1x' | '10x';
/** [index of the interrupted step, simulated ms after its start at which it was cut]. */
export type LinkCut = [step: number, atMs: number];

/** The lesson run a link was made in (see the format above). */
export interface LinkLesson {
  /** The lesson's id (`?lesson=<id>`). */
  id: string;
  /** Index in the lab's command history where the run began (0..steps.length). */
  start: number;
  /** `keep` objectives the run had met. Absent when none. */
  kept?: string[];
  /** How many of the link's last non-blank lines belong to the run (their output is what the learner saw). */
  seen?: number;
  /** A lesson made in the builder (core/lessons/custom.ts); its id is then `custom`. */
  custom?: CustomLessonSpec;
}

export interface LinkPayload {
  version: typeof LINK_VERSION;
  /** A built-in scenario id (core/scenario/builtins.ts). */
  scenario: string;
  /** Every console line since the scenario started, in order, as sent. */
  steps: string[];
  /** Interrupted steps, in step order. Absent when none was. */
  cuts?: LinkCut[];
  /** The speed the sender used (advisory: the receiver keeps its own choice). */
  speed?: LinkSpeed;
  /** The lesson run the sender was in, if any. */
  lesson?: LinkLesson;
  /** With scenario "twin" (and only then): the server the lab starts from, as facts (core/twin/start.ts). */
  twin?: TwinStart;
}

export type LinkErrorCode =
  | 'too-long'
  | 'not-base64'
  | 'not-json'
  | 'bad-shape'
  | 'unknown-version'
  | 'unknown-scenario'
  | 'too-many-steps'
  | 'step-too-long'
  | 'forbidden-key'
  | 'unknown-lesson';

export interface LinkError {
  code: LinkErrorCode;
  /** Plain words for the learner; any text taken from the link is quoted and shortened. */
  message: string;
}

export type LinkResult<T> = Result<T, LinkError>;

export interface LinkOptions {
  /** Whether a scenario id exists. Default: the built-in scenarios (findScenario). */
  isScenario?: (id: string) => boolean;
  /**
   * Whether a lesson id exists and starts from `scenario`. Default: any well-formed id (the core does
   * not know the lessons). A link whose lesson fails this is refused ('unknown-lesson').
   */
  isLesson?: (id: string, scenario: string) => boolean;
}

const fail = (code: LinkErrorCode, message: string) => err<LinkError>({ code, message });

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const SPEEDS: readonly string[] = ['instant', '1x', '10x'];
/** A console line never holds a line break or a NUL. */
const hasBadStepChar = (step: string) => step.includes('\n') || step.includes('\r') || step.includes('\u0000');

/** 12345 → "12,345" (no locale: the same text everywhere). */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Text from a link, made safe to quote in a message: shortened, with control characters escaped. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? text.slice(0, 40) + '…' : text);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max;

// ---- validation ---------------------------------------------------------------------------------------

/** Checks a parsed payload and returns a clean copy of it (only the known fields, fresh arrays). */
export function checkLinkPayload(value: unknown, options: LinkOptions = {}): LinkResult<LinkPayload> {
  const isScenario = options.isScenario ?? ((id: string) => findScenario(id) !== null);
  if (!isRecord(value)) return fail('bad-shape', 'This link does not describe a lab: it holds no lab record.');
  const v = value.version;
  if (v !== LINK_VERSION) {
    if (typeof v === 'number' && Number.isSafeInteger(v)) {
      return fail('unknown-version', `This link was made by another version of the trainer (link format ${v}); this one reads format ${LINK_VERSION} only.`);
    }
    return fail('bad-shape', 'This link does not describe a lab: it has no format version.');
  }
  const scenario = value.scenario;
  if (typeof scenario !== 'string' || scenario === '') return fail('bad-shape', 'This link does not describe a lab: it names no scenario.');
  let twin: TwinStart | undefined;
  if (scenario === TWIN_SCENARIO) {
    if (value.twin === undefined) return fail('bad-shape', 'This link does not describe a lab: it starts from a described server but does not describe it.');
    const t = checkTwinStart(value.twin);
    if (!t.ok) return fail('bad-shape', `This link does not describe a lab: the server it describes is not valid (${t.error})`);
    twin = t.value;
  } else if (value.twin !== undefined) {
    return fail('bad-shape', 'This link does not describe a lab: it describes a server but starts from a built-in scenario.');
  } else if (scenario.length > LINK_LIMITS.maxScenarioChars || !isScenario(scenario)) {
    return fail('unknown-scenario', `This link starts from a scenario called ${quote(scenario)}, which this trainer does not have.`);
  }
  const steps = value.steps;
  if (!Array.isArray(steps)) return fail('bad-shape', 'This link does not describe a lab: it has no list of steps.');
  if (steps.length > LINK_LIMITS.maxSteps) {
    return fail('too-many-steps', `A link can hold at most ${count(LINK_LIMITS.maxSteps)} steps; this one has ${count(steps.length)}.`);
  }
  for (let i = 0; i < steps.length; i++) {
    const step: unknown = steps[i];
    if (typeof step !== 'string') return fail('bad-shape', `This link does not describe a lab: step ${i + 1} is not a command line.`);
    if (step.length > LINK_LIMITS.maxStepChars) {
      return fail('step-too-long', `Step ${i + 1} of this link is ${count(step.length)} characters long; a command line in a link can have at most ${count(LINK_LIMITS.maxStepChars)}.`);
    }
    if (hasBadStepChar(step)) return fail('bad-shape', `This link does not describe a lab: step ${i + 1} holds a line break or a NUL character, which a command line never has.`);
  }
  const payload: LinkPayload = { version: LINK_VERSION, scenario, steps: steps.slice() as string[] };
  if (twin) payload.twin = twin;
  if (value.cuts !== undefined) {
    const cuts = value.cuts;
    const bad = fail('bad-shape', 'This link does not describe a lab: its list of interrupted steps is not valid.');
    if (!Array.isArray(cuts) || cuts.length > steps.length) return bad;
    const clean: LinkCut[] = [];
    let last = -1;
    for (const c of cuts as unknown[]) {
      if (!Array.isArray(c) || c.length !== 2) return bad;
      const [step, atMs] = c as unknown[];
      if (!isCount(step, steps.length - 1) || step <= last || !isCount(atMs, LINK_LIMITS.maxCutMs)) return bad;
      clean.push([step, atMs]);
      last = step;
    }
    if (clean.length > 0) payload.cuts = clean;
  }
  if (value.speed !== undefined) {
    if (typeof value.speed !== 'string' || !SPEEDS.includes(value.speed)) return fail('bad-shape', 'This link does not describe a lab: its speed is not one the trainer has.');
    payload.speed = value.speed as LinkSpeed;
  }
  if (value.lesson !== undefined) {
    const lesson = checkLesson(value.lesson, steps.length, scenario, options);
    if (!lesson.ok) return lesson;
    payload.lesson = lesson.value;
  }
  return ok(payload);
}

/** The `lesson` part of a link: a well-formed id, a start within the steps, a short list of kept objective ids. */
function checkLesson(value: unknown, stepCount: number, scenario: string, options: LinkOptions): LinkResult<LinkLesson> {
  const bad = fail('bad-shape', 'This link does not describe a lab: the lesson it names is not valid.');
  if (!isRecord(value)) return bad;
  const { id, start, kept, seen, custom } = value;
  if (typeof id !== 'string' || id.length > LINK_LIMITS.maxLessonIdChars || !LESSON_ID.test(id)) return bad;
  if (!isCount(start, stepCount)) return bad;
  const lesson: LinkLesson = { id, start };
  if (kept !== undefined) {
    if (!Array.isArray(kept) || kept.length > LINK_LIMITS.maxKept) return bad;
    for (const k of kept as unknown[]) if (typeof k !== 'string' || k.length > LINK_LIMITS.maxLessonIdChars || !LESSON_ID.test(k)) return bad;
    const unique = [...new Set(kept as string[])];
    if (unique.length > 0) lesson.kept = unique;
  }
  if (seen !== undefined) {
    if (!isCount(seen, stepCount)) return bad;
    if (seen > 0) lesson.seen = seen;
  }
  if (custom !== undefined) {
    const c = checkCustomLesson(custom);
    if (!c.ok || id !== CUSTOM_LESSON_ID) return fail('bad-shape', `This link does not describe a lab: its custom lesson is not valid${c.ok ? '' : ` (${c.error})`}.`);
    lesson.custom = c.value;
    return ok(lesson);
  }
  if (options.isLesson && !options.isLesson(id, scenario)) {
    return fail('unknown-lesson', `This link opens a lesson called ${quote(id)} on the ${quote(scenario)} lab, which this trainer does not have.`);
  }
  return ok(lesson);
}

/** The first forbidden key anywhere in parsed JSON (own keys only: JSON.parse makes nothing else). */
function forbiddenKey(v: unknown, depth: number): string | null {
  if (depth > LINK_LIMITS.maxDepth) return null; // unreachable: the text was checked for depth first
  if (Array.isArray(v)) {
    for (const x of v) {
      const k = forbiddenKey(x, depth + 1);
      if (k !== null) return k;
    }
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  for (const key of Object.keys(v)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const k = forbiddenKey((v as Record<string, unknown>)[key], depth + 1);
    if (k !== null) return k;
  }
  return null;
}

/** True when no array/object in the JSON text nests deeper than `max` (strings are skipped). */
function nestingWithin(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return false;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return true;
}

// ---- encode / decode ------------------------------------------------------------------------------------

/** The link text for a payload, or why not (an invalid payload, or a link longer than 8,192 characters). */
export function encodeLink(payload: LinkPayload, options: LinkOptions = {}): LinkResult<string> {
  const checked = checkLinkPayload(payload, options);
  if (!checked.ok) return checked;
  const bytes = utf8Encode(JSON.stringify(checked.value));
  const plain = 'j' + base64urlEncode(bytes);
  const packed = 'z' + base64urlEncode(lzEncode(bytes));
  const text = packed.length < plain.length ? packed : plain;
  if (text.length > LINK_LIMITS.maxLinkChars) {
    return fail('too-long', `This lab has too many steps to share as a link: the link would have ${count(text.length)} characters, and a link can have at most ${count(LINK_LIMITS.maxLinkChars)}.`);
  }
  return ok(text);
}

const DAMAGED = 'This link is damaged: its contents could not be read (it may have been cut short or changed when it was copied).';

/** decodeLink without its last-resort guard: exported so the fuzz tests prove it never throws on its own. */
export function decodeLinkUnguarded(text: unknown, options: LinkOptions = {}): LinkResult<LinkPayload> {
  if (typeof text !== 'string') return fail('bad-shape', 'This link does not describe a lab: it is not text.');
  if (text.length > LINK_LIMITS.maxInputChars) {
    return fail('too-long', `This link is too long to open: it has ${count(text.length)} characters, and a link can have at most ${count(LINK_LIMITS.maxInputChars)}.`);
  }
  if (text === '') return fail('not-base64', 'This link is empty: there is nothing after "#s=".');
  const format = text[0];
  const notBase64 = fail('not-base64', 'This link is damaged: it holds characters a trainer link never has (a link uses only letters, digits, "-" and "_").');
  if (format !== 'j' && format !== 'z') {
    // Another letter may be a later format; anything else is not a link at all.
    if (/^[A-Za-z0-9_-]$/.test(format)) {
      return fail('unknown-version', 'This link was made by another version of the trainer (or is not a trainer link), so this version cannot read it.');
    }
    return notBase64;
  }
  const body = base64urlDecode(text.slice(1));
  if (!body) return notBase64;
  let bytes = body;
  if (format === 'z') {
    const unpacked = lzDecode(body, LINK_LIMITS.maxInflatedBytes);
    if (unpacked === 'too-big') {
      return fail('too-long', `This link unpacks to more than ${count(LINK_LIMITS.maxInflatedBytes / 1024)} KB, far more than any lab needs, so it was not opened.`);
    }
    if (unpacked === 'corrupt') return fail('not-json', DAMAGED);
    bytes = unpacked;
  }
  const json = utf8Decode(bytes);
  if (json === null) return fail('not-json', DAMAGED);
  if (!nestingWithin(json, LINK_LIMITS.maxDepth)) return fail('bad-shape', 'This link does not describe a lab: its data is nested far deeper than a lab record.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail('not-json', DAMAGED);
  }
  const key = forbiddenKey(parsed, 0);
  if (key !== null) return fail('forbidden-key', `This link contains the name ${quote(key)}, which a trainer link never uses, so it was not opened.`);
  return checkLinkPayload(parsed, options);
}

/** Reads link text (the part after `#s=`). Never throws: a typed error with plain words instead. */
export function decodeLink(text: unknown, options: LinkOptions = {}): LinkResult<LinkPayload> {
  try {
    return decodeLinkUnguarded(text, options);
  } catch {
    return fail('not-json', DAMAGED);
  }
}

// ---- replay ----------------------------------------------------------------------------------------------

export interface ReplayedStep {
  line: string;
  /** The prompt the line was typed at ('# ', or a question's prompt); '' when not asked for. */
  prompt: string;
  /** The simulated clock when the line started. */
  startedAtMs: number;
  /** The line's result as it ran to its end. */
  result: ExecResult;
  /** An interrupted step: where it was cut and the cut result (its output up to there, then ^C). */
  cut?: { atMs: number; result: ExecResult };
}

export interface ReplayOptions {
  /** Asked before each step; true stops the replay there (the host's time budget). */
  shouldStop?: () => boolean;
  /** Whether to read each step's prompt (a snapshot per step, for the scrollback). Default true. */
  prompts?: boolean;
}

/** Runs a link's steps on `session` (which must hold the link's scenario, fresh), in order, cuts included. */
export function replayLink(session: Session, payload: LinkPayload, options: ReplayOptions = {}): { steps: ReplayedStep[]; complete: boolean } {
  const cuts = new Map(payload.cuts ?? []);
  const steps: ReplayedStep[] = [];
  const prompts = options.prompts ?? true;
  let prompt = prompts ? session.snapshot().prompt : '';
  for (let i = 0; i < payload.steps.length; i++) {
    if (options.shouldStop?.()) return { steps, complete: false };
    const line = payload.steps[i];
    const startedAtMs = session.world().clock.nowMs;
    const result = session.exec(line);
    const step: ReplayedStep = { line, prompt, startedAtMs, result };
    const atMs = cuts.get(i);
    if (atMs !== undefined) {
      const cut = session.interruptLast(atMs);
      if (cut) step.cut = { atMs, result: cut };
    }
    steps.push(step);
    if (prompts) prompt = session.snapshot().prompt;
  }
  return { steps, complete: true };
}

/**
 * A link's start, fresh: its built-in scenario (`newState`, default the core's), or the server its `twin`
 * describes; or why not, in plain words.
 */
export function linkStartState(payload: LinkPayload, newState: (id: string) => SessionState | null = newSessionState): LinkResult<SessionState> {
  if (payload.twin) {
    const built = sessionOfStart(payload.twin);
    return built.ok ? built : fail('bad-shape', `This link describes a server the trainer cannot build: ${built.error}`);
  }
  const initial = newState(payload.scenario);
  return initial ? ok(initial) : fail('unknown-scenario', `This link starts from a scenario called ${quote(payload.scenario)}, which this trainer does not have.`);
}

/** The session state a link leads to: its scenario, fresh, with every step replayed. */
export function sessionFromLink(payload: LinkPayload): LinkResult<SessionState> {
  const checked = checkLinkPayload(payload);
  if (!checked.ok) return checked;
  const start = linkStartState(checked.value);
  if (!start.ok) return start;
  const initial = start.value;
  const session = createSession(initial);
  replayLink(session, checked.value, { prompts: false });
  return ok(session.state());
}
