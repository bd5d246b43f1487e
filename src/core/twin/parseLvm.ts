// Parsers for pasted LVM output: lspv, lsvg <vg>, lsvg -l <vg>, lsvg -p <vg> (formats of REFERENCE §2.5,
// §2.6). Each reads the lines under one command and returns its facts, or the first line it cannot read
// and why. Lines are bounded (split.ts) and every pattern here is fixed, so the work is linear.
import { err, ok } from '../result.ts';
import type { LvFact, NumberedLine, ParseResult, PvFact, VgFact, VgPvFact } from './types.ts';

export const fail = (line: number, message: string) => err({ line, message });

/** The lines that carry text (blank lines between outputs are not content). */
export function content(lines: NumberedLine[]): NumberedLine[] {
  return lines.filter((l) => l.text.trim() !== '');
}

export function quote(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `'${t.slice(0, 57)}…'` : `'${t}'`;
}

const PV_ROW = /^(hdisk\d{1,5})\s+([0-9a-fA-F]{16}|none)\s+(\S+)(?:\s+(active|concurrent))?\s*$/;

/** `lspv`: name, PVID (or none), VG (or None), state. */
export function parseLspv(lines: NumberedLine[], at: number): ParseResult<PvFact[]> {
  const rows = content(lines);
  if (rows.length === 0) return fail(at, "lspv printed nothing: expected lines like 'hdisk0  00f6db0a6c7aece5  rootvg  active'");
  const out: PvFact[] = [];
  for (const l of rows) {
    const m = PV_ROW.exec(l.text);
    if (!m) return fail(l.n, `expected an lspv line 'hdiskN PVID VG [active]', found ${quote(l.text)}`);
    if (out.some((p) => p.name === m[1])) return fail(l.n, `${m[1]} is listed twice`);
    const pvid = m[2].toLowerCase() === 'none' ? null : m[2].toLowerCase();
    if (pvid && out.some((p) => p.pvid === pvid)) return fail(l.n, `PVID ${pvid} is listed twice`);
    out.push({ name: m[1], pvid, vg: m[3] === 'None' ? null : m[3], active: m[4] !== undefined });
  }
  return ok(out);
}

const VG_FIRST = /^VOLUME GROUP:\s+(\S+)\s+VG IDENTIFIER:\s+([0-9a-fA-F]{16,32})\s*$/;
const KEY_VALUE = /^[A-Z][A-Za-z ()]{1,30}:\s/;

