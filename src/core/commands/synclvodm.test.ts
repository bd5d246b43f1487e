// synclvodm — REFERENCE §2.18: silent; -v lines on stderr (SRC413 synclvodm.sh msgs 550/558), usage msg 540
// with the modern flag set. (The rootvg repair with redefinevg is in redefinevg.test.ts.)
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { synclvodm } from './synclvodm.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('synclvodm parse', () => {
  it.each([
    [['-Pv', 'rootvg'], { ok: true, value: { vg: 'rootvg', lvs: [], verbose: true } }],
    [['-P', '-v', 'rootvg'], { ok: true, value: { vg: 'rootvg', lvs: [], verbose: true } }],
    [['datavg', 'fslv00'], { ok: true, value: { vg: 'datavg', lvs: ['fslv00'], verbose: false } }],
    [[], { ok: false, error: { stderr: M.usage.synclvodm, exitCode: 1 } }],
    [['-q', 'rootvg'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('synclvodm', 'q')}\n${M.usage.synclvodm}`, exitCode: 1 } }],
    [['-c', 'rootvg'], { ok: false, error: { stderr: trainerMessages.notSimulated('synclvodm', '-c'), exitCode: 1 } }],
  ])('%j', (args, expected) => expect(synclvodm.parse(args)).toEqual(expected));
});

describe('synclvodm run', () => {
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
