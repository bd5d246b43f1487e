// Parsers for pasted system output: bootlist -o, oslevel -s, lslpp -l, bootinfo -s / getconf DISK_SIZE,
// lsattr -El, df -g, emgr -l, hostname (formats of REFERENCE §2.8–§2.14, §2.26).
import { ok } from '../result.ts';
import { content, fail, quote } from './parseLvm.ts';
import type { EfixFact, FilesetFact, FsFact, NumberedLine, ParseResult } from './types.ts';

const BOOT_ROW = /^(hdisk\d{1,5})((?:\s+[a-z_]+=\S*){0,6})\s*$/;

/** `bootlist -m normal -o`: one device per line (a disk with two paths shows twice; kept once). */
export function parseBootlist(lines: NumberedLine[], at: number): ParseResult<string[]> {
  const rows = content(lines);
  if (rows.length === 0) return fail(at, 'the boot list is empty: expected lines like \'hdisk0 blv=hd5 pathid=0\'');
  const out: string[] = [];
  for (const l of rows) {
    const m = BOOT_ROW.exec(l.text.trim());
    if (!m) return fail(l.n, `expected a boot list line 'hdiskN blv=hd5 ...', found ${quote(l.text)}`);
    if (!out.includes(m[1])) out.push(m[1]);
  }
  return ok(out);
}

/** `oslevel -s`: one line like 7200-05-03-2148. */
export function parseOslevel(lines: NumberedLine[], at: number): ParseResult<string> {
  const rows = content(lines);
  if (rows.length === 0) return fail(at, 'oslevel -s printed nothing: expected a level like 7200-05-03-2148');
  const m = /^\s*([5-7][0-9]00-\d{2}-\d{2}-\d{4})\s*$/.exec(rows[0].text);
  if (!m) return fail(rows[0].n, `expected a level like 7200-05-03-2148, found ${quote(rows[0].text)}`);
  if (rows.length > 1) return fail(rows[1].n, `oslevel -s prints one line; found more: ${quote(rows[1].text)}`);
  return ok(m[1]);
}

const LSLPP_HEADER = /^\s*Fileset\s+Level\s+State\s+Description\s*$/;
const LSLPP_ROW = /^\s{1,4}([A-Za-z0-9_.+-]{2,60})(?:\s+(\d+\.\d+\.\d+\.\d+)\s+([A-Z]{4,12})(?:\s+(.*))?)?\s*$/;
const LSLPP_LEVEL = /^\s{10,}(\d+\.\d+\.\d+\.\d+)\s+([A-Z]{4,12})(?:\s+.*)?$/;
const NOT_INSTALLED = /^lslpp: 0504-132\s+Fileset (\S+) not installed\.\s*$/;
const STATES = ['COMMITTED', 'APPLIED', 'BROKEN', 'APPLYING', 'COMMITTING', 'REJECTING', 'OBSOLETE'];

