// What a vocabulary spec (vocabulary.ts) means over the snapshot, the history and what the learner saw: is
// it met, its words, why it is not met, what on the diagram it names; and compileObjective, which makes an
// Objective (types.ts) of it, with the lesson's own words (text, hint, ladder, why not yet) where it has them.
import type { SimSnapshot } from '../session/snapshot.ts';
import { bootedFrom, bootlistFirst, bootlistNames, consoleView, diskByName, diskPhrase, firstListedDisk, hasFlag, hostTrouble, isCommand, lastSeenIndex, lifecycleIs, lineRuns, ran, ranAfter, reachedBy, runningLevel, vgByName } from './checker.ts';
import type { Objective, Seen } from './types.ts';
import type { CommandSpec, ObjectiveSpec, OutputSpec } from './vocabulary.ts';

/** `"bootlist -m normal"` matches a command that starts with those words; an object by name, flags and text. */
export function commandMatcher(c: CommandSpec): (command: string) => boolean {
  if (typeof c !== 'string' && 'anyOf' in c) {
    const each = c.anyOf.map(commandMatcher);
    return (x) => each.some((m) => m(x));
  }
  if (typeof c === 'string') return (x) => x === c || x.startsWith(`${c} `);
  return (x) =>
    isCommand(x, c.name) &&
    [...(c.flags ?? '')].every((f) => hasFlag(x, f)) &&
    ![...(c.notFlags ?? '')].some((f) => hasFlag(x, f)) &&
    (c.has ?? []).every((h) => x.includes(h));
}

function outputMet(o: OutputSpec | undefined, text: string): boolean {
  if (!o) return true;
  if (o.contains !== undefined && !text.includes(o.contains)) return false;
  if (o.lacks !== undefined && (typeof o.lacks === 'string' ? [o.lacks] : o.lacks).some((l) => text.includes(l))) return false;
  if (o.startsWith !== undefined && !text.trim().startsWith(o.startsWith)) return false;
  if (o.line !== undefined && !text.split('\n').some((l) => l.trim() === o.line)) return false;
  if (o.firstDisk !== undefined && firstListedDisk(text) !== o.firstDisk) return false;
  return true;
}

function sawMet(spec: Extract<ObjectiveSpec, { saw: CommandSpec }>, seen: readonly Seen[]): boolean {
  const m = commandMatcher(spec.saw);
  let from = 0;
  if (spec.after !== undefined) {
    const i = lastSeenIndex(seen, commandMatcher(spec.after));
    if (i < 0) return false;
    from = i + 1;
  }
  for (let i = from; i < seen.length; i++) {
    const x = seen[i];
    if (spec.exit === 'ok' && x.exitCode !== 0) continue;
    if (spec.exit === 'failed' && x.exitCode === 0) continue;
    if (lineRuns(x.line, m) && outputMet(spec.output, x.output)) return true;
  }
  return false;
}

function vgMet(spec: Extract<ObjectiveSpec, { vg: string }>, s: SimSnapshot): boolean {
  const vg = vgByName(s, spec.vg);
  if (!vg) return false;
  if (spec.variedOn !== undefined && vg.active !== spec.variedOn) return false;
  if (spec.pvs !== undefined && vg.pvs.join(' ') !== spec.pvs.join(' ')) return false;
  if (spec.lv !== undefined && !vg.lvs.some((l) => l.name === spec.lv)) return false;
  if (spec.copies !== undefined) {
    const lvs = spec.lv !== undefined ? vg.lvs.filter((l) => l.name === spec.lv) : vg.lvs;
    if (lvs.length === 0 || !lvs.every((l) => l.pps === spec.copies! * l.lps)) return false;
  }
  return true;
}

