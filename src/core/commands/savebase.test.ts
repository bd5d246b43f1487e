// savebase — REFERENCE §1.2, §2.20: silent; 0514-508/0514-609 when hd5 is not in the ODM.
import { describe, expect, it } from 'vitest';
import { savebaseMessages } from '../messages/boot.ts';
import { trainerMessages } from '../messages/index.ts';
import { lab, runChecked as run } from '../testing/lab.ts';
import { savebase } from './savebase.ts';

describe('savebase (REFERENCE §1.2, §2.20)', () => {
  it('parse', () => {
    expect(savebase.parse([])).toEqual({ ok: true, value: { device: '/dev/ipldevice' } });
    expect(savebase.parse(['-d', '/dev/hdisk0'])).toEqual({ ok: true, value: { device: '/dev/hdisk0' } });
    expect(savebase.parse(['-o', '/etc/objrepos'])).toEqual({ ok: true, value: { device: '/dev/ipldevice' } });
    expect(savebase.parse(['-x'])).toEqual({ ok: false, error: { stderr: `savebase: Not a recognized flag: x\n${savebaseMessages.usage}`, exitCode: 1 } });
    expect(savebase.parse(['-m', 'both'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('savebase', '-m'), exitCode: 1 } });
  });

  it('is silent; fails with 0514-508/0514-609 when hd5 is not in the ODM', () => {
    expect(run(lab(), 'savebase')).toEqual({ out: '', err: '', code: 0 });
    const s = lab('reference-lab', (w) => {
      const odm = w.vgs[w.disks.d0.vgid!].os!.odm;
      odm.lvs = odm.lvs.filter((l) => l.name !== 'hd5');
    });
    expect(run(s, 'savebase')).toEqual({
      out: '',
      err: '0514-508 Cannot save the base customized information on /dev/ipldevice.\n0514-609 Unable to save the base customized information on /dev/ipldevice.\n',
      code: 1,
    });
  });
});
