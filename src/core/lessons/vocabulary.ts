// Objectives as declarative data: a small JSON language over the snapshot and the command history, so a
// lesson can be written in the builder, carried in a link and checked exactly like a built-in one
// (compileObjective turns a spec into an Objective of types.ts). Untrusted: checkSpec validates a parsed
// value strictly (known keys only, bounded depth, sizes and names) and returns a clean copy, never throws.
//
//   { "disk": "hdisk1", "role": "altinst_rootvg", "awake"?: false }   the disk's role as lspv would show
//   { "lifecycle": "onOriginal.altinstAsleep" }                      the lifecycle state (or a group of states)
//   { "bootlistFirst": "hdisk1" }                                    the normal bootlist starts with the disk
//   { "levelOn": { "disk": "hdisk1", "startsWith": "7200-05" } }     the AIX level stored on the disk
//   { "bootedFrom": "hdisk1" }                                       running, booted from the disk
//   { "ran": "alt_disk_copy", "after"?: "lspv" }                     a command (prefix of the command line) ran
//   { "vgVariedOn": "datavg" }                                       the VG is varied on
//   { "all": [spec, …] }  { "any": [spec, …] }  { "not": spec }      combinators
import { allStateNames } from '../lifecycle/index.ts';
import type { LifecycleStateOrGroup } from '../lifecycle/index.ts';
import type { Result } from '../result.ts';
import type { DiskRole, SimSnapshot } from '../session/snapshot.ts';
import { bootedFrom, bootlistFirst, diskByName, diskPhrase, hostTrouble, isRunning, lifecycleIs, ran, ranAfter, vgByName } from './checker.ts';
import type { Objective } from './types.ts';

export type ObjectiveSpec =
  | { disk: string; role: DiskRole; awake?: boolean }
  | { lifecycle: LifecycleStateOrGroup }
  | { bootlistFirst: string }
  | { levelOn: { disk: string; startsWith: string } }
  | { bootedFrom: string }
  | { ran: string; after?: string }
  | { vgVariedOn: string }
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
} as const;

const ROLES: readonly DiskRole[] = ['rootvg', 'altinst_rootvg', 'old_rootvg', 'free', 'other'];
const DISK = /^hdisk\d{1,3}$/;
const VG = /^[A-Za-z][A-Za-z0-9_]{0,14}$/;
const LEVEL = /^[0-9][0-9-]*$/;
const COMMAND = /^[a-z_][a-z0-9_.]*(?: [A-Za-z0-9_./=:,+-]+)*$/;

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
  const t = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(t.length > 30 ? t.slice(0, 30) + '…' : t);
}

/** Validates an untrusted spec; returns a clean copy (only known keys) or why it is refused, in plain words. */
export function checkSpec(value: unknown): Result<ObjectiveSpec> {
  const leaves = { n: 0 };
  try {
    return check(value, 0, leaves);
  } catch {
    return { ok: false, error: 'This objective could not be read.' };
  }
}

