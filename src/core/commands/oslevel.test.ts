// oslevel — REFERENCE §2.10 (synopsis, -rq header, -g/-l header strings [V]); values derived from the
// booted AIX's filesets; "Known Service Packs" and the -s column title are [M].
import { describe, expect, it } from 'vitest';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { oslevel } from './oslevel.ts';
import { lab } from '../testing/lab.ts';

const SYN = 'Usage: oslevel [-l Level | -g Level | -q] [-r | -s] [-f]';

describe('oslevel parse', () => {
  it.each([
    [[], { ok: true, value: { kind: 'level', scope: 'base' } }],
    [['-s'], { ok: true, value: { kind: 'level', scope: 'sp' } }],
    [['-rq'], { ok: true, value: { kind: 'known', scope: 'tl' } }],
    [['-sq'], { ok: true, value: { kind: 'known', scope: 'sp' } }],
    [['-s', '-l', '7200-05-04-2220'], { ok: true, value: { kind: 'compare', scope: 'sp', below: true, level: '7200-05-04-2220' } }],
    [['-rg', '7200-04'], { ok: true, value: { kind: 'compare', scope: 'tl', below: false, level: '7200-04' } }],
    [['-q'], { ok: false, error: { stderr: SYN, exitCode: 1 } }],
    [['-rs'], { ok: false, error: { stderr: SYN, exitCode: 1 } }],
    [['-q', '-l', '7.2.0.0'], { ok: false, error: { stderr: SYN, exitCode: 1 } }],
    [['-f'], { ok: false, error: { stderr: trainerMessages.notSimulated('oslevel', '-f'), exitCode: 1 } }],
    [['-l'], { ok: false, error: { stderr: `${shellMessages.flagNeedsArg('oslevel', 'l')}\n${SYN}`, exitCode: 1 } }],
    [['x'], { ok: false, error: { stderr: SYN, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(oslevel.parse(args)).toEqual(expected));
});

describe('oslevel run', () => {
  it('-sq and -rq list what the release knows up to the running level, newest first', () => {
    const s = lab();
    expect(s.exec('oslevel -sq').stdout).toBe('Known Service Packs\n-------------------\n7200-05-03-2148\n7200-05-02-2114\n7200-05-01-2038\n7200-04-02-2028\n');
    expect(s.exec('oslevel -rq').stdout).toBe('Known Recommended Maintenance Levels\n------------------------------------\n7200-05\n7200-04\n');
  });

  it('-s -l SP lists the filesets an update to that SP would raise; nothing above the running level', () => {
    const s = lab();
    const out = s.exec('oslevel -s -l 7200-05-04-2220').stdout.split('\n');
    expect(out[0]).toBe('Fileset                                 Actual Level        Service Pack Level');
    expect(out[1]).toBe('-'.repeat(77));
    expect(out).toContain('bos.rte                                 7.2.5.102           7.2.5.200');
    expect(out.filter(Boolean)).toHaveLength(12);
    expect(s.exec('oslevel -s -g 7200-05-03-2148').stdout).toBe('');
    expect(s.exec('oslevel -s -l 7200-05-03-2148').stdout).toBe('');
  });

  it('after lab fileset changes the -l list follows the filesets, and an unknown level says so', () => {
    const s = lab();
    s.exec('lab fileset remove bos.mp64');
    expect(s.exec('oslevel -s -l 7200-05-04-2220').stdout).not.toContain('bos.mp64');
    const r = s.exec('oslevel -s -l 7200-09-01-2222');
    expect([r.stdout, r.exitCode]).toEqual(['', 1]);
    expect(r.stderr).toContain('is not simulated in this trainer.');
  });
});
