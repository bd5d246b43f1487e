// The matcher behind grep: a parsed expression (regexParse.ts) becomes a program, run by a Thompson
// NFA simulation (every possible position of the pattern advanced together, one character at a time), so
// the time is the line's length times the program's size, whatever the pattern. Back-references cannot
// be matched that way; those patterns run on a backtracking matcher whose every step is charged to the
// command's WorkBudget, so a hostile one ends the command instead of the tab.
import { WorkLimitExceeded, type WorkBudget } from './budget.ts';
import type { CharSet, Node } from './regexParse.ts';

export type Inst =
  | { op: 'set'; set: CharSet }
  | { op: 'any' }
  | { op: 'split'; a: number; b: number }
  | { op: 'jmp'; to: number }
  | { op: 'bol' }
  | { op: 'eol' }
  | { op: 'save'; slot: number }
  | { op: 'ref'; n: number }
  /** Loop guards: a starred body that matched nothing leaves the loop instead of going round again (backtracker only). */
  | { op: 'mark'; slot: number }
  | { op: 'progress'; slot: number; exit: number }
  | { op: 'match' };

export interface Program {
  insts: Inst[];
  /** Capture slots (two per group) plus one slot per loop guard. */
  slots: number;
  backrefs: boolean;
}

/** The most instructions a pattern may compile to (a{255}{255} would be 65,025 copies). */
export const MAX_PROGRAM = 20_000;

function sizeOf(n: Node): number {
  switch (n.t) {
    case 'cat':
      return n.items.reduce((s, x) => s + sizeOf(x), 0);
    case 'alt':
      return n.alts.reduce((s, x) => s + sizeOf(x) + 2, 0);
    case 'group':
      return sizeOf(n.body) + 2;
    case 'rep': {
      const b = sizeOf(n.body);
      return n.min * b + (n.max === null ? b + 4 : (n.max - n.min) * (b + 1));
    }
    default:
      return 1;
  }
}

/** Compiles a parsed expression; null when the program would be larger than MAX_PROGRAM. */
export function compileProgram(node: Node, groups: number, backrefs: boolean): Program | null {
  if (sizeOf(node) + 1 > MAX_PROGRAM) return null;
  const insts: Inst[] = [];
  let slots = 2 * (groups + 1);
  const emit = (n: Node): void => {
    switch (n.t) {
      case 'set':
        insts.push({ op: 'set', set: n.set });
        return;
      case 'any':
      case 'bol':
      case 'eol':
        insts.push({ op: n.t });
        return;
      case 'ref':
        insts.push({ op: 'ref', n: n.n });
        return;
      case 'cat':
        n.items.forEach(emit);
        return;
      case 'group':
        insts.push({ op: 'save', slot: 2 * n.n });
        emit(n.body);
        insts.push({ op: 'save', slot: 2 * n.n + 1 });
        return;
      case 'alt': {
        const jumps: { op: 'jmp'; to: number }[] = [];
        n.alts.forEach((alt, k) => {
          if (k < n.alts.length - 1) {
            const split = { op: 'split' as const, a: insts.length + 1, b: 0 };
            insts.push(split);
            emit(alt);
            const j = { op: 'jmp' as const, to: 0 };
            jumps.push(j);
            insts.push(j);
            split.b = insts.length;
          } else emit(alt);
        });
        for (const j of jumps) j.to = insts.length;
        return;
      }
      case 'rep': {
        for (let k = 0; k < n.min; k++) emit(n.body);
        if (n.max === null) {
          const slot = slots++;
          const top = insts.length;
          const split = { op: 'split' as const, a: top + 1, b: 0 };
          insts.push(split, { op: 'mark', slot });
          emit(n.body);
          const progress = { op: 'progress' as const, slot, exit: 0 };
          insts.push(progress, { op: 'jmp', to: top });
          split.b = progress.exit = insts.length;
          return;
        }
        const splits: { op: 'split'; a: number; b: number }[] = [];
        for (let k = n.min; k < n.max; k++) {
          const split = { op: 'split' as const, a: insts.length + 1, b: 0 };
          splits.push(split);
          insts.push(split);
          emit(n.body);
        }
        for (const s of splits) s.b = insts.length;
        return;
      }
    }
  };
  emit(node);
  insts.push({ op: 'match' });
  return { insts, slots, backrefs };
}

/** Where a match may start and end: -x needs the whole line, -w a whole word. */
export interface MatchRules {
  icase: boolean;
  whole: boolean;
  word: boolean;
}

const isWordChar = (c: string | undefined) => !!c && /[A-Za-z0-9]/.test(c);

function inSet(set: CharSet, c: string): boolean {
  const code = c.charCodeAt(0);
  let hit = set.singles.includes(c);
  for (let k = 0; !hit && k < set.ranges.length; k += 2) hit = code >= set.ranges[k] && code <= set.ranges[k + 1];
  return hit !== set.negate;
}

function charMatches(inst: Inst, c: string, icase: boolean): boolean {
  if (inst.op === 'any') return c !== '\n';
  if (inst.op !== 'set') return false;
  if (!icase) return inSet(inst.set, c);
  const lo = c.toLowerCase();
  const up = c.toUpperCase();
  // A negated set must miss every case of the character to match it.
  if (inst.set.negate) return inSet(inst.set, c) && (lo.length !== 1 || inSet(inst.set, lo)) && (up.length !== 1 || inSet(inst.set, up));
  return inSet(inst.set, c) || (lo.length === 1 && inSet(inst.set, lo)) || (up.length === 1 && inSet(inst.set, up));
}

