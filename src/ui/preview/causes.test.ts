// The explainer's links (causes.ts): each flag to the changes it causes or prevents, from the worker's causes
// computed on the reference lab (the same core calls the worker makes), and the sentences the panel shows.
import { describe, expect, it } from 'vitest';
import type { PreviewCause, PreviewChange } from '../../protocol/index.ts';
import { explainLine } from '../../core/commands/lib/explain.ts';
import { previewCauses } from '../../core/preview/causes.ts';
import { previewLine, type PreviewReady } from '../../core/preview/preview.ts';
import { newSessionState } from '../../core/session/session.ts';
import { causeSentence, itemLinks, wantsCauses } from './causes.ts';

function linksOf(line: string) {
  const state = newSessionState('reference-lab')!;
  const plain = previewLine(state, line) as PreviewReady;
  expect(plain.kind).toBe('preview');
  const preview = { ...plain, causes: previewCauses(state, plain) };
  const explained = explainLine(line);
  const links = itemLinks(explained, preview);
  const byFlag = (flag: string) => links[0][explained[0].items.findIndex((i) => i.kind === 'flag' && i.flag === flag)];
  return { preview, explained, links, byFlag };
}

const change = (kind: PreviewChange['kind'], subject: string, to: string | null): PreviewChange => ({ kind, node: null, was: null, host: 'aixlab01', subject, from: null, to, text: `${subject} → ${to}` });
const cause = (over: Partial<PreviewCause>): PreviewCause => ({ flag: 'x', changes: [], warnings: [], prevented: [], ...over });

describe('explainer links from the flags’ causes', () => {
  it('alt_disk_copy -B -d hdisk1: -B causes no change but prevents the bootlist change, in a plain sentence', () => {
    const { byFlag } = linksOf('alt_disk_copy -B -d hdisk1');
    const b = byFlag('B');
    expect(b.changes).toEqual([]);
    expect(b.prevented.map((c) => c.kind)).toEqual(['bootlist']);
    expect(b.sentence).toBe('Without it, the bootlist would point at hdisk1.');
  });

  it('-d links every change (the line does nothing without it), joined with the changes its value names', () => {
    const { byFlag, preview } = linksOf('alt_disk_copy -B -d hdisk1');
    const d = byFlag('d');
    expect(d.changes).toEqual(preview.changes.map((_, i) => i));
    expect(d.sentence).toBe('Without it, none of the changes above would happen.');
  });

  it('the issue’s explainer line: -b links the clone’s level only', () => {
    const { byFlag, preview } = linksOf('alt_disk_copy -B -d hdisk1 -b update_all -l /export/7200-05-04');
    expect(byFlag('b').changes.map((i) => preview.changes[i].kind)).toEqual(['disk-level']);
    expect(byFlag('b').sentence).toBe('Without it, it would be “hdisk1: AIX none → 7200-05-03-2148” instead.');
  });

  it('without causes (not asked yet, or a longer line) a flag with no value links to nothing', () => {
    const state = newSessionState('reference-lab')!;
    const line = 'alt_disk_copy -B -d hdisk1';
    const plain = previewLine(state, line) as PreviewReady;
    const explained = explainLine(line);
    const links = itemLinks(explained, plain);
    expect(links[0][0]).toEqual({ changes: [], warnings: [], prevented: [], sentence: null });
    expect(links[0][1].changes.length).toBeGreaterThan(0); // -d hdisk1 still names hdisk1's changes
    expect(wantsCauses(plain, explained)).toBe(true);
    expect(wantsCauses(plain, explainLine('lspv; lsvg'))).toBe(false);
    expect(wantsCauses(plain, explainLine('lspv'))).toBe(false);
  });

  it('sentences: prevented changes, some changes, a value at work, warnings; nothing when leaving the flag out changes nothing', () => {
    const three = [change('disk-vg', 'hdisk1', 'altinst_rootvg'), change('disk-level', 'hdisk1', '7200-05-04'), change('file', '/tmp/x', 'created')];
    expect(causeSentence(cause({ prevented: [change('bootlist', 'service', 'hdisk2 blv=hd5, hdisk0 blv=hd5')] }), [])).toBe('Without it, the service bootlist would point at hdisk2.');
    expect(causeSentence(cause({ prevented: [change('bootlist', 'normal', null)] }), [])).toBe('Without it, the bootlist would be emptied.');
    expect(causeSentence(cause({ prevented: [change('disk-vg', 'hdisk1', 'altinst_rootvg')] }), [])).toBe('Without it, Enter would also make this change: hdisk1 → altinst_rootvg.');
    expect(causeSentence(cause({ changes: [0, 2], warnings: [0] }), three)).toBe('Without it, 2 changes above would not happen; the warning above would not be given.');
    expect(causeSentence(cause({ changes: [1, 2], prevented: [change('disk-level', 'hdisk1', '7200-05-03')] }), three)).toBe('Without it, it would be “hdisk1 → 7200-05-03” instead; 1 change above would not happen.');
    expect(causeSentence(cause({}), three)).toBeNull();
  });
});
