// varyonvg — REFERENCE §2.16 (silent on success; 0516-052 without quorum), usage text SRC413 catalogue
// msg 940; the round trip with varyoffvg (whose own refusals are in varyoffvg.test.ts).
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { varyonvg } from './varyonvg.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('varyonvg parse', () => {
  it.each([
    [['datavg'], { ok: true, value: { vg: 'datavg' } }],
    [[], { ok: false, error: { stderr: M.usage.varyonvg, exitCode: 1 } }],
    [['a', 'b'], { ok: false, error: { stderr: M.usage.varyonvg, exitCode: 1 } }],
    [['-z', 'datavg'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('varyonvg', 'z')}\n${M.usage.varyonvg}`, exitCode: 1 } }],
    [['-f', 'datavg'], { ok: false, error: { stderr: trainerMessages.notSimulated('varyonvg', '-f'), exitCode: 1 } }],
    [['-n', 'datavg'], { ok: false, error: { stderr: trainerMessages.notSimulated('varyonvg', '-n'), exitCode: 1 } }],
  ])('%j', (args, expected) => expect(varyonvg.parse(args)).toEqual(expected));

  it('usage text is the catalogue form with the purpose line', () => {
    expect(M.usage.varyonvg).toBe('Usage: varyonvg [-b] [-c] [-f] [-n] [-p] [-r] [-s] [-u] [-t] VGname\nVaries a volume group on.');
  });
});

describe('varyoffvg / varyonvg run', () => {
  it('happy path: silent both ways; lsvg -o follows (most recent first, §11.8.1)', () => {
    const s = lab();
    expect(run(s, 'umount /data')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'varyoffvg datavg')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'lsvg -o').out).toBe('rootvg\n');
    expect(run(s, 'lspv').out.split('\n')[2]).toBe('hdisk2          00f6db0a91b44e07                    datavg          ');
    expect(run(s, 'varyonvg datavg')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'lsvg -o').out).toBe('datavg\nrootvg\n');
    // Already varied on: nothing happens.
    expect(run(s, 'varyonvg datavg')).toEqual({ out: '', err: '', code: 0 });
  });

  it('unknown VG: getlvodm 0516-306, then the command failure', () => {
    const s = lab();
    expect(run(s, 'varyonvg foovg')).toEqual({
      out: '',
      err: '0516-306 getlvodm: Unable to find volume group foovg in the Device\n\tConfiguration Database.\n0516-952 varyonvg: Unable to vary on volume group foovg.\n',
      code: 1,
    });
    expect(run(s, 'varyoffvg foovg').err).toBe(
      '0516-306 getlvodm: Unable to find volume group foovg in the Device\n\tConfiguration Database.\n0516-942 varyoffvg: Unable to vary off volume group foovg.\n',
    );
  });

  it('varyonvg without quorum: 0516-052 then 0516-952, nothing changed', () => {
    const s = lab();
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    s.world().disks.d2.location = null; // the disk is pulled
    const r = run(s, 'varyonvg datavg');
    expect(r.err).toBe(
      '0516-013 varyonvg: The volume group cannot be varied on because\n\tthere are no good copies of the descriptor area.\n0516-952 varyonvg: Unable to vary on volume group datavg.\n',
    );
    expect(r.code).toBe(1);
  });

  it('quorum: a 2-disk VG with one disk missing does not vary on (0516-052)', () => {
    const s = lab();
    run(s, 'umount /data');
    run(s, 'extendvg datavg hdisk1');
    run(s, 'varyoffvg datavg');
    s.world().disks.d1.location = null;
    expect(run(s, 'varyonvg datavg').err).toBe(
      '0516-052 varyonvg: Volume group cannot be varied on without a\n\tquorum. More physical volumes in the group must be active.\n\tRun diagnostics on inactive PVs.\n0516-952 varyonvg: Unable to vary on volume group datavg.\n',
    );
    expect(run(s, 'lsvg -o').out).toBe('rootvg\n');
  });

  it('varyonvg of an alternate placeholder brings it up with no LVs defined (§2.16, §6.1)', () => {
    const s = lab();
    const w = s.world();
    const odm = w.vgs[w.hosts.aixlab01.run!.rootVgid].os!.odm;
    // altinst_rootvg placeholder: the ODM knows the VG, not its LVs (what alt_disk_copy leaves).
    const copy = structuredClone(w.vgs[odm.vgs[0].vgid]);
    copy.vgid = '00f6db0a00004c00bbbbbbbbbbbbbbbb';
    copy.pvids = ['00f6db0a8f3a1c22'];
    delete copy.os;
    for (const lv of copy.lvs) for (const c of lv.copies) for (const e of c) e.pvid = '00f6db0a8f3a1c22';
    w.vgs[copy.vgid] = copy;
    w.disks.d1.vgid = copy.vgid;
    odm.vgs.push({ name: 'altinst_rootvg', vgid: copy.vgid, pvids: ['00f6db0a8f3a1c22'], autoOn: false });
    expect(run(s, 'lsvg -l altinst_rootvg').err).toBe('0516-010 : Volume group must be varied on; use varyonvg command.\n');
    expect(run(s, 'varyonvg altinst_rootvg')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'lspv').out.split('\n')[1]).toBe('hdisk1          00f6db0a8f3a1c22                    altinst_rootvg  active');
    expect(run(s, 'lsvg -l altinst_rootvg').out).toBe('altinst_rootvg:\nLV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT\n');
    expect(run(s, 'varyoffvg altinst_rootvg')).toEqual({ out: '', err: '', code: 0 });
  });
});
