// POSIX regular expressions as grep uses them: basic (grep), extended (grep -E, egrep) and fixed strings
// (grep -F). A pattern is parsed by regexParse.ts and run by regexMatch.ts in time linear in the line
// (back-references excepted, and those are held to the command's step budget); JavaScript's RegExp never
// sees it. Errors carry the regcomp() code; messages/files.ts holds AIX's regerror() texts.
import type { RegexError } from '../messages/files.ts';
import type { WorkBudget } from './budget.ts';
import { compileProgram, programMatches, type Program } from './regexMatch.ts';
import { literal, parseRegex } from './regexParse.ts';
import { err, ok, type Result } from '../result.ts';

export type { Program } from './regexMatch.ts';
export { programMatches };
export type { MatchRules } from './regexMatch.ts';

/** `too-large`: a valid pattern whose program exceeds what the trainer runs (regexMatch.MAX_PROGRAM). */
export type Compiled = Result<Program, RegexError | 'too-large'>;

/** Compiles a basic (grep) or extended (grep -E) regular expression. */
export function compileRegex(p: string, extended: boolean): Compiled {
  const parsed = parseRegex(p, extended);
  if (!parsed.ok) return parsed;
  const program = compileProgram(parsed.value.node, parsed.value.groups, parsed.value.backrefs);
  return program ? ok(program) : err('too-large');
}

/** Something a path is tested against (an exclude-list line); RegExp fits too. */
export interface PathTest {
  test(path: string): boolean;
}

/**
 * A basic regular expression as `grep -f` reads an exclude list (/etc/exclude.rootvg, alt_disk_copy -e):
 * a tester charged to the command's budget, or null for a pattern regcomp refuses (it excludes nothing).
 */
export function basicRegexTest(pattern: string, budget: WorkBudget): PathTest | null {
  const c = compileRegex(pattern, false);
  if (!c.ok) return null;
  const rules = { icase: false, whole: false, word: false };
  return { test: (path) => programMatches(c.value, path, rules, budget) };
}

/** A fixed string (grep -F): every character stands for itself. */
export function compileFixed(s: string): Compiled {
  const program = compileProgram({ t: 'cat', items: s.split('').map(literal) }, 0, false);
  return program ? ok(program) : err('too-large');
}
