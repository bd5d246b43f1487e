import { describe as group, expect, it } from 'vitest';
import { project } from '../diagram/project.ts';
import { disk, referenceHost, referenceSnapshot } from '../testing/fixtures.ts';
import { describe, lsvgTable } from './describe.ts';
import type { SimSnapshot } from '../../protocol/index.ts';

const nodeOf = (snapshot: SimSnapshot, testId: string) => project(snapshot).nodes.find((n) => 'testId' in n.data && n.data.testId === testId)!;

group('details of a node', () => {
  it('summarises lspv for a free disk and suggests cloning onto it', () => {
    const snap = referenceSnapshot();
    const d = describe(snap, nodeOf(snap, 'diagram.disk.hdisk1'))!;
    expect(d.command).toBe('lspv hdisk1');
    expect(d.fields).toContainEqual(['PHYSICAL VOLUME', 'hdisk1']);
    expect(d.fields).toContainEqual(['PV IDENTIFIER', '00f6db0a8f3a1c22']);
    expect(d.fields).toContainEqual(['VOLUME GROUP', 'None']);
    expect(d.suggestions.map((s) => s.line)).toEqual(['lspv hdisk1', 'alt_disk_copy -d hdisk1', 'alt_disk_copy -B -d hdisk1']);
  });

  it('suggests waking a sleeping clone and sleeping an awake one', () => {
    const host = referenceHost();
    host.disks[1] = disk({ id: 'lun-1', name: 'hdisk1', vg: 'altinst_rootvg', role: 'altinst_rootvg', bootRecord: true });
    let snap = referenceSnapshot({ hosts: [host] });
    expect(describe(snap, nodeOf(snap, 'diagram.disk.hdisk1'))!.suggestions.map((s) => s.line)).toContain('alt_rootvg_op -W -d hdisk1');
    host.disks[1] = { ...host.disks[1], vgActive: true, awake: true };
    snap = referenceSnapshot({ hosts: [host] });
    const d = describe(snap, nodeOf(snap, 'diagram.disk.hdisk1'))!;
    expect(d.suggestions.map((s) => s.line)).toContain('alt_rootvg_op -S');
    expect(d.fields).toContainEqual(['alternate', 'AWAKE (LVs renamed alt_*, mounted under /alt_inst)']);
  });

  it('lays out lsvg -l as AIX does', () => {
    expect(lsvgTable('rootvg', [{ name: 'hd4', type: 'jfs2', lps: 4, pps: 8, pvs: 2, state: 'open/syncd', mount: '/' }])).toEqual([
      'rootvg:',
      'LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT',
      'hd4                 jfs2       4       8       2    open/syncd    /',
    ]);
    const snap = referenceSnapshot();
    const d = describe(snap, nodeOf(snap, 'diagram.vg.rootvg'))!;
    expect(d.command).toBe('lsvg -l rootvg');
    expect(d.table?.[2]).toMatch(/^hd5\s+boot\s+1\s+1\s+1\s+closed\/syncd\s+N\/A$/);
  });

  it('explains a hang and offers the ways out on the host', () => {
    const snap = referenceSnapshot({ hosts: [referenceHost({ power: 'hung', led: '0552', hangReason: 'ipl_varyon failed', level: null })] });
    const d = describe(snap, nodeOf(snap, 'diagram.host.aixlab01'))!;
    expect(d.fields).toContainEqual(['LED', '0552: IPL varyon failed']);
    expect(d.notes).toContain('Hung: ipl_varyon failed');
    expect(d.suggestions.map((s) => s.line).slice(0, 3)).toEqual(['lab sms', 'lab power off', 'lab power on']);
  });

  it('says when a node belongs to another host than the console', () => {
    const snap = referenceSnapshot({ hosts: [referenceHost(), referenceHost({ name: 'aixlab02' })] });
    const other = project(snap).nodes.find((n) => n.id === 'host:aixlab02/disk:lun-1')!;
    const d = describe(snap, other)!;
    expect(d.command).toBeNull();
    expect(d.notes[0]).toMatch(/console host, aixlab01/);
    expect(d.suggestions.map((s) => s.line)).toEqual(['lab status']);
  });
});
