// Untrusted session/world data (a --state file, a stored record, later a shared link) is checked
// here before the core touches it. Never throws: returns a Result with a readable reason.
import type { SessionState } from '../session/api.ts';
import type { World } from '../model/types.ts';
import { isPendingInput } from '../session/pending.ts';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
// Only __proto__ can reach a prototype when data is assigned or spread. "constructor" is a legal file
// name inside a saved world (the core reads its maps by own key, engine/fs.ts nodeAt).
const FORBIDDEN = new Set(['__proto__']);

/** Rejects keys that could pollute prototypes when the data is later spread or assigned. */
function safeKeys(v: unknown, depth = 0): string | null {
  if (depth > 40) return 'is nested too deeply';
  if (Array.isArray(v)) {
    for (const x of v) {
      const e = safeKeys(x, depth + 1);
      if (e) return e;
    }
    return null;
  }
  if (!isObj(v)) return null;
  for (const k of Object.keys(v)) {
    if (FORBIDDEN.has(k)) return `has a forbidden key "${k}"`;
    const e = safeKeys(v[k], depth + 1);
    if (e) return e;
  }
  return null;
}

export function validateWorld(w: unknown, where = 'world'): Result<World> {
  if (!isObj(w)) return { ok: false, error: `${where} is not an object` };
  if (w.schema !== 1) return { ok: false, error: `${where} has an unknown schema version` };
  if (!isObj(w.clock) || !isNum(w.clock.nowMs)) return { ok: false, error: `${where}.clock is invalid` };
  if (!isObj(w.rng) || !isNum(w.rng.state)) return { ok: false, error: `${where}.rng is invalid` };
  if (!isObj(w.hosts) || !isObj(w.disks) || !isObj(w.vgs)) return { ok: false, error: `${where} lacks hosts, disks or vgs` };
  if (!isStr(w.console) || !isObj(w.hosts[w.console])) return { ok: false, error: `${where}.console names no host` };
  for (const [id, d] of Object.entries(w.disks)) {
    if (!isObj(d) || d.id !== id || !isNum(d.sizeMB) || d.sizeMB <= 0) return { ok: false, error: `${where}.disks.${id} is invalid` };
    if (d.pvid !== null && !(isStr(d.pvid) && /^[0-9a-f]{16}$/.test(d.pvid))) return { ok: false, error: `${where}.disks.${id}.pvid is invalid` };
    if (d.vgid !== null && !(isStr(d.vgid) && isObj(w.vgs[d.vgid]))) return { ok: false, error: `${where}.disks.${id}.vgid names no VG` };
    if (d.location !== null && !(isObj(d.location) && isStr(d.location.host) && isObj(w.hosts[d.location.host]) && isNum(d.location.slot))) {
      return { ok: false, error: `${where}.disks.${id}.location is invalid` };
    }
  }
  for (const [vgid, vg] of Object.entries(w.vgs)) {
    if (!isObj(vg) || vg.vgid !== vgid || !isNum(vg.ppSizeMB) || vg.ppSizeMB <= 0 || !Array.isArray(vg.lvs) || !Array.isArray(vg.pvids)) {
      return { ok: false, error: `${where}.vgs.${vgid} is invalid` };
    }
    for (const lv of vg.lvs) {
      if (!isObj(lv) || !isStr(lv.name) || !isNum(lv.minor) || !isNum(lv.lps) || !Array.isArray(lv.copies)) {
        return { ok: false, error: `${where}.vgs.${vgid} has an invalid logical volume` };
      }
    }
    if (vg.os !== undefined) {
      const os = vg.os;
      if (!isObj(os) || !isStr(os.level) || !isObj(os.filesets) || !isObj(os.odm)) return { ok: false, error: `${where}.vgs.${vgid}.os is invalid` };
      const odm = os.odm;
      if (!Array.isArray(odm.disks) || !Array.isArray(odm.vgs) || !Array.isArray(odm.lvs) || !Array.isArray(odm.filesystems)) {
        return { ok: false, error: `${where}.vgs.${vgid}.os.odm is invalid` };
      }
    }
  }
  for (const [name, h] of Object.entries(w.hosts)) {
    if (!isObj(h) || h.name !== name || !isObj(h.nvram) || !Array.isArray(h.nvram.normal) || !Array.isArray(h.nvram.service)) {
      return { ok: false, error: `${where}.hosts.${name} is invalid` };
    }
    if (h.run !== null) {
      const r = h.run;
      if (!isObj(r) || !isStr(r.rootVgid) || !isObj(w.vgs[r.rootVgid]) || !Array.isArray(r.mounts) || !Array.isArray(r.variedOn) || !isStr(r.cwd) || !isObj(r.vars)) {
        return { ok: false, error: `${where}.hosts.${name}.run is invalid` };
      }
      if (!isObj((w.vgs[r.rootVgid] as Record<string, unknown>).os)) return { ok: false, error: `${where}.hosts.${name} runs from a VG without AIX` };
    }
  }
  return { ok: true, value: w as unknown as World };
}

export function validateSessionState(data: unknown): Result<SessionState> {
  const bad = safeKeys(data);
  if (bad) return { ok: false, error: `the data ${bad}` };
  if (!isObj(data)) return { ok: false, error: 'not a saved session' };
  if (data.format !== 'altdisk-session') return { ok: false, error: 'not a saved altdisk session (format)' };
  if (data.version !== 1) return { ok: false, error: `unsupported session version ${String(data.version)}` };
  if (!isStr(data.scenario)) return { ok: false, error: 'the session names no scenario' };
  if (!Array.isArray(data.history) || !data.history.every(isStr)) return { ok: false, error: 'the history is invalid' };
  if (data.pending !== null && !isPendingInput(data.pending)) return { ok: false, error: 'the pending question is invalid' };
  const lc = data.lifecycle;
  if (!isObj(lc) || !isStr(lc.state) || !Array.isArray(lc.recent)) return { ok: false, error: 'the lifecycle record is invalid' };
  for (const r of lc.recent) {
    if (!isObj(r) || !isStr(r.command) || !isStr(r.from) || !isStr(r.to)) return { ok: false, error: 'the lifecycle record is invalid' };
  }
  const start = validateWorld(data.start, 'start');
  if (!start.ok) return start;
  const world = validateWorld(data.world, 'world');
  if (!world.ok) return world;
  return { ok: true, value: data as unknown as SessionState };
}
