// ls — lists directories and files of the simulated file systems, across mounts (a mount point shows as
// a directory of the file system above it). Layout from AIX's ls.c: files given as operands first, then
// each directory ("name:" titles when there are several), -C columns of width (longest name + 2) on an
// 80-column terminal filled down the columns, one name per line when output is not a terminal; root
// sees dot files without -a (AIX sets -A for uid 0). -l as AIX 7 prints it:
//   drwxr-xr-x    2 root     system          256 Nov 23 09:00 etc
// Files keep no times: a file shows when its file system was mounted (engine/fs.ts mtimeOf).
import { listDir, mtimeOf, nodeBytes, resolvePath, stat } from '../engine/fs.ts';
import { fileMessages } from '../messages/files.ts';
import { civil, monthName } from '../model/time.ts';
import type { FileNode } from '../model/types.ts';
import { hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, type CommandContext } from './types.ts';

const M = fileMessages.ls;

type Format = 'columns' | 'across' | 'single' | 'long' | 'commas';
type Args = {
  all: boolean;
  almostAll: boolean;
  dirAsFile: boolean;
  recursive: boolean;
  format: Format | null;
  classify: '' | 'F' | 'p';
  reverse: boolean;
  byTime: boolean;
  owner: boolean;
  group: boolean;
  numeric: boolean;
  operands: string[];
};

interface Entry {
  name: string;
  abs: string;
  dir: boolean;
  node: FileNode | null;
}

const SIX_MONTHS = 6 * 30 * 24 * 3600 * 1000;
const pad2 = (n: number) => String(n).padStart(2, '0');

function dateField(ms: number, now: number): string {
  const t = civil(ms);
  const head = `${monthName(t.month)} ${pad2(t.day)}`;
  if (ms < now - SIX_MONTHS || ms > now + 60_000) return `${head} ${t.year} `;
  return `${head} ${pad2(t.hour)}:${pad2(t.minute)}`;
}

export const ls = defineCommand<Args>({
  name: 'ls',
  synopsis: M.usage,
  summary: 'Lists directory contents.',
  manual: `ls — lists files and directories. Paths cross mounts: /alt_inst/usr is the clone's /usr when
the clone is awake, so "ls /alt_inst" shows the clone's root file system.

  ls -l DIR     long form: mode, links, owner, group, size, date, name ("total" in KB first)
  ls -a         also . and ..      (as root, ls shows names starting with "." without -a)
  ls -d DIR     the directory itself, not its contents
  ls -R DIR     subdirectories too
  ls -1 / -C / -x / -m    one per line / columns down / columns across / comma list
  ls -F  ls -p  mark directories with "/"        ls -t -r  sort by time, reversed
  ls -g / -o / -n         long form without owner / without group / numeric ids

Files keep no times in the simulator: a file shows the time its file system was mounted.
-i, -s, -e, -b, -q, -c, -u and -f are not simulated.`,
  flags: { spec: '1ACFLNRabcdefgilmnopqrstux', notSimulated: 'isebqcuf', usage: M.usage, exitCode: 2, notSimulatedExitCode: 2 },
  parse(o) {
    // The last format flag wins, as in ls.c's option loop.
    let format: Format | null = null;
    let owner = true;
    let group = true;
    let sawG = false;
    let sawO = false;
    for (const { flag } of o.all) {
      if (flag === '1') format = 'single';
      else if (flag === 'C') format = 'columns';
      else if (flag === 'x') format = 'across';
      else if (flag === 'm') format = 'commas';
      else if (flag === 'l' || flag === 'n') format = 'long';
      else if (flag === 'g') sawG = true;
      else if (flag === 'o') sawO = true;
    }
    if (sawG && sawO) {
      owner = false;
      group = false;
    } else if (sawG) owner = false;
    else if (sawO) group = false;
    if (sawG || sawO) format = 'long';
    return ok({
      all: hasFlag(o, 'a'),
      almostAll: true,
      dirAsFile: hasFlag(o, 'd'),
      recursive: hasFlag(o, 'R'),
      format,
      classify: hasFlag(o, 'F') ? 'F' : hasFlag(o, 'p') ? 'p' : '',
      reverse: hasFlag(o, 'r'),
      byTime: hasFlag(o, 't'),
      owner,
      group,
      numeric: hasFlag(o, 'n'),
      operands: o.operands,
    });
  },
  run(ctx, a) {
    const format: Format = a.format ?? (ctx.stdoutIsTerminal === false ? 'single' : 'columns');
    const now = ctx.world.clock.nowMs;
    const files: Entry[] = [];
    const dirs: Entry[] = [];
    let status = 0;
    const operands = a.operands.length ? a.operands : ['.'];
    for (const name of operands) {
      const abs = resolvePath(ctx.host, name);
      const st = stat(ctx.world, ctx.host, abs);
      if (!st) {
        ctx.err(M.notFound(name) + '\n');
        status = 2;
        continue;
      }
      const e: Entry = { name, abs, dir: st.kind === 'dir' || st.node.kind === 'lppsource', node: st.kind === 'file' ? st.node : null };
      (e.dir && !a.dirAsFile ? dirs : files).push(e);
    }
    const order = (list: Entry[]) => sortEntries(ctx, list, a);
    let out = '';
    const block = (entries: Entry[], withTotal: boolean) => render(ctx, entries, a, format, now, withTotal);
    if (files.length) out += block(order(files), false);
    const titled = operands.length > 1 || a.recursive;
    let first = files.length === 0;
    const queue = order(dirs);
    while (queue.length) {
      const d = queue.shift()!;
      if (titled) {
        if (!first) out += '\n';
        out += `${d.name}:\n`;
      }
      first = false;
      const entries = dirEntries(ctx, d, a);
      out += block(order(entries), true);
      if (a.recursive) {
        const subdirs = order(entries.filter((e) => e.dir && e.name !== '.' && e.name !== '..'));
        queue.unshift(...subdirs.map((s) => ({ ...s, name: d.name === '/' ? `/${s.name}` : `${d.name.replace(/\/$/, '')}/${s.name}` })));
      }
    }
    ctx.out(out);
    return status;
  },
});

