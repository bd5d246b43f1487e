// Objectives as declarative data: a small JSON language over the snapshot, the command history and what the
// learner saw, so a lesson can be written in the builder, carried in a link and checked exactly like a
// built-in one; built-in lessons say their objectives in it wherever it can (src/lessons, said.test.ts).
// compileObjective (vocabularyMeaning.ts) turns a spec into an Objective of types.ts. Untrusted: checkSpec
// validates a parsed value strictly (known keys only, bounded depth, sizes and names) and returns a clean
// copy, never throws.
//
//   { "disk": "hdisk1", "role"?: "altinst_rootvg", "awake"?: false, "vg"?: "image_1" }   the disk's role,
//                                                                    state, VG name as lspv shows (one at least)
//   { "power": "running" | "off" | "hung", "led"?: "0552" }            the console host's power (and LED)
//   { "lifecycle": "onOriginal.altinstAsleep" }                      the lifecycle state (or a group of states)
//   { "reached": "altinstAsleep", "by": <command> }                  the last move into that state came from it
//   { "bootlistFirst": "hdisk1" }   { "bootlist": ["hdisk1", "hdisk0"] }   the normal bootlist: first disk / order
//   { "levelOn": { "disk": "hdisk1", "startsWith": "7200-05" } }     the AIX level stored on the disk
//   { "runningLevel": "7200-05-04" }                                 the running system's level (oslevel -s)
//   { "bootedFrom": "hdisk1" }                                       running, booted from the disk
//   { "ran": <command>, "after"?: <command> }                        a command ran (after another)
//   { "saw": <command>, "after"?: <command>, "exit"?: "ok" | "failed",
//     "output"?: { "contains"?, "lacks"?, "line"?, "firstDisk"? } }   a command ran and printed that
//   { "vgVariedOn": "datavg" }                                       the VG is varied on
//   { "vg": "altinst_rootvg", "variedOn"?: true, "pvs"?: ["hdisk2"], "copies"?: 1, "lv"?: "hd4" }
//                       the VG is defined (varied on or not; on exactly these disks; it holds that LV; every LV, or that one, with that many copies)
//   { "all": [spec, …] }  { "any": [spec, …] }  { "not": spec }      combinators
// <command> is a prefix of the command line ("bootlist -m normal") or { "name": "alt_rootvg_op",
// "flags"?: "W" (each letter present, getopt style), "notFlags"?: "p", "has"?: ["/alt_inst"] (substrings) },
// or { "anyOf": [<command>, …] } (either of 1 to 4). "output" also takes "startsWith", and "lacks" a list.
import { allStateNames } from '../lifecycle/index.ts';
import type { LifecycleStateOrGroup } from '../lifecycle/index.ts';
import { err, ok, type Result } from '../result.ts';
import type { DiskRole } from '../session/snapshot.ts';

/** A command line prefix, a command by name, flags and text, or either of a few of those. */
export type CommandSpec = SimpleCommand | { anyOf: SimpleCommand[] };
export type SimpleCommand = string | { name: string; flags?: string; notFlags?: string; has?: string[] };

export interface OutputSpec {
  /** The output holds this text. */
  contains?: string;
  /** The output does not hold this text (or any of these). */
  lacks?: string | string[];
  /** The output, spaces at its ends aside, starts with this. */
  startsWith?: string;
  /** A line of the output is exactly this (spaces at its ends aside). */
  line?: string;
  /** The first disk of a `bootlist -o` listing. */
  firstDisk?: string;
}

