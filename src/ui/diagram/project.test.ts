import { describe, expect, it } from 'vitest';
import { disk, referenceHost, referenceSnapshot } from '../testing/fixtures.ts';
import type { HostView, LvView } from '../../protocol/index.ts';
import type { DiagramNode, DiskNode, FirmwareNode, HostNode, LvNode, VgNode } from './project.ts';
import { absolutePositions, bootlistText, HOST_WIDTH, LAYOUT, parseBootEntry, project, reuseUnchanged, rowY, vgNodeId } from './project.ts';

const byTestId = (nodes: DiagramNode[], testId: string) =>
  nodes.find((n) => 'testId' in n.data && n.data.testId === testId);
const disks = (nodes: DiagramNode[]) => nodes.filter((n): n is DiskNode => n.type === 'disk');

describe('project(snapshot)', () => {
  it('draws the host, its four disks, its VGs and its firmware, with the contract test ids', () => {
    const { nodes } = project(referenceSnapshot());
    const ids = nodes.map((n) => ('testId' in n.data ? n.data.testId : n.type));
    expect(ids).toEqual([
      'diagram.host.aixlab01',
      'firmware',
      'diagram.disk.hdisk0',
      'diagram.disk.hdisk1',
      'diagram.disk.hdisk2',
      'diagram.disk.hdisk3',
      'diagram.vg.rootvg',
      'diagram.vg.datavg',
    ]);
  });

  it('lists parents before children and keeps every child inside its parent', () => {
    const { nodes } = project(referenceSnapshot());
    const seen = new Map<string, DiagramNode>();
    for (const node of nodes) {
      if (node.parentId) {
        const parent = seen.get(node.parentId);
        expect(parent, `${node.id} comes after its parent`).toBeDefined();
        expect(node.position.x + node.width).toBeLessThanOrEqual(parent!.width);
        expect(node.position.y + node.height).toBeLessThanOrEqual(parent!.height);
      }
      seen.set(node.id, node);
    }
  });

  it('gives each disk its name, PVID or none, size, VG or None, role, state and boot marker', () => {
    const { nodes } = project(referenceSnapshot());
    const [d0, d1, d2, d3] = disks(nodes).map((n) => n.data);
    expect(d0).toMatchObject({
      title: 'hdisk0',
      pvidText: '00f6db0a6c7aece5',
      sizeText: '20480 MB',
      vgText: 'rootvg',
      roleText: 'rootvg',
      stateText: 'active',
      varied: 'on',
      booted: true,
      bootRecord: true,
      osLevel: '7200-05-03-2148',
      bootOrder: [1],
      alternate: false,
    });
    expect(d1).toMatchObject({ title: 'hdisk1', vgText: 'None', roleText: 'free', stateText: '', varied: null, booted: false, bootOrder: [] });
    expect(d2).toMatchObject({ vgText: 'datavg', roleText: 'other VG', stateText: 'active' });
    expect(d3).toMatchObject({ title: 'hdisk3', pvidText: 'none', sizeText: '10240 MB' });
  });

  it('names roles of a clone and an old rootvg, and an inactive VG', () => {
    const host = referenceHost();
    host.disks[1] = disk({ id: 'lun-1', name: 'hdisk1', pvid: '00f6db0a8f3a1c22', vg: 'altinst_rootvg', role: 'altinst_rootvg' });
    host.disks[3] = disk({ id: 'lun-3', name: 'hdisk3', vg: 'old_rootvg', role: 'old_rootvg' });
    const { nodes } = project(referenceSnapshot({ hosts: [host] }));
    const [, d1, , d3] = disks(nodes).map((n) => n.data);
    expect(d1).toMatchObject({ roleText: 'altinst_rootvg', stateText: 'inactive', varied: 'off', alternate: true, awake: false });
    expect(d3).toMatchObject({ roleText: 'old_rootvg', stateText: 'inactive', alternate: true, awake: false });
    // VGs named on disks but not listed by the host are still drawn (inactive, nothing to expand).
    const alt = byTestId(nodes, 'diagram.vg.altinst_rootvg') as VgNode;
    expect(alt.data).toMatchObject({ active: false, stateText: 'inactive', detailText: 'varied off: LVs not listed', expandable: false, expanded: false });
  });

  it('shows the bootlist as text and as numbered edges from the firmware', () => {
    const host = referenceHost({ bootlist: { normal: ['hdisk1 blv=hd5', 'hdisk0 blv=hd5'], service: ['hdisk0 blv=hd5'] } });
    const { nodes, edges } = project(referenceSnapshot({ hosts: [host] }));
    const fw = nodes.find((n): n is FirmwareNode => n.type === 'firmware')!;
    expect(fw.data.normalText).toBe('bootlist (normal): 1 hdisk1 2 hdisk0');
    expect(fw.data.serviceText).toBe('bootlist (service): 1 hdisk0');
    expect(fw.data.normal).toEqual({ label: 'bootlist (normal):', items: ['1 hdisk1', '2 hdisk0'] });
    const boot = edges.filter((e) => e.data.kind === 'boot');
    expect(boot.map((e) => [e.label, e.source, e.target])).toEqual([
      ['1', fw.id, 'host:aixlab01/disk:lun-1'],
      ['2', fw.id, 'host:aixlab01/disk:lun-0'],
    ]);
    const service = edges.filter((e) => e.data.kind === 'service');
    expect(service.map((e) => [e.label, e.target, e.sourceHandle])).toEqual([['S1', 'host:aixlab01/disk:lun-0', 'service']]);
    const disk0 = nodes.find((n): n is DiskNode => n.id === 'host:aixlab01/disk:lun-0')!;
    expect(disk0.data).toMatchObject({ bootOrder: [2], serviceOrder: [1] });
  });

  it('says when a bootlist is empty and skips devices that are not configured', () => {
    const host = referenceHost({ bootlist: { normal: ['- blv=hd5'], service: [] } });
    const { nodes, edges } = project(referenceSnapshot({ hosts: [host] }));
    const fw = nodes.find((n): n is FirmwareNode => n.type === 'firmware')!;
    expect(fw.data.normalText).toBe('bootlist (normal): 1 -');
    expect(fw.data.serviceText).toBe('bootlist (service): empty');
    expect(edges.filter((e) => e.data.kind === 'boot')).toEqual([]);
  });

  it('links each VG to its member disks, dashed when the VG is not varied on', () => {
    const { edges } = project(referenceSnapshot());
    const members = edges.filter((e) => e.data.kind === 'member');
    expect(members.map((e) => [e.source, e.target])).toEqual([
      ['host:aixlab01/disk:lun-0', 'host:aixlab01/vg:rootvg'],
      ['host:aixlab01/disk:lun-2', 'host:aixlab01/vg:datavg'],
    ]);
    expect(members.every((e) => e.className.includes('dg-edge--active'))).toBe(true);
  });

  it('places disks by slot order and VGs beside their first member', () => {
    const { nodes } = project(referenceSnapshot());
    expect(disks(nodes).map((n) => n.position)).toEqual([0, 1, 2, 3].map((row) => ({ x: LAYOUT.diskX, y: rowY(row) })));
    const rootvg = byTestId(nodes, 'diagram.vg.rootvg')!;
    const datavg = byTestId(nodes, 'diagram.vg.datavg')!;
    expect(rootvg.position.y).toBeGreaterThanOrEqual(rowY(0));
    expect(rootvg.position.y).toBeLessThan(rowY(1));
    expect(datavg.position.y).toBeGreaterThanOrEqual(rowY(2));
    expect(datavg.position.y).toBeLessThan(rowY(3));
  });

  it('is stable: the same snapshot gives the same projection, and adding a disk moves nothing else', () => {
    const before = project(referenceSnapshot());
    expect(project(referenceSnapshot())).toEqual(before);

    const host = referenceHost();
    host.disks.push(disk({ id: 'lun-4', name: 'hdisk4', pvid: '00f6db0a00000004' }));
    const after = project(referenceSnapshot({ hosts: [host] }));
    for (const node of before.nodes) {
      const same = after.nodes.find((n) => n.id === node.id)!;
      expect(same.position, node.id).toEqual(node.position);
    }
    const added = after.nodes.find((n) => n.id === 'host:aixlab01/disk:lun-4')!;
    expect(added.position).toEqual({ x: LAYOUT.diskX, y: rowY(4) });
    expect(after.nodes[0]!.height).toBeGreaterThan(before.nodes[0]!.height);
  });

  it('shows power state and LED on the host, side by side for several hosts, and the shelf last', () => {
    const second = referenceHost({ name: 'aixlab02', power: 'hung', led: '0554', hangReason: 'boot device not found', disks: [], vgs: [] });
    const shelfDisk = disk({ id: 'lun-9', pvid: '00f6db0a00000009' });
    const { nodes } = project(referenceSnapshot({ hosts: [referenceHost(), second], shelf: [shelfDisk] }));
    const h1 = byTestId(nodes, 'diagram.host.aixlab01')!;
    const h2 = byTestId(nodes, 'diagram.host.aixlab02')!;
    expect(h1.data).toMatchObject({ powerText: 'running', ledText: 'LED blank', console: true });
    expect(h2.data).toMatchObject({ powerText: 'HUNG', ledText: 'LED 0554', hangReason: 'boot device not found', console: false });
    expect((h2 as HostNode).data.ledMeaning).toBe('the boot device could not be opened or read');
    expect(h2.position.x).toBe(HOST_WIDTH + LAYOUT.hostGap);
    const shelf = nodes.find((n) => n.type === 'shelf')!;
    expect(shelf.position.x).toBe(2 * (HOST_WIDTH + LAYOUT.hostGap));
    const onShelf = byTestId(nodes, 'diagram.disk.lun-9') as DiskNode;
    expect(onShelf.parentId).toBe(shelf.id);
    expect(onShelf.data.title).toBe('lun-9 (not configured)');
  });

  it('gives every node and edge a unique id', () => {
    const { nodes, edges } = project(referenceSnapshot({ hosts: [referenceHost(), referenceHost({ name: 'aixlab02' })] }));
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
  });
});

