// chpv — REFERENCE §2.27 (-c clears the boot record, -C clears the owning volume manager; silent),
// 0516-722 (SRC413 catalogue) when refused; usage: IBM docs syntax with the catalogue purpose line.
import { describe, expect, it } from 'vitest';
import { lvmMessages as M } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { chpv } from './chpv.ts';
import { lab, runChecked as run } from '../testing/lab.ts';


describe('chpv parse', () => {
  it.each([
    [['-c', 'hdisk1'], { ok: true, value: { clearBoot: true, clearOwner: null, pvs: ['hdisk1'] } }],
    [['-C', 'hdisk0'], { ok: true, value: { clearBoot: false, clearOwner: 'hdisk0', pvs: [] } }],
    [['hdisk1'], { ok: false, error: { stderr: M.usage.chpv, exitCode: 1 } }],
    [['-c'], { ok: false, error: { stderr: `0516-604 chpv: Physical volume name not entered.\n${M.usage.chpv}`, exitCode: 1 } }],
    [['-C'], { ok: false, error: { stderr: `${shellMessages.flagNeedsArg('chpv', 'C')}\n${M.usage.chpv}`, exitCode: 1 } }],
    [['-z', 'hdisk1'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('chpv', 'z')}\n${M.usage.chpv}`, exitCode: 1 } }],
    [['-a', 'n', 'hdisk1'], { ok: false, error: { stderr: trainerMessages.notSimulated('chpv', '-a'), exitCode: 1 } }],
    [['-v', 'r', 'hdisk1'], { ok: false, error: { stderr: trainerMessages.notSimulated('chpv', '-v'), exitCode: 1 } }],
  ])('%j', (args, expected) => expect(chpv.parse(args)).toEqual(expected));
});

describe('chpv run', () => {
  it('-c clears the boot record, silently, even on the boot disk', () => {
    const s = lab();
    expect(run(s, 'chpv -c hdisk0')).toEqual({ out: '', err: '', code: 0 });
    expect(s.world().disks.d0.bootRecord).toBeNull();
  });

  it('-C frees a disk whose VG the ODM no longer defines; refused (0516-722) otherwise', () => {
    const s = lab();
    expect(run(s, 'chpv -C hdisk2')).toEqual({ out: '', err: '0516-722 chpv: Unable to change physical volume hdisk2.\n', code: 1 });
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    run(s, 'exportvg datavg');
    expect(run(s, 'chpv -C hdisk2')).toEqual({ out: '', err: '', code: 0 });
    expect(s.world().disks.d2).toMatchObject({ vgid: null, pvid: '00f6db0a91b44e07' });
    // Now it is really free: mkvg takes it without -f.
    expect(run(s, 'mkvg -y newvg hdisk2')).toEqual({ out: 'newvg\n', err: '', code: 0 });
  });

  it('an unknown disk', () => {
    expect(run(lab(), 'chpv -c hdisk9')).toEqual({
      out: '',
      err: '0516-306 getlvodm: Unable to find physical volume hdisk9 in the Device\n\tConfiguration Database.\n0516-722 chpv: Unable to change physical volume hdisk9.\n',
      code: 1,
    });
  });
});
