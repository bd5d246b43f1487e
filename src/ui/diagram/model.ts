// Shapes and layout constants of the diagram projection (see project.ts): plain objects, no React.
import type { DiskView, HostView } from '../../protocol/index.ts';


export const LAYOUT = {
  hostGap: 64,
  pad: 16,
  header: 52,
  firmwareX: 16,
  firmwareWidth: 164,
  firmwareHeight: 122,
  diskX: 216,
  diskWidth: 240,
  diskHeight: 122,
  rowGap: 12,
  vgX: 496,
  vgWidth: 344,
  vgHeader: 60,
  lvHeight: 24,
  lvPad: 8,
} as const;

export const HOST_WIDTH = LAYOUT.vgX + LAYOUT.vgWidth + LAYOUT.pad;
export const SHELF_WIDTH = LAYOUT.diskWidth + 2 * LAYOUT.pad;

/** Data every node carries for the change highlight (set by markChanges). */
export type Changeable = {
  /** The last command changed this node (or added it). */
  changed: boolean;
  /** The command number that set `changed`, so the animation restarts on each command. */
  changeSeq: number;
  /** Drawn as a preview ghost (ghost.ts): what the typed line would create, change or remove. */
  ghost?: GhostKind;
};

export type GhostKind = 'created' | 'changed' | 'removed';

export type DamageText = string | null;

export type HostNodeData = Changeable & {
  testId: string;
  name: string;
  console: boolean;
  power: HostView['power'];
  powerText: string;
  led: string | null;
  ledText: string;
  ledMeaning: string;
  level: string | null;
  hangReason: string | null;
  /** A damaged-system outcome of the lifecycle (ODM damaged, doubled names …), for the console host. */
  damage: DamageText;
};

export type ShelfNodeData = Changeable & { testId: string; title: string; count: number };

export type BootlistLine = {
  /** "bootlist (normal):" */
  label: string;
  /** ["1 hdisk0", "2 hdisk1"], or ["empty"]. */
  items: string[];
};

export type FirmwareNodeData = Changeable & {
  host: string;
  normalTestId: string;
  serviceTestId: string;
  /** "bootlist (normal): 1 hdisk0 2 hdisk1": the text content of the drawn line. */
  normalText: string;
  serviceText: string;
  normal: BootlistLine;
  service: BootlistLine;
  bootDisk: string | null;
  /** "next boot hangs at LED 0552 (hdisk1)": the normal bootlist starts with a disk that cannot boot. */
  warning: string | null;
  warningTestId: string;
};

export type DiskNodeData = Changeable & {
  testId: string;
  /** Host the disk is attached to; null on the shelf. */
  host: string | null;
  diskId: string;
  /** hdisk name, or null when not configured (host down, shelf). */
  hdisk: string | null;
  title: string;
  pvidText: string;
  sizeText: string;
  vgText: string;
  roleText: string;
  role: DiskView['role'];
  /** Whether its VG is varied on: 'on', 'off', or null for a disk in no VG. */
  varied: 'on' | 'off' | null;
  /** 'active' when its VG is varied on, 'inactive' when in a VG that is not, '' for a free disk. */
  stateText: 'active' | 'inactive' | '';
  booted: boolean;
  failed: boolean;
  /** An alternate rootvg (altinst_rootvg or old_rootvg): it is either awake or asleep. */
  alternate: boolean;
  awake: boolean;
  /** The LED a boot from this alternate stops at (the lifecycle machine's answer), or null. */
  bootHang: string | null;
  /** An asleep alternate that cannot boot: damaged (stale alt_ definitions, doubled names). */
  damaged: boolean;
  bootRecord: boolean;
  osLevel: string | null;
  /** 1-based places in the normal bootlist, e.g. [1]. */
  bootOrder: number[];
  /** 1-based places in the service bootlist. */
  serviceOrder: number[];
  /** File systems mounted under /alt_inst (an awake alternate). */
  altMounts: number;
};

export type VgNodeData = Changeable & {
  testId: string;
  host: string;
  name: string;
  active: boolean;
  stateText: 'active' | 'inactive';
  /** "hdisk0, hdisk1" */
  pvText: string;
  lvCount: number;
  /** Some LV keeps more than one copy (PPs = 2 × LPs). */
  mirrored: boolean;
  /** An alternate rootvg woken: LVs renamed alt_*, mounted under /alt_inst. */
  awake: boolean;
  expanded: boolean;
  /** There are LVs to show (an inactive VG lists none). */
  expandable: boolean;
  detailText: string;
};

export type LvNodeData = Changeable & {
  host: string;
  vg: string;
  name: string;
  type: string;
  lps: number;
  pps: number;
  /** Mirror copies: PPs / LPs (1 when not mirrored). */
  copies: number;
  state: string;
  open: boolean;
  stale: boolean;
  mount: string | null;
};

interface NodeBase<T extends string, D> {
  id: string;
  type: T;
  position: { x: number; y: number };
  data: D;
  width: number;
  height: number;
  parentId?: string;
  extent?: 'parent';
  draggable: boolean;
  selectable: boolean;
  connectable: boolean;
  focusable: boolean;
  ariaLabel: string;
  className?: string;
  /** Set by the diagram for its roving tabindex (React Flow spreads it on the node wrapper). */
  domAttributes?: { tabIndex: number };
}

export type HostNode = NodeBase<'host', HostNodeData>;
export type ShelfNode = NodeBase<'shelf', ShelfNodeData>;
export type FirmwareNode = NodeBase<'firmware', FirmwareNodeData>;
export type DiskNode = NodeBase<'disk', DiskNodeData>;
export type VgNode = NodeBase<'vg', VgNodeData>;
export type LvNode = NodeBase<'lv', LvNodeData>;
export type DiagramNode = HostNode | ShelfNode | FirmwareNode | DiskNode | VgNode | LvNode;

export type EdgeKind = 'member' | 'boot' | 'service';
export type EdgeData = { kind: EdgeKind; changed: boolean; changeSeq: number };

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  sourceHandle?: string;
  targetHandle?: string;
  type: 'smoothstep' | 'default';
  label?: string;
  className: string;
  data: EdgeData;
  selectable: boolean;
  focusable: boolean;
  ariaLabel?: string;
}

export interface Projection {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export interface ProjectOptions {
  /**
   * VG node ids whose LV list the learner opened or folded, against the default: an alternate
   * rootvg (altinst_rootvg, old_rootvg) shows its LVs, every other VG folds them away.
   */
  toggled?: ReadonlySet<string>;
}