function dirEntries(ctx: CommandContext, d: Entry, a: Args): Entry[] {
  const join = (n: string) => (d.abs === '/' ? `/${n}` : `${d.abs}/${n}`);
  const list: Entry[] = listDir(ctx.world, ctx.host, d.abs)
    .filter((e) => a.all || a.almostAll || !e.name.startsWith('.'))
    .map((e) => ({ name: e.name, abs: join(e.name), dir: e.dir || e.node?.kind === 'lppsource', node: e.node }));
  if (a.all) {
    list.push({ name: '.', abs: d.abs, dir: true, node: null });
    list.push({ name: '..', abs: d.abs === '/' ? '/' : d.abs.slice(0, d.abs.lastIndexOf('/')) || '/', dir: true, node: null });
  }
  return list;
}

function sortEntries(ctx: CommandContext, list: Entry[], a: Args): Entry[] {
  const byName = (x: Entry, y: Entry) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
  const sorted = [...list].sort((x, y) => {
    if (a.byTime) {
      const t = mtimeOf(ctx.world, ctx.host, y.abs) - mtimeOf(ctx.world, ctx.host, x.abs);
      if (t !== 0) return t;
    }
    return byName(x, y);
  });
  return a.reverse ? sorted.reverse() : sorted;
}

function mark(e: Entry, a: Args): string {
  return a.classify && e.dir ? '/' : '';
}

function sizeBytes(e: Entry): number {
  return e.node && !e.dir ? nodeBytes(e.node) : 256;
}

function render(ctx: CommandContext, entries: Entry[], a: Args, format: Format, now: number, withTotal: boolean): string {
  if (format === 'long') {
    let out = '';
    if (withTotal) {
      const kb = entries.reduce((n, e) => n + (e.dir ? 0 : Math.ceil(sizeBytes(e) / 4096) * 4), 0);
      out += `total ${kb}\n`;
    }
    for (const e of entries) out += longLine(ctx, e, a, now) + '\n';
    return out;
  }
  const names = entries.map((e) => e.name + mark(e, a));
  if (names.length === 0) return '';
  if (format === 'single') return names.map((n) => n + '\n').join('');
  if (format === 'commas') return wrapCommas(names);
  const colwidth = 2 + (a.classify ? 1 : 0) + Math.max(...entries.map((e) => e.name.length));
  const ncols = Math.floor(80 / colwidth);
  if (ncols <= 1) return names.map((n) => n + '\n').join('');
  const nrows = Math.ceil(names.length / ncols);
  let out = '';
  for (let row = 0; row < nrows; row++) {
    const cells: string[] = [];
    for (let col = 0; col < ncols; col++) {
      const i = format === 'across' ? row * ncols + col : col * nrows + row;
      if (i < names.length) cells.push(names[i]);
    }
    out += cells.map((c, k) => (k < cells.length - 1 ? c.padEnd(colwidth) : c)).join('') + '\n';
  }
  return out;
}

function wrapCommas(names: string[]): string {
  let out = '';
  let col = 0;
  names.forEach((n, i) => {
    const piece = n + (i < names.length - 1 ? ',' : '');
    if (col > 0 && col + 1 + piece.length > 80) {
      out += '\n';
      col = 0;
    } else if (col > 0) {
      out += ' ';
      col++;
    }
    out += piece;
    col += piece.length;
  });
  return out + '\n';
}

function longLine(ctx: CommandContext, e: Entry, a: Args, now: number): string {
  const dev = e.abs.startsWith('/dev/');
  let mode: string;
  let size: string;
  if (dev) {
    const name = e.abs.slice(5);
    const raw = name.startsWith('r');
    mode = name === 'null' ? 'crw-rw-rw-' : raw ? 'crw-------' : 'brw-------';
    const minor = name === 'null' ? 2 : Number(/(\d+)$/.exec(name)?.[1] ?? 0);
    size = `${String(name === 'null' ? 2 : 17).padStart(3)},${String(minor).padStart(3)}`;
  } else {
    mode = e.dir ? 'drwxr-xr-x' : '-rw-r--r--';
    size = String(sizeBytes(e));
  }
  let links = 1;
  if (e.dir) {
    const subdirs = listDir(ctx.world, ctx.host, e.abs).filter((x) => x.dir).length;
    links = 2 + subdirs;
  }
  let line = `${mode} ${String(links).padStart(4)} `;
  if (a.owner) line += (a.numeric ? '0' : 'root').padEnd(8) + ' ';
  if (a.group) line += (a.numeric ? '0' : 'system').padEnd(8) + ' ';
  line += size.padStart(a.owner && a.group ? 10 : 8);
  line += ' ' + dateField(mtimeOf(ctx.world, ctx.host, e.abs), now) + ' ' + e.name + mark(e, a);
  return line;
}
