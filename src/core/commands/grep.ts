// grep — searches lines for patterns. Basic and extended regular expressions are compiled by
// shell/regex.ts (so a pattern is never handed to JS as is); output follows AIX grep's source:
// "file:" prefixes with several files, -c counts per file, -l names, exit 0 / 1 / 2.
import { fileMessages } from '../messages/files.ts';
import { trainerMessages } from '../messages/index.ts';
import { hasFlag } from '../shell/getopt.ts';
import { budgetOf } from '../shell/budget.ts';
import { compileFixed, compileRegex, programMatches, type Compiled, type MatchRules, type Program } from '../shell/regex.ts';
import { readInput, splitLines, isDirectory } from './lib/fileio.ts';
import { defineCommand, ok, usage } from './types.ts';

const M = fileMessages.grep;

type Args = {
  programs: Program[];
  rules: MatchRules;
  /** How -f pattern files are read: as -E or -F say. */
  compile: (pattern: string) => Compiled;
  files: string[];
  invert: boolean;
  count: boolean;
  list: boolean;
  quiet: boolean;
  number: boolean;
  silent: boolean;
  noNames: boolean;
};

/** regcomp's message for a bad pattern, or the trainer's for one larger than it runs. */
const compileError = (c: Compiled & { ok: false }) => (c.error === 'too-large' ? trainerMessages.patternTooLarge('grep') : M.regex(c.error));

export const grep = defineCommand<Args>({
  name: 'grep',
  synopsis: M.usage('grep'),
  summary: 'Searches files or standard input for lines matching a pattern.',
  manual: `grep — prints the lines that match a pattern (basic regular expression; -E extended, -F fixed).

  lspv | grep hdisk1            the usual way to look at one disk
  grep -E 'rootvg|altinst' F    extended expressions: | + ? ( ) {m,n}
  grep -e PAT1 -e PAT2 F        several patterns; a line matching any is printed
  -i  ignore case      -v  lines that do not match     -c  count of matching lines
  -n  line numbers     -l  only the names of files with a match
  -q  nothing printed, exit status only                  -s  no message for unreadable files
  -w  whole words      -x  whole lines     -h  no file names     -f FILE  patterns from a file

Exit status: 0 a line was selected, 1 none, 2 an error (a file that cannot be opened, a bad
expression). A bad expression prints the C library's message, e.g. "[] imbalance.".
-r, -R, -H, -L, -b, -p and -u are not simulated.`,
  flags: { spec: 'rRHLEFclqinsvxbhwyue:f:p', notSimulated: 'rRHLbup', usage: M.usage('grep'), exitCode: 2, notSimulatedExitCode: 2 },
  parse(o) {
    const patterns: string[] = [];
    let files = [...o.operands];
    const fromE = o.all.filter((x) => x.flag === 'e').map((x) => String(x.value));
    const fromF = o.all.filter((x) => x.flag === 'f').map((x) => String(x.value));
    if (fromE.length === 0 && fromF.length === 0) {
      if (files.length === 0) return usage(M.usage('grep'), 2);
      patterns.push(files[0]);
      files = files.slice(1);
    }
    patterns.push(...fromE);
    // -f files are read at run time; their names are kept as a marker list.
    const extended = hasFlag(o, 'E');
    const fixed = hasFlag(o, 'F');
    const icase = hasFlag(o, 'i') || hasFlag(o, 'y');
    const whole = hasFlag(o, 'x');
    const compile = (p: string) => (fixed ? compileFixed(p) : compileRegex(p, extended));
    const programs: Program[] = [];
    for (const p of patterns.flatMap((s) => s.split('\n'))) {
      const c = compile(p);
      if (!c.ok) return usage(compileError(c), 2);
      programs.push(c.value);
    }
    return ok({
      programs,
      rules: { icase, whole, word: hasFlag(o, 'w') && !whole },
      compile,
      files: fromF.length ? [...fromF.map((f) => `\0${f}`), ...files] : files,
      invert: hasFlag(o, 'v'),
      count: hasFlag(o, 'c') && !hasFlag(o, 'l'),
      list: hasFlag(o, 'l'),
      quiet: hasFlag(o, 'q'),
      number: hasFlag(o, 'n'),
      silent: hasFlag(o, 's'),
      noNames: hasFlag(o, 'h'),
    });
  },
  run(ctx, a) {
    // Pattern files (-f) come first in a.files, marked with a NUL.
    const programs = [...a.programs];
    const files = a.files.filter((f) => !f.startsWith('\0'));
    for (const pf of a.files.filter((f) => f.startsWith('\0')).map((f) => f.slice(1))) {
      const r = readInput(ctx, pf);
      if (!r.ok) {
        ctx.err(M.cannotOpen('grep', pf) + '\n');
        return 2;
      }
      for (const p of splitLines(r.value)) {
        const c = a.compile(p);
        // A long pattern file is work like any other: each compiled instruction is a step.
        budgetOf(ctx).spend(c.ok ? c.value.insts.length : 1);
        if (!c.ok) {
          ctx.err(compileError(c) + '\n');
          return 2;
        }
        programs.push(c.value);
      }
    }
    const budget = budgetOf(ctx);
    const inputs = files.length ? files : [null];
    const many = files.length > 1 && !a.noNames;
    let selected = false;
    let error = false;
    let out = '';
    for (const f of inputs) {
      const name = f ?? M.stdinName;
      let text: string;
      if (f === null) text = ctx.stdin;
      else {
        const r = isDirectory(ctx, f) ? ok('') : readInput(ctx, f);
        if (!r.ok) {
          if (!a.silent) ctx.err(M.cannotOpen('grep', f) + '\n');
          error = true;
          continue;
        }
        text = r.value;
      }
      let count = 0;
      const lines = splitLines(text);
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const hit = programs.some((p) => programMatches(p, line, a.rules, budget));
        if (hit === a.invert) continue;
        selected = true;
        count++;
        if (a.quiet || a.count) continue;
        if (a.list) {
          out += name + '\n';
          break;
        }
        out += (many ? `${name}:` : '') + (a.number ? `${i + 1}:` : '') + line + '\n';
      }
      if (a.count && !a.quiet) out += (many ? `${name}:` : '') + count + '\n';
    }
    ctx.out(out);
    if (a.quiet && selected) return 0;
    return error ? 2 : selected ? 0 : 1;
  },
});
