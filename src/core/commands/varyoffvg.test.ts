// varyoffvg — REFERENCE §2.16: silent on success; 0516-012 + 0516-942 with open LVs, 0516-010 when already
// varied off; usage text SRC413 catalogue msg 606. (The round trip with varyonvg is in varyonvg.test.ts.)
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { varyoffvg } from './varyoffvg.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('varyoffvg parse', () => {
  it.each([
    [['datavg'], { ok: true, value: { vg: 'datavg' } }],
    [[], { ok: false, error: { stderr: '0516-606 varyoffvg: Volume group name not entered.\nUsage: varyoffvg [-s] VGname\nVaries a volume group off.', exitCode: 1 } }],
    [['a', 'b'], { ok: false, error: { stderr: M.usage.varyoffvg, exitCode: 1 } }],
    [['-x', 'datavg'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('varyoffvg', 'x')}\n${M.usage.varyoffvg}`, exitCode: 1 } }],
    [['-s', 'datavg'], { ok: false, error: { stderr: trainerMessages.notSimulated('varyoffvg', '-s'), exitCode: 1 } }],
  ])('%j', (args, expected) => expect(varyoffvg.parse(args)).toEqual(expected));
});

describe('varyoffvg run', () => {
  it('varyoffvg with a mounted file system: 0516-012 then 0516-942 (§2.16)', () => {
    const s = lab();
    expect(run(s, 'varyoffvg datavg')).toEqual({
      out: '',
      err:
        '0516-012 lvaryoffvg: Logical volume must be closed.  If the logical\n\tvolume contains a filesystem, the umount command will close\n\tthe LV device.\n' +
        '0516-942 varyoffvg: Unable to vary off volume group datavg.\n',
      code: 1,
    });
    expect(run(s, 'lsvg -o').out).toBe('datavg\nrootvg\n');
  });

  it('varyoffvg rootvg is refused the same way', () => {
    const s = lab();
    const r = run(s, 'varyoffvg rootvg');
    expect(r.code).toBe(1);
    expect(r.err).toContain('0516-012 lvaryoffvg');
    expect(r.err).toContain('0516-942 varyoffvg: Unable to vary off volume group rootvg.\n');
  });

  it('varyoffvg of a VG already varied off: lvaryoffvg 0516-010 (SRC413 lvaryoffvg.c)', () => {
    const s = lab();
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    expect(run(s, 'varyoffvg datavg')).toEqual({
      out: '',
      err: '0516-010 lvaryoffvg: Volume group must be varied on; use varyonvg command.\n0516-942 varyoffvg: Unable to vary off volume group datavg.\n',
      code: 1,
    });
  });
});
