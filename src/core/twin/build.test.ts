// The twin's world: built from a paste, it passes the load gate, prints back what was pasted, and the
// clone the trainer advises for a mirrored rootvg runs in it.
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../model/invariants.ts';
import { restoreSessionState } from '../session/restore.ts';
import { createSession } from '../session/session.ts';
import { lab, run } from '../testing/lab.ts';
import { paste, REF_DF, REF_EMGR, REF_LSPV, REF_LSVG, REF_LSVG_L, REF_LSVG_P } from './goldens.ts';
import { twinFromPaste, type Twin, type TwinOptions } from './index.ts';
import { problemText } from './types.ts';

const COMMANDS = ['lspv', 'lsvg rootvg', 'lsvg -l rootvg', 'lsvg -p rootvg', 'lsvg -l datavg', 'bootlist -m normal -o', 'oslevel -s', 'lslpp -l bos.alt_disk_install.*', 'getconf DISK_SIZE /dev/hdisk2', 'bootinfo -s hdisk3', 'lsattr -El hdisk0', 'df -g', 'emgr -l'];

function twin(text: string, options?: TwinOptions): Twin {
  const r = twinFromPaste(text, options);
  if (!r.ok) throw new Error(r.error.map(problemText).join('\n'));
  return r.value;
}

/** The outputs of a built-in lab, pasted under the prompt of a server called aixprod01. */
function pastedFrom(scenario: string): string {
  const s = lab(scenario);
  return paste('root@aixprod01:/ # ', COMMANDS.map((c) => [c, run(s, c).out.trimEnd()]));
}

