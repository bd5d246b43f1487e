// What each flag of a line causes in its preview (causes.ts): asked of the simulator by previewing the
// line again without the flag.
import { describe, expect, it } from 'vitest';
import { newSessionState } from '../session/session.ts';
import { previewCauses } from './causes.ts';
import { previewLine, type PreviewReady } from './preview.ts';

const state = () => newSessionState('reference-lab')!;

function causesOf(line: string) {
  const s = state();
  const p = previewLine(s, line) as PreviewReady;
  expect(p.kind).toBe('preview');
  const kept = structuredClone(s);
  const causes = previewCauses(s, p);
  expect(s).toEqual(kept);
  const kinds = (flag: string) => causes.find((c) => c.flag === flag)!.changes.map((i) => p.changes[i].kind);
  const prevented = (flag: string) => causes.find((c) => c.flag === flag)!.prevented.map((c) => c.kind);
  return { causes, kinds, prevented, p };
}

describe('previewCauses', () => {
  it('alt_disk_copy -B -d hdisk1: -d makes the clone on hdisk1, -B keeps the bootlist (the change it prevents)', () => {
    const { causes, kinds, prevented } = causesOf('alt_disk_copy -B -d hdisk1');
    expect(causes.map((c) => c.flag).sort()).toEqual(['B', 'd']);
    expect(kinds('d')).toEqual(expect.arrayContaining(['lifecycle', 'disk-vg', 'boot-image', 'vg-created']));
    expect(kinds('B')).toEqual([]);
    expect(prevented('B')).toEqual(['bootlist']);
  });

  it('a cluster and an attached value read the getopt way: -Bd hdisk1 as -B -d hdisk1', () => {
    const a = causesOf('alt_disk_copy -Bd hdisk1');
    const b = causesOf('alt_disk_copy -B -d hdisk1');
    expect(a.causes).toEqual(b.causes);
  });

  it('the issue’s explainer line: -b update_all with -l raises the level the clone gets', () => {
    const { kinds, p } = causesOf('alt_disk_copy -B -d hdisk1 -b update_all -l /export/7200-05-04');
    expect(kinds('b')).toEqual(['disk-level']);
    expect(p.changes.find((c) => c.kind === 'disk-level')!.to).toBe('7200-05-04-2220');
  });

  it('lines that are not plain one-command lines get none', () => {
    for (const line of ['lspv; bootlist -m normal hdisk1', 'bootlist -m normal "hdisk1"', 'X=1 bootlist -m normal $X']) {
      const s = state();
      const p = previewLine(s, line);
      if (p.kind === 'preview') expect(previewCauses(s, p)).toEqual([]);
    }
  });
});