describe('bootlist helpers', () => {
  it('splits an entry into device and boot LV', () => {
    expect(parseBootEntry('hdisk0 blv=hd5 pathid=0')).toEqual({ device: 'hdisk0', blv: 'hd5' });
    expect(parseBootEntry('hdisk1')).toEqual({ device: 'hdisk1', blv: null });
  });
  it('shows an unusual boot LV', () => {
    expect(bootlistText('normal', ['hdisk1 blv=bos_hd5'])).toBe('bootlist (normal): 1 hdisk1 (blv=bos_hd5)');
  });
});

describe('reuseUnchanged', () => {
  it('keeps the previous object for unchanged nodes and takes new ones for changed nodes', () => {
    const first = project(referenceSnapshot()).nodes;
    const host = referenceHost({ bootlist: { normal: ['hdisk1 blv=hd5'], service: [] } });
    const next = project(referenceSnapshot({ hosts: [host] })).nodes;
    const kept = reuseUnchanged(first, next);
    const same = kept.filter((n, i) => n === first[i]).map((n) => n.id);
    expect(same).toContain('host:aixlab01/disk:lun-2');
    expect(same).not.toContain('host:aixlab01/firmware');
    expect(same).not.toContain('host:aixlab01/disk:lun-0'); // lost its place in the bootlist
    expect(same).not.toContain('host:aixlab01/disk:lun-1'); // gained it
  });
});