describe('twin world', () => {
  it('a mirrored rootvg and a spare disk: the twin prints back what was pasted', () => {
    const t = twin(pastedFrom('mirrored-lab'));
    expect(t.hostname).toBe('aixprod01');
    expect(t.disks).toEqual(['hdisk0', 'hdisk1', 'hdisk2', 'hdisk3']);
    const original = lab('mirrored-lab');
    const copy = createSession(t.state);
    for (const c of ['lspv', 'lsvg -l rootvg', 'lsvg -p rootvg', 'bootlist -m normal -o', 'oslevel -s', 'lsvg -l datavg', 'bootinfo -s hdisk2']) {
      expect(run(copy, c).out, c).toBe(run(original, c).out);
    }
    expect(run(copy, 'hostname').out).toBe('aixprod01\n');
    expect(t.summary.join('\n')).toContain('rootvg on hdisk0 and hdisk1 (mirrored: 2 copies)');
    expect(t.summary.join('\n')).toContain('Free for the clone: hdisk2 (20480 MB)');
    expect(t.advice[0]).toContain('alt_disk_copy -d hdisk2 -i /home/image.data');
  });

  it('passes the load gate unchanged, with nothing to repair', () => {
    const t = twin(pastedFrom('mirrored-lab'));
    const stored = JSON.parse(JSON.stringify(t.state));
    const r = restoreSessionState(stored);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.repaired).toEqual([]);
    expect(r.value.restored).toEqual(stored);
    expect(checkInvariants(r.value.restored.world)).toEqual([]);
  });

  it('the advised clone runs: alt_disk_copy -d hdisk2 -i /home/image.data', () => {
    const s = createSession(twin(pastedFrom('mirrored-lab')).state);
    const plain = s.exec('alt_disk_copy -d hdisk2');
    expect(plain.exitCode).not.toBe(0); // two copies do not fit on one disk
    const r = s.exec('alt_disk_copy -d hdisk2 -i /home/image.data');
    expect(r.exitCode, r.stderr).toBe(0);
    expect(run(s, 'lspv').out).toMatch(/hdisk2 +00f6db0a91b44e07 +altinst_rootvg/);
    expect(run(s, 'bootlist -m normal -o').out).toBe('hdisk2 blv=hd5 pathid=0\n');
  });

  it("REFERENCE's captures: an unmirrored rootvg, an altinst_rootvg disk made free, a disk without PVID", () => {
    const t = twin(paste('aixlab01:/# ', [['lspv', REF_LSPV], ['lsvg rootvg', REF_LSVG], ['lsvg -l rootvg', REF_LSVG_L], ['lsvg -p rootvg', REF_LSVG_P], ['df -g', REF_DF], ['emgr -l', REF_EMGR]]));
    expect(t.hostname).toBe('aixlab01');
    const s = createSession(t.state);
    expect(run(s, 'lsvg -l rootvg').out).toBe(`${REF_LSVG_L}\n`);
    expect(run(s, 'lsvg -p rootvg').out).toContain('hdisk0            active            639         477');
    expect(run(s, 'emgr -l').out).toContain('IJ09625s2a');
    expect(run(s, 'df -g').out).toMatch(/\/dev\/hd2 +2\.50 +0\.3\d/);
    expect(run(s, 'lspv').out).toMatch(/hdisk3 +none +None/);
    const texts = t.defaults.map((d) => d.text);
    expect(texts).toContain('hdisk1 holds altinst_rootvg on the server; the twin makes it a free disk (its content was not pasted)');
    expect(texts.some((x) => x.startsWith('AIX level: 7200-05-03-2148'))).toBe(true);
    expect(texts.some((x) => x.startsWith('Size of hdisk3: 20480 MB'))).toBe(true);
    expect(restoreSessionState(JSON.parse(JSON.stringify(t.state))).ok).toBe(true);
  });

  it('stated defaults can be changed', () => {
    const t = twin('# lspv\nhdisk0 00f6db0a6c7aece5 rootvg active\nhdisk1 none None\n', { hostname: 'lpar7', level: '7300-01-01-2246', diskSizeMB: 40960 });
    const s = createSession(t.state);
    expect(run(s, 'hostname').out).toBe('lpar7\n');
    expect(run(s, 'oslevel -s').out).toBe('7300-01-01-2246\n');
    expect(run(s, 'bootinfo -s hdisk1').out).toBe('40960\n');
    expect(t.defaults.map((d) => d.field)).toContain(null); // rootvg's standard LVs are said, not editable
  });

  it('a host name the trainer cannot use is replaced by the stated default', () => {
    const t = twin(`${'a'.repeat(40)}:/# lspv\nhdisk0 00f6db0a6c7aece5 rootvg active\n`);
    expect(t.hostname).toBe('aixtwin01');
    expect(t.defaults[0]).toEqual({ field: 'hostname', text: "Host name: aixtwin01 (the pasted name 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' is longer than the trainer's 31 characters)" });
  });

  it('refuses a layout that does not add up', () => {
    const lv = 'rootvg:\nLV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT\n';
    const mirrored = `${lv}hd5 boot 1 2 2 closed/syncd N/A\nhd4 jfs2 4 8 2 open/syncd /\nhd2 jfs2 80 160 2 open/syncd /usr\nhd9var jfs2 16 32 2 open/syncd /var`;
    const r = twinFromPaste(`# lspv\nhdisk0 00f6db0a6c7aece5 rootvg active\n# lsvg -l rootvg\n${mirrored}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0].message).toBe('rootvg: hd5 has 2 copies but rootvg is on 1 disk');
    const tooBig = twinFromPaste(`# lspv\nhdisk0 00f6db0a6c7aece5 rootvg active\n# bootinfo -s hdisk0\n2048\n# lsvg -l rootvg\n${lv}hd5 boot 1 1 1 closed/syncd N/A\nhd4 jfs2 4 4 1 open/syncd /\nhd2 jfs2 80 80 1 open/syncd /usr\nhd9var jfs2 16 16 1 open/syncd /var`);
    expect(tooBig.ok).toBe(false);
    if (!tooBig.ok) expect(tooBig.error[0].message).toMatch(/^rootvg: no disk has room for hd2/);
    const noBoot = twinFromPaste(`# lspv\nhdisk0 00f6db0a6c7aece5 rootvg active\n# lsvg -l rootvg\n${lv}hd4 jfs2 4 4 1 open/syncd /`);
    expect(noBoot.ok).toBe(false);
    const noRoot = twinFromPaste('# lspv\nhdisk0 00f6db0a6c7aece5 datavg active');
    expect(noRoot.ok && 'ok').toBe(false);
  });

  it('the same paste gives the same twin', () => {
    expect(JSON.stringify(twin(pastedFrom('reference-lab')).state)).toBe(JSON.stringify(twin(pastedFrom('reference-lab')).state));
  });
});
