// What the twin reads from pasted AIX output: facts per command, before they become a world.
import type { Result } from '../result.ts';

/** Why a pasted text cannot be read: the line of the paste (from 1) and the reason in plain words. */
export interface Problem {
  line: number;
  message: string;
}

export function problemText(p: Problem): string {
  return `line ${p.line}: ${p.message}`;
}

export type ParseResult<T> = Result<T, Problem>;

/** One line of a pasted section, with its line number in the whole paste. */
export interface NumberedLine {
  n: number;
  text: string;
}

export interface PvFact {
  name: string;
  pvid: string | null;
  vg: string | null;
  active: boolean;
}

export interface VgFact {
  name: string;
  vgid: string | null;
  ppSizeMB: number;
  totalPps: number | null;
  quorumDisabled: boolean;
}

export interface LvFact {
  name: string;
  type: 'boot' | 'paging' | 'jfs2log' | 'jfslog' | 'jfs2' | 'jfs' | 'sysdump';
  lps: number;
  pps: number;
  pvs: number;
  state: string;
  mount: string | null;
}

export interface VgPvFact {
  name: string;
  totalPps: number;
  freePps: number;
}

export interface FilesetFact {
  name: string;
  level: string;
  state: string;
}

export interface FsFact {
  dev: string;
  sizeGB: number | null;
  freeGB: number | null;
  inodesUsed: number | null;
  mount: string;
}

export interface EfixFact {
  label: string;
  state: string;
  abstract: string;
  /** Filesets the fix locks (emgr -l does not say; the scenario builder can). */
  filesets?: string[];
}

/** Everything read from one paste; a field is absent when its command was not pasted. */
export interface TwinFacts {
  hostname?: string;
  /** Where the host name came from (a prompt on line N, the hostname command). */
  hostnameFrom?: string;
  level?: string;
  pvs?: PvFact[];
  vgs: Record<string, VgFact>;
  lvs: Record<string, LvFact[]>;
  vgPvs: Record<string, VgPvFact[]>;
  bootlist?: string[];
  /** lslpp -l of the alt_disk filesets: installed ones, and the names lslpp said are not installed. */
  altDisk?: { installed: FilesetFact[]; missing: string[] };
  /** Disk sizes in MB (bootinfo -s, getconf DISK_SIZE). */
  diskSizes: Record<string, number>;
  /** PVIDs from lsattr -El (null: pvid none). */
  attrPvids: Record<string, string | null>;
  fs?: FsFact[];
  efixes?: EfixFact[];
}

export function emptyFacts(): TwinFacts {
  return { vgs: {}, lvs: {}, vgPvs: {}, diskSizes: {}, attrPvids: {} };
}