/** Is the spec met? */
export function specDone(spec: ObjectiveSpec, s: SimSnapshot, history: readonly string[], seen: readonly Seen[] = []): boolean {
  if ('all' in spec) return spec.all.every((x) => specDone(x, s, history, seen));
  if ('any' in spec) return spec.any.some((x) => specDone(x, s, history, seen));
  if ('not' in spec) return !specDone(spec.not, s, history, seen);
  if ('disk' in spec) {
    const d = diskByName(s, spec.disk);
    return !!d && (spec.role === undefined || d.role === spec.role) && (spec.awake === undefined || d.awake === spec.awake) && (spec.vg === undefined || d.vg === spec.vg);
  }
  if ('power' in spec) {
    const h = consoleView(s);
    return h?.power === spec.power && (spec.led === undefined || h.led === spec.led);
  }
  if ('lifecycle' in spec) return lifecycleIs(s, spec.lifecycle);
  if ('reached' in spec) return reachedBy(s, spec.reached, commandMatcher(spec.by));
  if ('bootlistFirst' in spec) return bootlistFirst(s) === spec.bootlistFirst;
  if ('bootlist' in spec) return bootlistNames(s).join(' ') === spec.bootlist.join(' ');
  if ('levelOn' in spec) return diskByName(s, spec.levelOn.disk)?.osLevel?.startsWith(spec.levelOn.startsWith) === true;
  if ('runningLevel' in spec) return runningLevel(s)?.startsWith(spec.runningLevel) === true;
  if ('bootedFrom' in spec) return bootedFrom(s, spec.bootedFrom);
  if ('ran' in spec) return spec.after !== undefined ? ranAfter(history, commandMatcher(spec.after), commandMatcher(spec.ran)) : ran(history, commandMatcher(spec.ran));
  if ('saw' in spec) return sawMet(spec, seen);
  if ('vg' in spec) return vgMet(spec, s);
  return vgByName(s, spec.vgVariedOn)?.active === true;
}

/** The spec in plain words, as an objective's text: "hdisk1 holds altinst_rootvg, asleep." */
export function describeSpec(spec: ObjectiveSpec): string {
  return phrase(spec) + '.';
}

function commandWords(c: CommandSpec): string {
  if (typeof c !== 'string' && 'anyOf' in c) return c.anyOf.map(commandWords).join(' or ');
  if (typeof c === 'string') return `\`${c}\``;
  const flags = c.flags ? ` -${c.flags}` : '';
  const not = c.notFlags ? ` (without -${c.notFlags})` : '';
  const has = c.has ? ` with ${c.has.map((h) => `"${h}"`).join(' and ')}` : '';
  return `\`${c.name}${flags}\`${not}${has}`;
}

function outputWords(o: OutputSpec): string {
  const parts: string[] = [];
  if (o.contains !== undefined) parts.push(`"${o.contains}"`);
  if (o.line !== undefined) parts.push(`the line "${o.line}"`);
  if (o.firstDisk !== undefined) parts.push(`${o.firstDisk} first`);
  if (o.startsWith !== undefined) parts.push(`"${o.startsWith}" at its start`);
  const shown = parts.length > 0 ? ` showing ${parts.join(' and ')}` : '';
  const lacks = o.lacks === undefined ? [] : typeof o.lacks === 'string' ? [o.lacks] : o.lacks;
  return lacks.length > 0 ? `${shown}${shown ? ' but' : ''} without ${lacks.map((l) => `"${l}"`).join(' or ')}` : shown;
}

