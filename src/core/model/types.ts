// The simulated world: disk images (what survives a reboot or a move) and running hosts (what a boot
// builds from them). Everything is plain JSON so it can be cloned, stored in IndexedDB and shared in links.

export type LvType = 'boot' | 'paging' | 'jfs2log' | 'jfslog' | 'jfs2' | 'jfs' | 'sysdump';

/** A file inside a simulated file system. Big content is kept as a size only. */
export type FileNode =
  | { kind: 'dir' }
  | { kind: 'file'; text?: string; sizeKB?: number }
  /** An installp image directory marker: the updates it holds raise a system to `level`. */
  | { kind: 'lppsource'; level: string; filesets: Record<string, string> }
  /** A mksysb backup file: a frozen copy of a rootvg. */
  | { kind: 'mksysb'; image: MksysbImage };

export interface MksysbImage {
  sourceHost: string;
  createdAtMs: number;
  os: OsImage;
  ppSizeMB: number;
  lvs: LvImage[];
}

/** Superblock + content of a JFS/JFS2 file system living in one logical volume. */
export interface FsImage {
  vfs: 'jfs2' | 'jfs';
  /** The mount point recorded in the superblock (alt_disk rewrites it to /alt_inst/...). */
  superblockMount: string;
  usedMB: number;
  inodesUsed: number;
  /** Paths relative to the file-system root, without a leading slash ("etc/hosts"). */
  files: Record<string, FileNode>;
}

export interface BootImage {
  /** oslevel -s of the kernel/RAM file system in the image. */
  level: string;
  builtAtMs: number;
  blocks: number;
  /** Base customized ODM copy (savebase): the LV names and mounts rc.boot expects. */
  baseOdm: BaseOdm;
  /** -O clone: devices reset, the first boot asks for the console (LED 0c31) unless one was named. */
  deviceReset?: { console: string | null };
  /** Hardware the image's device configuration was made for (a disk moved without -O hangs at 554). */
  madeForHost: string;
}

export interface BaseOdm {
  rootLvs: string[];
  mounts: Record<string, string>;
}

/** A physical-partition extent of one LV copy on one PV. */
export interface PpExtent {
  pvid: string;
  start: number; // 1-based PP number on that PV
  count: number;
}

/** A logical volume as the VGDA and LV control block on disk describe it. */
export interface LvImage {
  minor: number;
  /** Name in the VGDA (hd4 when asleep, alt_hd4 while an alternate is awake). */
  name: string;
  type: LvType;
  lps: number;
  /** One extent list per mirror copy. */
  copies: PpExtent[][];
  /** LVCB label: the mount point for file systems, primary_bootlv for hd5, otherwise null. */
  label: string | null;
  intraPolicy: 'edge' | 'middle' | 'center' | 'inner middle' | 'inner edge';
  stale?: boolean;
  fs?: FsImage;
  bootImage?: BootImage;
}

/** The LVM-level state of an installed AIX (lives in hd4 and hd2 of a rootvg-type VG). */
export interface OsImage {
  hostname: string;
  level: string; // oslevel -s, e.g. 7200-05-03-2148
  /** alt_disk_mksysb restored this AIX: until it has booted, no device or kernel support may be installed into it (REFERENCE §12, R9). */
  restoredFromMksysb?: boolean;
  filesets: Record<string, Fileset>;
  odm: Odm;
  /** Set by alt_disk_copy -x: a script run on the first boot of the clone. */
  firstBootScript?: string | null;
  /** The VG this AIX was cloned from (alt_disk_copy), so the lifecycle knows which disk is "old". */
  clonedFrom?: string | null;
  /** True until the first boot of a clone or mksysb install has run (old_rootvg naming). */
  pendingFirstBoot?: { fromVgid: string | null } | null;
  /** /var/adm/ras/errlog of this AIX, oldest first (errpt prints newest first). Absent = only the boot entry. */
  errlog?: ErrEntry[];
  /** Interim fixes installed with emgr (emgr -l), oldest first. Each locks the filesets it patches. */
  efixes?: Efix[];
  /** When this AIX was installed (the date of every fileset's first lslpp -h entry). */
  installedAtMs?: number;
}

/** An interim fix (emgr): while installed, installp refuses to update the filesets it patches. */
export interface Efix {
  label: string;
  abstract: string;
  installedAtMs: number;
  /** Filesets the fix patches (each shows EFIXLOCKED in lslpp -l). */
  filesets: string[];
  /** emgr STATE: S stable, Q reboot required. */
  state: 'S' | 'Q';
}

/** One error log record (errpt). */
export interface ErrEntry {
  /** Error identifier, 8 hex digits (9DBCFDEE = ERRLOG_ON). */
  id: string;
  atMs: number;
  /** P(ERM), T(EMP), I(NFO), U(NKN) as errpt's T column shows it. */
  type: 'P' | 'T' | 'I' | 'U';
  /** H(ardware), S(oftware), O(perator), U(ndetermined). */
  cls: 'H' | 'S' | 'O' | 'U';
  resource: string;
  description: string;
}

