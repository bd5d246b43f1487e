// The diagram as a pure projection of the snapshot: hosts (group nodes), their firmware (bootlist),
// disks and volume groups, plus membership and boot-order edges. No React here: the shapes are plain
// objects structurally compatible with React Flow's Node and Edge, unit-tested in node.
//
// Layout is deterministic and stable: a disk's row is its position in the host's disk list (the host's
// slot order), so adding a disk adds a row below and moves nothing else. A volume group sits beside the
// first of its member disks. Hosts stand side by side in snapshot order; the shelf comes last.
import type { DiskView, HostView, SimSnapshot, VgView } from '../../protocol/index.ts';

export const LAYOUT = {
  hostGap: 60,
  pad: 14,
  header: 58,
  firmwareX: 14,
  firmwareWidth: 150,
  firmwareHeight: 104,
  diskX: 210,
  diskWidth: 224,
  diskHeight: 92,
  rowGap: 14,
  vgX: 470,
  vgWidth: 150,
  vgHeight: 64,
} as const;

export const HOST_WIDTH = LAYOUT.vgX + LAYOUT.vgWidth + LAYOUT.pad;
const SHELF_WIDTH = LAYOUT.diskWidth + 2 * LAYOUT.pad;

export type HostNodeData = {
  testId: string;
  name: string;
  power: HostView['power'];
  powerText: string;
  ledText: string;
  level: string | null;
  hangReason: string | null;
};

export type ShelfNodeData = { testId: string; title: string; count: number };

export type BootlistLine = {
  /** "bootlist (normal):" */
  label: string;
  /** ["1 hdisk0", "2 hdisk1"], or ["empty"]. */
  items: string[];
};

export type FirmwareNodeData = {
  host: string;
  /** "bootlist (normal): 1 hdisk0 2 hdisk1": the text content of the drawn line. */
  normalText: string;
  serviceText: string;
  normal: BootlistLine;
  service: BootlistLine;
  bootDisk: string | null;
};

export type DiskNodeData = {
  testId: string;
  title: string;
  pvidText: string;
  sizeText: string;
  vgText: string;
  roleText: string;
  role: DiskView['role'];
  /** 'active' when its VG is varied on, 'inactive' when in a VG that is not, '' for a free disk. */
  stateText: 'active' | 'inactive' | '';
  booted: boolean;
  failed: boolean;
  awake: boolean;
  bootRecord: boolean;
  osLevel: string | null;
  /** 1-based places in the normal bootlist, e.g. [1]. */
  bootOrder: number[];
};

export type VgNodeData = {
  testId: string;
  name: string;
  active: boolean;
  stateText: 'active' | 'inactive';
  detailText: string;
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
  className?: string;
}

export type HostNode = NodeBase<'host', HostNodeData>;
export type ShelfNode = NodeBase<'shelf', ShelfNodeData>;
export type FirmwareNode = NodeBase<'firmware', FirmwareNodeData>;
export type DiskNode = NodeBase<'disk', DiskNodeData>;
export type VgNode = NodeBase<'vg', VgNodeData>;
export type DiagramNode = HostNode | ShelfNode | FirmwareNode | DiskNode | VgNode;

export type EdgeData = { kind: 'member' | 'boot' };

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
  animated?: boolean;
}

