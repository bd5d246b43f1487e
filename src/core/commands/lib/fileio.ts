// Shared helpers of the file and text commands (not a command): reading operands or standard input,
// splitting text into lines the way the C library's fgets does.
import { listDir, makeDir, putFile, readFile, removeDir, resolvePath, stat, unlinkFile, type ReadFailure } from '../../engine/fs.ts';
import { ok, type Result } from '../../result.ts';
import { perror, type Errno } from '../../messages/files.ts';
import type { CommandContext } from '../../engine/context.ts';

/** A file's text, or why there is none. */
export type Input = Result<string, ReadFailure>;

/** Reads a file named on the command line ("-" is standard input). */
export function readInput(ctx: CommandContext, name: string): Input {
  if (name === '-') return ok(ctx.stdin);
  return readFile(ctx.world, ctx.host, resolvePath(ctx.host, name));
}

export function isDirectory(ctx: CommandContext, name: string): boolean {
  return stat(ctx.world, ctx.host, resolvePath(ctx.host, name))?.kind === 'dir';
}

/**
 * What the pagers (more, pg) do on a line-mode terminal: standard input when no file is named, otherwise
 * each file in turn, `isDir` for a directory, perror's ENOENT for a file that cannot be read; status 1
 * when any failed. `banner` heads each file's text.
 */
export function pageFiles(ctx: CommandContext, files: string[], isDir: (f: string) => string, banner: (f: string) => string = () => ''): number {
  if (files.length === 0) {
    ctx.out(ctx.stdin);
    return 0;
  }
  let status = 0;
  for (const f of files) {
    if (isDirectory(ctx, f)) {
      ctx.err(isDir(f));
      status = 1;
      continue;
    }
    const r = readInput(ctx, f);
    if (!r.ok) {
      ctx.err(perror(f, 'ENOENT') + '\n');
      status = 1;
      continue;
    }
    ctx.out(banner(f) + r.value);
  }
  return status;
}

/** Lines without their new-line characters; a last line without one still counts. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Joins lines back, each ended by a new line. */
export function joinLines(lines: string[]): string {
  return lines.map((l) => l + '\n').join('');
}

/** A decimal count as C's strtol would accept it for these commands (digits only, optional sign). */
export function parseCount(s: string | undefined): number | null {
  if (s === undefined || !/^[+-]?\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}

/** Why a copy stopped: the path that failed and the errno, or a cp-style refusal. */
export type CopyFailure = { path: string; errno: Errno };

/**
 * Copies a file or (recursive) a directory tree from one path to another, across file systems. Nodes
 * kept as a size only stay size-only. Failures are collected and copying goes on, as cp does.
 */
export function copyTree(ctx: CommandContext, fromAbs: string, toAbs: string, failures: CopyFailure[], created = new Set<string>(), depth = 0): void {
  const st = stat(ctx.world, ctx.host, fromAbs);
  if (!st) {
    failures.push({ path: fromAbs, errno: 'ENOENT' });
    return;
  }
  if (st.kind === 'file') {
    const r = putFile(ctx.world, ctx.host, toAbs, st.node);
    if (!r.ok) failures.push({ path: toAbs, errno: r.error });
    return;
  }
  if (depth > 40) return;
  const target = stat(ctx.world, ctx.host, toAbs);
  if (!target) {
    const r = makeDir(ctx.world, ctx.host, toAbs);
    if (!r.ok) {
      failures.push({ path: toAbs, errno: r.error });
      return;
    }
    created.add(toAbs);
  } else if (target.kind !== 'dir') {
    failures.push({ path: toAbs, errno: 'ENOTDIR' });
    return;
  }
  const join = (base: string, n: string) => (base === '/' ? `/${n}` : `${base}/${n}`);
  // Files first, then directories, as AIX's cp does.
  const entries = listDir(ctx.world, ctx.host, fromAbs);
  for (const e of [...entries.filter((x) => !x.dir), ...entries.filter((x) => x.dir)]) {
    const src = join(fromAbs, e.name);
    if (created.has(src)) continue; // the copy being made inside its own source
    copyTree(ctx, src, join(toAbs, e.name), failures, created, depth + 1);
  }
}

/** Removes a file or a whole tree; returns the paths that could not go, with their errno. */
export function removeTree(ctx: CommandContext, abs: string, failures: CopyFailure[], depth = 0): void {
  const st = stat(ctx.world, ctx.host, abs);
  if (!st) {
    failures.push({ path: abs, errno: 'ENOENT' });
    return;
  }
  if (st.kind === 'file') {
    const r = unlinkFile(ctx.world, ctx.host, abs);
    if (!r.ok) failures.push({ path: abs, errno: r.error });
    return;
  }
  if (depth > 40) return;
  for (const e of listDir(ctx.world, ctx.host, abs)) removeTree(ctx, abs === '/' ? `/${e.name}` : `${abs}/${e.name}`, failures, depth + 1);
  const r = removeDir(ctx.world, ctx.host, abs);
  if (!r.ok) failures.push({ path: abs, errno: r.error });
}
