// redefinevg — REFERENCE §2.18 (silent; usage msg 560 with the modern flag set), and the rootvg repair
// recipe of §6.1/OUTCOMES O8 with synclvodm (whose own errors are in synclvodm.test.ts).
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { redefinevg } from './redefinevg.ts';
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
    [['rootvg'], { ok: false, error: { stderr: M.usage.redefinevg, exitCode: 1 } }],
    [['-d', 'hdisk0'], { ok: false, error: { stderr: M.usage.redefinevg, exitCode: 1 } }],
    [['-x', 'rootvg'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('redefinevg', 'x')}\n${M.usage.redefinevg}`, exitCode: 1 } }],
    [['-V', '10', '-d', 'hdisk0', 'rootvg'], { ok: false, error: { stderr: trainerMessages.notSimulated('redefinevg', '-V'), exitCode: 1 } }],
  ])('%j', (args, expected) => expect(redefinevg.parse(args)).toEqual(expected));
  it('usage text (SRC413 msg 560)', () => expect(M.usage.redefinevg).toBe('Usage: redefinevg {-d PVname | -i VGid} [-V MajorNumber] VGname'));
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

});