function check(v: unknown, depth: number, leaves: { n: number }): Result<ObjectiveSpec> {
  const no = (error: string): Result<ObjectiveSpec> => ({ ok: false, error });
  if (!isRecord(v)) return no('An objective must be an object such as {"bootedFrom": "hdisk1"}.');
  const keys = Object.keys(v);
  const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k));
  const str = (x: unknown, re: RegExp, max: number): x is string => typeof x === 'string' && x.length <= max && re.test(x);
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
    return { ok: true, value: key === 'all' ? { all: out } : { any: out } };
  }
  if ('not' in v) {
    if (keys.length !== 1) return no('"not" takes no other keys.');
    if (depth >= SPEC_LIMITS.maxDepth) return no(`Objectives nest at most ${SPEC_LIMITS.maxDepth} deep.`);
    const c = check(v.not, depth + 1, leaves);
    return c.ok ? { ok: true, value: { not: c.value } } : c;
  }
  if (++leaves.n > SPEC_LIMITS.maxLeaves) return no(`An objective can test at most ${SPEC_LIMITS.maxLeaves} things.`);
  if ('disk' in v) {
    if (!only('disk', 'role', 'awake')) return no('A disk objective has only "disk", "role" and "awake".');
    if (!str(v.disk, DISK, 10)) return no(`${short(v.disk)} is not a disk name such as hdisk1.`);
    if (typeof v.role !== 'string' || !ROLES.includes(v.role as DiskRole)) return no(`${short(v.role)} is not a disk role (${ROLES.join(', ')}).`);
    if (v.awake !== undefined && typeof v.awake !== 'boolean') return no('"awake" is true or false.');
    return { ok: true, value: { disk: v.disk, role: v.role as DiskRole, ...(v.awake !== undefined ? { awake: v.awake } : {}) } };
  }
  if ('lifecycle' in v) {
    if (!only('lifecycle')) return no('A lifecycle objective has only "lifecycle".');
    if (typeof v.lifecycle !== 'string' || v.lifecycle.length > 60 || !lifecycleNamesAndGroups().has(v.lifecycle)) return no(`${short(v.lifecycle)} is not a state of the lifecycle machine.`);
    return { ok: true, value: { lifecycle: v.lifecycle as LifecycleStateOrGroup } };
  }
  for (const key of ['bootlistFirst', 'bootedFrom'] as const) {
    if (key in v) {
      if (!only(key)) return no(`A ${key} objective has only "${key}".`);
      if (!str(v[key], DISK, 10)) return no(`${short(v[key])} is not a disk name such as hdisk1.`);
      return { ok: true, value: key === 'bootlistFirst' ? { bootlistFirst: v[key] } : { bootedFrom: v[key] } };
    }
  }
  if ('levelOn' in v) {
    if (!only('levelOn') || !isRecord(v.levelOn)) return no('A level objective is {"levelOn": {"disk": …, "startsWith": …}}.');
    const { disk, startsWith } = v.levelOn;
    if (Object.keys(v.levelOn).some((k) => k !== 'disk' && k !== 'startsWith')) return no('"levelOn" has only "disk" and "startsWith".');
    if (!str(disk, DISK, 10)) return no(`${short(disk)} is not a disk name such as hdisk1.`);
    if (!str(startsWith, LEVEL, SPEC_LIMITS.maxLevelChars)) return no(`${short(startsWith)} is not the start of a level such as 7200-05.`);
    return { ok: true, value: { levelOn: { disk, startsWith } } };
  }
  if ('ran' in v) {
    if (!only('ran', 'after')) return no('A command objective has only "ran" and "after".');
    if (!str(v.ran, COMMAND, SPEC_LIMITS.maxCommandChars)) return no(`${short(v.ran)} is not a command line the trainer can match.`);
    if (v.after !== undefined && !str(v.after, COMMAND, SPEC_LIMITS.maxCommandChars)) return no(`${short(v.after)} is not a command line the trainer can match.`);
    return { ok: true, value: v.after !== undefined ? { ran: v.ran, after: v.after as string } : { ran: v.ran } };
  }
  if ('vgVariedOn' in v) {
    if (!only('vgVariedOn')) return no('A volume group objective has only "vgVariedOn".');
    if (!str(v.vgVariedOn, VG, 15)) return no(`${short(v.vgVariedOn)} is not a volume group name.`);
    return { ok: true, value: { vgVariedOn: v.vgVariedOn } };
  }
  return no(`This objective has none of the keys the trainer knows (${keys.slice(0, 3).map((k) => short(k)).join(', ') || 'no keys'}).`);
}

// ---- meaning ------------------------------------------------------------------------------------------

/** `ran: "bootlist -m normal"` matches a command that starts with those words. */
const matcher = (prefix: string) => (c: string) => c === prefix || c.startsWith(`${prefix} `);

/** Is the spec met? */
export function specDone(spec: ObjectiveSpec, s: SimSnapshot, history: readonly string[]): boolean {
  if ('all' in spec) return spec.all.every((x) => specDone(x, s, history));
  if ('any' in spec) return spec.any.some((x) => specDone(x, s, history));
  if ('not' in spec) return !specDone(spec.not, s, history);
  if ('disk' in spec) {
    const d = diskByName(s, spec.disk);
    return isRunning(s) && d?.role === spec.role && (spec.awake === undefined || d.awake === spec.awake);
  }
  if ('lifecycle' in spec) return lifecycleIs(s, spec.lifecycle);
  if ('bootlistFirst' in spec) return bootlistFirst(s) === spec.bootlistFirst;
  if ('levelOn' in spec) return diskByName(s, spec.levelOn.disk)?.osLevel?.startsWith(spec.levelOn.startsWith) === true;
  if ('bootedFrom' in spec) return bootedFrom(s, spec.bootedFrom);
  if ('ran' in spec) return spec.after !== undefined ? ranAfter(history, matcher(spec.after), matcher(spec.ran)) : ran(history, matcher(spec.ran));
  return vgByName(s, spec.vgVariedOn)?.active === true;
}

/** The spec in plain words, as an objective's text: "hdisk1 holds altinst_rootvg, asleep." */
export function describeSpec(spec: ObjectiveSpec): string {
  return phrase(spec) + '.';
}

