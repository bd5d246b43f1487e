// The scenario builder as a file (Export / Import in the builder): the whole form (start lab or described
// server, faults) and its custom lesson, as JSON. A file is untrusted: readBuilderFile checks its size, its
// shape (known keys only, right types, bounded lists) and then compiles it as the builder would, so an
// imported file is either refused with a readable message or loads a form the builder accepts.
import { checkCustomLesson, type CustomLessonSpec } from '../lessons/custom.ts';
import { err, ok, type Result } from '../result.ts';
import { BUILDER_LIMITS, compileBuilder, type BuilderState } from './builder.ts';
import type { ServerForm, ServerFs } from './serverForm.ts';

export const BUILDER_FILE_FORMAT = 'altdisk-builder';
export const BUILDER_FILE_MAX_CHARS = 65_536;

export interface BuilderFile {
  state: BuilderState;
  lesson: CustomLessonSpec | null;
}

/** The file text for a builder form and its lesson (pretty JSON, one format line first). */
export function builderFileText(state: BuilderState, lesson: CustomLessonSpec | null): string {
  return JSON.stringify({ format: BUILDER_FILE_FORMAT, version: 1, state, lesson }, null, 2) + '\n';
}

class Refuse extends Error {}
const no = (m: string): never => {
  throw new Refuse(m);
};
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function rec(v: unknown, what: string, keys: readonly string[]): Record<string, unknown> {
  if (!isRecord(v)) return no(`${what} is not a record.`);
  const extra = Object.keys(v).find((k) => !keys.includes(k));
  if (extra !== undefined) return no(`${what} has a field the builder does not know: ${JSON.stringify(extra.slice(0, 30))}.`);
  return v;
}
const s = (v: unknown, what: string, max = 100): string => (typeof v === 'string' && v.length <= max ? v : no(`${what} is not text of at most ${max} characters.`));
const n = (v: unknown, what: string): number => (typeof v === 'number' && Number.isFinite(v) ? v : no(`${what} is not a number.`));
const b = (v: unknown, what: string): boolean => (typeof v === 'boolean' ? v : no(`${what} is not true or false.`));
const arr = <T>(v: unknown, what: string, max: number, f: (x: unknown) => T): T[] => (Array.isArray(v) && v.length <= max ? v.map(f) : no(`${what} is not a list of at most ${max}.`));
const opt = <T>(v: unknown, f: (x: unknown) => T): T | null => (v === null || v === undefined ? null : f(v));

function server(v: unknown): ServerForm {
  const r = rec(v, 'The server', ['hostname', 'level', 'disksMB', 'mirrored', 'datavg', 'fileSystems', 'efixes', 'efixLocksBosRte', 'noAltDisk', 'media']);
  const m = rec(r.media ?? {}, 'The media', ['dirs', 'cd0', 'mksysb']);
  const media: ServerForm['media'] = {};
  if (m.dirs !== undefined) media.dirs = arr(m.dirs, 'Update directories', 4, (x) => s(x, 'A level', 20));
  if (m.cd0 !== undefined) media.cd0 = s(m.cd0, 'The DVD level', 20);
  if (m.mksysb !== undefined) {
    media.mksysb = arr(m.mksysb, 'mksysb images', 4, (x) => {
      const i = rec(x, 'A mksysb image', ['host', 'level', 'mirrored']);
      return { host: s(i.host, 'A host name', 31), level: s(i.level, 'A level', 20), mirrored: b(i.mirrored, 'mirrored') };
    });
  }
  return {
    hostname: s(r.hostname, 'The host name', 31),
    level: s(r.level, 'The AIX level', 20),
    disksMB: arr(r.disksMB, 'Disks', 16, (x) => n(x, 'A disk size')),
    mirrored: b(r.mirrored, 'mirrored'),
    datavg: arr(r.datavg, 'datavg disks', 16, (x) => s(x, 'A disk', 10)),
    fileSystems: arr(r.fileSystems, 'File systems', 8, (x): ServerFs => {
      const f = rec(x, 'A file system', ['mount', 'sizeMB', 'vg']);
      const vg = s(f.vg, 'A volume group', 10);
      return { mount: s(f.mount, 'A mount point', 128), sizeMB: n(f.sizeMB, 'A size'), vg: vg === 'datavg' ? 'datavg' : vg === 'rootvg' ? 'rootvg' : no('A file system is in rootvg or datavg.') };
    }),
    efixes: arr(r.efixes, 'Interim fixes', 8, (x) => s(x, 'An interim fix', 32)),
    ...(r.efixLocksBosRte !== undefined ? { efixLocksBosRte: b(r.efixLocksBosRte, 'efixLocksBosRte') } : {}),
    noAltDisk: b(r.noAltDisk, 'noAltDisk'),
    media,
  };
}

function state(v: unknown): BuilderState {
  const r = rec(v, 'The builder form', ['scenario', 'addDisksMB', 'failDisk', 'shrink', 'server', 'staleAltinst', 'powerCut']);
  const out: BuilderState = {
    scenario: s(r.scenario, 'The start lab'),
    addDisksMB: arr(r.addDisksMB, 'Added disks', BUILDER_LIMITS.maxAddedDisks, (x) => n(x, 'A disk size')),
    failDisk: opt(r.failDisk, (x) => s(x, 'The failing disk', 10)),
    shrink: opt(r.shrink, (x) => {
      const k = rec(x, 'The disk too small', ['disk', 'sizeMB']);
      return { disk: s(k.disk, 'A disk', 10), sizeMB: n(k.sizeMB, 'A size') };
    }),
    server: opt(r.server, server),
    staleAltinst: opt(r.staleAltinst, (x) => s(x, 'The stale altinst_rootvg disk', 10)),
    powerCut: opt(r.powerCut, (x) => {
      const k = rec(x, 'The power cut', ['disk', 'phase']);
      const phase = n(k.phase, 'The phase');
      return { disk: s(k.disk, 'A disk', 10), phase: phase === 1 ? 1 : phase === 2 ? 2 : no('The power cut comes after phase 1 or 2.') };
    }),
  };
  return out;
}

/** Reads a builder file; the form and lesson it holds, or why it is refused (plain words). Never throws. */
export function readBuilderFile(text: unknown): Result<BuilderFile> {
  if (typeof text !== 'string') return err('This file is not text.');
  if (text.length > BUILDER_FILE_MAX_CHARS) return err(`This file is too big for a builder file (${text.length} characters; at most ${BUILDER_FILE_MAX_CHARS}).`);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return err('This file is not a builder file: it is not JSON.');
  }
  try {
    const r = rec(v, 'The file', ['format', 'version', 'state', 'lesson']);
    if (r.format !== BUILDER_FILE_FORMAT) no('This file is not a builder file (its format is not altdisk-builder).');
    if (r.version !== 1) no('This builder file was made by another version of the trainer.');
    const st = state(r.state);
    const compiled = compileBuilder(st);
    if (!compiled.ok) no(`The form in this file cannot be built: ${compiled.error}`);
    let lesson: CustomLessonSpec | null = null;
    if (r.lesson !== null && r.lesson !== undefined) {
      const l = checkCustomLesson(r.lesson);
      if (!l.ok) no(`The lesson in this file is not valid: ${l.error}`);
      else lesson = l.value;
    }
    return ok({ state: st, lesson });
  } catch (e) {
    return err(e instanceof Refuse ? e.message : 'This builder file could not be read.');
  }
}
