import { describe, expect, it } from 'vitest';
import { disk, referenceHost, referenceSnapshot } from '../testing/fixtures.ts';
import { ghostProjection, hasGhosts } from './ghost.ts';
import { project } from './project.ts';
import type { HostView } from '../../protocol/index.ts';
import type { Projection } from './model.ts';

/** The reference lab as alt_disk_copy -d hdisk1 leaves it: hdisk1 holds altinst_rootvg, the bootlist names it. */
function cloned(): HostView {
  const base = referenceHost();
  return referenceHost({
    disks: base.disks.map((d) => (d.id === 'lun-1' ? disk({ ...d, vg: 'altinst_rootvg', role: 'altinst_rootvg', bootRecord: true, osLevel: '7200-05-03-2148' }) : d)),
    vgs: [...base.vgs, { name: 'altinst_rootvg', vgid: 'alt', active: false, pvs: ['hdisk1'], lvs: [] }],
    bootlist: { normal: ['hdisk1 blv=hd5'], service: [] },
  });
}

describe('preview ghosts', () => {
  it('no preview: the diagram as it is', () => {
    const now = project(referenceSnapshot());
    expect(ghostProjection(now, null)).toBe(now);
    expect(hasGhosts(now)).toBe(false);
  });

  it('a clone: hdisk1 and the firmware change, altinst_rootvg is created, the new boot edge is a ghost', () => {
    const now = project(referenceSnapshot());
    const g = ghostProjection(now, project(referenceSnapshot({ hosts: [cloned()] })));
    const kind = (id: string) => g.nodes.find((n) => n.id === id)?.data.ghost;
    expect(kind('host:aixlab01/disk:lun-1')).toBe('changed');
    expect(kind('host:aixlab01/firmware')).toBe('changed');
    expect(kind('host:aixlab01/vg:altinst_rootvg')).toBe('created');
    expect(kind('host:aixlab01/disk:lun-2')).toBeUndefined();
    const vg = g.nodes.find((n) => n.id === 'host:aixlab01/vg:altinst_rootvg')!;
    expect(vg.className).toContain('dg-ghost dg-ghost--created');
    expect((vg as unknown as { domAttributes: Record<string, string> }).domAttributes['data-ghost']).toBe('created');
    expect(vg.ariaLabel).toContain('(preview: would be created)');
    expect(g.edges.filter((e) => e.className.includes('dg-edge--ghost')).map((e) => e.target)).toContain('host:aixlab01/disk:lun-1');
    expect(hasGhosts(g)).toBe(true);
  });

  it('a removed volume group stays drawn as a ghost of what goes', () => {
    const base = referenceHost();
    const exported = referenceHost({
      disks: base.disks.map((d) => (d.id === 'lun-2' ? disk({ ...d, vg: null, vgActive: false, role: 'free' }) : d)),
      vgs: base.vgs.filter((v) => v.name !== 'datavg'),
    });
    const g = ghostProjection(project(referenceSnapshot()), project(referenceSnapshot({ hosts: [exported] })));
    expect(g.nodes.find((n) => n.id === 'host:aixlab01/vg:datavg')?.data.ghost).toBe('removed');
  });

  it('rows a folded volume group no longer has room for are not piled into it', () => {
    const vg = { id: 'vg', type: 'vg', position: { x: 0, y: 0 }, data: {}, width: 200, height: 120 };
    const row = (i: number) => ({ id: `lv${i}`, type: 'lv', parentId: 'vg', extent: 'parent', position: { x: 4, y: 40 + 20 * i }, data: {}, width: 190, height: 18 });
    const now = { nodes: [vg, row(0), row(1), row(2)], edges: [] } as unknown as Projection;
    const folded = { nodes: [{ ...vg, height: 60 }], edges: [] } as unknown as Projection;
    const ids = ghostProjection(now, folded).nodes.map((n) => n.id);
    expect(ids).toEqual(['vg', 'lv0']);
  });
});