/** `lslpp -l <filesets>`: installed filesets (name, level, state) and 0504-132 "not installed" lines. */
export function parseLslpp(lines: NumberedLine[], at: number): ParseResult<{ installed: FilesetFact[]; missing: string[] }> {
  const rows = content(lines);
  const installed: FilesetFact[] = [];
  const missing: string[] = [];
  if (rows.length === 0) return fail(at, "lslpp printed nothing: expected the '  Fileset  Level  State  Description' header");
  let i = 0;
  while (i < rows.length && NOT_INSTALLED.test(rows[i].text)) missing.push(NOT_INSTALLED.exec(rows[i++].text)![1]);
  if (i === rows.length) return ok({ installed, missing });
  if (!LSLPP_HEADER.test(rows[i].text)) return fail(rows[i].n, `expected the lslpp header 'Fileset Level State Description', found ${quote(rows[i].text)}`);
  i++;
  if (!rows[i] || !/^\s*-{10,}\s*$/.test(rows[i].text)) return fail(rows[i]?.n ?? rows[i - 1].n, "expected a line of dashes under the lslpp header");
  i++;
  let pending: string | null = null;
  let sawPath = false;
  for (; i < rows.length; i++) {
    const l = rows[i];
    if (/^Path: \/\S+\s*$/.test(l.text)) {
      sawPath = true;
      continue;
    }
    if (!sawPath) return fail(l.n, `expected 'Path: /usr/lib/objrepos', found ${quote(l.text)}`);
    if (pending) {
      const lv = LSLPP_LEVEL.exec(l.text);
      if (!lv) return fail(l.n, `expected the level and state of ${pending} on this line, found ${quote(l.text)}`);
      if (!STATES.includes(lv[2])) return fail(l.n, `state '${lv[2]}' is not an installp state`);
      installed.push({ name: pending, level: lv[1], state: lv[2] });
      pending = null;
      continue;
    }
    const row = LSLPP_ROW.exec(l.text);
    if (row && row[2]) {
      if (!STATES.includes(row[3])) return fail(l.n, `state '${row[3]}' is not an installp state`);
      installed.push({ name: row[1], level: row[2], state: row[3] });
      continue;
    }
    if (row && row[1].includes('.') && /^\s{1,4}\S+\s*$/.test(l.text)) {
      pending = row[1]; // a long name: level and state on the next line
      continue;
    }
    if (/^\s{20,}\S/.test(l.text)) continue; // the description wrapped, or EFIXLOCKED
    return fail(l.n, `expected a fileset line 'name level state description', found ${quote(l.text)}`);
  }
  if (pending) return fail(rows[rows.length - 1].n, `the level of ${pending} is missing (the output is cut short)`);
  return ok({ installed, missing });
}

/** `bootinfo -s hdiskN` / `getconf DISK_SIZE /dev/hdiskN`: the size in MB. */
export function parseDiskSize(lines: NumberedLine[], at: number): ParseResult<number> {
  const rows = content(lines);
  if (rows.length === 0) return fail(at, 'nothing was printed: expected a size in MB like 20480');
  const m = /^\s*(\d{1,9})\s*$/.exec(rows[0].text);
  if (!m) return fail(rows[0].n, `expected a disk size in MB like 20480, found ${quote(rows[0].text)}`);
  if (rows.length > 1) return fail(rows[1].n, `a disk size is one line; found more: ${quote(rows[1].text)}`);
  const mb = Number(m[1]);
  if (mb < 1024 || mb > 16 * 1024 * 1024) return fail(rows[0].n, `${mb} MB is outside what the trainer models (1 GB to 16 TB)`);
  return ok(mb);
}

const ATTR_ROW = /^(\S{1,40})\s+(\S.*?)\s+(True\+?|False)\s*$/;

/** `lsattr -El hdiskN`: attribute lines; the twin keeps the pvid. */
export function parseLsattr(lines: NumberedLine[], at: number): ParseResult<{ pvid: string | null | undefined }> {
  const rows = content(lines);
  if (rows.length === 0) return fail(at, "lsattr printed nothing: expected lines like 'pvid  00f6db0a8f3a1c220000000000000000  Physical volume identifier False'");
  let pvid: string | null | undefined;
  for (const l of rows) {
    const m = ATTR_ROW.exec(l.text);
    if (!m) return fail(l.n, `expected an attribute line 'name value description True|False', found ${quote(l.text)}`);
    if (m[1] === 'pvid') {
      const v = /^(none|[0-9a-fA-F]{16}(?:0{16})?)\s/.exec(`${m[2]} `);
      if (!v) return fail(l.n, `pvid '${m[2].split(/\s/)[0]}' is not 'none' nor 16 (or 32) hex digits`);
      pvid = v[1] === 'none' ? null : v[1].slice(0, 16).toLowerCase();
    }
  }
  return ok({ pvid });
}

const DF_HEADER = /^Filesystem\s+GB blocks\s+Free\s+%Used\s+Iused\s+%Iused\s+Mounted on\s*$/;
const DF_ROW = /^(\S{1,60})\s+([\d.]+|-)\s+([\d.]+|-)\s+(\d{1,3}%|-)\s+(\d+|-)\s+(\d{1,3}%|-)\s+(\/\S*)\s*$/;