export type ObjectiveSpec =
  | { disk: string; role?: DiskRole; awake?: boolean; vg?: string }
  | { power: 'running' | 'off' | 'hung'; led?: string }
  | { lifecycle: LifecycleStateOrGroup }
  | { reached: LifecycleStateOrGroup; by: CommandSpec }
  | { bootlistFirst: string }
  | { bootlist: string[] }
  | { levelOn: { disk: string; startsWith: string } }
  | { runningLevel: string }
  | { bootedFrom: string }
  | { ran: CommandSpec; after?: CommandSpec }
  | { saw: CommandSpec; after?: CommandSpec; exit?: 'ok' | 'failed'; output?: OutputSpec }
  | { vgVariedOn: string }
  | { vg: string; variedOn?: boolean; pvs?: string[]; copies?: number; lv?: string }
  | { all: ObjectiveSpec[] }
  | { any: ObjectiveSpec[] }
  | { not: ObjectiveSpec };

export const SPEC_LIMITS = {
  /** Combinators inside combinators: `{all:[{not:{…}}]}` is depth 2. */
  maxDepth: 3,
  /** Terms of one `all`/`any`. */
  maxTerms: 8,
  /** Every leaf of a spec together. */
  maxLeaves: 16,
  /** A command in `ran`/`after`. */
  maxCommandChars: 80,
  /** A level prefix ("7200-05-03"). */
  maxLevelChars: 20,
  /** Text looked for in an output, and each `has` of a command. */
  maxTextChars: 80,
} as const;

const ROLES: readonly DiskRole[] = ['rootvg', 'altinst_rootvg', 'old_rootvg', 'free', 'other'];
const POWERS = ['running', 'off', 'hung'] as const;
const DISK = /^hdisk\d{1,3}$/;
const VG = /^[A-Za-z][A-Za-z0-9_]{0,14}$/;
const LEVEL = /^[0-9][0-9-]*$/;
const COMMAND = /^[a-z_][a-z0-9_.]*(?: [A-Za-z0-9_./=:,+-]+)*$/;
const NAME = /^[a-z_][a-z0-9_.]{0,29}$/;
const FLAGS = /^[A-Za-z0-9]{1,10}$/;
const LED = /^[0-9A-Fa-f]{3,4}$/;
/** Printable text on one line (what an output or a command line can hold). */
const TEXT = /^[\x20-\x7e]+$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

let lifecycleNames: Set<string> | null = null;
/** States and the groups above them ("onClone" for "onClone.oldAsleep"). */
function lifecycleNamesAndGroups(): Set<string> {
  if (!lifecycleNames) {
    lifecycleNames = new Set<string>();
    for (const s of allStateNames()) {
      const parts = s.split('.');
      for (let i = 1; i <= parts.length; i++) lifecycleNames.add(parts.slice(0, i).join('.'));
    }
  }
  return lifecycleNames;
}

function short(v: unknown): string {
  const t = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return JSON.stringify(t.length > 30 ? t.slice(0, 30) + '…' : t);
}

/** Validates an untrusted spec; returns a clean copy (only known keys) or why it is refused, in plain words. */
export function checkSpec(value: unknown): Result<ObjectiveSpec> {
  const leaves = { n: 0 };
  try {
    return check(value, 0, leaves);
  } catch {
    return err('This objective could not be read.');
  }
}

const str = (x: unknown, re: RegExp, max: number): x is string => typeof x === 'string' && x.length <= max && re.test(x);

