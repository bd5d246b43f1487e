// prtconf — derived from the host, paging spaces and varied-on VGs (layout per prtconf.ts [M]).
import { describe, expect, it } from 'vitest';
import { prtconfMessages as M } from '../messages/diag.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { prtconf } from './prtconf.ts';
import { lab } from '../testing/lab.ts';


describe('prtconf parse', () => {
  it.each([
    [[], { ok: true, value: { only: [] } }],
    [['-m'], { ok: true, value: { only: ['m'] } }],
    [['-kc'], { ok: true, value: { only: ['c', 'k'] } }],
    [['-v'], { ok: false, error: { stderr: trainerMessages.notSimulated('prtconf', '-v'), exitCode: 1 } }],
    [['-z'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('prtconf', 'z')}\n${M.usage}`, exitCode: 1 } }],
    [['x'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(prtconf.parse(args)).toEqual(expected));
});

describe('prtconf run', () => {
  it('model and serial agree with uname and the location codes; memory from the host', () => {
    const s = lab();
    const out = s.exec('prtconf').stdout;
    const serial = /Machine Serial Number: (\w+)\n/.exec(out)![1];
    expect(s.exec('uname -u').stdout).toBe(`IBM,02${serial}\n`);
    expect(s.exec('lscfg -l hdisk0').stdout).toContain(`U9009.42A.${serial}-`);
    expect(out.startsWith('System Model: IBM,9009-42A\n')).toBe(true);
    expect(out).toContain('\nNumber Of Processors: 2\n');
    expect(out).toContain('Paging Space Information\n\tTotal Paging Space: 512MB\n\tPercent Used: 1%\n');
    expect(s.exec('prtconf -m').stdout).toBe('Memory Size: 8192 MB\n');
  });

  it('the volume group section lists varied-on VGs only', () => {
    const s = lab();
    expect(s.exec('prtconf').stdout).toContain('datavg:\nPV_NAME');
    s.exec('umount /data');
    s.exec('varyoffvg datavg');
    expect(s.exec('prtconf').stdout).not.toContain('datavg:');
  });
});
