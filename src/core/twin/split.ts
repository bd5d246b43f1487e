// One pasted blob → its command sections → facts. Each output must be preceded by the command line that
// printed it (`# lspv`, `$ lsvg -l rootvg`, `aixprod01:/# lspv`, `root@aixprod01:/ # lspv`). The paste is
// plain text: it is never run nor rendered as HTML, and its size is bounded before any parsing.
import { err, ok, type Result } from '../result.ts';
import { parseLspv, parseLsvg, parseLsvgL, parseLsvgP } from './parseLvm.ts';
import { parseBootlist, parseDf, parseDiskSize, parseEmgr, parseHostname, parseLsattr, parseLslpp, parseOslevel } from './parseSystem.ts';
import { emptyFacts, type NumberedLine, type Problem, type TwinFacts } from './types.ts';

export const MAX_PASTE_CHARS = 1_000_000;
export const MAX_PASTE_LINES = 5_000;
export const MAX_LINE_CHARS = 512;

/** Prints each disk's size under its own command line (the loop's own line is skipped when pasted). */
const LOOP = 'for d in $(lspv | awk \'{print $1}\'); do echo "# getconf DISK_SIZE /dev/$d"; getconf DISK_SIZE /dev/$d; done';

/** The commands the twin reads, as the admin runs them (the copyable block). */
export const TWIN_COMMANDS = [
  'hostname',
  'oslevel -s',
  'lspv',
  'lsvg rootvg',
  'lsvg -l rootvg',
  'lsvg -p rootvg',
  'bootlist -m normal -o',
  'lslpp -l bos.alt_disk_install.*',
  'df -g',
  'emgr -l',
  LOOP,
];

export interface Section {
  /** The command line as typed, without its prompt. */
  command: string;
  /** Line number of the command line. */
  at: number;
  lines: NumberedLine[];
}