/** A command of `ran`/`after`/`saw`/`by`: a clean copy, or why not. */
function checkCommand(v: unknown): Result<CommandSpec> {
  if (isRecord(v) && 'anyOf' in v) {
    const list = v.anyOf;
    if (Object.keys(v).length !== 1 || !Array.isArray(list) || list.length === 0 || list.length > 4) return err('"anyOf" is a list of 1 to 4 commands.');
    const out: SimpleCommand[] = [];
    for (const c of list as unknown[]) {
      if (isRecord(c) && 'anyOf' in c) return err('"anyOf" does not nest.');
      const r = checkCommand(c);
      if (!r.ok) return r;
      out.push(r.value as SimpleCommand);
    }
    return ok({ anyOf: out });
  }
  if (typeof v === 'string') return str(v, COMMAND, SPEC_LIMITS.maxCommandChars) ? ok(v) : err(`${short(v)} is not a command line the trainer can match.`);
  if (!isRecord(v) || Object.keys(v).some((k) => !['name', 'flags', 'notFlags', 'has'].includes(k))) return err('A command is a command line, or {"name": …, "flags"?: …, "notFlags"?: …, "has"?: […]}.');
  if (!str(v.name, NAME, 30)) return err(`${short(v.name)} is not a command name.`);
  const out: Exclude<SimpleCommand, string> = { name: v.name };
  for (const k of ['flags', 'notFlags'] as const) {
    if (v[k] === undefined) continue;
    if (!str(v[k], FLAGS, 10)) return err(`"${k}" is one to ten flag letters such as "W".`);
    out[k] = v[k];
  }
  if (v.has !== undefined) {
    if (!Array.isArray(v.has) || v.has.length === 0 || v.has.length > 4 || !v.has.every((h) => str(h, TEXT, SPEC_LIMITS.maxTextChars))) return err('"has" is a list of 1 to 4 pieces of text on one line.');
    out.has = [...(v.has as string[])];
  }
  return ok(out);
}

function checkOutput(v: unknown): Result<OutputSpec> {
  const keys = ['contains', 'line', 'firstDisk', 'startsWith'] as const;
  if (!isRecord(v) || Object.keys(v).length === 0 || Object.keys(v).some((k) => !(keys as readonly string[]).includes(k) && k !== 'lacks')) return err('"output" has "contains", "lacks", "line", "startsWith" or "firstDisk".');
  const out: OutputSpec = {};
  if (v.lacks !== undefined) {
    const list = Array.isArray(v.lacks) ? (v.lacks as unknown[]) : [v.lacks];
    if (list.length === 0 || list.length > 4 || !list.every((x) => str(x, TEXT, SPEC_LIMITS.maxTextChars))) return err('"lacks" is text on one line, or a list of 1 to 4.');
    out.lacks = Array.isArray(v.lacks) ? [...(list as string[])] : (v.lacks as string);
  }
  for (const k of keys) {
    if (v[k] === undefined) continue;
    const valid = k === 'firstDisk' ? str(v[k], DISK, 10) : str(v[k], TEXT, SPEC_LIMITS.maxTextChars);
    if (!valid) return err(`${short(v[k])} is not ${k === 'firstDisk' ? 'a disk name such as hdisk1' : 'text on one line'}.`);
    out[k] = v[k] as string;
  }
  return ok(out);
}