export interface Projection {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const POWER_TEXT: Record<HostView['power'], string> = {
  off: 'powered off',
  firmware: 'in firmware',
  sms: 'SMS menus',
  booting: 'booting',
  hung: 'hung',
  running: 'running',
};

const ROLE_TEXT: Record<DiskView['role'], string> = {
  rootvg: 'rootvg',
  altinst_rootvg: 'altinst_rootvg',
  old_rootvg: 'old_rootvg',
  free: 'free',
  other: 'data',
};

export const hostNodeId = (host: string) => `host:${host}`;
export const firmwareNodeId = (host: string) => `host:${host}/firmware`;
export const diskNodeId = (owner: string, disk: DiskView) => `${owner}/disk:${disk.id}`;
export const vgNodeId = (host: string, vg: string) => `host:${host}/vg:${vg}`;
export const SHELF_NODE_ID = 'shelf';

export function rowY(row: number): number {
  return LAYOUT.header + row * (LAYOUT.diskHeight + LAYOUT.rowGap);
}

/** Height of a group holding `rows` rows (at least one). */
export function groupHeight(rows: number): number {
  return rowY(Math.max(rows, 1)) - LAYOUT.rowGap + LAYOUT.pad;
}

/** Places each VG in the row of its first member disk (or the next free row below). */
function placeVgs(host: HostView): { vg: VgView; members: DiskView[]; row: number }[] {
  const rowOfDisk = new Map(host.disks.map((disk, row) => [disk.id, row] as const));
  const taken = new Set<number>();
  return hostVgs(host).map((vg) => {
    const members = host.disks.filter((d) => d.vg === vg.name);
    const memberRows = members.map((d) => rowOfDisk.get(d.id) ?? 0);
    let row = memberRows.length > 0 ? Math.min(...memberRows) : host.disks.length;
    while (taken.has(row)) row++;
    taken.add(row);
    return { vg, members, row };
  });
}

/**
 * One bootlist entry as the snapshot gives it ("hdisk0 blv=hd5", "- blv=hd5" for a device that is no
 * longer configured) split into the device name and its attributes.
 */
export function parseBootEntry(entry: string): { device: string; blv: string | null } {
  const [device = '-', ...attrs] = entry.trim().split(/\s+/);
  const blv = attrs.find((a) => a.startsWith('blv='))?.slice(4) ?? null;
  return { device, blv };
}

/** The parts of a bootlist line; a boot LV other than hd5 is shown after its device. */
export function bootlistLine(mode: 'normal' | 'service', list: readonly string[]): BootlistLine {
  const items =
    list.length > 0
      ? list.map((entry, i) => {
          const { device, blv } = parseBootEntry(entry);
          return `${i + 1} ${device}${blv && blv !== 'hd5' ? ` (blv=${blv})` : ''}`;
        })
      : ['empty'];
  return { label: `bootlist (${mode}):`, items };
}

/** "bootlist (normal): 1 hdisk0 2 hdisk1" */
export function bootlistText(mode: 'normal' | 'service', list: readonly string[]): string {
  const line = bootlistLine(mode, list);
  return [line.label, ...line.items].join(' ');
}

export function diskTestId(disk: DiskView): string {
  return `diagram.disk.${disk.name ?? disk.id}`;
}

function diskData(disk: DiskView, bootOrder: number[]): DiskNodeData {
  const stateText: DiskNodeData['stateText'] = disk.vg ? (disk.vgActive ? 'active' : 'inactive') : '';
  return {
    testId: diskTestId(disk),
    title: disk.name ?? `${disk.id} (not configured)`,
    pvidText: disk.pvid ?? 'none',
    sizeText: `${disk.sizeMB} MB`,
    vgText: disk.vg ?? 'None',
    roleText: ROLE_TEXT[disk.role],
    role: disk.role,
    stateText,
    booted: disk.booted,
    failed: disk.failed,
    awake: disk.awake,
    bootRecord: disk.bootRecord,
    osLevel: disk.osLevel,
    bootOrder,
  };
}

function diskClass(disk: DiskView): string {
  const parts = ['dg-disk', `dg-disk--${disk.role}`];
  if (disk.booted) parts.push('dg-disk--booted');
  if (disk.failed) parts.push('dg-disk--failed');
  if (disk.vg && disk.vgActive) parts.push('dg-disk--active');
  return parts.join(' ');
}

/** The VGs to draw for a host: those it lists, then any VG named on a disk but not listed. */
function hostVgs(host: HostView): VgView[] {
  const vgs = [...host.vgs];
  const known = new Set(vgs.map((vg) => vg.name));
  for (const disk of host.disks) {
    if (disk.vg && !known.has(disk.vg)) {
      known.add(disk.vg);
      vgs.push({
        name: disk.vg,
        vgid: '',
        active: false,
        pvs: host.disks.filter((d) => d.vg === disk.vg && d.name).map((d) => d.name as string),
        lvs: [],
      });
    }
  }
  return vgs;
}

function projectHost(host: HostView, x: number, nodes: DiagramNode[], edges: DiagramEdge[]): void {
  const hostId = hostNodeId(host.name);
  const vgPlaces = placeVgs(host);
  const rows = Math.max(host.disks.length, ...vgPlaces.map((p) => p.row + 1));
  nodes.push({
    id: hostId,
    type: 'host',
    position: { x, y: 0 },
    data: {
      testId: `diagram.host.${host.name}`,
      name: host.name,
      power: host.power,
      powerText: POWER_TEXT[host.power],
      ledText: host.led ? `LED ${host.led}` : 'LED —',
      level: host.level,
      hangReason: host.hangReason,
    },
    width: HOST_WIDTH,
    height: groupHeight(rows),
    draggable: false,
    selectable: false,
    connectable: false,
    className: `dg-host dg-host--${host.power}`,
  });

  const fwId = firmwareNodeId(host.name);
  nodes.push({
    id: fwId,
    type: 'firmware',
    position: { x: LAYOUT.firmwareX, y: LAYOUT.header },
    parentId: hostId,
    extent: 'parent',
    data: {
      host: host.name,
      normalText: bootlistText('normal', host.bootlist.normal),
      serviceText: bootlistText('service', host.bootlist.service),
      normal: bootlistLine('normal', host.bootlist.normal),
      service: bootlistLine('service', host.bootlist.service),
      bootDisk: host.bootDisk,
    },
    width: LAYOUT.firmwareWidth,
    height: LAYOUT.firmwareHeight,
    draggable: false,
    selectable: false,
    connectable: false,
    className: 'dg-firmware',
  });

  const diskIdByName = new Map<string, string>();
  host.disks.forEach((disk, row) => {
    const id = diskNodeId(hostId, disk);
    if (disk.name) diskIdByName.set(disk.name, id);
    const bootOrder: number[] = [];
    host.bootlist.normal.forEach((entry, i) => {
      if (disk.name && parseBootEntry(entry).device === disk.name) bootOrder.push(i + 1);
    });
    nodes.push({
      id,
      type: 'disk',
      position: { x: LAYOUT.diskX, y: rowY(row) },
      parentId: hostId,
      extent: 'parent',
      data: diskData(disk, bootOrder),
      width: LAYOUT.diskWidth,
      height: LAYOUT.diskHeight,
      draggable: false,
      selectable: false,
      connectable: false,
      className: diskClass(disk),
    });
  });

  for (const { vg, members, row } of vgPlaces) {
    const id = vgNodeId(host.name, vg.name);
    const lvCount = vg.lvs.length;
    nodes.push({
      id,
      type: 'vg',
      position: { x: LAYOUT.vgX, y: rowY(row) + (LAYOUT.diskHeight - LAYOUT.vgHeight) / 2 },
      parentId: hostId,
      extent: 'parent',
      data: {
        testId: `diagram.vg.${vg.name}`,
        name: vg.name,
        active: vg.active,
        stateText: vg.active ? 'active' : 'inactive',
        detailText: `${members.length} PV${members.length === 1 ? '' : 's'}` + (vg.active ? ` · ${lvCount} LV${lvCount === 1 ? '' : 's'}` : ''),
      },
      width: LAYOUT.vgWidth,
      height: LAYOUT.vgHeight,
      draggable: false,
      selectable: false,
      connectable: false,
      className: `dg-vg ${vg.active ? 'dg-vg--active' : 'dg-vg--inactive'}`,
    });
    for (const disk of members) {
      edges.push({
        id: `member:${diskNodeId(hostId, disk)}->${id}`,
        source: diskNodeId(hostId, disk),
        target: id,
        sourceHandle: 'vg',
        targetHandle: 'pv',
        type: 'default',
        className: `dg-edge dg-edge--member ${vg.active ? 'dg-edge--active' : 'dg-edge--inactive'}`,
        data: { kind: 'member' },
        selectable: false,
        focusable: false,
      });
    }
  }

  host.bootlist.normal.forEach((entry, i) => {
    const target = diskIdByName.get(parseBootEntry(entry).device);
    if (!target) return;
    edges.push({
      id: `boot:${fwId}#${i + 1}->${target}`,
      source: fwId,
      target,
      sourceHandle: 'boot',
      targetHandle: 'boot',
      type: 'smoothstep',
      label: String(i + 1),
      className: `dg-edge dg-edge--boot${i === 0 ? ' dg-edge--first' : ''}`,
      data: { kind: 'boot' },
      selectable: false,
      focusable: false,
    });
  });
}

function projectShelf(disks: readonly DiskView[], x: number, nodes: DiagramNode[]): void {
  nodes.push({
    id: SHELF_NODE_ID,
    type: 'shelf',
    position: { x, y: 0 },
    data: { testId: 'diagram.shelf', title: 'shelf', count: disks.length },
    width: SHELF_WIDTH,
    height: groupHeight(disks.length),
    draggable: false,
    selectable: false,
    connectable: false,
    className: 'dg-shelf',
  });
  disks.forEach((disk, row) => {
    nodes.push({
      id: diskNodeId(SHELF_NODE_ID, disk),
      type: 'disk',
      position: { x: LAYOUT.pad, y: rowY(row) },
      parentId: SHELF_NODE_ID,
      extent: 'parent',
      data: diskData(disk, []),
      width: LAYOUT.diskWidth,
      height: LAYOUT.diskHeight,
      draggable: false,
      selectable: false,
      connectable: false,
      className: diskClass(disk),
    });
  });
}

/** Nodes come parents first (React Flow needs a parent before its children). */
export function project(snapshot: SimSnapshot): Projection {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  let x = 0;
  for (const host of snapshot.hosts) {
    projectHost(host, x, nodes, edges);
    x += HOST_WIDTH + LAYOUT.hostGap;
  }
  if (snapshot.shelf.length > 0) projectShelf(snapshot.shelf, x, nodes);
  return { nodes, edges };
}

/**
 * Keeps the previous object for every node and edge whose content did not change, so React Flow and the
 * memoised node components re-render only what a command changed.
 */
export function reuseUnchanged<T extends { id: string }>(previous: readonly T[], next: readonly T[]): T[] {
  if (previous.length === 0) return next.slice();
  const byId = new Map(previous.map((item) => [item.id, item] as const));
  return next.map((item) => {
    const old = byId.get(item.id);
    return old !== undefined && sameJson(old, item) ? old : item;
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
