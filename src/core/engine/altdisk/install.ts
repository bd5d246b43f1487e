// The update step of a clone (phase 2 / alt_rootvg_op -C): installp run inside the alternate. The
// report is built from the filesets that really change, in installp's layout (REFERENCE §2.24).
import { normalizePath, stat } from '../fs.ts';
import { compareVrmf } from '../../model/levels.ts';
import type { FileNode, Fileset, FilesetEvent, Host, OsImage, World } from '../../model/types.ts';
import { padRight } from '../format.ts';
import { installpMessages } from '../../messages/software.ts';

export type ImageSource = Extract<FileNode, { kind: 'lppsource' }>;

/** -l DIR (a directory holding a .toc) or -l /dev/cd0 (the host's optical drive). */
export function findImages(world: World, host: Host, location: string): ImageSource | null {
  if (location === '/dev/cd0') return host.cdrom?.kind === 'lppsource' ? host.cdrom : null;
  const dir = normalizePath(host.run?.cwd ?? '/', location);
  const toc = stat(world, host, dir === '/' ? '/.toc' : `${dir}/.toc`);
  if (toc?.kind === 'file' && toc.node.kind === 'lppsource') return toc.node;
  return null;
}

export interface Update {
  name: string;
  level: string;
  description: string;
}

/** Filesets of `os` that the images would update (bundle update_all, or the named filesets). */
export function selectUpdates(os: OsImage, images: ImageSource, only: string[] | null): Update[] {
  const out: Update[] = [];
  for (const [name, level] of Object.entries(images.filesets)) {
    const have = os.filesets[name];
    if (!have) continue;
    if (only && !only.includes(name)) continue;
    if (compareVrmf(level, have.level) > 0) out.push({ name, level, description: have.description });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

const RULE = '+-----------------------------------------------------------------------------+';
const banner = (title: string) => [RULE, title, RULE];

/** Adds an installp action to a fileset's history (lslpp -h), seeding it with the install entry first. */
export function recordHistory(os: OsImage, f: Fileset, event: FilesetEvent, thenCommit = false): void {
  const history = seedHistory(os, f);
  history.push(event);
  if (thenCommit) history.push({ ...event, action: 'COMMIT' });
}

/** Starts a fileset's history with its install (call before its level changes). */
export function seedHistory(os: OsImage, f: Fileset): FilesetEvent[] {
  f.history ??= [{ level: f.level, action: 'COMMIT', atMs: os.installedAtMs ?? 0 }];
  return f.history;
}

/** The level a fileset was installed at: its first history entry, or its level when it has none. */
export function installLevel(f: Fileset): string {
  return f.history?.[0]?.level ?? f.level;
}

/** Updates an interim fix blocks: installp refuses filesets that emgr has locked (REFERENCE §2.26). */
export function efixLockedUpdates(os: OsImage, updates: Update[]): Update[] {
  return updates.filter((u) => os.filesets[u.name]?.efixLocked);
}

/** installp's report for applying (and, with -c in the flags, committing) the updates; `locked` fail verification. */
export function installpReport(updates: Update[], flags: string, locked: Update[] = []): string[] {
  const commit = flags.includes('c');
  const lines: string[] = [];
  lines.push(...banner('                    Pre-installation Verification...'));
  lines.push('Verifying selections...done', 'Verifying requisites...done', 'Results...', '');
  if (updates.length) {
    lines.push('SUCCESSES', '---------', '  Filesets listed in this section passed pre-installation verification', '  and will be installed.', '');
    lines.push('  Selected Filesets', '  -----------------');
    for (const u of updates) lines.push(`  ${padRight(`${u.name} ${u.level}`, 44)}# ${u.description}`);
    lines.push('', '  << End of Success Section >>', '');
  }
  if (locked.length) lines.push(...installpMessages.efixLockedFailures(locked.map((u) => `  ${padRight(`${u.name} ${u.level}`, 44)}# ${u.description}`)));
  lines.push(...banner('                   BUILDDATE Verification ...'));
  lines.push('Verifying build dates...done', 'FILESET STATISTICS', '------------------');
  const n = String(updates.length);
  const selected = String(updates.length + locked.length);
  lines.push(`${selected.padStart(5)}  Selected to be installed, of which:`, `${n.padStart(9)}  Passed pre-installation verification`);
  if (locked.length) lines.push(`${String(locked.length).padStart(9)}  FAILED pre-installation verification`);
  lines.push('  ----', `${n.padStart(5)}  Total to be installed`, '');
  if (!updates.length) return lines;
  lines.push(...banner('                         Installing Software...'), '');
  lines.push('installp:  APPLYING software for:');
  for (const u of updates) lines.push(`        ${u.name} ${u.level}`);
  lines.push('');
  if (commit) {
    lines.push('installp:  COMMITTING software for:');
    for (const u of updates) lines.push(`        ${u.name} ${u.level}`);
    lines.push('');
  }
  lines.push(...banner('                                Summaries:'), '');
  lines.push('Installation Summary', '--------------------');
  lines.push(`${padRight('Name', 28)}${padRight('Level', 16)}${padRight('Part', 12)}${padRight('Event', 12)}Result`);
  lines.push('-------------------------------------------------------------------------------');
  for (const event of commit ? ['APPLY', 'COMMIT'] : ['APPLY']) {
    for (const u of updates) {
      for (const part of ['USR', 'ROOT']) lines.push(summaryRow(u.name, u.level, part, event, 'SUCCESS'));
    }
  }
  lines.push('');
  return lines;
}

/**
 * A row of installp's Installation Summary. Like AIX, a fileset name longer than its 27-character column
 * is cut, so a space always separates it from the level (a real capture:
 * `devices.fcp.disk.ibm.mpio.r 1.0.0.24        USR         DEINSTALL   SUCCESS`).
 */
export function summaryRow(name: string, level: string, part: string, event: string, result: string): string {
  return `${padRight(name.slice(0, 27), 27)} ${padRight(level, 15)} ${padRight(part, 11)} ${padRight(event, 11)} ${result}`;
}

/** installp's warning section when the images hold nothing newer than what is installed. */
export function nothingToInstall(os: OsImage, images: ImageSource): string[] {
  const already = Object.keys(images.filesets).filter((n) => os.filesets[n]).sort();
  return [...banner('                    Pre-installation Verification...'), 'Verifying selections...done', 'Verifying requisites...done', 'Results...', '',
    'WARNINGS', '--------', '  Problems described in this section are not likely to be the source of any', '  immediate or serious failures, but further actions may be necessary or', '  desired.', '',
    '  Already Installed', '  -----------------', '  The following filesets which you selected are either already installed', '  or effectively installed through superseding filesets.', '',
    ...already.map((n) => `  ${padRight(`${n} ${os.filesets[n].level}`, 44)}# ${os.filesets[n].description}`), '',
    '  << End of Warning Section >>', ''];
}

/** Applies updates to an OS image; the oslevel rises to the images' level when every base fileset reached it. */
export function applyUpdates(os: OsImage, images: ImageSource, updates: Update[], commit: boolean, atMs?: number): void {
  for (const u of updates) {
    const before = os.filesets[u.name];
    if (atMs !== undefined) seedHistory(os, before);
    const f = (os.filesets[u.name] = { ...before, level: u.level, state: commit ? 'COMMITTED' : 'APPLIED' });
    if (atMs !== undefined) recordHistory(os, f, { level: u.level, action: 'APPLY', atMs }, commit);
  }
  const behind = Object.entries(images.filesets).some(([name, level]) => os.filesets[name] && compareVrmf(os.filesets[name].level, level) < 0);
  if (!behind) os.level = images.level;
}
