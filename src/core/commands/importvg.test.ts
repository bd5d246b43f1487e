// importvg — REFERENCE §2.17, §6.1: prints the VG name; renames clashing LVs (0516-530 on stderr);
// errors 0516-776 (name in use, after getvgname's 0516-360), 0516-780 (no VGDA, or VG defined under
// another name: redefinevg's 0516-562/0516-572 first). Order of checks: SRC413 importvg.sh.
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { importvg } from './importvg.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

function exported() {
  const s = lab();
  run(s, 'umount /data');
  run(s, 'varyoffvg datavg');
  run(s, 'exportvg datavg');
  return s;
}

describe('importvg parse', () => {
  it.each([
    [['-y', 'datavg', 'hdisk2'], { ok: true, value: { name: 'datavg', pv: 'hdisk2' } }],
    [['hdisk2'], { ok: true, value: { name: null, pv: 'hdisk2' } }],
    [['-ydatavg', 'hdisk2'], { ok: true, value: { name: 'datavg', pv: 'hdisk2' } }],
    [[], { ok: false, error: { stderr: `0516-604 importvg: Physical volume name not entered.\n${M.usage.importvg}`, exitCode: 1 } }],
    [['-y', 'datavg'], { ok: false, error: { stderr: `0516-604 importvg: Physical volume name not entered.\n${M.usage.importvg}`, exitCode: 1 } }],
    [['-y'], { ok: false, error: { stderr: `${shellMessages.flagNeedsArg('importvg', 'y')}\n${M.usage.importvg}`, exitCode: 1 } }],
    [['-z', 'hdisk2'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('importvg', 'z')}\n${M.usage.importvg}`, exitCode: 1 } }],
    [['-f', 'hdisk2'], { ok: false, error: { stderr: trainerMessages.notSimulated('importvg', '-f'), exitCode: 1 } }],
    [['-V', '50', 'hdisk2'], { ok: false, error: { stderr: trainerMessages.notSimulated('importvg', '-V'), exitCode: 1 } }],
  ])('%j', (args, expected) => expect(importvg.parse(args)).toEqual(expected));
});

describe('importvg run', () => {
  it('imports under -y, varies on, adds stanzas, does not mount; name on stdout', () => {
    const s = exported();
    expect(run(s, 'importvg -y datavg hdisk2')).toEqual({ out: 'datavg\n', err: '', code: 0 });
    expect(run(s, 'lspv').out.split('\n')[2]).toBe('hdisk2          00f6db0a91b44e07                    datavg          active');
    expect(run(s, 'lsfs /data').out).toBe(
      'Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting\n' +
        '/dev/fslv00     --         /data                  jfs2  52428800 --         yes  no\n',
    );
    expect(run(s, 'df /data').err).toBe('');
    expect(run(s, 'df /data').out.split('\n')[1]).toMatch(/^\/dev\/hd4 /); // /data is only a directory of / now
  });

  it('without -y the next free vgNN name is used', () => {
    expect(run(exported(), 'importvg hdisk2')).toEqual({ out: 'vg00\n', err: '', code: 0 });
  });

  it('a name already used: 0516-360 getvgname, 0516-776', () => {
    expect(run(exported(), 'importvg -y rootvg hdisk2')).toEqual({
      out: '',
      err: '0516-360 getvgname: The device name is already used; choose a\n\tdifferent name.\n0516-776 importvg: Cannot import hdisk2 as rootvg.\n',
      code: 1,
    });
    expect(run(exported(), 'importvg -y hd4 hdisk2').err).toContain('0516-776 importvg: Cannot import hdisk2 as hd4.');
  });

  it('a disk with no volume group: lqueryvg 0516-066, redefinevg 0516-562, 0516-780', () => {
    expect(run(lab(), 'importvg -y x hdisk1')).toEqual({
      out: '',
      err:
        '0516-066 lqueryvg: Physical volume is not a volume group member.\n\tCheck the physical volume name specified.\n' +
        '0516-562 redefinevg: Unable to access physical volume hdisk1\n' +
        '0516-780 importvg: Unable to import volume group from hdisk1.\n',
      code: 1,
    });
  });

  it('an unknown disk: lqueryvg 0516-024 first', () => {
    const r = run(lab(), 'importvg hdisk9');
    expect(r.err.split('\n')[0]).toBe('0516-024 lqueryvg: Unable to open physical volume.');
    expect(r.err).toContain('0516-780 importvg: Unable to import volume group from hdisk9.\n');
  });

  it('a VG the ODM already defines: 0516-572 then 0516-780, nothing changed', () => {
    const s = lab();
    expect(run(s, 'importvg -y again hdisk2')).toEqual({
      out: '',
      err: '0516-572 redefinevg: Volume Group already exists under name datavg.\n0516-780 importvg: Unable to import volume group from hdisk2.\n',
      code: 1,
    });
    expect(run(s, 'lsvg').out).toBe('rootvg\ndatavg\n');
  });

  it('an invalid name is refused before anything else', () => {
    expect(run(exported(), 'importvg -y bad/name hdisk2')).toEqual({ out: '', err: 'importvg: Volume group name bad/name contains invalid characters.\n', code: 1 });
  });

  it('message 0516-778 keeps its catalogue text', () => {
    expect(M.vgNameUsed('datavg')).toBe('0516-778 importvg: Volume Group Name datavg is already used.');
  });
});
