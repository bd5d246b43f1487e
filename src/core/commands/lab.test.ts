// lab — the trainer command: power, console, disks (add, remove, resize, move, fail), filesets, status.
import { describe, expect, it } from 'vitest';
import { labMessages } from '../messages/system.ts';
import { newHost } from '../model/build.ts';
import { lab as newLab, runChecked as run } from '../testing/lab.ts';
import { lab } from './lab.ts';

describe('lab (trainer command)', () => {
  it.each([
    [['status'], { op: 'status' }],
    [['power', 'off'], { op: 'power-off', host: null }],
    [['power', 'on', 'aixlab02'], { op: 'power-on', host: 'aixlab02' }],
    [['sms'], { op: 'sms', host: null }],
    [['cut-power'], { op: 'cut-power', host: null }],
    [['disk', 'add', '10240'], { op: 'disk-add', sizeMB: 10240, host: null }],
    [['disk', 'remove', 'hdisk3'], { op: 'disk-remove', disk: 'hdisk3' }],
    [['disk', 'resize', 'd1', '40960'], { op: 'disk-resize', disk: 'd1', sizeMB: 40960 }],
    [['disk', 'move', 'd1', 'shelf'], { op: 'disk-move', disk: 'd1', to: 'shelf' }],
    [['disk', 'fail', 'hdisk1'], { op: 'disk-fail', disk: 'hdisk1' }],
    [['fileset', 'remove', 'bos.rte'], { op: 'fileset-remove', name: 'bos.rte' }],
    [['console', 'aixprod02'], { op: 'console', host: 'aixprod02' }],
  ])('parse %j', (args, value) => expect(lab.parse(args)).toEqual({ ok: true, value }));

  it.each([[[]], [['power']], [['disk', 'add']], [['disk', 'explode', 'd1']], [['status', 'x']]])('usage %j', (args) =>
    expect(lab.parse(args)).toEqual({ ok: false, error: { stderr: labMessages.usage, exitCode: 1 } }),
  );
  it('bad sizes', () => expect(lab.parse(['disk', 'add', '10G'])).toEqual({ ok: false, error: { stderr: labMessages.badSize('10G'), exitCode: 1 } }));

  it('disk actions', () => {
    const s = newLab();
    expect(run(s, 'lab disk add 149504').out).toBe(labMessages.diskAdded('d4', 149504, 'aixlab01', 4) + '\n');
    expect(run(s, 'lab disk resize hdisk0 100')).toEqual({ out: '', err: labMessages.diskTooSmall('d0', 12320) + '\n', code: 1 });
    expect(run(s, 'lab disk resize d1 40960').out).toBe('lab: disk d1 resized from 20480 MB to 40960 MB.\n');
    expect(run(s, 'lab disk remove hdisk0').err).toBe(labMessages.diskInUse('d0', 'rootvg') + '\n');
    expect(run(s, 'lab disk move hdisk2 shelf').err).toBe(labMessages.diskInUse('d2', 'datavg') + '\n');
    expect(run(s, 'lab disk move d4 shelf').out).toBe('lab: disk d4 moved to the shelf.\n');
    expect(run(s, 'lab disk move d4 nohost').err).toBe(labMessages.noHost('nohost') + '\n');
    expect(run(s, 'lab disk fail hdisk3').out).toBe(labMessages.diskFailed('d3') + '\n');
    expect(run(s, 'lab disk remove d4').out).toBe('lab: disk d4 removed from the lab.\n');
    expect(run(s, 'lab disk fail hdisk9').err).toBe(labMessages.noDisk('hdisk9') + '\n');
    const st = run(s, 'lab status').out;
    expect(st).toContain('aixlab01 (console): running\n');
    expect(st).toContain('  normal boot list: d0 (hdisk0) blv=hd5\n');
    expect(st).toMatch(/ d3 +hdisk3 +3 +10240 +none .* FAILED\n/);
    expect(st).toContain('shelf: empty\n');
    expect(run(s, 'lab fileset remove bos.nothing').err).toBe(labMessages.noFileset('bos.nothing') + '\n');
  });

  it('lab console attaches the terminal to another host and shows the question it waits on', () => {
    const s = newLab('reference-lab', (w) => {
      w.hosts.aixlab02 = newHost('aixlab02');
    });
    expect(run(s, 'lab console nohost').err).toBe(labMessages.noHost('nohost') + '\n');
    // aixlab02 has no disks: powered on while not the console, it stops in SMS silently.
    const on = run(s, 'lab power on aixlab02');
    expect(on.out).toBe('lab: activating aixlab02.\n');
    expect(s.world().hosts.aixlab02.power).toBe('sms');
    expect(s.state().pending).toBeNull();
    const r = run(s, 'lab console aixlab02');
    expect(r.out).toContain('lab: the terminal is now the console of aixlab02 (sms).\n');
    expect(r.out).toContain(' Main Menu\n');
    expect(s.state().pending).toMatchObject({ kind: 'sms', host: 'aixlab02' });
    run(s, 'lab console aixlab01');
    expect(s.state().pending).toBeNull();
    expect(run(s, 'lspv').code).toBe(0);
  });

  it('is a trainer command: listed as meta, runs on a powered-off host', () => {
    expect(lab.meta).toBe(true);
    const s = newLab();
    run(s, 'lab power off');
    expect(run(s, 'lab status').out).toContain('aixlab01 (console): off\n');
  });
});