/** `lsvg <vg>`: the two-column key: value block. The PP size is what the twin needs most. */
export function parseLsvg(lines: NumberedLine[], at: number, vgName: string): ParseResult<VgFact> {
  const rows = content(lines);
  if (rows.length === 0) return fail(at, `lsvg ${vgName} printed nothing: expected 'VOLUME GROUP: ${vgName} ... VG IDENTIFIER: ...'`);
  const first = VG_FIRST.exec(rows[0].text);
  if (!first) return fail(rows[0].n, `expected 'VOLUME GROUP: ${vgName}   VG IDENTIFIER: <id>' first, found ${quote(rows[0].text)}`);
  if (first[1] !== vgName) return fail(rows[0].n, `this is the output for ${first[1]}, not for ${vgName}`);
  let ppSizeMB: number | null = null;
  let totalPps: number | null = null;
  let quorumDisabled = false;
  for (const l of rows.slice(1)) {
    if (!KEY_VALUE.test(l.text)) return fail(l.n, `expected an lsvg line 'NAME:  value', found ${quote(l.text)}`);
    const pp = /PP SIZE:\s+(\d{1,5}) megabyte\(s\)/.exec(l.text);
    if (pp) ppSizeMB = Number(pp[1]);
    const total = /TOTAL PPs:\s+(\d{1,7}) \(/.exec(l.text);
    if (total) totalPps = Number(total[1]);
    if (/QUORUM:\s+\d+ \(Disabled\)/.test(l.text)) quorumDisabled = true;
  }
  if (ppSizeMB === null) return fail(rows[rows.length - 1].n, `no 'PP SIZE:' line in the lsvg ${vgName} output (is it cut short?)`);
  if (![1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024].includes(ppSizeMB)) return fail(at, `PP SIZE ${ppSizeMB} is not a power of two between 1 and 1024 MB`);
  return ok({ name: vgName, vgid: first[2].toLowerCase(), ppSizeMB, totalPps, quorumDisabled });
}

const LV_HEADER = /^LV NAME\s+TYPE\s+LPs\s+PPs\s+PVs\s+LV STATE\s+MOUNT POINT\s*$/;
const LV_ROW = /^(\S{1,15})\s+(\S+)\s+(\d{1,6})\s+(\d{1,6})\s+(\d{1,2})\s+(\S+)\s+(\S+)\s*$/;
const LV_TYPES = ['boot', 'paging', 'jfs2log', 'jfslog', 'jfs2', 'jfs', 'sysdump'] as const;
const VG_LABEL = /^([A-Za-z0-9_.-]{1,15}):\s*$/;

/** Splits `lsvg -l a b` / `lsvg -p a b` output into one block per VG (each opens with "<vg>:"). */
function blocks(lines: NumberedLine[], at: number, vgNames: string[], header: RegExp, headerText: string): ParseResult<{ vg: string; rows: NumberedLine[] }[]> {
  const rows = content(lines);
  const out: { vg: string; rows: NumberedLine[] }[] = [];
  let i = 0;
  if (rows.length === 0) return fail(at, `nothing was printed: expected '${vgNames[0]}:' and the '${headerText}' header`);
  while (i < rows.length) {
    const label = VG_LABEL.exec(rows[i].text);
    if (!label) return fail(rows[i].n, `expected '${vgNames[out.length] ?? vgNames[0]}:' (the VG name) before the table, found ${quote(rows[i].text)}`);
    if (!vgNames.includes(label[1])) return fail(rows[i].n, `this is a table for ${label[1]}, but the command asked for ${vgNames.join(', ')}`);
    if (out.some((b) => b.vg === label[1])) return fail(rows[i].n, `${label[1]} is listed twice`);
    const h = rows[i + 1];
    if (!h || !header.test(h.text)) return fail(h ? h.n : rows[i].n, `expected '${headerText}' header${h ? `, found ${quote(h.text)}` : ' (the output is cut short)'}`);
    i += 2;
    const body: NumberedLine[] = [];
    while (i < rows.length && !VG_LABEL.test(rows[i].text)) body.push(rows[i++]);
    out.push({ vg: label[1], rows: body });
  }
  return ok(out);
}

/** `lsvg -l <vg>…`: the LVs of each VG; PPs = k × LPs with k copies (REFERENCE §1.1). */
export function parseLsvgL(lines: NumberedLine[], at: number, vgNames: string[]): ParseResult<Record<string, LvFact[]>> {
  const b = blocks(lines, at, vgNames, LV_HEADER, 'LV NAME TYPE LPs PPs PVs LV STATE MOUNT POINT');
  if (!b.ok) return b;
  const out: Record<string, LvFact[]> = {};
  for (const block of b.value) {
    const lvs: LvFact[] = [];
    for (const l of block.rows) {
      const m = LV_ROW.exec(l.text);
      if (!m) return fail(l.n, `expected an LV line 'NAME TYPE LPs PPs PVs STATE MOUNT', found ${quote(l.text)}`);
      const type = LV_TYPES.find((t) => t === m[2]);
      if (!type) return fail(l.n, `LV type '${m[2]}' is not one the trainer models (${LV_TYPES.join(', ')})`);
      const [lps, pps, pvs] = [Number(m[3]), Number(m[4]), Number(m[5])];
      if (lps < 1 || pps < lps || pps % lps !== 0 || pps / lps > 3) return fail(l.n, `${m[1]}: ${pps} PPs for ${lps} LPs is not 1, 2 or 3 copies`);
      if (pvs < 1) return fail(l.n, `${m[1]}: an LV lives on at least one PV`);
      if (lvs.some((x) => x.name === m[1])) return fail(l.n, `${m[1]} is listed twice`);
      if (!/^(open|closed)\/(syncd|stale)$/.test(m[6])) return fail(l.n, `${m[1]}: LV STATE '${m[6]}' is not open/syncd, closed/syncd, open/stale or closed/stale`);
      const mount = m[7] === 'N/A' ? null : m[7];
      if (mount !== null && !mount.startsWith('/')) return fail(l.n, `${m[1]}: mount point '${mount}' is not a path`);
      lvs.push({ name: m[1], type, lps, pps, pvs, state: m[6], mount });
    }
    out[block.vg] = lvs;
  }
  return ok(out);
}

const PVS_HEADER = /^PV_NAME\s+PV STATE\s+TOTAL PPs\s+FREE PPs\s+FREE DISTRIBUTION\s*$/;
const PVS_ROW = /^(hdisk\d{1,5})\s+(\S+)\s+(\d{1,7})\s+(\d{1,7})\s+(\d+(?:\.\.\d+){4})\s*$/;

/** `lsvg -p <vg>…`: member disks with their PP counts. */
export function parseLsvgP(lines: NumberedLine[], at: number, vgNames: string[]): ParseResult<Record<string, VgPvFact[]>> {
  const b = blocks(lines, at, vgNames, PVS_HEADER, 'PV_NAME PV STATE TOTAL PPs FREE PPs FREE DISTRIBUTION');
  if (!b.ok) return b;
  const out: Record<string, VgPvFact[]> = {};
  for (const block of b.value) {
    const pvs: VgPvFact[] = [];
    for (const l of block.rows) {
      const m = PVS_ROW.exec(l.text);
      if (!m) return fail(l.n, `expected a PV line 'hdiskN STATE TOTAL FREE n..n..n..n..n', found ${quote(l.text)}`);
      const [total, free] = [Number(m[3]), Number(m[4])];
      if (free > total) return fail(l.n, `${m[1]}: ${free} free PPs of ${total}`);
      pvs.push({ name: m[1], totalPps: total, freePps: free });
    }
    if (pvs.length === 0) return fail(block.rows[0]?.n ?? at, `no disks listed for ${block.vg}`);
    out[block.vg] = pvs;
  }
  return ok(out);
}
