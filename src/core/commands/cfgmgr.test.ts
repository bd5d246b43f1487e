// cfgmgr — REFERENCE §2.21: silent; configures disks attached since (new ones "none None" in lspv) and
// brings Defined ones back under their names; its flags are not simulated.
import { describe, expect, it } from 'vitest';
import { cfgMessages as C } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { makeDisk } from '../model/build.ts';
import { cfgmgr } from './cfgmgr.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('cfgmgr', () => {
  it('cfgmgr names a newly attached disk hdisk4 with no PVID (§2.21)', () => {
    const s = lab();
    s.world().disks.d4 = makeDisk('d4', 'aixlab01', 4, 20480, null);
    run(s, 'cfgmgr');
    expect(run(s, 'lspv').out.split('\n')[4]).toBe('hdisk4          none                                None            ');
  });

  it('cfgmgr parse: flags are not simulated', () => {
    expect(cfgmgr.parse([])).toEqual({ ok: true, value: null });
    expect(cfgmgr.parse(['-v'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('cfgmgr', '-v'), exitCode: 1 } });
    expect(cfgmgr.parse(['-v', '-f'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('cfgmgr', '-v'), exitCode: 1 } });
    expect(cfgmgr.parse(['-v', 'x'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('cfgmgr', '-v'), exitCode: 1 } });
    expect(cfgmgr.parse(['-z'])).toEqual({ ok: false, error: { stderr: `${shellMessages.unknownFlag('cfgmgr', 'z')}\n${C.usage.cfgmgr}`, exitCode: 1 } });
  });
});
