// How far a running command is, derived only from what streams in: its duration (the 'duration' event
// that opens a timed line), the simulated offset of every chunk and event, the AIX lines it prints and
// its 'progress' figures. Pure: the terminal and the target disk in the diagram draw from it.
import type { OutputChunk, SimEvent } from '../../protocol/index.ts';
import { ledMeaning } from '../boot/ledCodes.ts';

/** A command that takes at least this long (simulated) gets the progress strip and the speed hint. */
export const LONG_COMMAND_MS = 60_000;

export interface RunProgress {
  /** The command line as typed. */
  line: string;
  /** The host it runs on (the console host when it started). */
  host: string;
  /** Disks the command writes (`-d hdisk1 hdisk2`): the diagram draws the progress on them. */
  targets: readonly string[];
  /** Whole simulated duration; 0 until the 'duration' event arrived (an instant command never sends one). */
  durationMs: number;
  /** Simulated offset reached so far. */
  atMs: number;
  /** The phase in words ("Copying rootvg files"), or null before the first line that names one. */
  phase: string | null;
  /** The running figure inside the phase ("/usr 83 %"), or null. */
  detail: string | null;
}

export function startRun(line: string, host: string): RunProgress {
  return { line, host, targets: targetDisks(line), durationMs: 0, atMs: 0, phase: null, detail: null };
}

const COPYING = 'Copying rootvg files';
const COPY_OR_BEFORE = new Set(['Writing /image.data', 'Checking disk sizes', 'Creating altinst_rootvg', 'Listing the files to copy', COPYING]);

/** AIX's transcript lines (altMessages) → the phase they open. First match wins. */
const PHASES: readonly [RegExp, string][] = [
  [/^Calling mkszfile/, 'Writing /image.data'],
  [/^Checking disk sizes/, 'Checking disk sizes'],
  [/^Creating cloned rootvg|^Creating logical volume|^Creating \S+ file system/, 'Creating altinst_rootvg'],
  [/^Generating a list of files/, 'Listing the files to copy'],
  [/^Backing-up the rootvg files/, COPYING],
  [/^Restoring \/image\.data|^Restoring mksysb image/, 'Restoring the mksysb image'],
  [/^Modifying ODM on cloned disk/, "Modifying the clone's ODM"],
  [/^Resetting all device attributes/, 'Resetting device attributes'],
  [/^installp:|^Installing Software|^Pre-installation Verification/, 'Installing updates'],
  [/^Building boot image/, 'Building the boot image'],
  [/^Linking to 64bit kernel/, 'Linking the 64-bit kernel'],
  [/^Changing logical volume names|^Fixing LV control blocks/, 'Renaming the logical volumes'],
  [/^forced unmount of/, 'Unmounting /alt_inst'],
  [/^Fixing file system superblocks/, 'Fixing file system superblocks'],
  [/^Bootlist is set to the boot disk/, 'Setting the bootlist'],
  [/^Waking up altinst_rootvg/, 'Waking altinst_rootvg'],
  [/^Putting volume group altinst_rootvg to sleep/, 'Putting altinst_rootvg to sleep'],
  [/^SHUTDOWN PROGRAM/, 'Shutting down'],
  [/^Unmounting the file systems/, 'Unmounting the file systems'],
  [/^Saving Base Customize Data/, 'Saving the ODM to the boot disk (savebase)'],
  [/^System initialization completed/, 'System initialization completed'],
];

/** A power state the boot passes through, in words. */
const POWER_PHASES: Record<string, string> = {
  firmware: 'Firmware: walking the bootlist',
  sms: 'SMS menus',
  booting: 'Booting AIX',
  hung: 'Hung',
  off: 'Powered off',
  running: 'AIX is up',
};

/** The phase an output line opens, or null when it opens none. */
export function phaseOf(text: string): string | null {
  const line = text.trim();
  for (const [re, name] of PHASES) if (re.test(line)) return name;
  return null;
}

function offset(atMs: number): number {
  return Number.isFinite(atMs) && atMs > 0 ? atMs : 0;
}

export function withChunk(run: RunProgress, chunk: OutputChunk): RunProgress {
  let phase = run.phase;
  let detail = run.detail;
  for (const text of chunk.text.split('\n')) {
    const named = phaseOf(text);
    if (named && named !== phase) {
      phase = named;
      detail = null;
    }
  }
  const atMs = Math.max(run.atMs, offset(chunk.atMs));
  if (phase === run.phase && detail === run.detail && atMs === run.atMs) return run;
  return { ...run, phase, detail, atMs };
}

export function withEvent(run: RunProgress, event: SimEvent): RunProgress {
  if (event.type === 'duration') return { ...run, durationMs: Math.max(0, event.durationMs) };
  if (!('atMs' in event)) return run;
  const atMs = Math.max(run.atMs, offset(event.atMs));
  if (event.type === 'led' && event.host === run.host && event.code) {
    return { ...run, atMs, phase: `LED ${event.code}: ${ledMeaning(event.code)}`, detail: null };
  }
  if (event.type === 'power' && event.host === run.host) {
    return { ...run, atMs, phase: POWER_PHASES[event.state] ?? run.phase, detail: null };
  }
  if (event.type === 'progress') {
    const percent = Math.round(Math.max(0, Math.min(100, event.percent)));
    const copy = /^backup\/restore\s+(.*)$/.exec(event.label);
    if (!copy) return { ...run, atMs, phase: run.phase ?? event.label, detail: `${event.label} ${percent} %` };
    // A copy figure that lands just after AIX moved on to the next phase does not bring the copy back.
    if (run.phase !== null && !COPY_OR_BEFORE.has(run.phase)) return atMs === run.atMs ? run : { ...run, atMs };
    return { ...run, atMs, phase: COPYING, detail: `${copy[1]} ${percent} %` };
  }
  return atMs === run.atMs ? run : { ...run, atMs };
}

/**
 * The share of the simulated duration played so far, 0–1. It stays below 1 while the command runs:
 * only 'done' means the work is over.
 */
export function fractionDone(run: RunProgress): number {
  if (run.durationMs <= 0) return 0;
  return Math.min(0.99, Math.max(0, run.atMs / run.durationMs));
}

export function isLong(run: RunProgress): boolean {
  return run.durationMs >= LONG_COMMAND_MS;
}

/** The disks a line names with -d ("-d hdisk1", "-d 'hdisk1 hdisk2'", "-dhdisk1"). */
export function targetDisks(line: string): string[] {
  const words = line.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
  const disks: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    let value: string | undefined;
    if (word === '-d') value = words[++i];
    else if (/^-d\S/.test(word)) value = word.slice(2);
    if (value === undefined) continue;
    for (const name of value.replace(/^["']|["']$/g, '').split(/[\s,]+/)) {
      if (/^hdisk\d+$/.test(name) && !disks.includes(name)) disks.push(name);
    }
  }
  return disks;
}

/** "about 12 simulated minutes", "about 45 simulated seconds". */
export function durationWords(ms: number): string {
  if (ms < 90_000) {
    const s = Math.max(1, Math.round(ms / 1000));
    return `about ${s} simulated second${s === 1 ? '' : 's'}`;
  }
  const m = Math.round(ms / 60_000);
  return `about ${m} simulated minutes`;
}

/** "2:14" (minutes:seconds of simulated time). */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** The command's name (first word), for "alt_disk_copy takes about …". */
export function commandName(line: string): string {
  return line.trim().split(/\s+/)[0] ?? '';
}