function phrase(spec: ObjectiveSpec): string {
  if ('all' in spec) return spec.all.map(phrase).join(', and ');
  if ('any' in spec) return 'either ' + spec.any.map(phrase).join(', or ');
  if ('not' in spec) return `it is not so that ${phrase(spec.not)}`;
  if ('disk' in spec) {
    const state = spec.awake === undefined ? '' : spec.awake ? ', awake' : ', asleep';
    return spec.role === 'free' ? `${spec.disk} is free` : `${spec.disk} holds ${spec.role}${state}`;
  }
  if ('lifecycle' in spec) return `the lab is in the lifecycle state ${spec.lifecycle}`;
  if ('bootlistFirst' in spec) return `the normal bootlist starts with ${spec.bootlistFirst}`;
  if ('levelOn' in spec) return `the AIX on ${spec.levelOn.disk} is at level ${spec.levelOn.startsWith}`;
  if ('bootedFrom' in spec) return `the system runs, booted from ${spec.bootedFrom}`;
  if ('ran' in spec) return spec.after !== undefined ? `you ran \`${spec.ran}\` after \`${spec.after}\`` : `you ran \`${spec.ran}\``;
  return `the volume group ${spec.vgVariedOn} is varied on`;
}

/** Why the spec is not met, from the state (asked only while it is not). */
export function specWhy(spec: ObjectiveSpec, s: SimSnapshot, history: readonly string[]): string {
  if ('all' in spec) {
    const miss = spec.all.find((x) => !specDone(x, s, history));
    return miss ? specWhy(miss, s, history) : `Not yet: ${describeSpec(spec)}`;
  }
  if ('any' in spec || 'not' in spec) return `Not yet: ${describeSpec(spec)}`;
  const trouble = hostTrouble(s);
  if ('disk' in spec) return `${diskPhrase(s, spec.disk)}; wanted: ${phrase(spec)}.`;
  if ('bootlistFirst' in spec) return `The bootlist starts with ${bootlistFirst(s) ?? 'nothing'}, not with ${spec.bootlistFirst}.`;
  if ('levelOn' in spec) {
    const level = diskByName(s, spec.levelOn.disk)?.osLevel;
    return trouble ?? `${spec.levelOn.disk} ${level ? `holds AIX ${level}` : 'holds no AIX'}, not ${spec.levelOn.startsWith}.`;
  }
  if ('bootedFrom' in spec) return trouble ?? `The system runs from ${s.hosts.find((h) => h.name === s.console)?.disks.find((d) => d.booted)?.name ?? 'no disk'}, not from ${spec.bootedFrom}.`;
  if ('lifecycle' in spec) return `The lab is in ${s.lifecycle.state}, not in ${spec.lifecycle}.`;
  if ('ran' in spec) return spec.after !== undefined ? `You have not run \`${spec.ran}\` since \`${spec.after}\`.` : `You have not run \`${spec.ran}\` yet.`;
  return trouble ?? `The volume group ${spec.vgVariedOn} is not varied on.`;
}

/** The diagram nodes a spec names: its disks, VGs, the bootlist. */
export function specFocus(spec: ObjectiveSpec): string[] {
  const out = new Set<string>();
  const walk = (x: ObjectiveSpec) => {
    if ('all' in x) x.all.forEach(walk);
    else if ('any' in x) x.any.forEach(walk);
    else if ('not' in x) walk(x.not);
    else if ('disk' in x) out.add(`disk:${x.disk}`);
    else if ('bootlistFirst' in x) out.add('bootlist').add(`disk:${x.bootlistFirst}`);
    else if ('levelOn' in x) out.add(`disk:${x.levelOn.disk}`);
    else if ('bootedFrom' in x) out.add(`disk:${x.bootedFrom}`);
    else if ('vgVariedOn' in x) out.add(`vg:${x.vgVariedOn}`);
  };
  walk(spec);
  return [...out];
}

/** The first command a spec names (for the hint), or null. */
function commandOf(spec: ObjectiveSpec): string | null {
  if ('all' in spec) return spec.all.map(commandOf).find((c) => c) ?? null;
  if ('any' in spec) return spec.any.map(commandOf).find((c) => c) ?? null;
  if ('ran' in spec) return spec.ran;
  if ('disk' in spec) return 'lspv';
  if ('bootlistFirst' in spec) return 'bootlist -m normal -o';
  if ('levelOn' in spec || 'bootedFrom' in spec) return 'lspv';
  if ('vgVariedOn' in spec) return 'lsvg -o';
  return null;
}

/** An Objective (types.ts) from a checked spec. `text` replaces the words derived from the spec. */
export function compileObjective(id: string, spec: ObjectiveSpec, text?: string): Objective {
  const words = text ?? describeSpec(spec);
  const cmd = commandOf(spec) ?? 'lspv';
  return {
    id,
    text: words,
    hint: `Work towards this state: ${describeSpec(spec)} Check it with \`${cmd}\`.`,
    ladder: {
      nudge: 'Look at the diagram: what is different from the state this objective asks for?',
      concept: `The objective is met when ${phrase(spec)}. \`${cmd}\` shows where you are.`,
      blanks: `${cmd.split(' ')[0]} ____`,
    },
    done: (s, h) => specDone(spec, s, h),
    whyNotYet: (s, h) => specWhy(spec, s, h),
    focus: () => specFocus(spec),
  };
}