/** The reference host after `alt_disk_copy -d hdisk1` and `alt_rootvg_op -W -d hdisk1`. */
function awakeHost(): HostView {
  const host = referenceHost({ bootlist: { normal: ['hdisk1 blv=hd5'], service: [] } });
  host.disks[1] = disk({
    id: 'lun-1',
    name: 'hdisk1',
    pvid: '00f6db0a8f3a1c22',
    vg: 'altinst_rootvg',
    vgActive: true,
    role: 'altinst_rootvg',
    bootRecord: true,
    osLevel: '7200-05-03-2148',
    awake: true,
  });
  const lvs: LvView[] = [
    { name: 'alt_hd5', type: 'boot', lps: 1, pps: 1, pvs: 1, state: 'closed/syncd', mount: null },
    { name: 'alt_hd4', type: 'jfs2', lps: 4, pps: 4, pvs: 1, state: 'open/syncd', mount: '/alt_inst' },
    { name: 'alt_hd2', type: 'jfs2', lps: 80, pps: 80, pvs: 1, state: 'open/syncd', mount: '/alt_inst/usr' },
  ];
  host.vgs.push({ name: 'altinst_rootvg', vgid: '00f6db0a00004c00000001aa', active: true, pvs: ['hdisk1'], lvs });
  host.mounts.push({ dev: '/dev/alt_hd4', mount: '/alt_inst' }, { dev: '/dev/alt_hd2', mount: '/alt_inst/usr' });
  return host;
}

