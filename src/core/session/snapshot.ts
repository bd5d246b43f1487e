// The view of the world the UI draws: a pure projection, recomputed after every command.
export type DiskRole = 'rootvg' | 'altinst_rootvg' | 'old_rootvg' | 'free' | 'other';

export interface DiskView {
  id: string;
  /** hdisk name in the running ODM of the host (null when the host is down or the disk is on the shelf). */
  name: string | null;
  pvid: string | null;
  sizeMB: number;
  vg: string | null;
  vgActive: boolean;
  role: DiskRole;
  bootRecord: boolean;
  /** oslevel -s of the AIX stored on the disk, if any. */
  osLevel: string | null;
  booted: boolean;
  failed: boolean;
  /** The alternate on this disk is awake (LVs renamed alt_*, mounted under /alt_inst). */
  awake: boolean;
  /**
   * The LED a boot from this disk stops at, as the lifecycle machine says: for an alternate rootvg of the
   * running console host, when its REBOOT into the alternate leads to a hung state; for a hung console
   * host, the disk the boot tried. Absent when it boots.
   */
  bootHang?: string;
}

export interface LvView {
  name: string;
  type: string;
  lps: number;
  pps: number;
  pvs: number;
  state: string;
  mount: string | null;
}

export interface VgView {
  name: string;
  vgid: string;
  active: boolean;
  pvs: string[];
  lvs: LvView[];
}

export interface HostView {
  name: string;
  power: 'off' | 'firmware' | 'sms' | 'booting' | 'hung' | 'running';
  led: string | null;
  hangReason: string | null;
  level: string | null;
  bootDisk: string | null;
  disks: DiskView[];
  vgs: VgView[];
  bootlist: { normal: string[]; service: string[] };
  mounts: { dev: string; mount: string }[];
}

export type InputMode = 'shell' | 'confirm' | 'sms' | 'console' | 'off';

export interface SimSnapshot {
  console: string;
  clockMs: number;
  scenario: string;
  hosts: HostView[];
  shelf: DiskView[];
  /** `description`: the machine's own words for the state (absent while a command streams a new state). */
  lifecycle: { state: string; description?: string; recent: { command: string; from: string; to: string }[] };
  mode: InputMode;
  prompt: string;
}
