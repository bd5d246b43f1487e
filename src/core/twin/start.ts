// A twin's start state as data that can travel: the facts read from a paste (or made by the scenario
// builder), the admin's changes to the defaults, and optional install media. Never the pasted text: only
// what was derived from it. It rides in a share link (`twin` in link.ts) and in a builder file, so it is
// untrusted: checkTwinStart validates a parsed value strictly (known keys only, bounded sizes and counts,
// AIX-shaped names) and returns a clean copy or why it is refused, in plain words; it never throws.
import { err, ok, type Result } from '../result.ts';
import type { TwinOptions } from './build.ts';
import type { EfixFact, FilesetFact, FsFact, LvFact, PvFact, TwinFacts, VgFact, VgPvFact } from './types.ts';

/** Install media the builder can add to a twin. */
export interface TwinMedia {
  /** installp directories /export/<TL-SP> holding the updates to these levels (oslevel -s). */
  dirs?: string[];
  /** The level of the update DVD in /dev/cd0. */
  cd0?: string;
  /** mksysb images in /usr/sys/inst.images/<host>_<level>.sysb. */
  mksysb?: { host: string; level: string; mirrored: boolean }[];
}

/** The scenario id a twin lab and a twin link record (not a built-in one: the start world comes from `twin`). */
export const TWIN_SCENARIO = 'twin';

export interface TwinStart {
  facts: TwinFacts;
  options?: TwinOptions;
  media?: TwinMedia;
}

export const TWIN_START_LIMITS = { maxDisks: 32, maxVgs: 16, maxLvs: 64, maxFs: 128, maxEfixes: 64, maxFilesets: 16, maxBootlist: 8, maxDirs: 4, maxMksysb: 4, maxDiskMB: 16 * 1024 * 1024 } as const;

const DISK = /^hdisk\d{1,3}$/;
const PVID = /^[0-9a-f]{16}$/;
const VGID = /^[0-9a-f]{16,32}$/;
const NAME = /^[A-Za-z][A-Za-z0-9_.]{0,14}$/;
const HOST = /^[A-Za-z][A-Za-z0-9-]{0,30}$/;
export const LEVEL = /^[5-7][0-9]00-\d{2}-\d{2}-\d{4}$/;
const PATH = /^\/[A-Za-z0-9_./-]{0,127}$/;
const FILESET = /^[a-z][a-z0-9_.-]{0,63}$/;
const VRMF = /^\d{1,2}\.\d{1,2}\.\d{1,4}\.\d{1,4}$/;
const WORD = /^[A-Za-z0-9_/* -]{0,20}$/;
const EFIX = /^[A-Za-z0-9_.-]{1,32}$/;
const TEXT = /^[\x20-\x7e]{0,80}$/;
const LV_TYPES: readonly LvFact['type'][] = ['boot', 'paging', 'jfs2log', 'jfslog', 'jfs2', 'jfs', 'sysdump'];
const PP_SIZES = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

class Refuse extends Error {}
const no = (message: string): never => {
  throw new Refuse(message);
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A name that is also a property of every object (`constructor`, `toString`) is never a VG or disk name here. */
const safeKey = (k: string) => !(k in Object.prototype) && k !== '__proto__';

function show(v: unknown): string {
  const t = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return JSON.stringify(t.length > 30 ? t.slice(0, 30) + '…' : t);
}

function rec(v: unknown, what: string, allowed: readonly string[]): Record<string, unknown> {
  if (!isRecord(v)) return no(`${what} is not a record.`);
  const extra = Object.keys(v).find((k) => !allowed.includes(k));
  if (extra !== undefined) return no(`${what} has a field the trainer does not know: ${show(extra)}.`);
  return v;
}

function str(v: unknown, re: RegExp, what: string): string {
  if (typeof v !== 'string' || !re.test(v) || !safeKey(v)) return no(`${what}: ${show(v)} is not valid.`);
  return v;
}

function int(v: unknown, min: number, max: number, what: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) return no(`${what}: ${show(v)} is not a whole number from ${min} to ${max}.`);
  return v;
}

function num(v: unknown, max: number, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max) return no(`${what}: ${show(v)} is not a number from 0 to ${max}.`);
  return v;
}

function bool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean') return no(`${what} is not true or false.`);
  return v;
}

function list<T>(v: unknown, max: number, what: string, each: (x: unknown, i: number) => T): T[] {
  if (!Array.isArray(v)) return no(`${what} is not a list.`);
  if (v.length > max) return no(`${what} has ${v.length} entries; at most ${max}.`);
  return v.map((x, i) => each(x, i));
}