const KNOWN = new Set(['lspv', 'lsvg', 'bootlist', 'oslevel', 'lslpp', 'bootinfo', 'getconf', 'lsattr', 'df', 'emgr', 'hostname']);
const PROMPT = /^(.{0,64}?)[#$]\s*(\S.*)$/;

/** A command line: an optional prompt ending in # or $, then one of the commands the twin reads. */
export function commandLine(text: string): { prompt: string; command: string } | null {
  const m = PROMPT.exec(text.trimEnd());
  if (!m) return null;
  const word = m[2].split(/\s/)[0];
  if (!KNOWN.has(word)) return null;
  if (m[1].trim() !== '' && !/^\[?[A-Za-z0-9_.@:/~ -]{1,64}\]?\s*$/.test(m[1])) return null;
  return { prompt: m[1].trim(), command: m[2].trim().replace(/\s+/g, ' ') };
}

/** The host name a prompt shows: `root@aixprod01:/ #`, `[root@aixprod01 /]#`, `aixprod01:/#`, `aixprod01 #`. */
export function hostFromPrompt(prompt: string): string | null {
  const p = prompt.replace(/^\[/, '').replace(/\]$/, '');
  const afterAt = p.includes('@') ? p.slice(p.indexOf('@') + 1) : p;
  const m = /^([A-Za-z][A-Za-z0-9-]{0,62})(?:[:\s]|$)/.exec(afterAt);
  return m ? m[1] : null;
}

/** Bounds and splits the paste; text before the first command line is refused. */
export function splitPaste(text: string): Result<{ sections: Section[]; host: { name: string; line: number } | null }, Problem[]> {
  if (text.length > MAX_PASTE_CHARS) return err([{ line: 1, message: `the paste is ${text.length.toLocaleString('en-US')} characters; the twin reads at most ${MAX_PASTE_CHARS.toLocaleString('en-US')} (1 MB)` }]);
  let lineCount = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineCount++;
  if (lineCount > MAX_PASTE_LINES) return err([{ line: MAX_PASTE_LINES + 1, message: `the paste has ${lineCount} lines; the twin reads at most ${MAX_PASTE_LINES}` }]);
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const sections: Section[] = [];
  let host: { name: string; line: number } | null = null;
  for (let i = 0; i < raw.length; i++) {
    const n = i + 1;
    const line = raw[i].replace(/\t/g, '        ');
    if (line.length > MAX_LINE_CHARS) return err([{ line: n, message: `the line is ${line.length} characters long; no output the twin reads has lines over ${MAX_LINE_CHARS}` }]);
    const cmd = commandLine(line);
    const loop = !cmd && PROMPT.exec(line.trimEnd());
    if (loop && loop[2].startsWith('for d in ')) {
      // the disk-size loop: its output carries its own command lines
      sections.push({ command: LOOP_MARK, at: n, lines: [] });
      continue;
    }
    if (cmd) {
      sections.push({ command: cmd.command, at: n, lines: [] });
      const h = hostFromPrompt(cmd.prompt);
      if (h && !host) host = { name: h, line: n };
      continue;
    }
    if (sections.length === 0) {
      if (line.trim() === '') continue;
      return err([{ line: n, message: "expected a command line such as '# lspv' before its output (each output goes under the command that printed it)" }]);
    }
    sections[sections.length - 1].lines.push({ n, text: line });
  }
  if (sections.length === 0) return err([{ line: 1, message: "nothing to read: paste the commands' output, each under its command line (# lspv …)" }]);
  return ok({ sections, host });
}

const LOOP_MARK = '(disk size loop)';
const DISK = /^hdisk\d{1,5}$/;
const VG = /^[A-Za-z0-9_.-]{1,15}$/;

/** Reads one section into the facts; returns the problem when it cannot be read. */
function readSection(s: Section, facts: TwinFacts): Problem | null {
  const w = s.command.split(' ');
  const key = w.slice(0, 2).join(' ');
  const result = ((): Problem | null => {
    const put = <T>(r: Result<T, Problem>, set: (v: T) => void): Problem | null => {
      if (!r.ok) return r.error;
      set(r.value);
      return null;
    };
    if (s.command === LOOP_MARK) {
      const stray = s.lines.find((l) => l.text.trim() !== '');
      return stray ? { line: stray.n, message: "expected a line '# getconf DISK_SIZE /dev/hdiskN' from the loop" } : null;
    }
    if (s.command === 'lspv') return put(parseLspv(s.lines, s.at), (v) => (facts.pvs = v));
    if (w[0] === 'lsvg' && w.length === 2 && VG.test(w[1])) return put(parseLsvg(s.lines, s.at, w[1]), (v) => (facts.vgs[v.name] = v));
    if ((key === 'lsvg -l' || key === 'lsvg -p') && w.length >= 3 && w.slice(2).every((v) => VG.test(v))) {
      if (key === 'lsvg -l') return put(parseLsvgL(s.lines, s.at, w.slice(2)), (v) => Object.assign(facts.lvs, v));
      return put(parseLsvgP(s.lines, s.at, w.slice(2)), (v) => Object.assign(facts.vgPvs, v));
    }
    if (/^bootlist -m normal -o$|^bootlist -o -m normal$/.test(s.command)) return put(parseBootlist(s.lines, s.at), (v) => (facts.bootlist = v));
    if (s.command === 'oslevel -s') return put(parseOslevel(s.lines, s.at), (v) => (facts.level = v));
    if (key === 'lslpp -l' && w.length >= 3) return put(parseLslpp(s.lines, s.at), (v) => (facts.altDisk = { installed: [...(facts.altDisk?.installed ?? []), ...v.installed], missing: [...(facts.altDisk?.missing ?? []), ...v.missing] }));
    if (key === 'bootinfo -s' && w.length === 3 && DISK.test(w[2])) return put(parseDiskSize(s.lines, s.at), (v) => (facts.diskSizes[w[2]] = v));
    if (key === 'getconf DISK_SIZE' && w.length === 3 && /^\/dev\/hdisk\d{1,5}$/.test(w[2])) return put(parseDiskSize(s.lines, s.at), (v) => (facts.diskSizes[w[2].slice(5)] = v));
    if (key === 'lsattr -El' && w.length === 3 && DISK.test(w[2])) {
      return put(parseLsattr(s.lines, s.at), (v) => {
        if (v.pvid !== undefined) facts.attrPvids[w[2]] = v.pvid;
      });
    }
    if (s.command === 'df -g') return put(parseDf(s.lines, s.at), (v) => (facts.fs = v));
    if (s.command === 'emgr -l') return put(parseEmgr(s.lines, s.at), (v) => (facts.efixes = v));
    if (s.command === 'hostname') {
      return put(parseHostname(s.lines, s.at), (v) => {
        facts.hostname = v.split('.')[0];
        facts.hostnameFrom = `the hostname command (line ${s.at})`;
      });
    }
    return { line: s.at, message: `the twin does not read '${s.command.slice(0, 60)}'; it reads: ${TWIN_COMMANDS.slice(0, 8).join(', ')}, bootinfo -s hdiskN, getconf DISK_SIZE /dev/hdiskN, lsattr -El hdiskN, df -g, emgr -l` };
  })();
  return result;
}

/** Reads a whole paste: every section is read; all problems are returned together, in line order. */
export function readPaste(text: string): Result<TwinFacts, Problem[]> {
  const split = splitPaste(text);
  if (!split.ok) return split;
  const facts = emptyFacts();
  const problems: Problem[] = [];
  for (const s of split.value.sections) {
    const p = readSection(s, facts);
    if (p) problems.push(p);
  }
  if (problems.length > 0) return err(problems.sort((a, b) => a.line - b.line));
  if (!facts.hostname && split.value.host) {
    facts.hostname = split.value.host.name;
    facts.hostnameFrom = `the prompt on line ${split.value.host.line}`;
  }
  return ok(facts);
}
