// lspath — one vSCSI path per disk, its state derived from the disk and the ODM (layout per lspath.ts [M]).
import { describe, expect, it } from 'vitest';
import { lspathMessages as M } from '../messages/diag.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { lspath } from './lspath.ts';
import { lab } from '../testing/lab.ts';

const none = { name: null, parent: null, status: null, format: null };

describe('lspath parse', () => {
  it.each([
    [[], { ok: true, value: none }],
    [['-l', 'hdisk1'], { ok: true, value: { ...none, name: 'hdisk1' } }],
    [['-s', 'Failed', '-F', 'name'], { ok: true, value: { ...none, status: 'Failed', format: 'name' } }],
    [['-A', '-l', 'hdisk0', '-p', 'vscsi0'], { ok: false, error: { stderr: trainerMessages.notSimulated('lspath', '-A'), exitCode: 1 } }],
    [['-l'], { ok: false, error: { stderr: `${shellMessages.flagNeedsArg('lspath', 'l')}\n${M.usage}`, exitCode: 1 } }],
    [['hdisk0'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(lspath.parse(args)).toEqual(expected));
});

describe('lspath run', () => {
  it('every disk has one Enabled path through vscsi0', () => {
    expect(lab().exec('lspath').stdout).toBe('Enabled hdisk0 vscsi0\nEnabled hdisk1 vscsi0\nEnabled hdisk2 vscsi0\nEnabled hdisk3 vscsi0\n');
  });

  it('a failed disk shows Failed, a Defined one Defined; -F connection is the LUN of the location code', () => {
    const s = lab();
    s.exec('lab disk fail hdisk1');
    s.exec('rmdev -l hdisk3');
    expect(s.exec('lspath -s Failed').stdout).toBe('Failed hdisk1 vscsi0\n');
    expect(s.exec('lspath -l hdisk3').stdout).toBe('Defined hdisk3 vscsi0\n');
    expect(s.exec("lspath -l hdisk0 -F 'name connection'").stdout).toBe('hdisk0 8100000000000000\n');
    expect(s.exec('lscfg -l hdisk0').stdout).toContain('-L8100000000000000');
    expect(s.exec('lspath -l hdisk9')).toMatchObject({ stdout: '', stderr: M.noPaths + '\n', exitCode: 1 });
    expect(s.exec('lspath -F foo')).toMatchObject({ stderr: M.badField('foo') + '\n', exitCode: 1 });
  });
});
