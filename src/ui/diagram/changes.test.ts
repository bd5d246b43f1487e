import { describe, expect, it } from 'vitest';
import { referenceHost, referenceSnapshot } from '../testing/fixtures.ts';
import { diffProjections, markChanges, pulseClass } from './changes.ts';
import { project } from './project.ts';

describe('what the last command changed', () => {
  it('marks nothing when nothing changed', () => {
    const p = project(referenceSnapshot());
    const marked = markChanges(p, project(referenceSnapshot()), 3);
    expect(marked.nodes.filter((n) => n.data.changed)).toEqual([]);
    expect(marked.edges.filter((e) => e.data.changed)).toEqual([]);
  });

  it('marks the firmware, both disks and the new boot edge after a bootlist change', () => {
    const before = project(referenceSnapshot());
    const after = project(referenceSnapshot({ hosts: [referenceHost({ bootlist: { normal: ['hdisk1 blv=hd5'], service: [] } })] }));
    const { nodes, edges } = diffProjections(before, after);
    expect([...nodes].sort()).toEqual(['host:aixlab01/disk:lun-0', 'host:aixlab01/disk:lun-1', 'host:aixlab01/firmware']);
    expect([...edges]).toEqual(['boot:host:aixlab01/firmware#1->host:aixlab01/disk:lun-1']);
    const marked = markChanges(before, after, 4);
    const fw = marked.nodes.find((n) => n.id === 'host:aixlab01/firmware')!;
    expect(fw.data).toMatchObject({ changed: true, changeSeq: 4 });
    expect(marked.edges[marked.edges.length - 1].className).toContain(`dg-edge--changed ${pulseClass(4)}`);
    // untouched nodes keep their identity (React Flow re-renders nothing for them)
    const d2 = marked.nodes.find((n) => n.id === 'host:aixlab01/disk:lun-2');
    expect(d2).toBe(after.nodes.find((n) => n.id === 'host:aixlab01/disk:lun-2'));
  });

  it('alternates the pulse class so consecutive commands restart the animation', () => {
    expect(pulseClass(1)).not.toBe(pulseClass(2));
  });
});