export interface Fileset {
  level: string;
  state: 'COMMITTED' | 'APPLIED' | 'BROKEN';
  description: string;
  efixLocked?: boolean;
  /** installp actions after the install (lslpp -h), oldest first; absent = only the install itself. */
  history?: FilesetEvent[];
}

export interface FilesetEvent {
  level: string;
  action: 'APPLY' | 'COMMIT';
  atMs: number;
}

/** The VGDA content shared by all member disks of a volume group. */
export interface VgImage {
  vgid: string;
  ppSizeMB: number;
  maxPpsPerPv: number;
  pvids: string[];
  lvs: LvImage[];
  nextMinor: number;
  /**
   * Progress of an alternate-disk operation on this VG: 0 = phase 1 started (a partial clone if it
   * stays so), 1 and 2 = phases done and the clone still awake. Absent once phase 3 put it to sleep.
   */
  altPhase?: 0 | 1 | 2;
  /** Quorum checking (mirrorvg of rootvg turns it off). Absent means enabled. */
  quorum?: boolean;
  /** Present when the VG holds an installed AIX (a rootvg, clone or old rootvg). */
  os?: OsImage;
  /**
   * multibos: the other BOS instance of this rootvg (bos_hd5, bos_hd4… or, once booted from those, hd5,
   * hd4…), its own AIX image. `os` is always the instance booted last; a boot from the other BLV swaps them.
   */
  standbyBos?: OsImage;
}

export interface Disk {
  /** World-unique hardware identity (stands for the LUN id / location code). */
  id: string;
  /** Attached host and slot; null while on the shelf. */
  location: { host: string; slot: number } | null;
  sizeMB: number;
  pvid: string | null;
  description: string;
  /** VGDA present on the disk (the VG image it belongs to). */
  vgid: string | null;
  /** Boot record pointing at a boot LV, or none. */
  bootRecord: { blv: string } | null;
  failed?: boolean;
}

/** ODM objects the simulator needs. Lives in the OsImage of a rootvg, so each disk keeps its own view. */
export interface Odm {
  /** CuDv hdisk objects keyed by hardware identity. */
  disks: OdmDisk[];
  /** CuDv vgtype objects in retrieval order. */
  vgs: OdmVg[];
  /** CuDv lvtype objects. */
  lvs: OdmLv[];
  /** /etc/filesystems stanzas. */
  filesystems: FsStanza[];
}

export interface OdmDisk {
  name: string;
  diskId: string;
  pvid: string | null;
  state: 'Available' | 'Defined';
}

export interface OdmVg {
  name: string;
  vgid: string;
  pvids: string[];
  autoOn: boolean;
}

export interface OdmLv {
  name: string;
  vg: string;
  /** vgid.minor */
  lvid: string;
  type: LvType;
}

export interface FsStanza {
  mount: string;
  dev: string;
  vfs: 'jfs2' | 'jfs' | 'procfs' | 'ahafs';
  log: string | null;
  auto: boolean;
  account: boolean;
}

export interface BootDevice {
  diskId: string;
  blv: string;
}

export type PowerState = 'off' | 'firmware' | 'sms' | 'booting' | 'hung' | 'running';

export interface Mount {
  dev: string;
  mount: string;
  vfs: 'jfs2' | 'jfs' | 'procfs' | 'ahafs';
  /** The on-disk LV behind the mount (absent for pseudo file systems). */
  lv: { vgid: string; minor: number } | null;
  atMs: number;
  log: string | null;
}

/** Per-boot state: gone at the next boot. */
export interface RunState {
  bootDiskId: string;
  rootVgid: string;
  bootedAtMs: number;
  /** Varied-on VGs, most recently varied on first (lsvg -o order). */
  variedOn: string[];
  mounts: Mount[];
  cwd: string;
  lastExit: number;
  /** Shell variables set with NAME=value on their own. */
  vars: Record<string, string>;
}

export interface Host {
  name: string;
  model: string;
  memoryMB: number;
  processors: number;
  slots: number;
  nvram: { normal: BootDevice[]; service: BootDevice[] };
  power: PowerState;
  /** LED / progress code on the operator panel while booting or hung. */
  led: string | null;
  /** Why the host is hung, in plain words (for the boot console). */
  hangReason: string | null;
  run: RunState | null;
  /** The disk firmware loaded last (also when that boot hung), for the lifecycle's reading of a reboot. */
  bootAttemptDiskId?: string | null;
  /** The disk the last successful boot came from (bootinfo -b survives nothing else). */
  lastBootDiskId: string | null;
  /** Error records the kernel kept in NVRAM until errdemon runs again (SYSTEM SHUTDOWN BY USER). */
  errBuffer?: ErrEntry[];
  /** Update media in the optical drive (/dev/cd0), if any. */
  cdrom: FileNode | null;
  /** A mksysb tape in the tape drive (/dev/rmt0), if any. */
  tape?: FileNode | null;
}

export interface World {
  schema: 1;
  clock: { nowMs: number };
  rng: { state: number };
  hosts: Record<string, Host>;
  /** Host the terminal is attached to. */
  console: string;
  disks: Record<string, Disk>;
  vgs: Record<string, VgImage>;
}
