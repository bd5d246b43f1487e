// The lesson checker and the selectors lessons are written with. Pure and cheap: the UI runs it on every
// snapshot the worker sends, the lesson test after every line of a solution.
//
// Semantics (see README.md): objectives are checked in order, against the live state; `after` makes an
// objective wait for an earlier one; `keep` objectives, once met, stay met for the rest of the run
// (the caller passes back `kept`). Everything else follows the state, so undoing work shows.
import type { LifecycleStateOrGroup } from '../lifecycle/index.ts';
import type { DiskView, HostView, SimSnapshot, VgView } from '../session/snapshot.ts';
import type { Lesson, LessonCheck, ObjectiveState, Seen } from './types.ts';

export type { Lesson, LessonCheck, Objective, ObjectiveState, Seen } from './types.ts';

/**
 * Checks every objective of `lesson`. `kept`: ids of `keep` objectives already met in this run. `seen`:
 * the lines of the run with their output (objectives that judge what the learner saw read it).
 */
export function checkLesson(
  lesson: Lesson,
  snapshot: SimSnapshot,
  history: readonly string[],
  kept: readonly string[] = [],
  seen: readonly Seen[] = [],
): LessonCheck {
  const done = new Map<string, boolean>();
  const objectives: ObjectiveState[] = [];
  for (const o of lesson.objectives) {
    let met = !!o.keep && kept.includes(o.id);
    const blocked = !!o.after && done.get(o.after) !== true;
    if (!met && !blocked) met = safely(() => o.done(snapshot, history, seen));
    done.set(o.id, met);
    // Waiting for an earlier step: say which, rather than what this one would need later.
    const earlier = blocked ? lesson.objectives.find((x) => x.id === o.after) : undefined;
    const why = met ? null : earlier ? `First: ${earlier.text}` : whyOf(o, snapshot, history, seen);
    objectives.push({ id: o.id, done: met, why });
  }
  const doneCount = objectives.filter((o) => o.done).length;
  const keptNow = lesson.objectives.filter((o) => o.keep && done.get(o.id)).map((o) => o.id);
  const complete = doneCount === objectives.length && objectives.length > 0;
  const current = objectives.find((o) => !o.done)?.id ?? null;
  let deadEnd: string | null = null;
  if (!complete) {
    try {
      deadEnd = lesson.deadEnd(snapshot, history, seen);
    } catch {
      deadEnd = null;
    }
  }
  return { objectives, doneCount, complete, kept: keptNow, current, deadEnd };
}

/** The objective's whyNotYet; when it throws or says nothing, the objective's own text. */
function whyOf(o: Lesson['objectives'][number], snapshot: SimSnapshot, history: readonly string[], seen: readonly Seen[]): string {
  try {
    const why = o.whyNotYet(snapshot, history, seen);
    if (typeof why === 'string' && why.trim() !== '') return why;
  } catch {
    // fall through
  }
  return `Not yet: ${o.text}`;
}

/** A predicate that throws (a snapshot without the host it expects) counts as not met. */
function safely(f: () => boolean): boolean {
  try {
    return f() === true;
  } catch {
    return false;
  }
}

// ---- Snapshot selectors (all about the console host unless said otherwise) -------------------------

export function consoleView(s: SimSnapshot): HostView | null {
  return s.hosts.find((h) => h.name === s.console) ?? null;
}

/** The console host is up at a shell (not off, in SMS, booting or hung). */
export function isRunning(s: SimSnapshot): boolean {
  return consoleView(s)?.power === 'running';
}

/** A disk of the console host by its hdisk name in the running ODM. */
export function diskByName(s: SimSnapshot, name: string): DiskView | null {
  return consoleView(s)?.disks.find((d) => d.name === name) ?? null;
}

/** A disk by its hardware id (stable across reboots and renumbering), wherever it is. */
export function diskById(s: SimSnapshot, id: string): DiskView | null {
  for (const h of s.hosts) {
    const d = h.disks.find((x) => x.id === id);
    if (d) return d;
  }
  return s.shelf.find((x) => x.id === id) ?? null;
}

/** The role lspv would show for a disk: rootvg, altinst_rootvg, old_rootvg, free or other. */
export function roleOf(s: SimSnapshot, name: string): DiskView['role'] | null {
  return diskByName(s, name)?.role ?? null;
}

/** The disk the running system booted from. */
export function bootedDisk(s: SimSnapshot): DiskView | null {
  return consoleView(s)?.disks.find((d) => d.booted) ?? null;
}

