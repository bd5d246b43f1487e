// The AIX error log (/var/adm/ras/errlog) of each installed AIX, and the records the kernel keeps in
// NVRAM across a reboot. Boot events write here: errdemon stopping at shutdown, starting at boot, the
// "SYSTEM SHUTDOWN BY USER" record flushed after errdemon starts, a rootvg disk declared missing.
import { errTemplates } from '../messages/system.ts';
import type { ErrEntry, Host, OsImage, World } from '../model/types.ts';

export type ErrTemplate = (typeof errTemplates)[keyof typeof errTemplates];

/**
 * /var/adm/ras/errlog is a circular file: errdemon's default size is 1 MB (errdemon -s) and the newest
 * records overwrite the oldest. A record with its detail data takes about 1 KB, so a log keeps its
 * newest 1,024 records.
 */
export const ERRLOG_MAX_ENTRIES = 1024;
/** The kernel's error buffer (errdemon -B, 32 KB by default) holds about 32 records until errdemon reads it. */
export const ERRBUFFER_MAX_ENTRIES = 32;

/** Lets the oldest records go once `log` is over `max` (in place); returns how many went. */
export function wrapLog(log: ErrEntry[], max: number): number {
  const over = log.length - max;
  if (over > 0) log.splice(0, over);
  return Math.max(0, over);
}

export function errEntry(t: ErrTemplate, atMs: number, resource?: string): ErrEntry {
  return { id: t.id, atMs, type: t.type, cls: t.cls, resource: resource ?? t.resource, description: t.description };
}

/** The running AIX's error log. A log never written to holds the ERRLOG_ON record of the current boot. */
export function runningErrlog(world: World, host: Host): ErrEntry[] | null {
  if (!host.run) return null;
  const os = world.vgs[host.run.rootVgid]?.os;
  if (!os) return null;
  os.errlog ??= [errEntry(errTemplates.errlogOn, host.run.bootedAtMs)];
  return os.errlog;
}

/** Read-only view of a log (does not create one). */
export function errlogView(world: World, host: Host): ErrEntry[] {
  if (!host.run) return [];
  const os = world.vgs[host.run.rootVgid]?.os;
  if (!os) return [];
  return os.errlog ?? [errEntry(errTemplates.errlogOn, host.run.bootedAtMs)];
}

export function logError(world: World, host: Host, entry: ErrEntry): void {
  const log = runningErrlog(world, host);
  if (!log) return;
  log.push(entry);
  wrapLog(log, ERRLOG_MAX_ENTRIES);
}

/** A record that waits in NVRAM for the next errdemon (written by the kernel at reboot/halt). */
export function bufferError(host: Host, entry: ErrEntry): void {
  const buffer = (host.errBuffer ??= []);
  buffer.push(entry);
  wrapLog(buffer, ERRBUFFER_MAX_ENTRIES);
}

/** errdemon starts on the freshly booted `os`: ERRLOG_ON, then whatever NVRAM kept. */
export function startErrdemon(os: OsImage, host: Host, atMs: number): void {
  const log = (os.errlog ??= []);
  log.push(errEntry(errTemplates.errlogOn, atMs));
  for (const e of host.errBuffer ?? []) log.push(e);
  host.errBuffer = [];
  wrapLog(log, ERRLOG_MAX_ENTRIES);
}

/** errpt's TIMESTAMP column: MMDDhhmmYY. */
export function errTimestamp(civil: { month: number; day: number; hour: number; minute: number; year: number }): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(civil.month)}${p(civil.day)}${p(civil.hour)}${p(civil.minute)}${p(civil.year % 100)}`;
}
