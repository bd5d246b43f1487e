// Each pasted command's parser: REFERENCE's captures and our own commands' output are read; hostile
// input (cut short, another command's output, 1 MB, HTML) is refused with the line that failed.
import { describe, expect, it } from 'vitest';
import { lab, run } from '../testing/lab.ts';
import { paste, REF_BOOTLIST, REF_DF, REF_EMGR, REF_LSATTR, REF_LSLPP, REF_LSPV, REF_LSVG, REF_LSVG_L, REF_LSVG_P } from './goldens.ts';
import { readPaste, splitPaste, TWIN_COMMANDS } from './split.ts';
import { problemText, type TwinFacts } from './types.ts';

function facts(text: string): TwinFacts {
  const r = readPaste(text);
  if (!r.ok) throw new Error(r.error.map(problemText).join('\n'));
  return r.value;
}

function problems(text: string): string[] {
  const r = readPaste(text);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.error.map(problemText);
}

describe('twin parsers: REFERENCE goldens', () => {
  it('lspv', () => {
    const f = facts(paste('# ', [['lspv', REF_LSPV]]));
    expect(f.pvs).toEqual([
      { name: 'hdisk0', pvid: '00f6db0a6c7aece5', vg: 'rootvg', active: true },
      { name: 'hdisk1', pvid: '00f6db0a8f3a1c22', vg: 'altinst_rootvg', active: false },
      { name: 'hdisk2', pvid: '00f6db0a91b44e07', vg: 'datavg', active: true },
      { name: 'hdisk3', pvid: null, vg: null, active: false },
    ]);
  });
  it('lsvg rootvg', () => {
    expect(facts(paste('# ', [['lsvg rootvg', REF_LSVG]])).vgs.rootvg).toEqual({ name: 'rootvg', vgid: '00f6db0a00004c000000017d43623707', ppSizeMB: 32, totalPps: 639, quorumDisabled: false });
  });
  it('lsvg -l rootvg', () => {
    const lvs = facts(paste('# ', [['lsvg -l rootvg', REF_LSVG_L]])).lvs.rootvg;
    expect(lvs).toHaveLength(12);
    expect(lvs[0]).toEqual({ name: 'hd5', type: 'boot', lps: 1, pps: 1, pvs: 1, state: 'closed/syncd', mount: null });
    expect(lvs[11]).toMatchObject({ name: 'livedump', mount: '/var/adm/ras/livedump' });
  });
  it('lsvg -p rootvg', () => {
    expect(facts(paste('# ', [['lsvg -p rootvg', REF_LSVG_P]])).vgPvs.rootvg).toEqual([{ name: 'hdisk0', totalPps: 639, freePps: 477 }]);
  });
  it('bootlist -m normal -o (two paths of one disk are one entry)', () => {
    expect(facts(paste('# ', [['bootlist -m normal -o', REF_BOOTLIST]])).bootlist).toEqual(['hdisk1']);
  });
  it('oslevel -s, bootinfo -s, getconf DISK_SIZE', () => {
    const f = facts(paste('# ', [['oslevel -s', '7200-05-03-2148'], ['bootinfo -s hdisk1', '20480'], ['getconf DISK_SIZE /dev/hdisk3', '10240']]));
    expect(f.level).toBe('7200-05-03-2148');
    expect(f.diskSizes).toEqual({ hdisk1: 20480, hdisk3: 10240 });
  });
  it('lslpp -l (installed, and 0504-132 not installed)', () => {
    expect(facts(paste('# ', [['lslpp -l bos.alt_disk_install.rte', REF_LSLPP]])).altDisk).toEqual({ installed: [{ name: 'bos.alt_disk_install.rte', level: '7.2.5.100', state: 'COMMITTED' }], missing: [] });
    const missing = facts(paste('# ', [['lslpp -l bos.alt_disk_install.rte', 'lslpp: 0504-132  Fileset bos.alt_disk_install.rte not installed.']]));
    expect(missing.altDisk?.missing).toEqual(['bos.alt_disk_install.rte']);
  });
  it('lsattr -El hdisk1', () => {
    expect(facts(paste('# ', [['lsattr -El hdisk1', REF_LSATTR]])).attrPvids).toEqual({ hdisk1: '00f6db0a8f3a1c22' });
  });
  it('df -g', () => {
    const fs = facts(paste('# ', [['df -g', REF_DF]])).fs!;
    expect(fs).toHaveLength(9);
    expect(fs[1]).toEqual({ dev: '/dev/hd2', sizeGB: 2.5, freeGB: 0.31, inodesUsed: 42310, mount: '/usr' });
    expect(fs[6]).toMatchObject({ dev: '/proc', sizeGB: null });
  });
  it('emgr -l (table and none)', () => {
    expect(facts(paste('# ', [['emgr -l', REF_EMGR]])).efixes).toEqual([
      { label: 'IJ20785s2a', state: 'S', abstract: 'tcpdump CVEs fixed' },
      { label: 'IJ09625s2a', state: 'Q', abstract: 'IJ09624 7.2.3.2' },
    ]);
    expect(facts(paste('# ', [['emgr -l', 'There is no efix data on this system.']])).efixes).toEqual([]);
  });
});