/** Running, and booted from the disk called `name`. */
export function bootedFrom(s: SimSnapshot, name: string): boolean {
  return isRunning(s) && bootedDisk(s)?.name === name;
}

/** The hdisk names of the normal-mode bootlist, in order. */
export function bootlistNames(s: SimSnapshot): string[] {
  return (consoleView(s)?.bootlist.normal ?? []).map((entry) => entry.split(/\s+/)[0]);
}

export function bootlistFirst(s: SimSnapshot): string | null {
  return bootlistNames(s)[0] ?? null;
}

export function vgByName(s: SimSnapshot, name: string): VgView | null {
  return consoleView(s)?.vgs.find((v) => v.name === name) ?? null;
}

/** oslevel -s of the running system (null when it is not up). */
export function runningLevel(s: SimSnapshot): string | null {
  return isRunning(s) ? (consoleView(s)?.level ?? null) : null;
}

/**
 * The lifecycle state is one of `states`; a group name also matches its sub-states ("onClone"). States
 * are the machine's own names (a typo is a type error), never free strings.
 */
export function lifecycleIs(s: SimSnapshot, ...states: LifecycleStateOrGroup[]): boolean {
  const now = s.lifecycle.state;
  return states.some((st) => now === st || now.startsWith(`${st}.`));
}

/** The latest recorded lifecycle transition into `state` (or a sub-state of it), with its command line. */
export function lastTransitionInto(s: SimSnapshot, state: LifecycleStateOrGroup): { command: string; from: string; to: string } | null {
  const recent = s.lifecycle.recent;
  for (let i = recent.length - 1; i >= 0; i--) {
    const t = recent[i];
    if (t.to === state || t.to.startsWith(`${state}.`)) return t;
  }
  return null;
}

// ---- History selectors ---------------------------------------------------------------------------

export type CommandMatcher = RegExp | ((command: string) => boolean);

/**
 * Every simple command of the history, in order: lines are split at `;`, `&&` and `||` (a pipeline stays
 * whole, so `lslpp -l | grep alt_disk` is one command); `NAME=value` prefixes and a directory before the
 * command name are dropped, and spaces collapsed: `FORCE=yes /usr/sbin/alt_rootvg_op  -W` →
 * `alt_rootvg_op -W`.
 */
export function commandsOf(history: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of history) {
    for (const part of splitList(line)) {
      const c = normalizeCommand(part);
      if (c) out.push(c);
    }
  }
  return out;
}

function splitList(line: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = null;
      cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur += ch;
    } else if (ch === ';') {
      parts.push(cur);
      cur = '';
    } else if ((ch === '&' || ch === '|') && line[i + 1] === ch) {
      parts.push(cur);
      cur = '';
      i++;
    } else {
      cur += ch;
    }
  }
  parts.push(cur);
  return parts;
}

