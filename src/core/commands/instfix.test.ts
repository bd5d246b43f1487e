// instfix -ik and -icqk — REFERENCE §2.25: the "All filesets for … were found." lines, the colon
// format Keyword:Fileset:ReqLevel:InstLevel:Status:Abstract with status - = + ! [V: ANS lpp_facts.py].
import { describe, expect, it } from 'vitest';
import { instfixMessages as M } from '../messages/system.ts';
import { lab } from '../testing/lab.ts';


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
