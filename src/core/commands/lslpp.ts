// lslpp — REFERENCE §1.7, §2.11: installed filesets of the running AIX. -l lists the usr part under
// "Path: /usr/lib/objrepos" and, for filesets with a root part, again under "Path: /etc/objrepos";
// -L lists each fileset once with state and type letters and the code legend. Layout of real captures:
// names up to 24 characters share the line with the level (right-aligned to column 36), longer names
// get a line of their own; descriptions wrap at 30 characters.
import { budgetOf } from '../shell/budget.ts';
import { compileGlob, globMatches } from '../shell/glob.ts';
import { lslppMessages as M } from '../messages/system.ts';
import { installLevel } from '../engine/altdisk/install.ts';
import { civil } from '../model/time.ts';
import type { Fileset, FilesetEvent, OsImage } from '../model/types.ts';
import { hasFlag } from '../shell/getopt.ts';
import { padLeft, padRight } from '../engine/format.ts';
import { defineCommand, ok, usage } from './types.ts';

type Args = { mode: 'l' | 'L' | 'h'; quiet: boolean; names: string[] };

/** Filesets that also install a root part (/etc/objrepos) [M: usual AIX packaging]. */
const ROOT_PART = new Set([
  'bos.rte',
  'bos.mp64',
  'bos.rte.lvm',
  'bos.rte.install',
  'bos.rte.boot',
  'bos.sysmgt.sysbr',
  'bos.net.tcp.client',
  'devices.vscsi.disk.rte',
]);

export const lslpp = defineCommand<Args>({
  name: 'lslpp',
  synopsis: M.usage,
  summary: 'Lists installed software (filesets), their levels and states.',
  fileset: 'bos.rte.install',
  manual: `lslpp — installed software products of the running AIX.

  lslpp -l                          every fileset: usr part, then the root part
  lslpp -l bos.alt_disk_install.rte one fileset (patterns such as 'bos.alt*' work)
  lslpp -L bos.rte                  one line per fileset with state (C, A, B, E) and type
                                    letters, followed by the legend
  lslpp -lq ...                     without the column headings
  lslpp -h bos.rte                  the installp history: install, then each APPLY and
                                    COMMIT with its date (updates of a clone show once booted)

A fileset that is not installed answers "lslpp: 0504-132  Fileset NAME not installed." The
levels shown are the booted disk's: an updated clone shows its levels only once booted.
-a, -c, -d, -E, -f, -i, -I, -J, -O, -p and -w are not simulated.`,
  flags: { spec: 'acdEfhiIJlLO:pqw', notSimulated: 'acdEfiIJOpw', usage: M.usage,
    meanings: {
      a: 'All the information, updates included (with -h).',
      c: 'Colon-separated output, for scripts.',
      d: 'The software that depends on the filesets named.',
      E: 'License agreements.',
      f: 'The files each fileset installed.',
      h: 'The history: each installation and update, with its date.',
      i: 'Product identification.',
      I: "An AIX flag the trainer does not describe; see IBM's manual.",
      J: 'Output in the form SMIT expects.',
      l: "Each fileset's level, state (COMMITTED, APPLIED, EFIXLOCKED ...) and description.",
      L: 'Like -l, with software not installed by installp too.',
      O: ['parts', 'Which parts to list: r (root), s (/usr/share), u (/usr).'],
      p: 'The requisites of the filesets named.',
      q: 'No column headers.',
      w: 'Which fileset owns the file named.',
    },
    operandMeaning: 'The filesets (patterns allowed) or, with -w, the file.',
  },
  parse(o) {
    const modes = (['l', 'L', 'h'] as const).filter((f) => hasFlag(o, f));
    if (modes.length !== 1) return usage(M.usage);
    return ok({ mode: modes[0], quiet: hasFlag(o, 'q'), names: o.operands });
  },
  run(ctx, a) {
    const os = ctx.world.vgs[ctx.host.run!.rootVgid].os!;
    const filesets = os.filesets;
    const all = Object.keys(filesets).sort();
    const wanted = a.names.length === 0 || a.names.includes('all') ? ['*'] : a.names;
    const selected: string[] = [];
    const missing: string[] = [];
    for (const pattern of wanted) {
      const glob = compileGlob(pattern);
      const hits = all.filter((n) => globMatches(glob, n, budgetOf(ctx)));
      if (hits.length === 0) missing.push(pattern);
      for (const h of hits) if (!selected.includes(h)) selected.push(h);
    }
    selected.sort();
    if (selected.length) ctx.out(a.mode === 'l' ? listL(selected, filesets, a.quiet) : a.mode === 'h' ? listHistory(selected, os, a.quiet) : listBigL(selected, filesets, a.quiet));
    for (const m of missing) ctx.err(M.notInstalled(m) + '\n');
    return missing.length ? 1 : 0;
  },
});