function map<T>(v: unknown, max: number, key: RegExp, what: string, each: (x: unknown, k: string) => T): Record<string, T> {
  if (!isRecord(v)) return no(`${what} is not a record.`);
  const keys = Object.keys(v);
  if (keys.length > max) return no(`${what} has ${keys.length} entries; at most ${max}.`);
  return Object.fromEntries(keys.map((k) => [str(k, key, what), each(v[k], k)]));
}

const orNull = <T>(v: unknown, f: (x: unknown) => T): T | null => (v === null ? null : f(v));

function pv(v: unknown, i: number): PvFact {
  const r = rec(v, `Disk ${i + 1} of lspv`, ['name', 'pvid', 'vg', 'active']);
  return { name: str(r.name, DISK, 'A disk name'), pvid: orNull(r.pvid, (x) => str(x, PVID, 'A PVID')), vg: orNull(r.vg, (x) => str(x, NAME, 'A volume group name')), active: bool(r.active, 'active') };
}

function vg(v: unknown, name: string): VgFact {
  const r = rec(v, `Volume group ${name}`, ['name', 'vgid', 'ppSizeMB', 'totalPps', 'quorumDisabled']);
  if (r.name !== name) no(`Volume group ${name} names itself ${show(r.name)}.`);
  const pp = int(r.ppSizeMB, 1, 1024, `PP size of ${name}`);
  if (!PP_SIZES.includes(pp)) no(`PP size of ${name}: ${pp} MB is not a power of two.`);
  return { name, vgid: orNull(r.vgid, (x) => str(x, VGID, 'A VGID')), ppSizeMB: pp, totalPps: orNull(r.totalPps, (x) => int(x, 1, 10_000_000, 'Total PPs')), quorumDisabled: bool(r.quorumDisabled, 'quorumDisabled') };
}

function lv(v: unknown): LvFact {
  const r = rec(v, 'A logical volume', ['name', 'type', 'lps', 'pps', 'pvs', 'state', 'mount']);
  const type = r.type;
  if (typeof type !== 'string' || !(LV_TYPES as readonly string[]).includes(type)) no(`${show(type)} is not a logical volume type (${LV_TYPES.join(', ')}).`);
  const lps = int(r.lps, 1, 1_000_000, 'LPs');
  const pps = int(r.pps, lps, lps * 3, 'PPs');
  if (pps % lps !== 0) no(`PPs (${pps}) are not 1, 2 or 3 times the LPs (${lps}).`);
  return { name: str(r.name, NAME, 'A logical volume name'), type: type as LvFact['type'], lps, pps, pvs: int(r.pvs, 1, TWIN_START_LIMITS.maxDisks, 'PVs'), state: str(r.state, WORD, 'LV state'), mount: orNull(r.mount, (x) => str(x, PATH, 'A mount point')) };
}

function vgPv(v: unknown): VgPvFact {
  const r = rec(v, 'A disk of lsvg -p', ['name', 'totalPps', 'freePps']);
  return { name: str(r.name, DISK, 'A disk name'), totalPps: int(r.totalPps, 1, 10_000_000, 'Total PPs'), freePps: int(r.freePps, 0, 10_000_000, 'Free PPs') };
}

function fileset(v: unknown): FilesetFact {
  const r = rec(v, 'A fileset', ['name', 'level', 'state']);
  return { name: str(r.name, FILESET, 'A fileset name'), level: str(r.level, VRMF, 'A fileset level'), state: str(r.state, WORD, 'A fileset state') };
}

function fs(v: unknown): FsFact {
  const r = rec(v, 'A file system of df -g', ['dev', 'sizeGB', 'freeGB', 'inodesUsed', 'mount']);
  return {
    dev: str(r.dev, PATH, 'A device'),
    sizeGB: orNull(r.sizeGB, (x) => num(x, 1_000_000, 'A size')),
    freeGB: orNull(r.freeGB, (x) => num(x, 1_000_000, 'Free space')),
    inodesUsed: orNull(r.inodesUsed, (x) => int(x, 0, 100_000_000, 'Inodes')),
    mount: str(r.mount, PATH, 'A mount point'),
  };
}

function efix(v: unknown): EfixFact {
  const r = rec(v, 'An interim fix', ['label', 'state', 'abstract', 'filesets']);
  const out: EfixFact = { label: str(r.label, EFIX, 'An interim fix label'), state: str(r.state, WORD, 'An interim fix state'), abstract: str(r.abstract, TEXT, 'An interim fix abstract') };
  if (r.filesets !== undefined) out.filesets = list(r.filesets, TWIN_START_LIMITS.maxFilesets, 'The filesets of an interim fix', (x) => str(x, FILESET, 'A fileset name'));
  return out;
}