describe("twin parsers: our own commands' output", () => {
  const COMMANDS = ['lspv', 'lsvg rootvg', 'lsvg -l rootvg datavg', 'lsvg -p rootvg', 'bootlist -m normal -o', 'oslevel -s', 'lslpp -l bos.alt_disk_install.*', 'bootinfo -s hdisk2', 'getconf DISK_SIZE /dev/hdisk3', 'lsattr -El hdisk0', 'df -g', 'emgr -l', 'hostname'];
  for (const scenario of ['mirrored-lab', 'efix-lab', 'reference-lab', 'release-lab']) {
    it(scenario, () => {
      const s = lab(scenario);
      const f = facts(paste('aixprod01:/# ', COMMANDS.map((c) => [c, run(s, c).out.trimEnd()])));
      expect(f.hostname).toBe('aixlab01'); // the hostname command wins over the prompt
      expect(f.pvs!.length).toBe(4);
      expect(f.lvs.rootvg.length).toBeGreaterThanOrEqual(12);
      expect(f.lvs.datavg.map((l) => l.name)).toContain('fslv00');
      expect(f.level).toMatch(/^7200-05-03/);
      expect(f.fs!.some((x) => x.mount === '/data')).toBe(true);
      if (scenario === 'mirrored-lab') expect(f.lvs.rootvg.find((l) => l.name === 'hd4')).toMatchObject({ lps: 4, pps: 8, pvs: 2 });
      if (scenario === 'efix-lab') expect(f.efixes!.map((e) => e.label)).toEqual(['IJ41974s3a']);
      if (scenario === 'release-lab') expect(f.pvs![1].vg).toBe('altinst_rootvg');
    });
  }
});

