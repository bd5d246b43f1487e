// installp -s/-c/-C — REFERENCE §2.24 (-s lists APPLIED software [H]; report layout of the apply
// transcript [V]); the pre-commit wording and the "nothing" lines are [M] (messages/software.ts).
import { describe, expect, it } from 'vitest';
import { installpMessages as M } from '../messages/software.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { installp } from './installp.ts';
import { lab } from '../testing/lab.ts';


describe('installp parse', () => {
  it.each([
    [['-s'], { ok: true, value: { op: 'list', names: [] } }],
    [['-s', 'all'], { ok: true, value: { op: 'list', names: ['all'] } }],
    [['-cgX', 'all'], { ok: true, value: { op: 'commit', names: ['all'] } }],
    [['-C'], { ok: true, value: { op: 'cleanup', names: [] } }],
    [['-c'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
    [['-C', 'bos.rte'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
    [['-s', '-c', 'all'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
    [[], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
    [['-acgXd', '/export/7200-05-04', 'all'], { ok: false, error: { stderr: trainerMessages.notSimulated('installp', '-a'), exitCode: 1 } }],
    [['-r', 'bos.rte'], { ok: false, error: { stderr: trainerMessages.notSimulated('installp', '-r'), exitCode: 1 } }],
    // -l takes no value in AIX (installp -l -d device lists media): -ld reads d's value, not l's.
    [['-ld', '/export/7200-05-04'], { ok: false, error: { stderr: trainerMessages.notSimulated('installp', '-d'), exitCode: 1 } }],
    [['-l'], { ok: false, error: { stderr: trainerMessages.notSimulated('installp', '-l'), exitCode: 1 } }],
    [['-k'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('installp', 'k')}\n${M.usage}`, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(installp.parse(args)).toEqual(expected));
});

describe('installp run', () => {
  it('a committed system has nothing to list, commit or clean up', () => {
    const s = lab();
    expect(s.exec('installp -s all').stdout).toBe(M.nothingApplied + '\n');
    expect(s.exec('installp -c all').stdout).toBe(M.nothingApplied + '\n');
    expect(s.exec('installp -C')).toMatchObject({ stdout: M.nothingToClean + '\n', exitCode: 0 });
  });

  it('updates left APPLIED on a clone (-I agX) are listed after booting it and committed with -c', () => {
    const s = lab();
    expect(s.exec('alt_disk_copy -I agX -b update_all -l /export/7200-05-04 -d hdisk1').exitCode).toBe(0);
    s.exec('shutdown -Fr');
    expect(s.exec('oslevel -s').stdout).toBe('7200-05-04-2220\n');
    const listed = s.exec('installp -s').stdout.split('\n');
    expect(listed[0]).toBe('  Fileset                      Level  State      Description');
    expect(listed).toContain('  bos.rte                  7.2.5.200  APPLIED    Base Operating System Runtime');
    const commit = s.exec('installp -c bos.rte');
    expect(commit.exitCode).toBe(0);
    expect(commit.stdout).toContain('installp:  COMMITTING software for:\n        bos.rte 7.2.5.200\n');
    expect(commit.stdout).toContain('bos.rte                     7.2.5.200       USR         COMMIT      SUCCESS\n');
    expect(s.exec('lslpp -L bos.rte').stdout).toContain('  bos.rte                  7.2.5.200    C     F    Base Operating System Runtime');
    expect(s.exec('installp -s').stdout).not.toContain('bos.rte ');
    s.exec('installp -c all');
    expect(s.exec('installp -s').stdout).toBe(M.nothingApplied + '\n');
  });
});
