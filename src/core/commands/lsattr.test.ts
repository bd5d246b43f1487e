// lsattr -El sys0 (issue 10 rule 8): the system object answers with a subset of the attributes AIX 7.2
// lists for sys0 (names and descriptions [M], see lsattr.ts); model and memory come from the partition.
import { describe, expect, it } from 'vitest';
import { lab } from '../testing/lab.ts';


describe('lsattr -El sys0', () => {
  it('lists the attributes in lsattr columns, with the partition model and its memory in KB', () => {
    const s = lab();
    const r = s.exec('lsattr -El sys0');
    expect(r.exitCode).toBe(0);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe('autorestart true         Automatically REBOOT OS after a crash           True');
    expect(rows).toContain('modelname   IBM,9009-42A Machine name                                    False');
    expect(rows).toContain('realmem     8388608      Amount of usable physical memory in Kbytes      False');
    expect(s.exec('lsattr -El sys0 -a maxuproc -F value').stdout).toBe('128\n');
    expect(s.exec('lsattr -El sys0 -a realmem').stdout).toBe('realmem 8388608 Amount of usable physical memory in Kbytes False\n');
  });

  it('an attribute sys0 does not have answers 0514-528', () => {
    expect(lab().exec('lsattr -El sys0 -a pvid').stderr).toContain('0514-528 The "pvid" attribute does not exist');
  });
});