describe('awake alternates, logical volumes and mirrors', () => {
  it('marks an awake alternate and shows its LVs (alt_ names, /alt_inst mounts) by default', () => {
    const { nodes } = project(referenceSnapshot({ hosts: [awakeHost()] }));
    const d1 = byTestId(nodes, 'diagram.disk.hdisk1') as DiskNode;
    expect(d1.data).toMatchObject({ alternate: true, awake: true, altMounts: 2, varied: 'on' });
    expect(d1.className).toContain('dg-disk--awake');
    expect(d1.ariaLabel).toContain('awake, 2 file systems under /alt_inst');
    const vg = byTestId(nodes, 'diagram.vg.altinst_rootvg') as VgNode;
    expect(vg.data).toMatchObject({ awake: true, expanded: true, lvCount: 3 });
    const lvs = nodes.filter((n): n is LvNode => n.type === 'lv');
    expect(lvs.map((n) => [n.data.name, n.data.mount, n.parentId])).toEqual([
      ['alt_hd5', null, vg.id],
      ['alt_hd4', '/alt_inst', vg.id],
      ['alt_hd2', '/alt_inst/usr', vg.id],
    ]);
    expect(vg.height).toBe(LAYOUT.vgHeader + 3 * LAYOUT.lvHeight + LAYOUT.lvPad);
  });

  it('folds rootvg and data VGs by default; a toggle flips the default either way', () => {
    const host = awakeHost();
    const plain = project(referenceSnapshot({ hosts: [host] }));
    expect((byTestId(plain.nodes, 'diagram.vg.rootvg') as VgNode).data.expanded).toBe(false);
    const toggled = new Set([vgNodeId('aixlab01', 'rootvg'), vgNodeId('aixlab01', 'altinst_rootvg')]);
    const flipped = project(referenceSnapshot({ hosts: [host] }), { toggled });
    expect((byTestId(flipped.nodes, 'diagram.vg.rootvg') as VgNode).data.expanded).toBe(true);
    expect((byTestId(flipped.nodes, 'diagram.vg.altinst_rootvg') as VgNode).data.expanded).toBe(false);
    expect(flipped.nodes.filter((n) => n.type === 'lv').map((n) => (n as LvNode).data.name)).toEqual(['hd5', 'hd4']);
  });

  it('shows mirror copies as PPs = 2 × LPs', () => {
    const host = referenceHost();
    host.vgs[0].lvs = [{ name: 'hd4', type: 'jfs2', lps: 4, pps: 8, pvs: 2, state: 'open/syncd', mount: '/' }];
    const { nodes } = project(referenceSnapshot({ hosts: [host] }), { toggled: new Set([vgNodeId('aixlab01', 'rootvg')]) });
    const lv = nodes.find((n): n is LvNode => n.type === 'lv')!;
    expect(lv.data).toMatchObject({ lps: 4, pps: 8, copies: 2 });
    expect((byTestId(nodes, 'diagram.vg.rootvg') as VgNode).data.mirrored).toBe(true);
  });

  it('keeps VGs in their own column without overlaps, and an expanded VG pushes only the VGs below it', () => {
    const host = awakeHost();
    // altinst_rootvg beside hdisk1 (row 1), then datavg (hdisk2, row 2) must move below it.
    host.vgs = [host.vgs[0], host.vgs[2], host.vgs[1]];
    const { nodes } = project(referenceSnapshot({ hosts: [host] }));
    const boxes = absolutePositions(nodes);
    const vgs = nodes.filter((n) => n.type === 'vg').map((n) => boxes.get(n.id)!);
    for (let i = 1; i < vgs.length; i++) expect(vgs[i].y).toBeGreaterThanOrEqual(vgs[i - 1].y + vgs[i - 1].height);
    const diskYs = nodes.filter((n) => n.type === 'disk').map((n) => n.position.y);
    expect(diskYs).toEqual([0, 1, 2, 3].map(rowY));
  });

  it('names the bootlist of a non-console host apart, and flags a damaged console host', () => {
    const second = referenceHost({ name: 'aixlab02' });
    const { nodes } = project(referenceSnapshot({ hosts: [referenceHost(), second], lifecycle: { state: 'odmDamaged', recent: [] } }));
    const fws = nodes.filter((n): n is FirmwareNode => n.type === 'firmware');
    expect(fws.map((f) => [f.data.normalTestId, f.data.serviceTestId])).toEqual([
      ['diagram.bootlist', 'diagram.bootlist.service'],
      ['diagram.bootlist@aixlab02', 'diagram.bootlist.service@aixlab02'],
    ]);
    const hosts = nodes.filter((n): n is HostNode => n.type === 'host');
    expect(hosts.map((h) => h.data.damage)).toEqual(['ODM damaged: stale alt_ definitions', null]);
  });

  it('gives every focusable node an accessible name and leaves LV rows out of the Tab order', () => {
    const { nodes } = project(referenceSnapshot({ hosts: [awakeHost()] }));
    for (const n of nodes) expect(n.ariaLabel.length, n.id).toBeGreaterThan(5);
    expect(nodes.filter((n) => n.focusable).map((n) => n.type)).not.toContain('lv');
    expect((byTestId(nodes, 'diagram.host.aixlab01') as HostNode).ariaLabel).toBe('Host aixlab01 (console), running, AIX 7200-05-03-2148');
  });
});
