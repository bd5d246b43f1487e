// exportvg — REFERENCE §2.17 and §11.9/§11.10: silent; 0516-764 varied on, 0516-762 rootvg, 0516-772
// undefined VG (after getlvodm's 0516-306, SRC413 exportvg.sh). Usage: SRC413 msgs 606 + 760.
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages } from '../messages/index.ts';
import { exportvg } from './exportvg.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

const USAGE = '0516-606 exportvg: Volume group name not entered.\nUsage: exportvg VGname\nExports the definition of a volume group.';

describe('exportvg parse', () => {
  it.each([
    [['datavg'], { ok: true, value: { vg: 'datavg' } }],
    [[], { ok: false, error: { stderr: USAGE, exitCode: 1 } }],
    [['a', 'b'], { ok: false, error: { stderr: M.usage.exportvg, exitCode: 1 } }],
    [['-f', 'datavg'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('exportvg', 'f')}\n${USAGE}`, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(exportvg.parse(args)).toEqual(expected));
});

describe('exportvg run', () => {
  it('removes the VG, its LVs and stanzas; the disk keeps PVID and VGDA', () => {
    const s = lab();
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    expect(run(s, 'exportvg datavg')).toEqual({ out: '', err: '', code: 0 });
    const w = s.world();
    const odm = w.vgs[w.hosts.aixlab01.run!.rootVgid].os!.odm;
    expect(odm.vgs.map((v) => v.name)).toEqual(['rootvg']);
    expect(odm.lvs.some((l) => l.vg === 'datavg' || l.name === 'fslv00')).toBe(false);
    expect(odm.filesystems.some((f) => f.mount === '/data')).toBe(false);
    expect(w.disks.d2).toMatchObject({ pvid: '00f6db0a91b44e07', vgid: '00f6db0a00004c000000017d4a1b2c55' });
    expect(run(s, 'lspv').out.split('\n')[2]).toBe('hdisk2          00f6db0a91b44e07                    None            ');
    expect(run(s, 'lsvg -l datavg').err).toBe('0516-306 : Unable to find volume group datavg in the Device\n\tConfiguration Database.\n');
  });

  it('refuses a varied-on VG (0516-764) and changes nothing', () => {
    const s = lab();
    expect(run(s, 'exportvg datavg')).toEqual({ out: '', err: '0516-764 exportvg: The volume group must be varied off\n\tbefore exporting.\n', code: 1 });
    expect(run(s, 'lsvg').out).toBe('rootvg\ndatavg\n');
  });

  it('refuses rootvg (0516-762)', () => {
    expect(run(lab(), 'exportvg rootvg')).toEqual({ out: '', err: '0516-762 exportvg: The root volume group cannot be exported.\n', code: 1 });
  });

  it('an undefined VG: 0516-306 getlvodm then 0516-772 (no period, §11.1)', () => {
    expect(run(lab(), 'exportvg altinst_rootvg')).toEqual({
      out: '',
      err: '0516-306 getlvodm: Unable to find volume group altinst_rootvg in the Device\n\tConfiguration Database.\n0516-772 exportvg: Unable to export volume group altinst_rootvg\n',
      code: 1,
    });
  });
});