/** Does the program match somewhere in the line (under the rules)? Charges the budget as it goes. */
export function programMatches(prog: Program, line: string, rules: MatchRules, budget: WorkBudget): boolean {
  const startOk = (pos: number) => (rules.whole ? pos === 0 : !rules.word || !isWordChar(line[pos - 1]));
  const endOk = (pos: number) => (rules.whole ? pos === line.length : !rules.word || !isWordChar(line[pos]));
  return prog.backrefs ? backtrack(prog, line, rules.icase, startOk, endOk, budget) : simulate(prog, line, rules.icase, rules.whole, startOk, endOk, budget);
}

type Rule = (pos: number) => boolean;

function simulate(prog: Program, line: string, icase: boolean, whole: boolean, startOk: Rule, endOk: Rule, budget: WorkBudget): boolean {
  const insts = prog.insts;
  const m = insts.length;
  const n = line.length;
  let clist = new Int32Array(m);
  let nlist = new Int32Array(m);
  let ccount = 0;
  const seen = new Int32Array(m);
  // Each instruction is expanded once per position and pushes at most two more.
  const stack = new Int32Array(2 * m + 2);
  let gen = 1;
  let found = false;
  let steps = 0;
  /** Adds the threads reachable from pc at pos without reading a character. */
  const add = (list: Int32Array, count: number, pc0: number, pos: number): number => {
    let sp = 0;
    stack[sp++] = pc0;
    while (sp > 0) {
      const pc = stack[--sp];
      if (seen[pc] === gen) continue;
      seen[pc] = gen;
      steps++;
      const inst = insts[pc];
      switch (inst.op) {
        case 'jmp':
          stack[sp++] = inst.to;
          break;
        case 'split':
          stack[sp++] = inst.b;
          stack[sp++] = inst.a;
          break;
        case 'bol':
          if (pos === 0) stack[sp++] = pc + 1;
          break;
        case 'eol':
          if (pos === n) stack[sp++] = pc + 1;
          break;
        case 'save':
        case 'mark':
        case 'progress':
          stack[sp++] = pc + 1;
          break;
        case 'match':
          if (endOk(pos)) found = true;
          break;
        default:
          list[count++] = pc;
      }
    }
    return count;
  };
  for (let pos = 0; ; pos++) {
    if (startOk(pos)) ccount = add(clist, ccount, 0, pos);
    budget.spend(steps);
    steps = 0;
    if (found) return true;
    // -x starts only at 0: with no thread left nothing can match.
    if (pos >= n || (ccount === 0 && whole)) return false;
    const c = line[pos];
    gen++;
    let ncount = 0;
    for (let k = 0; k < ccount; k++) {
      const pc = clist[k];
      steps++;
      if (charMatches(insts[pc], c, icase)) ncount = add(nlist, ncount, pc + 1, pos + 1);
    }
    [clist, nlist] = [nlist, clist];
    ccount = ncount;
  }
}

/** Alternatives a backtracking match may hold at once (each keeps a copy of the slots). */
const MAX_PENDING = 50_000;

function backtrack(prog: Program, line: string, icase: boolean, startOk: Rule, endOk: Rule, budget: WorkBudget): boolean {
  const insts = prog.insts;
  const n = line.length;
  const fold = (s: string) => (icase ? s.toLowerCase() : s);
  for (let start = 0; start <= n; start++) {
    if (!startOk(start)) continue;
    // Each pending alternative: where to resume and the slots as they were then.
    const pending: { pc: number; pos: number; slots: number[] }[] = [{ pc: 0, pos: start, slots: new Array(prog.slots).fill(-1) }];
    while (pending.length) {
      const next = pending.pop()!;
      const slots = next.slots;
      let { pc, pos } = next;
      for (;;) {
        budget.spend();
        const inst = insts[pc];
        if (inst.op === 'match') {
          if (endOk(pos)) return true;
          break;
        }
        if (inst.op === 'set' || inst.op === 'any') {
          if (pos < n && charMatches(inst, line[pos], icase)) {
            pc++;
            pos++;
            continue;
          }
          break;
        }
        if (inst.op === 'jmp') pc = inst.to;
        else if (inst.op === 'split') {
          if (pending.length >= MAX_PENDING) throw new WorkLimitExceeded();
          pending.push({ pc: inst.b, pos, slots: slots.slice() });
          pc = inst.a;
        } else if (inst.op === 'bol' || inst.op === 'eol') {
          if (pos !== (inst.op === 'bol' ? 0 : n)) break;
          pc++;
        } else if (inst.op === 'save' || inst.op === 'mark') {
          slots[inst.slot] = pos;
          pc++;
        } else if (inst.op === 'progress') {
          pc = slots[inst.slot] === pos ? inst.exit : pc + 1;
        } else {
          const s = slots[2 * inst.n];
          const e = slots[2 * inst.n + 1];
          if (s < 0 || e < 0) break;
          const len = e - s;
          budget.spend(len);
          if (pos + len > n || fold(line.slice(pos, pos + len)) !== fold(line.slice(s, e))) break;
          pos += len;
          pc++;
        }
      }
    }
  }
  return false;
}
