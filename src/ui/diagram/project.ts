// The diagram as a pure projection of the snapshot: hosts (group nodes) with their firmware (the
// bootlists), disks, volume groups and the VGs' logical volumes; a shelf group for detached disks;
// membership and boot-order edges. No React here: the shapes are plain objects structurally
// compatible with React Flow's Node and Edge, unit-tested in node.
//
// Layout is deterministic and stable: a disk's row is its position in the host's disk list (the host's
// slot order), so adding a disk adds a row below and moves nothing else. Volume groups stand in their
// own column, each beside its first member disk or just below the VG above it (an expanded VG pushes
// only the VGs below it in the same host). Hosts stand side by side in snapshot order; the shelf last.
import type { DiskView, HostView, LvView, SimSnapshot, VgView } from '../../protocol/index.ts';
import { ledMeaning } from '../boot/ledCodes.ts';
import { HOST_WIDTH, LAYOUT, SHELF_WIDTH, type Changeable, type DiagramEdge, type DiagramNode, type DiskNodeData, type FirmwareNodeData, type HostNodeData, type LvNodeData, type Projection, type ProjectOptions, type VgNodeData } from './model.ts';
import { altInstMounts, bootlistLine, bootlistTestIds, bootlistText, damageOf, diskNodeId, diskTestId, expandedByDefault, firmwareNodeId, groupHeight, hostNodeId, lvNodeId, parseBootEntry, POWER_TEXT, ROLE_TEXT, rowY, SHELF_NODE_ID, vgHeight, vgNodeId } from './labels.ts';

export * from './model.ts';
export * from './labels.ts';

const NO_CHANGE: Changeable = { changed: false, changeSeq: 0 };

function places(list: readonly string[], name: string | null): number[] {
  const out: number[] = [];
  if (!name) return out;
  list.forEach((entry, i) => {
    if (parseBootEntry(entry).device === name) out.push(i + 1);
  });
  return out;
}

function diskData(disk: DiskView, host: HostView | null): DiskNodeData {
  const varied: DiskNodeData['varied'] = disk.vg ? (disk.vgActive ? 'on' : 'off') : null;
  const alternate = disk.role === 'altinst_rootvg' || disk.role === 'old_rootvg';
  return {
    ...NO_CHANGE,
    testId: diskTestId(disk),
    host: host?.name ?? null,
    diskId: disk.id,
    hdisk: disk.name,
    title: disk.name ?? `${disk.id} (not configured)`,
    pvidText: disk.pvid ?? 'none',
    sizeText: `${disk.sizeMB} MB`,
    vgText: disk.vg ?? 'None',
    roleText: ROLE_TEXT[disk.role],
    role: disk.role,
    varied,
    stateText: varied === 'on' ? 'active' : varied === 'off' ? 'inactive' : '',
    booted: disk.booted,
    failed: disk.failed,
    alternate,
    awake: disk.awake,
    bootHang: disk.bootHang ?? null,
    damaged: alternate && !disk.awake && !!disk.bootHang,
    bootRecord: disk.bootRecord,
    osLevel: disk.osLevel,
    bootOrder: host ? places(host.bootlist.normal, disk.name) : [],
    serviceOrder: host ? places(host.bootlist.service, disk.name) : [],
    altMounts: host && disk.awake ? altInstMounts(host).length : 0,
  };
}

export function diskAriaLabel(d: DiskNodeData): string {
  const parts = [`Disk ${d.title}`, d.roleText];
  if (d.vgText !== 'None' && d.vgText !== d.roleText) parts.push(`volume group ${d.vgText}`);
  if (d.varied) parts.push(d.varied === 'on' ? 'varied on' : 'varied off');
  if (d.damaged) parts.push(`damaged: a boot from it hangs at LED ${d.bootHang}`);
  else if (d.alternate) parts.push(d.awake ? `awake, ${d.altMounts} file systems under /alt_inst` : 'asleep');
  if (d.awake && d.bootHang) parts.push(`a boot from it now hangs at LED ${d.bootHang}`);
  if (d.booted) parts.push('booted from this disk');
  if (d.failed) parts.push('failed');
  parts.push(d.sizeText);
  parts.push(d.osLevel ? `AIX ${d.osLevel}` : 'no AIX');
  parts.push(d.bootRecord ? 'boot record' : 'no boot record');
  if (d.bootOrder.length) parts.push(`normal bootlist position ${d.bootOrder.join(' and ')}`);
  if (d.serviceOrder.length) parts.push(`service bootlist position ${d.serviceOrder.join(' and ')}`);
  return parts.join(', ');
}