describe('twin splitter', () => {
  it('reads the host name from the prompt in its common forms', () => {
    for (const prompt of ['aixprod01:/# ', 'root@aixprod01:/ # ', '[root@aixprod01 /]# ', 'aixprod01 # ', 'aixprod01:/home/root$ ']) {
      expect(facts(paste(prompt, [['oslevel -s', '7200-05-03-2148']])).hostname).toBe('aixprod01');
    }
    expect(facts(paste('# ', [['oslevel -s', '7200-05-03-2148']])).hostname).toBeUndefined();
  });
  it('the disk-size loop of the command block: its own line is skipped, its output has command lines', () => {
    const f = facts(`aixprod01:/# emgr -l\nThere is no efix data on this system.\naixprod01:/# ${TWIN_COMMANDS.at(-1)}\n# getconf DISK_SIZE /dev/hdisk0\n20480\n# getconf DISK_SIZE /dev/hdisk1\n40960\n`);
    expect(f.diskSizes).toEqual({ hdisk0: 20480, hdisk1: 40960 });
    expect(problems(`# ${TWIN_COMMANDS.at(-1)}\n20480`)).toEqual(["line 2: expected a line '# getconf DISK_SIZE /dev/hdiskN' from the loop"]);
  });
  it('refuses text before the first command line', () => {
    expect(problems('hello\n# lspv\n' + REF_LSPV)).toEqual(["line 1: expected a command line such as '# lspv' before its output (each output goes under the command that printed it)"]);
  });
  it('refuses a command it does not read', () => {
    expect(problems('# lspv hdisk0\nPHYSICAL VOLUME: hdisk0')[0]).toMatch(/^line 1: the twin does not read 'lspv hdisk0'/);
  });
  it('reports every section that fails, in line order', () => {
    const p = problems(`# oslevel -s\n7.2.0.0\n# lspv\n${REF_LSPV}\n# df -g\nFilesystem 512-blocks Free`);
    expect(p).toHaveLength(2);
    expect(p[0]).toBe("line 2: expected a level like 7200-05-03-2148, found '7.2.0.0'");
    expect(p[1]).toMatch(/^line 9: expected 'Filesystem GB blocks/);
  });
});

describe('twin parsers: hostile input', () => {
  it('another command\'s output under a header is refused with the line', () => {
    expect(problems(`# lsvg -l rootvg\n${REF_LSVG_P}`)).toEqual(["line 3: expected 'LV NAME TYPE LPs PPs PVs LV STATE MOUNT POINT' header, found 'PV_NAME PV STATE TOTAL PPs FREE PPs FREE DISTRIBUTION'"]);
    expect(problems(`# lspv\n${REF_DF}`)[0]).toMatch(/^line 2: expected an lspv line/);
    expect(problems(`# lsvg rootvg\n${REF_LSVG_L}`)[0]).toMatch(/^line 2: expected 'VOLUME GROUP: rootvg/);
    expect(problems(`# bootlist -m normal -o\n${REF_LSPV}`)[0]).toMatch(/^line 2: expected a boot list line/);
    expect(problems(`# lsattr -El hdisk1\n${REF_LSPV}`)[0]).toMatch(/^line 2: expected an attribute line/);
    expect(problems(`# emgr -l\n${REF_LSLPP}`)[0]).toMatch(/^line 2: expected 'ID STATE LABEL/);
    expect(problems(`# lslpp -l bos.alt_disk_install.rte\n${REF_EMGR}`)[0]).toMatch(/^line 2: expected the lslpp header/);
    expect(problems(`# getconf DISK_SIZE /dev/hdisk1\n${REF_LSPV}`)[0]).toMatch(/^line 2: expected a disk size in MB/);
  });
  it('lsvg -l of one VG pasted under another', () => {
    expect(problems(`# lsvg -l datavg\n${REF_LSVG_L}`)).toEqual(['line 2: this is a table for rootvg, but the command asked for datavg']);
  });
  it('truncated output', () => {
    expect(problems('# lsvg -l rootvg\nrootvg:')).toEqual(["line 2: expected 'LV NAME TYPE LPs PPs PVs LV STATE MOUNT POINT' header (the output is cut short)"]);
    expect(problems(`# lsvg -l rootvg\n${REF_LSVG_L.split('\n').slice(0, 5).join('\n')}\nhd4                 jfs2       4`)[0]).toBe("line 7: expected an LV line 'NAME TYPE LPs PPs PVs STATE MOUNT', found 'hd4 jfs2 4'");
    expect(problems(`# lsvg rootvg\n${REF_LSVG.split('\n')[0]}`)[0]).toMatch(/^line 2: no 'PP SIZE:' line/);
    expect(problems('# lslpp -l bos.alt_disk_install.*\n  Fileset                      Level  State      Description\n  -----------------\nPath: /usr/lib/objrepos\n  bos.alt_disk_install.boot_images')[0]).toMatch(/^line 5: the level of bos.alt_disk_install.boot_images is missing/);
  });
  it('impossible numbers', () => {
    expect(problems('# lsvg -l rootvg\nrootvg:\nLV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT\nhd4                 jfs2       4       9       2    open/syncd    /')[0]).toBe('line 4: hd4: 9 PPs for 4 LPs is not 1, 2 or 3 copies');
    expect(problems('# lsvg -l rootvg\nrootvg:\nLV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT\nfoo                 raw        4       4       1    open/syncd    N/A')[0]).toMatch(/^line 4: LV type 'raw' is not one the trainer models/);
  });
  it('1 MB, too many lines and long lines are refused unread', () => {
    expect(problems('# lspv\n' + 'x'.repeat(1_000_001))[0]).toMatch(/^line 1: the paste is 1,000,008 characters; the twin reads at most 1,000,000 \(1 MB\)/);
    expect(problems('# lspv\n' + 'hdisk0 none None\n'.repeat(6000))[0]).toMatch(/^line 5001: the paste has 6002 lines/);
    expect(problems(`# lspv\n${'a'.repeat(600)}`)).toEqual(['line 2: the line is 600 characters long; no output the twin reads has lines over 512']);
  });
  it('HTML is just text: refused as output, never rendered', () => {
    const html = '<script>alert(1)</script>\n<img src=x onerror=alert(1)>';
    expect(problems(html)[0]).toMatch(/^line 1: expected a command line/);
    const p = problems(`# lspv\n<b>hdisk0</b> 00f6db0a6c7aece5 rootvg active`);
    expect(p[0]).toBe("line 2: expected an lspv line 'hdiskN PVID VG [active]', found '<b>hdisk0</b> 00f6db0a6c7aece5 rootvg active'");
  });
  it('a prompt-like line in output that names no known command stays output', () => {
    expect(splitPaste('# lspv\n# ls -l\n').ok).toBe(true);
    expect(problems('# lspv\n# ls -l\n')[0]).toMatch(/^line 2: expected an lspv line/);
  });
});
