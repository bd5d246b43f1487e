// instfix -ik and -icqk — REFERENCE §2.25: the "All filesets for … were found." lines, the colon
// format Keyword:Fileset:ReqLevel:InstLevel:Status:Abstract with status - = + ! [V: ANS lpp_facts.py].
import { describe, expect, it } from 'vitest';
import { instfixMessages as M } from '../messages/system.ts';
import { trainerMessages } from '../messages/index.ts';
import { lab, runChecked as run } from '../testing/lab.ts';
import { instfix } from './instfix.ts';

describe('instfix -ik / -c', () => {
  it('-ik names a technology level; an APAR not in the database exits 1', () => {
    const s = lab();
    expect(s.exec('instfix -ik 7200-05_AIX_ML')).toMatchObject({ stdout: M.allFound('7200-05_AIX_ML') + '\n', exitCode: 0 });
    expect(s.exec('instfix -ik IJ12345')).toMatchObject({ stdout: M.noData('IJ12345') + '\n', exitCode: 1 });
  });

  it('-icqk: one line per fileset, status from the installed level against the keyword level', () => {
    const s = lab();
    const rows = s.exec('instfix -icqk 7200-05_AIX_ML').stdout.split('\n').filter(Boolean);
    expect(rows).toHaveLength(10);
    expect(rows).toContain('7200-05_AIX_ML:bos.rte:7.2.5.0:7.2.5.102:+:AIX 7200-05 Technology Level');
    s.exec('lab fileset remove bos.mp64');
    expect(s.exec('instfix -icqk 7200-05_AIX_ML').stdout).toContain('7200-05_AIX_ML:bos.mp64:7.2.5.0::!:AIX 7200-05 Technology Level\n');
    expect(s.exec('instfix -ick 7200-05_AIX_ML').stdout.split('\n')[0]).toBe('#Keyword:Fileset:ReqLevel:InstLevel:Status:Abstract');
    expect(s.exec('instfix -icqk IJ1')).toMatchObject({ stdout: '', stderr: M.noData('IJ1') + '\n', exitCode: 1 });
  });
});

describe('instfix (REFERENCE §2.25)', () => {
  it('parse', () => {
    expect(instfix.parse(['-i'])).toEqual({ ok: true, value: { keywords: null, colon: false, quiet: false } });
    expect(instfix.parse(['-ik', '7200-05_AIX_ML'])).toEqual({ ok: true, value: { keywords: ['7200-05_AIX_ML'], colon: false, quiet: false } });
    expect(instfix.parse(['-k', 'IJ1'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('instfix', '-k without -i (installing a fix)'), exitCode: 1 } });
    expect(instfix.parse(['-icq'])).toEqual({ ok: true, value: { keywords: null, colon: true, quiet: true } });
    expect(instfix.parse(['-iv'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('instfix', '-v'), exitCode: 1 } });
  });

  it('ML keywords derived from the fileset levels', () => {
    const s = lab();
    expect(run(s, 'instfix -i').out).toBe(
      [
        '    All filesets for 7.2.0.0_AIX_ML were found.',
        ...['00', '01', '02', '03', '04', '05'].map((t) => `    All filesets for 7200-${t}_AIX_ML were found.`),
      ].join('\n') + '\n',
    );
    expect(run(s, 'instfix -ik 7200-05_AIX_ML').out).toBe('    All filesets for 7200-05_AIX_ML were found.\n');
    expect(run(s, 'instfix -ik IJ12345')).toEqual({ out: 'There was no data for IJ12345 in the fix database.\n', err: '', code: 1 });
    run(s, 'lab fileset remove bos.alt_disk_install.rte');
    expect(run(s, 'instfix -ik 7200-05_AIX_ML').out).toBe('    Not all filesets for 7200-05_AIX_ML were found.\n');
  });

  it('a fileset below the TL level makes that TL incomplete', () => {
    const s = lab('reference-lab', (w) => {
      w.vgs[w.disks.d0.vgid!].os!.filesets['bos.rte'].level = '7.2.4.3';
    });
    const out = run(s, 'instfix -i').out;
    expect(out).toContain('    All filesets for 7200-04_AIX_ML were found.\n');
    expect(out).toContain('    Not all filesets for 7200-05_AIX_ML were found.\n');
  });
});
