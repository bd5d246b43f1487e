// lslpp -h — REFERENCE §2.11: history columns Fileset Level Action Status Date Time with APPLY/COMMIT and
// COMPLETE [V]; entries derived from the install date and the installp actions recorded since.
import { describe, expect, it } from 'vitest';
import { lslppMessages as M } from '../messages/system.ts';
import { lslpp } from './lslpp.ts';
import { lab } from '../testing/lab.ts';


describe('lslpp -h', () => {
  it('parse: -h is one of the three listing modes', () => {
    expect(lslpp.parse(['-hq', 'bos.rte'])).toEqual({ ok: true, value: { mode: 'h', quiet: true, names: ['bos.rte'] } });
    expect(lslpp.parse(['-hl', 'bos.rte'])).toEqual({ ok: false, stderr: M.usage, exitCode: 1 });
  });

  it('a fresh system shows the install; usr and root parts', () => {
    expect(lab().exec('lslpp -h bos.rte').stdout).toBe(
      [
        '  Fileset         Level     Action       Status       Date         Time',
        '  ' + '-'.repeat(76),
        'Path: /usr/lib/objrepos',
        '  bos.rte',
        '                  7.2.5.102 COMMIT       COMPLETE     10/02/26     14:21:07',
        '',
        'Path: /etc/objrepos',
        '  bos.rte',
        '                  7.2.5.102 COMMIT       COMPLETE     10/02/26     14:21:07',
        '',
      ].join('\n'),
    );
  });

  it('an update applied in a clone (-I agX) and committed after booting it adds APPLY then COMMIT', () => {
    const s = lab();
    s.exec('alt_disk_copy -I agX -b update_all -l /export/7200-05-04 -d hdisk1');
    expect(s.exec('lslpp -hq bos.rte.lvm').stdout).not.toContain('APPLY'); // the running system is untouched
    s.exec('shutdown -Fr');
    s.exec('installp -c bos.rte.lvm');
    const rows = s.exec('lslpp -hq bos.rte.lvm').stdout.split('\n').slice(2, 5);
    expect(rows[0]).toBe('                  7.2.5.102 COMMIT       COMPLETE     10/02/26     14:21:07');
    expect(rows[1]).toMatch(/^ {18}7\.2\.5\.200 APPLY {8}COMPLETE {5}11\/26\/26 {5}\d\d:\d\d:\d\d$/);
    expect(rows[2]).toMatch(/^ {18}7\.2\.5\.200 COMMIT {7}COMPLETE {5}11\/26\/26 {5}\d\d:\d\d:\d\d$/);
    expect(s.exec('lslpp -h nothing.here')).toMatchObject({ stderr: M.notInstalled('nothing.here') + '\n', exitCode: 1 });
  });
});