function facts(v: unknown): TwinFacts {
  const r = rec(v, 'The server', ['hostname', 'level', 'pvs', 'vgs', 'lvs', 'vgPvs', 'bootlist', 'altDisk', 'diskSizes', 'attrPvids', 'fs', 'efixes']);
  const L = TWIN_START_LIMITS;
  const out: TwinFacts = {
    vgs: map(r.vgs, L.maxVgs, NAME, 'Volume groups', vg),
    lvs: map(r.lvs, L.maxVgs, NAME, 'Logical volumes', (x, k) => list(x, L.maxLvs, `Logical volumes of ${k}`, lv)),
    vgPvs: map(r.vgPvs, L.maxVgs, NAME, 'Disks of the volume groups', (x, k) => list(x, L.maxDisks, `Disks of ${k}`, vgPv)),
    diskSizes: map(r.diskSizes, L.maxDisks, DISK, 'Disk sizes', (x, k) => int(x, 1, L.maxDiskMB, `Size of ${k} (MB)`)),
    attrPvids: map(r.attrPvids, L.maxDisks, DISK, 'PVIDs of lsattr', (x) => orNull(x, (y) => str(y, PVID, 'A PVID'))),
  };
  if (r.hostname !== undefined) out.hostname = str(r.hostname, HOST, 'The host name');
  if (r.level !== undefined) out.level = str(r.level, LEVEL, 'The AIX level');
  if (r.pvs !== undefined) out.pvs = list(r.pvs, L.maxDisks, 'lspv', pv);
  if (r.bootlist !== undefined) out.bootlist = list(r.bootlist, L.maxBootlist, 'The boot list', (x) => str(x, DISK, 'A boot disk'));
  if (r.altDisk !== undefined) {
    const a = rec(r.altDisk, 'The alt_disk filesets', ['installed', 'missing']);
    out.altDisk = { installed: list(a.installed, L.maxFilesets, 'Installed filesets', fileset), missing: list(a.missing, L.maxFilesets, 'Missing filesets', (x) => str(x, FILESET, 'A fileset name')) };
  }
  if (r.fs !== undefined) out.fs = list(r.fs, L.maxFs, 'df -g', fs);
  if (r.efixes !== undefined) out.efixes = list(r.efixes, L.maxEfixes, 'emgr -l', efix);
  return out;
}

function options(v: unknown): TwinOptions {
  const r = rec(v, 'The changed defaults', ['hostname', 'level', 'diskSizeMB', 'ppSizeMB']);
  const out: TwinOptions = {};
  if (r.hostname !== undefined) out.hostname = str(r.hostname, HOST, 'The host name');
  if (r.level !== undefined) out.level = str(r.level, LEVEL, 'The AIX level');
  if (r.diskSizeMB !== undefined) out.diskSizeMB = int(r.diskSizeMB, 1024, TWIN_START_LIMITS.maxDiskMB, 'The default disk size');
  if (r.ppSizeMB !== undefined) out.ppSizeMB = int(r.ppSizeMB, 4, 1024, 'The default PP size');
  return out;
}

function media(v: unknown): TwinMedia {
  const r = rec(v, 'The media', ['dirs', 'cd0', 'mksysb']);
  const L = TWIN_START_LIMITS;
  const out: TwinMedia = {};
  if (r.dirs !== undefined) out.dirs = [...new Set(list(r.dirs, L.maxDirs, 'Update directories', (x) => str(x, LEVEL, 'The level of an update directory')))];
  if (r.cd0 !== undefined) out.cd0 = str(r.cd0, LEVEL, 'The level of the DVD in /dev/cd0');
  if (r.mksysb !== undefined) {
    out.mksysb = list(r.mksysb, L.maxMksysb, 'mksysb images', (x) => {
      const m = rec(x, 'A mksysb image', ['host', 'level', 'mirrored']);
      return { host: str(m.host, HOST, 'The host of a mksysb image'), level: str(m.level, LEVEL, 'The level of a mksysb image'), mirrored: bool(m.mirrored, 'mirrored') };
    });
  }
  return out;
}

/** Validates an untrusted twin start (from a link or a file); a clean copy, or why not in plain words. */
export function checkTwinStart(value: unknown): Result<TwinStart> {
  try {
    const r = rec(value, 'The twin', ['facts', 'options', 'media']);
    const out: TwinStart = { facts: facts(r.facts) };
    if (r.options !== undefined) out.options = options(r.options);
    if (r.media !== undefined) out.media = media(r.media);
    return ok(out);
  } catch (e) {
    return err(e instanceof Refuse ? e.message : 'The twin could not be read.');
  }
}

/** The start of a twin read from a paste: its facts without where the host name came from (a line of the paste). */
export function twinStartOf(f: TwinFacts, o: TwinOptions = {}, m?: TwinMedia): TwinStart {
  const { hostnameFrom: _from, ...rest } = f;
  const out: TwinStart = { facts: rest };
  if (Object.keys(o).length > 0) out.options = o;
  if (m) out.media = m;
  return out;
}