function phrase(spec: ObjectiveSpec): string {
  if ('all' in spec) return spec.all.map(phrase).join(', and ');
  if ('any' in spec) return 'either ' + spec.any.map(phrase).join(', or ');
  if ('not' in spec) return `it is not so that ${phrase(spec.not)}`;
  if ('disk' in spec) {
    const state = spec.awake === undefined ? '' : spec.awake ? ', awake' : ', asleep';
    const vg = spec.vg === undefined ? '' : `${spec.role === undefined && spec.awake === undefined ? '' : ','} in the volume group ${spec.vg}`;
    if (spec.role === undefined) return `${spec.disk}${spec.awake === undefined ? '' : ` is ${spec.awake ? 'awake' : 'asleep'}`}${vg}`;
    return spec.role === 'free' ? `${spec.disk} is free${vg}` : `${spec.disk} holds ${spec.role}${state}${vg}`;
  }
  if ('power' in spec) return spec.power === 'hung' ? `the system is hung${spec.led ? ` at LED ${spec.led}` : ''}` : `the system is ${spec.power === 'off' ? 'powered off' : 'up and running'}`;
  if ('lifecycle' in spec) return `the lab is in the lifecycle state ${spec.lifecycle}`;
  if ('reached' in spec) return `the lab reached ${spec.reached} through ${commandWords(spec.by)}`;
  if ('bootlistFirst' in spec) return `the normal bootlist starts with ${spec.bootlistFirst}`;
  if ('bootlist' in spec) return `the normal bootlist is ${spec.bootlist.join(' ')}`;
  if ('levelOn' in spec) return `the AIX on ${spec.levelOn.disk} is at level ${spec.levelOn.startsWith}`;
  if ('runningLevel' in spec) return `the running system is at level ${spec.runningLevel}`;
  if ('bootedFrom' in spec) return `the system runs, booted from ${spec.bootedFrom}`;
  if ('ran' in spec) return spec.after !== undefined ? `you ran ${commandWords(spec.ran)} after ${commandWords(spec.after)}` : `you ran ${commandWords(spec.ran)}`;
  if ('saw' in spec) {
    const exit = spec.exit === 'failed' ? ' and it failed' : spec.exit === 'ok' ? ' and it succeeded' : '';
    return `you ran ${commandWords(spec.saw)}${spec.after !== undefined ? ` after ${commandWords(spec.after)}` : ''}${exit}${spec.output ? `, its output${outputWords(spec.output)}` : ''}`;
  }
  if ('vg' in spec) {
    const parts = [spec.variedOn === undefined ? 'is defined' : spec.variedOn ? 'is varied on' : 'is varied off'];
    if (spec.pvs) parts.push(`on ${spec.pvs.join(' ')}`);
    if (spec.copies !== undefined) parts.push(`with ${spec.copies} ${spec.copies === 1 ? 'copy' : 'copies'} of ${spec.lv ?? 'every logical volume'}`);
    else if (spec.lv !== undefined) parts.push(`holding the logical volume ${spec.lv}`);
    return `the volume group ${spec.vg} ${parts.join(', ')}`;
  }
  return `the volume group ${spec.vgVariedOn} is varied on`;
}

/** Why the spec is not met, from the state (asked only while it is not). */
export function specWhy(spec: ObjectiveSpec, s: SimSnapshot, history: readonly string[], seen: readonly Seen[] = []): string {
  if ('all' in spec) {
    const miss = spec.all.find((x) => !specDone(x, s, history, seen));
    return miss ? specWhy(miss, s, history, seen) : `Not yet: ${describeSpec(spec)}`;
  }
  if ('any' in spec || 'not' in spec) return `Not yet: ${describeSpec(spec)}`;
  const trouble = hostTrouble(s);
  if ('disk' in spec) return `${diskPhrase(s, spec.disk)}; wanted: ${phrase(spec)}.`;
  if ('power' in spec) return `${trouble ?? 'The system is up and running'}; wanted: ${phrase(spec)}.`;
  if ('bootlistFirst' in spec) return `The bootlist starts with ${bootlistFirst(s) ?? 'nothing'}, not with ${spec.bootlistFirst}.`;
  if ('bootlist' in spec) return `The bootlist is ${bootlistNames(s).join(' ') || 'empty'}, not ${spec.bootlist.join(' ')}.`;
  if ('levelOn' in spec) {
    const level = diskByName(s, spec.levelOn.disk)?.osLevel;
    return trouble ?? `${spec.levelOn.disk} ${level ? `holds AIX ${level}` : 'holds no AIX'}, not ${spec.levelOn.startsWith}.`;
  }
  if ('runningLevel' in spec) return trouble ?? `The running system is at ${runningLevel(s) ?? 'no level'}, not ${spec.runningLevel}.`;
  if ('bootedFrom' in spec) return trouble ?? `The system runs from ${consoleView(s)?.disks.find((d) => d.booted)?.name ?? 'no disk'}, not from ${spec.bootedFrom}.`;
  if ('lifecycle' in spec || 'reached' in spec) return `The lab is in ${s.lifecycle.state}; wanted: ${phrase(spec)}.`;
  if ('ran' in spec) return spec.after !== undefined ? `You have not run ${commandWords(spec.ran)} since ${commandWords(spec.after)}.` : `You have not run ${commandWords(spec.ran)} yet.`;
  if ('saw' in spec || 'vg' in spec) return `Not yet: ${describeSpec(spec)}`;
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
    else if ('bootlist' in x) x.bootlist.reduce((o, d) => o.add(`disk:${d}`), out.add('bootlist'));
    else if ('levelOn' in x) out.add(`disk:${x.levelOn.disk}`);
    else if ('bootedFrom' in x) out.add(`disk:${x.bootedFrom}`);
    else if ('vgVariedOn' in x) out.add(`vg:${x.vgVariedOn}`);
    else if ('vg' in x) out.add(`vg:${x.vg}`);
  };
  walk(spec);
  return [...out];
}