function normalizeCommand(part: string): string {
  const words = part.trim().split(/\s+/).filter(Boolean);
  while (words.length > 1 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words.shift();
  if (words.length === 0) return '';
  const name = words[0];
  words[0] = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
  return words.join(' ');
}

function matches(m: CommandMatcher, command: string): boolean {
  return typeof m === 'function' ? m(command) : m.test(command);
}

/** Some command of the history matches. */
export function ran(history: readonly string[], m: CommandMatcher): boolean {
  return commandsOf(history).some((c) => matches(m, c));
}

/** Position of the last matching command in commandsOf(history), or -1. */
export function lastRun(history: readonly string[], m: CommandMatcher): number {
  const cmds = commandsOf(history);
  for (let i = cmds.length - 1; i >= 0; i--) if (matches(m, cmds[i])) return i;
  return -1;
}

/** A command matching `then` ran after the last command matching `first`. */
export function ranAfter(history: readonly string[], first: CommandMatcher, then: CommandMatcher): boolean {
  const i = lastRun(history, first);
  if (i < 0) return false;
  return commandsOf(history).slice(i + 1).some((c) => matches(then, c));
}

/** The latest lifecycle transition into `state` came from a command line with a command matching `m`. */
export function reachedBy(s: SimSnapshot, state: LifecycleStateOrGroup, m: CommandMatcher): boolean {
  const t = lastTransitionInto(s, state);
  return !!t && ran([t.command], m);
}

/** The command is `name` (its first word). */
export function isCommand(command: string, name: string): boolean {
  return command === name || command.startsWith(`${name} `);
}

/**
 * The command carries the single-letter flag `letter`, alone or in a cluster (`-B`, `-Bd hdisk1`),
 * getopt style: words after `--` are not flags.
 */
export function hasFlag(command: string, letter: string): boolean {
  const words = command.split(' ').slice(1);
  for (const w of words) {
    if (w === '--') return false;
    if (/^-[A-Za-z0-9]+$/.test(w) && w.slice(1).includes(letter)) return true;
  }
  return false;
}

// ---- What the learner saw (the lines of the run with their output) -------------------------------

/** The most output a Seen keeps, in characters. */
export const SEEN_OUTPUT_MAX = 8192;

/**
 * A Seen for a line and what it printed (stdout and stderr as shown). Longer output keeps its last
 * SEEN_OUTPUT_MAX characters: the end of a long command (its summary) is what lessons read.
 */
export function seenOf(line: string, output: string, exitCode: number): Seen {
  return { line: line.trim(), output: output.length > SEEN_OUTPUT_MAX ? output.slice(-SEEN_OUTPUT_MAX) : output, exitCode };
}

/** Some simple command of the line matches (lines are split as in commandsOf). */
export function lineRuns(line: string, m: CommandMatcher): boolean {
  return commandsOf([line]).some((c) => matches(m, c));
}

/** The last seen line that ran a command matching `cmd` (null when none did). */
export function lastSeen(seen: readonly Seen[], cmd: CommandMatcher): Seen | null {
  for (let i = seen.length - 1; i >= 0; i--) if (lineRuns(seen[i].line, cmd)) return seen[i];
  return null;
}

/** Position of the last seen line that ran a command matching `cmd`, or -1. */
export function lastSeenIndex(seen: readonly Seen[], cmd: CommandMatcher): number {
  for (let i = seen.length - 1; i >= 0; i--) if (lineRuns(seen[i].line, cmd)) return i;
  return -1;
}

/** Some seen line ran a command matching `cmd` and printed output that satisfies `output`. */
export function saw(seen: readonly Seen[], cmd: CommandMatcher, output: (text: string) => boolean): boolean {
  return seen.some((x) => lineRuns(x.line, cmd) && output(x.output));
}

/**
 * Like `saw`, but only lines after the last line that ran a command matching `after` count ("looked at
 * the bootlist after the clone, and it printed hdisk0 first"). False when nothing matched `after`.
 */
export function sawAfter(seen: readonly Seen[], after: CommandMatcher, cmd: CommandMatcher, output: (text: string) => boolean): boolean {
  const i = lastSeenIndex(seen, after);
  return i >= 0 && saw(seen.slice(i + 1), cmd, output);
}

/**
 * The first disk of a bootlist -o output (`hdisk1 blv=hd5 pathid=0` → hdisk1), or null. Only lines in
 * bootlist's own form count, so the output of `lspv; bootlist -m normal -o` reads right too.
 */
export function firstListedDisk(output: string): string | null {
  return /^(hdisk\d+)(?:\s+blv=\S+)?(?:\s+pathid=\S+)?\s*$/m.exec(output)?.[1] ?? null;
}

// ---- Words for whyNotYet and deadEnd -------------------------------------------------------------

/** How the console host is, in a few words, when it is not up at a shell; null when it is. */
export function hostTrouble(s: SimSnapshot): string | null {
  const h = consoleView(s);
  if (!h) return 'there is no console host';
  switch (h.power) {
    case 'running':
      return null;
    case 'hung':
      return `${h.name} is hung at LED ${h.led ?? '?'}`;
    case 'off':
      return `${h.name} is powered off`;
    case 'sms':
    case 'firmware':
      return `${h.name} is in the firmware menus`;
    default:
      return `${h.name} is ${h.power}`;
  }
}

/** What a disk holds, as lspv would put it: "hdisk1 holds altinst_rootvg, asleep", "hdisk1 is free". */
export function diskPhrase(s: SimSnapshot, name: string): string {
  const trouble = hostTrouble(s);
  if (trouble) return trouble;
  const d = diskByName(s, name);
  if (!d) return `there is no ${name}`;
  if (d.role === 'free') return `${name} is free (no volume group)`;
  if (d.role === 'altinst_rootvg' || d.role === 'old_rootvg') return `${name} holds ${d.vg ?? d.role}, ${d.awake ? 'awake' : 'asleep'}`;
  return `${name} holds ${d.vg ?? d.role}${d.booted ? ' and is the boot disk' : ''}`;
}

/** The common dead end: the console host hung at an LED. No lesson but the one about the hang goes on from there. */
export function hangDeadEnd(s: SimSnapshot): string | null {
  const h = consoleView(s);
  if (h?.power !== 'hung') return null;
  return `${h.name} is hung at LED ${h.led ?? '?'} and this lesson cannot go on from there: restart this lesson or go back a step.`;
}
