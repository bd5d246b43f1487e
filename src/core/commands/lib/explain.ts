// The explainer: for a typed line, each command's flags and operands with what they mean for that
// command. It reads the same declaration `man` and Tab completion read (lib/flags.ts meanings) and walks
// the words the way getopt does, so a flag getopt refuses is marked with getopt's own answer. Pure: no
// world, no expansion ($VAR stays as typed), nothing runs.
import { shellMessages } from '../../messages/index.ts';
import { getoptSteps } from '../../shell/getopt.ts';
import { parse } from '../../shell/parse.ts';
import { tokenize, type Segment } from '../../shell/tokenize.ts';
import { allCommands, lookupCommand } from '../registry.ts';
import { flagHelp, flagSimulated, specFlags, type FlagDeclaration } from './flags.ts';

export type ExplainItem =
  /** A flag the command declares: its meaning; `simulated: false` for the ones the trainer does not model. */
  | { kind: 'flag'; text: string; flag: string; value: string | null; label: string; meaning: string; simulated: boolean }
  /** A flag getopt refuses, or one missing its value: getopt's own line. */
  | { kind: 'bad-flag'; text: string; flag: string; meaning: string }
  | { kind: 'operand'; text: string; meaning: string }
  /** Words getopt never reads because an earlier flag was refused. */
  | { kind: 'unread'; text: string; meaning: string };

export interface ExplainedCommand {
  name: string;
  /** The command's one-line summary, or why there is none. */
  summary: string;
  known: boolean;
  /** False when the command declares no flag meanings: then only its summary is given (no items). */
  described: boolean;
  items: ExplainItem[];
}

/** Lines longer than this are not explained (the shell bounds them anyway). */
const MAX_LINE = 4096;
const MAX_COMMANDS = 16;

export function explainLine(line: string): ExplainedCommand[] {
  if (line.length > MAX_LINE) return [];
  const tokens = tokenize(line);
  if (!tokens.ok) return [];
  const parsed = parse(tokens.value);
  if (!parsed.ok) return [];
  const out: ExplainedCommand[] = [];
  for (const item of parsed.value) {
    for (const cmd of item.pipeline) {
      if (cmd.words.length === 0 || out.length >= MAX_COMMANDS) continue;
      const [name, ...args] = cmd.words.map(wordText);
      out.push(explainCommand(name, args));
    }
  }
  return out;
}

/** The words as typed, quotes removed, nothing expanded. */
function wordText(segments: Segment[]): string {
  return segments.map((s) => s.text).join('');
}

export function explainCommand(name: string, args: string[]): ExplainedCommand {
  const def = lookupCommand(name);
  if (!def) return { name, summary: `${name} is not a command this trainer knows.`, known: false, described: false, items: [] };
  const decl = def.flags;
  // Without declared meanings the words are not explained one by one (the summary and man still help).
  if (!decl?.meanings) return { name, summary: def.summary, known: true, described: false, items: [] };
  return { name, summary: def.summary, known: true, described: true, items: walk(name, decl, args) };
}

/** getopt's walk (shell/getopt.ts, the same steps), item by item. */
function walk(name: string, decl: FlagDeclaration, args: string[]): ExplainItem[] {
  const prog = decl.prog ?? name;
  const takes = new Map(specFlags(decl.spec).map((f) => [f.flag, f.takesArg]));
  const operand = decl.operandMeaning ?? 'an operand';
  return getoptSteps(args, takes, decl.permute).flatMap((step): ExplainItem[] => {
    switch (step.kind) {
      case 'operand':
        return [{ kind: 'operand', text: step.word, meaning: operand }];
      case 'unknown':
        return [
          { kind: 'bad-flag', text: `-${step.flag}`, flag: step.flag, meaning: shellMessages.unknownFlag(prog, step.flag) },
          ...step.rest.map((word): ExplainItem => ({ kind: 'unread', text: word, meaning: 'Not read: getopt stops at the first bad flag.' })),
        ];
      case 'needs-arg':
        return [{ kind: 'bad-flag', text: `-${step.flag}`, flag: step.flag, meaning: shellMessages.flagNeedsArg(prog, step.flag) }];
      case 'flag': {
        const f = step.flag;
        const text = step.value === null ? `-${f}` : step.attached ? `-${f}${step.value}` : `-${f} ${step.value}`;
        const help = flagHelp(decl, f);
        return [{ kind: 'flag', text, flag: f, value: step.value, label: help?.label ?? `-${f}`, meaning: help?.text ?? '', simulated: flagSimulated(decl, f) }];
      }
    }
  });
}

/** One flag of a command as completion lists it: "-d targetdisks" and its meaning. */
export interface FlagHelpRow {
  flag: string;
  label: string;
  text: string;
  simulated: boolean;
}

/** Every command's described flags, in getopt-spec order: what Tab completion offers after a "-". */
export function flagTable(): Record<string, FlagHelpRow[]> {
  const out: Record<string, FlagHelpRow[]> = {};
  for (const def of Object.values(allCommands())) {
    const decl = def.flags;
    if (!decl?.meanings) continue;
    const rows: FlagHelpRow[] = [];
    for (const { flag } of specFlags(decl.spec)) {
      const help = flagHelp(decl, flag);
      if (help) rows.push({ flag, label: help.label, text: help.text, simulated: help.simulated });
    }
    if (rows.length) out[def.name] = rows;
  }
  return out;
}