const commandName = (c: CommandSpec): string => (typeof c === 'string' ? c : 'anyOf' in c ? commandName(c.anyOf[0]) : c.flags ? `${c.name} -${c.flags}` : c.name);

/** The first command a spec names (for the hint), or null. */
function commandOf(spec: ObjectiveSpec): string | null {
  if ('all' in spec) return spec.all.map(commandOf).find((c) => c) ?? null;
  if ('any' in spec) return spec.any.map(commandOf).find((c) => c) ?? null;
  if ('ran' in spec) return commandName(spec.ran);
  if ('saw' in spec) return commandName(spec.saw);
  if ('reached' in spec) return commandName(spec.by);
  if ('disk' in spec) return 'lspv';
  if ('bootlistFirst' in spec || 'bootlist' in spec) return 'bootlist -m normal -o';
  if ('runningLevel' in spec) return 'oslevel -s';
  if ('levelOn' in spec || 'bootedFrom' in spec) return 'lspv';
  if ('vgVariedOn' in spec) return 'lsvg -o';
  if ('vg' in spec) return `lsvg -l ${spec.vg}`;
  if ('power' in spec) return 'lab status';
  return null;
}

/** A lesson's own words for an objective said in the vocabulary: any left out are derived from the spec. */
export type OwnWords = Partial<Pick<Objective, 'text' | 'hint' | 'ladder' | 'focus' | 'solutionLines' | 'after' | 'keep'>> & {
  /** Why it is not met: a fixed sentence or the lesson's own function of the state. */
  why?: string | Objective['whyNotYet'];
};

/**
 * An Objective (types.ts) from a checked spec: met exactly when the spec is. `own` gives the lesson's own
 * words (a string: the text only); the rest comes from the spec. The objective carries its spec.
 */
export function compileObjective(id: string, spec: ObjectiveSpec, own: string | OwnWords = {}): Objective {
  const o: OwnWords = typeof own === 'string' ? { text: own } : own;
  const cmd = commandOf(spec) ?? 'lspv';
  const why = o.why;
  const out: Objective = {
    id,
    spec,
    text: o.text ?? describeSpec(spec),
    hint: o.hint ?? `Work towards this state: ${describeSpec(spec)} Check it with \`${cmd}\`.`,
    ladder: o.ladder ?? {
      nudge: 'Look at the diagram: what is different from the state this objective asks for?',
      concept: `The objective is met when ${phrase(spec)}. \`${cmd}\` shows where you are.`,
      blanks: `${cmd.split(' ')[0]} ____`,
    },
    done: (s, h, seen) => specDone(spec, s, h, seen),
    whyNotYet: typeof why === 'function' ? why : typeof why === 'string' ? () => why : (s, h, seen) => specWhy(spec, s, h, seen),
    focus: o.focus ?? (() => specFocus(spec)),
  };
  if (o.solutionLines) out.solutionLines = o.solutionLines;
  if (o.after) out.after = o.after;
  if (o.keep) out.keep = o.keep;
  return out;
}

/** A built-in lesson's objective said in the vocabulary: its own words and the spec that decides it. */
export function said(o: { id: string; spec: ObjectiveSpec; whyNotYet?: Objective['whyNotYet'] } & OwnWords): Objective {
  return compileObjective(o.id, o.spec, { ...o, why: o.why ?? o.whyNotYet });
}
