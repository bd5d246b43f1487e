// ps — processes derived from the running host (engine/processes.ts); -f layout [M] (messages/diag.ts).
import { describe, expect, it } from 'vitest';
import { psMessages as M } from '../messages/diag.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { ps } from './ps.ts';
import { lab } from '../testing/lab.ts';


describe('ps parse', () => {
  it.each([
    [[], { ok: true, value: { every: false, full: false } }],
    [['-ef'], { ok: true, value: { every: true, full: true } }],
    [['-A'], { ok: true, value: { every: true, full: false } }],
    [['aux'], { ok: false, error: { stderr: trainerMessages.notSimulated('ps', 'the BSD form (ps aux)'), exitCode: 1 } }],
    [['-o', 'pid'], { ok: false, error: { stderr: trainerMessages.notSimulated('ps', '-o'), exitCode: 1 } }],
    [['-y'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('ps', 'y')}\n${M.usage}`, exitCode: 1 } }],
    [['-e', 'x'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(ps.parse(args)).toEqual(expected));
});

describe('ps run', () => {
  it('-ef: init, the base daemons, the subsystems under srcmstr, the shell and ps itself', () => {
    const out = lab().exec('ps -ef').stdout.split('\n').filter(Boolean);
    expect(out[0]).toBe(M.fullHeader);
    expect(out[1]).toBe('    root       1       0   0   Nov 23      -  0:00 /etc/init');
    const srcmstr = out.find((l) => l.endsWith('/usr/sbin/srcmstr'))!.trim().split(/\s+/)[1];
    expect(out.find((l) => l.endsWith('/usr/sbin/syslogd'))!.trim().split(/\s+/)[2]).toBe(srcmstr);
    expect(out.at(-1)).toMatch(/^ {4}root +\d+ +\d+ {3}0 09:00:00 {3}vty0 {2}0:00 ps -ef$/);
  });

  it('without bos.net.tcp.client the TCP/IP subsystems are gone; ps shows only the terminal', () => {
    const s = lab();
    s.exec('lab fileset remove bos.net.tcp.client');
    expect(s.exec('ps -ef').stdout).not.toContain('syslogd');
    expect(s.exec('ps').stdout).toMatch(/^ {5}PID {4}TTY {2}TIME CMD\n +\d+ {3}vty0 {2}0:00 ksh\n +\d+ {3}vty0 {2}0:00 ps\n$/);
  });

  it('an alt_disk_copy shows to the ps its customization script runs, started when the line started', () => {
    const s = lab();
    s.exec("echo 'ps -ef' > /tmp/x.sh");
    const out = s.exec('alt_disk_copy -s /tmp/x.sh -d hdisk1').stdout.split('\n');
    const ksh = out.find((l) => l.endsWith(' -ksh'))!.trim().split(/\s+/)[1];
    const alt = out.find((l) => l.endsWith('alt_disk_copy -s /tmp/x.sh -d hdisk1'))!;
    expect(alt).toContain(` ${ksh}   0 09:00:00   vty0  0:00 alt_disk_copy`);
    const altPid = alt.trim().split(/\s+/)[1];
    expect(out.find((l) => l.endsWith(' ps -ef'))!.trim().split(/\s+/)[2]).toBe(altPid);
    expect(s.exec('ps -ef').stdout).not.toContain('alt_disk_copy');
  });
});