/** A disk's node inside its host or the shelf; `where` ends its accessible name (", on the shelf"). */
function diskNode(id: string, parentId: string, position: { x: number; y: number }, data: DiskNodeData, where: string): DiagramNode {
  return {
    id,
    type: 'disk',
    position,
    parentId,
    extent: 'parent',
    data,
    width: LAYOUT.diskWidth,
    height: LAYOUT.diskHeight,
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: true,
    ariaLabel: diskAriaLabel(data) + where,
    className: diskClass(data),
  };
}

function diskClass(d: DiskNodeData): string {
  const parts = ['dg-disk', `dg-disk--${d.role}`];
  if (d.damaged) parts.push('dg-disk--damaged');
  else if (d.alternate) parts.push(d.awake ? 'dg-disk--awake' : 'dg-disk--asleep');
  if (d.booted) parts.push('dg-disk--booted');
  if (d.failed) parts.push('dg-disk--failed');
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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function lvData(host: string, vg: string, lv: LvView): LvNodeData {
  const [openState = '', syncState = ''] = lv.state.split('/');
  return {
    ...NO_CHANGE,
    host,
    vg,
    name: lv.name,
    type: lv.type,
    lps: lv.lps,
    pps: lv.pps,
    copies: lv.lps > 0 ? Math.max(1, Math.round(lv.pps / lv.lps)) : 1,
    state: lv.state,
    open: openState === 'open',
    stale: syncState === 'stale',
    mount: lv.mount,
  };
}

export function lvAriaLabel(d: LvNodeData): string {
  const copies = d.copies > 1 ? `, ${d.copies} copies` : '';
  return `Logical volume ${d.name}, ${d.type}, ${d.lps} LPs, ${d.pps} PPs${copies}, ${d.state}${d.mount ? `, mount point ${d.mount}` : ''}`;
}

function projectHost(snapshot: SimSnapshot, host: HostView, x: number, options: ProjectOptions, nodes: DiagramNode[], edges: DiagramEdge[]): void {
  const hostId = hostNodeId(host.name);
  const isConsole = host.name === snapshot.console;
  const toggled = options.toggled ?? new Set<string>();
  const hostIndex = nodes.length;
  const hostData: HostNodeData = {
    ...NO_CHANGE,
    testId: `diagram.host.${host.name}`,
    name: host.name,
    console: isConsole,
    power: host.power,
    powerText: POWER_TEXT[host.power],
    led: host.led,
    ledText: host.led ? `LED ${host.led}` : 'LED blank',
    ledMeaning: ledMeaning(host.led),
    level: host.level,
    hangReason: host.hangReason,
    damage: isConsole ? damageOf(snapshot.lifecycle.state) : null,
  };
  // Placeholder: its height is known once the VG column is laid out.
  nodes.push({
    id: hostId,
    type: 'host',
    position: { x, y: 0 },
    data: hostData,
    width: HOST_WIDTH,
    height: 0,
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: true,
    ariaLabel: hostAriaLabel(hostData),
    className: `dg-host dg-host--${host.power}${hostData.damage ? ' dg-host--damaged' : ''}`,
  });

  const fwId = firmwareNodeId(host.name);
  const ids = bootlistTestIds(host.name, snapshot.console);
  const fwData: FirmwareNodeData = {
    ...NO_CHANGE,
    host: host.name,
    normalTestId: ids.normal,
    serviceTestId: ids.service,
    normalText: bootlistText('normal', host.bootlist.normal),
    serviceText: bootlistText('service', host.bootlist.service),
    normal: bootlistLine('normal', host.bootlist.normal),
    service: bootlistLine('service', host.bootlist.service),
    bootDisk: host.bootDisk,
    warning: bootlistWarning(host),
    warningTestId: `${ids.normal}.warning`,
  };
  nodes.push({
    id: fwId,
    type: 'firmware',
    position: { x: LAYOUT.firmwareX, y: LAYOUT.header },
    parentId: hostId,
    extent: 'parent',
    data: fwData,
    width: LAYOUT.firmwareWidth,
    height: LAYOUT.firmwareHeight,
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: true,
    ariaLabel: `Firmware of ${host.name}: ${fwData.normalText}; ${fwData.serviceText}${fwData.warning ? `; warning: ${fwData.warning}` : ''}`,
    className: 'dg-firmware',
  });

  const diskIdByName = new Map<string, string>();
  host.disks.forEach((disk, row) => {
    const id = diskNodeId(hostId, disk);
    if (disk.name) diskIdByName.set(disk.name, id);
    nodes.push(diskNode(id, hostId, { x: LAYOUT.diskX, y: rowY(row) }, diskData(disk, host), ''));
  });

  // The VG column: each VG beside its first member disk, or below the VG above it.
  const rowOfDisk = new Map(host.disks.map((disk, row) => [disk.id, row] as const));
  let columnBottom = LAYOUT.header;
  let bottom = host.disks.length > 0 ? rowY(host.disks.length) - LAYOUT.rowGap : LAYOUT.header + LAYOUT.firmwareHeight;
  bottom = Math.max(bottom, LAYOUT.header + LAYOUT.firmwareHeight);
  const altMounts = altInstMounts(host).length;
  for (const vg of hostVgs(host)) {
    const members = host.disks.filter((d) => d.vg === vg.name);
    const memberRows = members.map((d) => rowOfDisk.get(d.id) ?? 0);
    const firstRow = memberRows.length > 0 ? Math.min(...memberRows) : host.disks.length;
    const y = Math.max(rowY(firstRow), columnBottom === LAYOUT.header ? LAYOUT.header : columnBottom + LAYOUT.rowGap);
    const id = vgNodeId(host.name, vg.name);
    const expandable = vg.lvs.length > 0;
    const expanded = expandable && expandedByDefault(vg.name, members) !== toggled.has(id);
    const awake = members.some((d) => d.awake);
    const mirrored = vg.lvs.some((lv) => lv.lps > 0 && lv.pps > lv.lps);
    const lvCount = vg.lvs.length;
    const pvNames = members.map((d) => d.name ?? d.id);
    const detail = vg.active
      ? [plural(lvCount, 'LV'), mirrored ? 'mirrored' : null, awake ? `${altMounts} fs on /alt_inst` : null].filter(Boolean).join(' · ')
      : 'varied off: LVs not listed';
    const data: VgNodeData = {
      ...NO_CHANGE,
      testId: `diagram.vg.${vg.name}`,
      host: host.name,
      name: vg.name,
      active: vg.active,
      stateText: vg.active ? 'active' : 'inactive',
      pvText: pvNames.length ? pvNames.join(', ') : 'no disks',
      lvCount,
      mirrored,
      awake,
      expanded,
      expandable,
      detailText: detail,
    };
    const height = vgHeight(lvCount, expanded);
    nodes.push({
      id,
      type: 'vg',
      position: { x: LAYOUT.vgX, y },
      parentId: hostId,
      extent: 'parent',
      data,
      width: LAYOUT.vgWidth,
      height,
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: true,
      ariaLabel: `Volume group ${vg.name}, ${vg.active ? 'varied on' : 'varied off'}, on ${data.pvText}, ${detail}${expandable ? (expanded ? ', logical volumes shown' : ', logical volumes hidden') : ''}`,
      className: `dg-vg ${vg.active ? 'dg-vg--active' : 'dg-vg--inactive'}${awake ? ' dg-vg--awake' : ''}`,
    });
    columnBottom = y + height;
    bottom = Math.max(bottom, columnBottom);
    if (expanded) {
      vg.lvs.forEach((lv, i) => {
        const lvd = lvData(host.name, vg.name, lv);
        nodes.push({
          id: lvNodeId(id, i),
          type: 'lv',
          position: { x: LAYOUT.lvPad, y: LAYOUT.vgHeader + i * LAYOUT.lvHeight },
          parentId: id,
          extent: 'parent',
          data: lvd,
          width: LAYOUT.vgWidth - 2 * LAYOUT.lvPad,
          height: LAYOUT.lvHeight - 2,
          draggable: false,
          selectable: false,
          connectable: false,
          focusable: false,
          ariaLabel: lvAriaLabel(lvd),
          className: `dg-lv${lvd.open ? ' dg-lv--open' : ''}${lvd.copies > 1 ? ' dg-lv--mirrored' : ''}`,
        });
      });
    }
    for (const disk of members) {
      edges.push({
        id: `member:${diskNodeId(hostId, disk)}->${id}`,
        source: diskNodeId(hostId, disk),
        target: id,
        sourceHandle: 'vg',
        targetHandle: 'pv',
        type: 'default',
        className: `dg-edge dg-edge--member ${vg.active ? 'dg-edge--active' : 'dg-edge--inactive'}`,
        data: { kind: 'member', changed: false, changeSeq: 0 },
        selectable: false,
        focusable: false,
      });
    }
  }
  nodes[hostIndex].height = bottom + LAYOUT.pad;

  const bootEdges = (mode: 'normal' | 'service') => {
    const list = host.bootlist[mode];
    list.forEach((entry, i) => {
      const target = diskIdByName.get(parseBootEntry(entry).device);
      if (!target) return;
      const service = mode === 'service';
      edges.push({
        id: `${service ? 'service' : 'boot'}:${fwId}#${i + 1}->${target}`,
        source: fwId,
        target,
        sourceHandle: service ? 'service' : 'boot',
        targetHandle: service ? 'service' : 'boot',
        type: 'smoothstep',
        label: service ? `S${i + 1}` : String(i + 1),
        className: `dg-edge ${service ? 'dg-edge--service' : 'dg-edge--boot'}${i === 0 ? ' dg-edge--first' : ''}`,
        data: { kind: service ? 'service' : 'boot', changed: false, changeSeq: 0 },
        selectable: false,
        focusable: false,
        ariaLabel: `${mode} bootlist position ${i + 1}: ${parseBootEntry(entry).device}`,
      });
    });
  };
  bootEdges('normal');
  bootEdges('service');
}

/** The normal bootlist's first entry is a disk whose boot would hang: the next reboot stops there. */
function bootlistWarning(host: HostView): string | null {
  const first = host.bootlist.normal[0];
  if (!first) return null;
  const device = parseBootEntry(first).device;
  const disk = host.disks.find((d) => d.name === device);
  return disk?.bootHang ? `next boot hangs${/^\d+$/.test(disk.bootHang) ? ` at LED ${disk.bootHang}` : ''} (${device})` : null;
}

export function hostAriaLabel(d: HostNodeData): string {
  const parts = [`Host ${d.name}${d.console ? ' (console)' : ''}`, d.powerText.toLowerCase()];
  if (d.led) parts.push(`LED ${d.led}: ${d.ledMeaning}`);
  if (d.level) parts.push(`AIX ${d.level}`);
  if (d.damage) parts.push(d.damage);
  return parts.join(', ');
}

function projectShelf(disks: readonly DiskView[], x: number, nodes: DiagramNode[]): void {
  nodes.push({
    id: SHELF_NODE_ID,
    type: 'shelf',
    position: { x, y: 0 },
    data: { ...NO_CHANGE, testId: 'diagram.shelf', title: 'shelf', count: disks.length },
    width: SHELF_WIDTH,
    height: groupHeight(disks.length),
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: true,
    ariaLabel: `Shelf: ${plural(disks.length, 'disk')} not attached to any host`,
    className: 'dg-shelf',
  });
  disks.forEach((disk, row) => {
    nodes.push(diskNode(diskNodeId(SHELF_NODE_ID, disk), SHELF_NODE_ID, { x: LAYOUT.pad, y: rowY(row) }, diskData(disk, null), ', on the shelf'));
  });
}

/** Nodes come parents first (React Flow needs a parent before its children). */
export function project(snapshot: SimSnapshot, options: ProjectOptions = {}): Projection {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  let x = 0;
  for (const host of snapshot.hosts) {
    projectHost(snapshot, host, x, options, nodes, edges);
    x += HOST_WIDTH + LAYOUT.hostGap;
  }
  if (snapshot.shelf.length > 0) projectShelf(snapshot.shelf, x, nodes);
  return { nodes, edges };
}

/** Absolute position of every node (children are placed relative to their parent). */
export function absolutePositions(nodes: readonly DiagramNode[]): Map<string, { x: number; y: number; width: number; height: number }> {
  const out = new Map<string, { x: number; y: number; width: number; height: number }>();
  for (const n of nodes) {
    const parent = n.parentId ? out.get(n.parentId) : undefined;
    out.set(n.id, { x: n.position.x + (parent?.x ?? 0), y: n.position.y + (parent?.y ?? 0), width: n.width, height: n.height });
  }
  return out;
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