function check(v: unknown, depth: number, leaves: { n: number }): Result<ObjectiveSpec> {
  const no = (error: string): Result<ObjectiveSpec> => err(error);
  if (!isRecord(v)) return no('An objective must be an object such as {"bootedFrom": "hdisk1"}.');
  const keys = Object.keys(v);
  const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k));
  if ('all' in v || 'any' in v) {
    const key = 'all' in v ? 'all' : 'any';
    if (keys.length !== 1) return no(`"${key}" takes no other keys.`);
    if (depth >= SPEC_LIMITS.maxDepth) return no(`Objectives nest at most ${SPEC_LIMITS.maxDepth} deep.`);
    const terms = v[key];
    if (!Array.isArray(terms) || terms.length === 0 || terms.length > SPEC_LIMITS.maxTerms) return no(`"${key}" needs a list of 1 to ${SPEC_LIMITS.maxTerms} objectives.`);
    const out: ObjectiveSpec[] = [];
    for (const t of terms as unknown[]) {
      const c = check(t, depth + 1, leaves);
      if (!c.ok) return c;
      out.push(c.value);
    }
    return ok(key === 'all' ? { all: out } : { any: out });
  }
  if ('not' in v) {
    if (keys.length !== 1) return no('"not" takes no other keys.');
    if (depth >= SPEC_LIMITS.maxDepth) return no(`Objectives nest at most ${SPEC_LIMITS.maxDepth} deep.`);
    const c = check(v.not, depth + 1, leaves);
    return c.ok ? ok({ not: c.value }) : c;
  }
  if (++leaves.n > SPEC_LIMITS.maxLeaves) return no(`An objective can test at most ${SPEC_LIMITS.maxLeaves} things.`);
  if ('disk' in v) {
    if (!only('disk', 'role', 'awake', 'vg')) return no('A disk objective has only "disk", "role", "awake" and "vg".');
    if (!str(v.disk, DISK, 10)) return no(`${short(v.disk)} is not a disk name such as hdisk1.`);
    if (v.role === undefined && v.awake === undefined && v.vg === undefined) return no('A disk objective needs a "role", an "awake" or a "vg".');
    if (v.vg !== undefined && !str(v.vg, VG, 15)) return no(`${short(v.vg)} is not a volume group name.`);
    if (v.role !== undefined && (typeof v.role !== 'string' || !ROLES.includes(v.role as DiskRole))) return no(`${short(v.role)} is not a disk role (${ROLES.join(', ')}).`);
    if (v.awake !== undefined && typeof v.awake !== 'boolean') return no('"awake" is true or false.');
    return ok({ disk: v.disk, ...(v.role !== undefined ? { role: v.role as DiskRole } : {}), ...(v.awake !== undefined ? { awake: v.awake } : {}), ...(v.vg !== undefined ? { vg: v.vg as string } : {}) });
  }
  if ('power' in v) {
    if (!only('power', 'led')) return no('A power objective has only "power" and "led".');
    if (!(POWERS as readonly unknown[]).includes(v.power)) return no(`${short(v.power)} is not a power state (${POWERS.join(', ')}).`);
    if (v.led !== undefined && !str(v.led, LED, 4)) return no(`${short(v.led)} is not an LED code such as 0552.`);
    return ok({ power: v.power as (typeof POWERS)[number], ...(v.led !== undefined ? { led: v.led as string } : {}) });
  }
  const state = (x: unknown) => typeof x === 'string' && x.length <= 60 && lifecycleNamesAndGroups().has(x);
  if ('lifecycle' in v) {
    if (!only('lifecycle')) return no('A lifecycle objective has only "lifecycle".');
    if (!state(v.lifecycle)) return no(`${short(v.lifecycle)} is not a state of the lifecycle machine.`);
    return ok({ lifecycle: v.lifecycle as LifecycleStateOrGroup });
  }
  if ('reached' in v) {
    if (!only('reached', 'by')) return no('A "reached" objective has only "reached" and "by".');
    if (!state(v.reached)) return no(`${short(v.reached)} is not a state of the lifecycle machine.`);
    const by = checkCommand(v.by);
    return by.ok ? ok({ reached: v.reached as LifecycleStateOrGroup, by: by.value }) : by;
  }
  for (const key of ['bootlistFirst', 'bootedFrom'] as const) {
    if (key in v) {
      if (!only(key)) return no(`A ${key} objective has only "${key}".`);
      if (!str(v[key], DISK, 10)) return no(`${short(v[key])} is not a disk name such as hdisk1.`);
      return ok(key === 'bootlistFirst' ? { bootlistFirst: v[key] } : { bootedFrom: v[key] });
    }
  }
  if ('bootlist' in v) {
    if (!only('bootlist')) return no('A bootlist objective has only "bootlist".');
    if (!Array.isArray(v.bootlist) || v.bootlist.length === 0 || v.bootlist.length > 5 || !v.bootlist.every((d) => str(d, DISK, 10))) return no('"bootlist" is a list of 1 to 5 disk names.');
    return ok({ bootlist: [...(v.bootlist as string[])] });
  }
  if ('levelOn' in v) {
    if (!only('levelOn') || !isRecord(v.levelOn)) return no('A level objective is {"levelOn": {"disk": …, "startsWith": …}}.');
    const { disk, startsWith } = v.levelOn;
    if (Object.keys(v.levelOn).some((k) => k !== 'disk' && k !== 'startsWith')) return no('"levelOn" has only "disk" and "startsWith".');
    if (!str(disk, DISK, 10)) return no(`${short(disk)} is not a disk name such as hdisk1.`);
    if (!str(startsWith, LEVEL, SPEC_LIMITS.maxLevelChars)) return no(`${short(startsWith)} is not the start of a level such as 7200-05.`);
    return ok({ levelOn: { disk, startsWith } });
  }
  if ('runningLevel' in v) {
    if (!only('runningLevel')) return no('A running level objective has only "runningLevel".');
    if (!str(v.runningLevel, LEVEL, SPEC_LIMITS.maxLevelChars)) return no(`${short(v.runningLevel)} is not the start of a level such as 7200-05.`);
    return ok({ runningLevel: v.runningLevel });
  }
  if ('ran' in v) {
    if (!only('ran', 'after')) return no('A command objective has only "ran" and "after".');
    const r = checkCommand(v.ran);
    if (!r.ok) return r;
    if (v.after === undefined) return ok({ ran: r.value });
    const a = checkCommand(v.after);
    return a.ok ? ok({ ran: r.value, after: a.value }) : a;
  }
  if ('saw' in v) {
    if (!only('saw', 'after', 'exit', 'output')) return no('A "saw" objective has only "saw", "after", "exit" and "output".');
    const c = checkCommand(v.saw);
    if (!c.ok) return c;
    const out: Extract<ObjectiveSpec, { saw: CommandSpec }> = { saw: c.value };
    if (v.after !== undefined) {
      const a = checkCommand(v.after);
      if (!a.ok) return a;
      out.after = a.value;
    }
    if (v.exit !== undefined) {
      if (v.exit !== 'ok' && v.exit !== 'failed') return no('"exit" is "ok" or "failed".');
      out.exit = v.exit;
    }
    if (v.output !== undefined) {
      const o = checkOutput(v.output);
      if (!o.ok) return o;
      out.output = o.value;
    }
    return ok(out);
  }
  if ('vgVariedOn' in v) {
    if (!only('vgVariedOn')) return no('A volume group objective has only "vgVariedOn".');
    if (!str(v.vgVariedOn, VG, 15)) return no(`${short(v.vgVariedOn)} is not a volume group name.`);
    return ok({ vgVariedOn: v.vgVariedOn });
  }
  if ('vg' in v) {
    if (!only('vg', 'variedOn', 'pvs', 'copies', 'lv')) return no('A volume group objective has only "vg", "variedOn", "pvs", "copies" and "lv".');
    if (!str(v.vg, VG, 15)) return no(`${short(v.vg)} is not a volume group name.`);
    const out: Extract<ObjectiveSpec, { vg: string }> = { vg: v.vg };
    if (v.variedOn !== undefined) {
      if (typeof v.variedOn !== 'boolean') return no('"variedOn" is true or false.');
      out.variedOn = v.variedOn;
    }
    if (v.pvs !== undefined) {
      if (!Array.isArray(v.pvs) || v.pvs.length === 0 || v.pvs.length > 8 || !v.pvs.every((d) => str(d, DISK, 10))) return no('"pvs" is a list of 1 to 8 disk names.');
      out.pvs = [...(v.pvs as string[])];
    }
    if (v.copies !== undefined) {
      if (v.copies !== 1 && v.copies !== 2 && v.copies !== 3) return no('"copies" is 1, 2 or 3.');
      out.copies = v.copies;
    }
    if (v.lv !== undefined) {
      if (!str(v.lv, VG, 15)) return no(`${short(v.lv)} is not a logical volume name.`);
      out.lv = v.lv;
    }
    return ok(out);
  }
  return no(`This objective has none of the keys the trainer knows (${keys.slice(0, 3).map((k) => short(k)).join(', ') || 'no keys'}).`);
}

export { compileObjective, describeSpec, said, specDone, specFocus, specWhy, type OwnWords } from './vocabularyMeaning.ts';
