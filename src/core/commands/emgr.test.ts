// emgr — REFERENCE §2.26 (emgr -l layout and STATE legend [V: ANS-T sample]), §8 S23 (an efix blocks
// update_all until emgr -r -L removes it). The removal report follows §2.26's notes [M].
import { describe, expect, it } from 'vitest';
import { emgrMessages as M } from '../messages/software.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { emgr } from './emgr.ts';
import { run, lab as newLab } from '../testing/lab.ts';

const lab = (id = 'efix-lab') => newLab(id);

describe('emgr parse', () => {
  it.each([
    [['-l'], { ok: true, value: { op: 'list', label: null } }],
    [['-l', '-L', 'IJ1'], { ok: true, value: { op: 'list', label: 'IJ1' } }],
    [['-r', '-L', 'IJ1'], { ok: true, value: { op: 'remove', label: 'IJ1', preview: false } }],
    [['-prL', 'IJ1'], { ok: true, value: { op: 'remove', label: 'IJ1', preview: true } }],
    [['-r'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
    [[], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
    [['-l', '-r', '-L', 'x'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
    [['-l', 'extra'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
    [['-e', 'fix.epkg.Z'], { ok: false, error: { stderr: trainerMessages.notSimulated('emgr', '-e'), exitCode: 1 } }],
    [['-c', '-L', 'x'], { ok: false, error: { stderr: trainerMessages.notSimulated('emgr', '-c'), exitCode: 1 } }],
    [['-Z'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('emgr', 'Z')}\n${M.usage}`, exitCode: 1 } }],
    [['-r', '-L'], { ok: false, error: { stderr: `${shellMessages.flagNeedsArg('emgr', 'L')}\n${M.usage}`, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(emgr.parse(args)).toEqual(expected));
});

describe('emgr run', () => {
  it('-l lists the efix in the captured layout, then the STATE legend (§2.26)', () => {
    const r = run(lab(), 'emgr -l');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 4)).toEqual([
      'ID  STATE LABEL      INSTALL TIME      UPDATED BY ABSTRACT',
      '=== ===== ========== ================= ========== ======================================',
      '1    S    IJ41974s3a 11/06/26 09:00:00            ksh93 CVE fix for bos.rte             ',
      '',
    ]);
    expect(r.out).toContain('STATE codes:\n S = STABLE\n');
    expect(r.out.endsWith(' RQ = REMOVING + REBOOT REQUIRED\n')).toBe(true);
  });

  it('-l on a system without efixes, and an unknown label', () => {
    expect(run(lab('reference-lab'), 'emgr -l')).toEqual({ out: 'There is no efix data on this system.\n', err: '', code: 0 });
    expect(run(lab(), 'emgr -r -L IJ00000s1a')).toEqual({ out: '', err: M.noSuchLabel('IJ00000s1a') + '\n', code: 1 });
    expect(run(lab(), 'emgr -l -L nope').code).toBe(1);
  });

  it('S23: the efix makes update_all fail in installp; removing it lets the retry succeed', () => {
    const s = lab();
    expect(run(s, 'lslpp -l bos.rte').out).toContain('EFIXLOCKED');
    const first = run(s, 'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1');
    expect(first.code).toBe(1);
    expect(first.out).toContain('FAILURES\n--------\n');
    expect(first.out).toContain('  bos.rte 7.2.5.200                           # Base Operating System Runtime\n');
    expect(first.out).toContain('        1  FAILED pre-installation verification\n');
    expect(first.out).not.toContain('Bootlist is set');

    const removed = run(s, 'emgr -r -L IJ41974s3a');
    expect(removed.code).toBe(0);
    expect(removed.out).toContain('1                 IJ41974s3a          REMOVE                 SUCCESS');
    expect(removed.out.endsWith('Return Status = SUCCESS\n')).toBe(true);
    expect(run(s, 'emgr -l').out).toBe(M.noEfixes + '\n');
    expect(run(s, 'lslpp -l bos.rte').out).not.toContain('EFIXLOCKED');

    expect(run(s, 'alt_rootvg_op -X altinst_rootvg').code).toBe(0);
    const retry = run(s, 'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1');
    expect(retry.code).toBe(0);
    expect(retry.out).not.toContain('FAILURES');
    expect(retry.out).toContain('Bootlist is set to the boot disk: hdisk1 blv=hd5');
  });

  it('-p previews a removal without unlocking anything', () => {
    const s = lab();
    expect(run(s, 'emgr -p -r -L IJ41974s3a').code).toBe(0);
    expect(run(s, 'emgr -l').out).toContain('IJ41974s3a');
  });
});