/** `df -g`: file systems with size and free space in GB. */
export function parseDf(lines: NumberedLine[], at: number): ParseResult<FsFact[]> {
  const rows = content(lines);
  if (rows.length === 0 || !DF_HEADER.test(rows[0].text)) {
    return fail(rows[0]?.n ?? at, `expected 'Filesystem GB blocks Free %Used Iused %Iused Mounted on' header${rows[0] ? `, found ${quote(rows[0].text)}` : ''}`);
  }
  const out: FsFact[] = [];
  for (const l of rows.slice(1)) {
    const m = DF_ROW.exec(l.text);
    if (!m) return fail(l.n, `expected a df -g line 'device GB free %used iused %iused mount', found ${quote(l.text)}`);
    const num = (s: string) => (s === '-' ? null : Number(s));
    const size = num(m[2]);
    if (size !== null && !Number.isFinite(size)) return fail(l.n, `'${m[2]}' is not a size in GB`);
    out.push({ dev: m[1], sizeGB: size, freeGB: num(m[3]), inodesUsed: num(m[5]), mount: m[7] });
  }
  return ok(out);
}

const EMGR_HEADER = /^ID\s+STATE\s+LABEL\s+INSTALL TIME\s+UPDATED BY\s+ABSTRACT\s*$/;
const EMGR_ROW = /^(\d{1,4})\s+(\*?[A-Z]{1,2}\*?)\s+(\S{1,16})\s+(\d\d\/\d\d\/\d\d \d\d:\d\d:\d\d)\s+(.*?)\s*$/;

/** `emgr -l`: interim fixes (label, state, abstract), or "There is no efix data on this system." */
export function parseEmgr(lines: NumberedLine[], at: number): ParseResult<EfixFact[]> {
  const rows = content(lines);
  if (rows.length === 0) return fail(at, "emgr -l printed nothing: expected its table or 'There is no efix data on this system.'");
  if (/^There is no efix data on this system\.\s*$/.test(rows[0].text)) {
    if (rows.length > 1) return fail(rows[1].n, `nothing follows 'There is no efix data', found ${quote(rows[1].text)}`);
    return ok([]);
  }
  if (!EMGR_HEADER.test(rows[0].text)) return fail(rows[0].n, `expected 'ID STATE LABEL INSTALL TIME UPDATED BY ABSTRACT' header, found ${quote(rows[0].text)}`);
  if (!rows[1] || !/^[= ]{10,}$/.test(rows[1].text.trim())) return fail(rows[1]?.n ?? rows[0].n, 'expected the === line under the emgr header');
  const out: EfixFact[] = [];
  let i = 2;
  for (; i < rows.length; i++) {
    const l = rows[i];
    if (/^STATE codes:\s*$/.test(l.text)) break;
    const m = EMGR_ROW.exec(l.text);
    if (!m) return fail(l.n, `expected an efix line 'ID STATE LABEL DATE TIME ABSTRACT', found ${quote(l.text)}`);
    out.push({ label: m[3], state: m[2].replace(/\*/g, ''), abstract: m[5].slice(0, 38).trim() });
  }
  for (i++; i < rows.length; i++) {
    if (!/^\s[A-Z]{1,2} = [A-Z +]+$/.test(rows[i].text.trimEnd())) return fail(rows[i].n, `expected a state code line like ' S = STABLE', found ${quote(rows[i].text)}`);
  }
  return ok(out);
}

/** `hostname`: one name. */
export function parseHostname(lines: NumberedLine[], at: number): ParseResult<string> {
  const rows = content(lines);
  const m = rows.length === 1 ? /^\s*([A-Za-z][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,4})\s*$/.exec(rows[0].text) : null;
  if (!m) return fail(rows[0]?.n ?? at, `expected one host name, found ${rows[0] ? quote(rows[0].text) : 'nothing'}`);
  return ok(m[1]);
}