/** Words of a description in lines of at most 30 characters. */
export function wrapDescription(text: string, width = 30): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  out.push(line);
  return out;
}

/** The name/level part: one line when the name fits in 24 characters, else the name alone first. */
function nameLevel(name: string, level: string): string[] {
  if (name.length <= 24) return ['  ' + padRight(name, 24) + padLeft(level, 10)];
  return ['  ' + name, ' '.repeat(26) + padLeft(level, 10)];
}

function entryL(name: string, f: Fileset): string[] {
  const lines = nameLevel(name, f.level);
  const desc = wrapDescription(f.description);
  lines[lines.length - 1] += '  ' + padRight(f.state, 9) + '  ' + desc[0];
  for (const more of desc.slice(1)) lines.push(' '.repeat(49) + more);
  if (f.efixLocked) lines.push(' '.repeat(38) + 'EFIXLOCKED');
  return lines;
}

function listL(names: string[], filesets: Record<string, Fileset>, quiet: boolean): string {
  const rows: string[] = quiet ? [] : [M.header, M.rule];
  rows.push(M.pathUsr);
  for (const n of names) rows.push(...entryL(n, filesets[n]));
  const root = names.filter((n) => ROOT_PART.has(n));
  if (root.length) {
    rows.push('', M.pathRoot);
    for (const n of root) rows.push(...entryL(n, filesets[n]));
  }
  return rows.join('\n') + '\n';
}

function stateLetter(f: Fileset): string {
  if (f.efixLocked) return 'E';
  return f.state === 'COMMITTED' ? 'C' : f.state === 'APPLIED' ? 'A' : 'B';
}

function listBigL(names: string[], filesets: Record<string, Fileset>, quiet: boolean): string {
  const rows: string[] = quiet ? [] : [M.headerL, M.rule];
  for (const n of names) {
    const f = filesets[n];
    const lines = nameLevel(n, f.level);
    const desc = wrapDescription(f.description);
    lines[lines.length - 1] += `    ${stateLetter(f)}     F    ${desc[0]}`;
    for (const more of desc.slice(1)) lines.push(' '.repeat(51) + more);
    rows.push(...lines);
  }
  return rows.join('\n') + '\n' + (quiet ? '' : M.legend);
}

/**
 * -h: each fileset's installp history under its Path (usr, then root for filesets with a root part):
 * the install (COMMIT at the install date), then the APPLY/COMMIT actions recorded since (REFERENCE
 * §2.11 [V: columns, APPLY/COMMIT, COMPLETE]; the column alignment follows the heading [M]).
 */
function listHistory(names: string[], os: OsImage, quiet: boolean): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const row = (e: FilesetEvent) => {
    const t = civil(e.atMs);
    return ' '.repeat(18) + padRight(e.level, 10) + padRight(e.action, 13) + padRight('COMPLETE', 13) + padRight(`${two(t.month)}/${two(t.day)}/${two(t.year % 100)}`, 13) + `${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
  };
  const entries = (n: string) => {
    const f = os.filesets[n];
    const events = f.history ?? [{ level: installLevel(f), action: 'COMMIT' as const, atMs: os.installedAtMs ?? 0 }];
    return ['  ' + n, ...events.map(row)];
  };
  const rows: string[] = quiet ? [] : [M.headerH, M.rule];
  rows.push(M.pathUsr);
  for (const n of names) rows.push(...entries(n));
  const root = names.filter((n) => ROOT_PART.has(n));
  if (root.length) {
    rows.push('', M.pathRoot);
    for (const n of root) rows.push(...entries(n));
  }
  return rows.join('\n') + '\n';
}
