// redefinevg / synclvodm — REFERENCE §2.18 (silent; -v lines on stderr, SRC413 synclvodm.sh msgs
// 550/558; usage msgs 560/540 with the modern flag set), and the rootvg repair recipe of §6.1/OUTCOMES O8.
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { redefinevg } from './redefinevg.ts';
import { synclvodm } from './synclvodm.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

function odmOf(s: ReturnType<typeof lab>) {
  const w = s.world();
  return w.vgs[w.hosts.aixlab01.run!.rootVgid].os!.odm;
}
/** What "alt_rootvg_op -X rootvg" leaves (OUTCOMES O8): rootvg's VG and LV definitions gone. */
function rootvgDefinitionLost(s: ReturnType<typeof lab>) {
  const odm = odmOf(s);
  odm.vgs = odm.vgs.filter((v) => v.name !== 'rootvg');
  odm.lvs = odm.lvs.filter((l) => l.vg !== 'rootvg');
}

describe('redefinevg parse', () => {
  it.each([
    [['-d', 'hdisk0', 'rootvg'], { ok: true, value: { disk: 'hdisk0', vgid: null, vg: 'rootvg' } }],
    [['-i', '00f6db0a00004c000000017d43623707', 'rootvg'], { ok: true, value: { disk: null, vgid: '00f6db0a00004c000000017d43623707', vg: 'rootvg' } }],
    [['rootvg'], { ok: false, stderr: M.usage.redefinevg, exitCode: 1 }],
    [['-d', 'hdisk0'], { ok: false, stderr: M.usage.redefinevg, exitCode: 1 }],
    [['-x', 'rootvg'], { ok: false, stderr: `${shellMessages.unknownFlag('redefinevg', 'x')}\n${M.usage.redefinevg}`, exitCode: 1 }],
    [['-V', '10', '-d', 'hdisk0', 'rootvg'], { ok: false, stderr: trainerMessages.notSimulated('redefinevg', '-V'), exitCode: 1 }],
  ])('%j', (args, expected) => expect(redefinevg.parse(args)).toEqual(expected));
  it('usage text (SRC413 msg 560)', () => expect(M.usage.redefinevg).toBe('Usage: redefinevg {-d PVname | -i VGid} [-V MajorNumber] VGname'));
});

describe('synclvodm parse', () => {
  it.each([
    [['-Pv', 'rootvg'], { ok: true, value: { vg: 'rootvg', lvs: [], verbose: true } }],
    [['-P', '-v', 'rootvg'], { ok: true, value: { vg: 'rootvg', lvs: [], verbose: true } }],
    [['datavg', 'fslv00'], { ok: true, value: { vg: 'datavg', lvs: ['fslv00'], verbose: false } }],
    [[], { ok: false, stderr: M.usage.synclvodm, exitCode: 1 }],
    [['-q', 'rootvg'], { ok: false, stderr: `${shellMessages.unknownFlag('synclvodm', 'q')}\n${M.usage.synclvodm}`, exitCode: 1 }],
    [['-c', 'rootvg'], { ok: false, stderr: trainerMessages.notSimulated('synclvodm', '-c'), exitCode: 1 }],
  ])('%j', (args, expected) => expect(synclvodm.parse(args)).toEqual(expected));
});

describe('rootvg ODM repair (OUTCOMES O8): redefinevg -d hdisk0 rootvg; synclvodm -Pv rootvg', () => {
  it('brings rootvg and its LVs back', () => {
    const s = lab();
    rootvgDefinitionLost(s);
    expect(run(s, 'lspv').out.split('\n')[0]).toBe('hdisk0          00f6db0a6c7aece5                    None            ');
    expect(run(s, 'redefinevg -d hdisk0 rootvg')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'lspv').out.split('\n')[0]).toBe('hdisk0          00f6db0a6c7aece5                    rootvg          active');
    expect(run(s, 'lsvg -l rootvg').out).toBe('rootvg:\nLV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT\n');
    const r = run(s, 'synclvodm -Pv rootvg');
    expect(r).toEqual({
      out: '',
      err:
        'synclvodm: Physical volume data updated.\n' +
        ['hd5', 'hd6', 'hd8', 'hd4', 'hd2', 'hd9var', 'hd3', 'hd1', 'hd10opt', 'hd11admin', 'lg_dumplv', 'livedump'].map((n) => `synclvodm: Logical volume ${n} updated.\n`).join(''),
      code: 0,
    });
    expect(run(s, 'lsvg -l rootvg').out.split('\n')).toHaveLength(15);
    expect(run(s, 'lslv hd5').out.split('\n')[0]).toBe('LOGICAL VOLUME:     hd5                    VOLUME GROUP:   rootvg');
  });

  it('redefinevg errors: unknown disk, a disk without VGDA, a name in use, a VG under another name', () => {
    const s = lab();
    expect(run(s, 'redefinevg -d hdisk9 rootvg')).toEqual({
      out: '',
      err: '0516-024 lqueryvg: Unable to open physical volume.\n\tEither PV was not configured or could not be opened. Run\n\tdiagnostics.\n0516-562 redefinevg: Unable to access physical volume hdisk9\n',
      code: 1,
    });
    expect(run(s, 'redefinevg -d hdisk1 rootvg').err).toBe(
      '0516-066 lqueryvg: Physical volume is not a volume group member.\n\tCheck the physical volume name specified.\n0516-562 redefinevg: Unable to access physical volume hdisk1\n',
    );
    expect(run(s, 'redefinevg -d hdisk2 rootvg')).toEqual({ out: '', err: '0516-574 redefinevg: Volume Group name rootvg is already used.\n', code: 1 });
    expect(run(s, 'redefinevg -d hdisk2 other')).toEqual({ out: '', err: '0516-572 redefinevg: Volume Group already exists under name datavg.\n', code: 1 });
    // Same VG, same name: re-entered, silent.
    expect(run(s, 'redefinevg -d hdisk2 datavg')).toEqual({ out: '', err: '', code: 0 });
  });

  it('synclvodm errors: unknown VG, VG varied off, unknown LV; quiet without -v', () => {
    const s = lab();
    expect(run(s, 'synclvodm foovg')).toEqual({
      out: '',
      err: '0516-306 getlvodm: Unable to find volume group foovg in the Device\n\tConfiguration Database.\n0516-542 synclvodm: Unable to continue. Command terminated.\n',
      code: 1,
    });
    expect(run(s, 'synclvodm datavg')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'synclvodm datavg nolv')).toEqual({ out: '', err: '0516-532 synclvodm: Logical volume nolv not found in volume group datavg.\n', code: 2 });
    expect(run(s, 'synclvodm -v datavg fslv00').err).toBe('synclvodm: Physical volume data updated.\nsynclvodm: Logical volume fslv00 updated.\n');
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    expect(run(s, 'synclvodm datavg')).toEqual({
      out: '',
      err: '0516-010 lqueryvg: Volume group must be varied on; use varyonvg command.\n0516-544 synclvodm: Unable to access volume group datavg.\n',
      code: 1,
    });
  });
});
