// lslpp -h — REFERENCE §2.11: history columns Fileset Level Action Status Date Time with APPLY/COMMIT and
// COMPLETE [V]; entries derived from the install date and the installp actions recorded since.
import { describe, expect, it } from 'vitest';
import { lslppMessages as M } from '../messages/system.ts';
import { trainerMessages } from '../messages/index.ts';
import { lslpp, wrapDescription } from './lslpp.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

describe('lslpp -h', () => {
  it('parse: -h is one of the three listing modes', () => {
    expect(lslpp.parse(['-hq', 'bos.rte'])).toEqual({ ok: true, value: { mode: 'h', quiet: true, names: ['bos.rte'] } });
    expect(lslpp.parse(['-hl', 'bos.rte'])).toEqual({ ok: false, error: { stderr: M.usage, exitCode: 1 } });
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

describe('lslpp (REFERENCE §2.11)', () => {
  it('parse', () => {
    expect(lslpp.parse(['-l'])).toEqual({ ok: true, value: { mode: 'l', quiet: false, names: [] } });
    expect(lslpp.parse(['-lq', 'bos.rte'])).toEqual({ ok: true, value: { mode: 'l', quiet: true, names: ['bos.rte'] } });
    expect(lslpp.parse(['-L', 'all'])).toEqual({ ok: true, value: { mode: 'L', quiet: false, names: ['all'] } });
    expect(lslpp.parse([])).toEqual({ ok: false, error: { stderr: M.usage, exitCode: 1 } });
    expect(lslpp.parse(['-lL'])).toEqual({ ok: false, error: { stderr: M.usage, exitCode: 1 } });
    expect(lslpp.parse(['-h', 'bos.rte'])).toEqual({ ok: true, value: { mode: 'h', quiet: false, names: ['bos.rte'] } });
    expect(lslpp.parse(['-f', 'bos.rte'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('lslpp', '-f'), exitCode: 1 } });
    expect(lslpp.parse(['-z'])).toEqual({ ok: false, error: { stderr: `lslpp: Not a recognized flag: z\n${M.usage}`, exitCode: 1 } });
  });

  it('-l of one fileset: header, Path line, wrapped description at column 49', () => {
    expect(run(lab(), 'lslpp -l bos.alt_disk_install.rte').out).toBe(
      '  Fileset                      Level  State      Description\n' +
        '  ----------------------------------------------------------------------------\n' +
        'Path: /usr/lib/objrepos\n' +
        '  bos.alt_disk_install.rte 7.2.5.102  COMMITTED  Alternate Disk Installation\n' +
        '                                                 Runtime\n',
    );
  });

  it('-l of a fileset with a root part adds the Path: /etc/objrepos section', () => {
    expect(run(lab(), 'lslpp -l bos.rte').out).toBe(
      '  Fileset                      Level  State      Description\n' +
        '  ----------------------------------------------------------------------------\n' +
        'Path: /usr/lib/objrepos\n' +
        '  bos.rte                  7.2.5.102  COMMITTED  Base Operating System Runtime\n' +
        '\n' +
        'Path: /etc/objrepos\n' +
        '  bos.rte                  7.2.5.102  COMMITTED  Base Operating System Runtime\n',
    );
  });

  it('a name longer than 24 characters gets its own line; -L shows letters and the legend', () => {
    const s = lab();
    expect(run(s, "lslpp -lq 'bos.alt*'").out).toBe(
      'Path: /usr/lib/objrepos\n' +
        '  bos.alt_disk_install.boot_images\n' +
        '                           7.2.5.102  COMMITTED  Alternate Disk Installation\n' +
        '                                                 Disk Boot Images\n' +
        '  bos.alt_disk_install.rte 7.2.5.102  COMMITTED  Alternate Disk Installation\n' +
        '                                                 Runtime\n',
    );
    const L = run(s, 'lslpp -L bos.rte').out;
    expect(L).toBe(
      '  Fileset                      Level  State  Type  Description (Uninstaller)\n' +
        '  ----------------------------------------------------------------------------\n' +
        '  bos.rte                  7.2.5.102    C     F    Base Operating System Runtime\n' +
        M.legend,
    );
    expect(L).toContain('\nState codes:\n A -- Applied.\n');
  });

  it('states, EFIXLOCKED and "not installed"', () => {
    const s = lab('reference-lab', (w) => {
      const fs = w.vgs[w.disks.d0.vgid!].os!.filesets;
      fs['bos.rte.lvm'] = { ...fs['bos.rte.lvm'], state: 'APPLIED' };
      fs['bos.rte.boot'] = { ...fs['bos.rte.boot'], efixLocked: true };
    });
    expect(run(s, 'lslpp -lq bos.rte.lvm').out).toContain('  bos.rte.lvm              7.2.5.102  APPLIED    Logical Volume Manager\n');
    expect(run(s, 'lslpp -lq bos.rte.boot').out).toContain('  bos.rte.boot             7.2.5.102  COMMITTED  Boot Commands\n                                      EFIXLOCKED\n');
    expect(run(s, 'lslpp -Lq bos.rte.lvm bos.rte.boot').out).toBe(
      '  bos.rte.boot             7.2.5.102    E     F    Boot Commands\n  bos.rte.lvm              7.2.5.102    A     F    Logical Volume Manager\n',
    );
    expect(run(s, 'lslpp -l bos.nothing')).toEqual({ out: '', err: 'lslpp: 0504-132  Fileset bos.nothing not installed.\n', code: 1 });
    const mixed = run(s, 'lslpp -lq bos.rte bos.nothing');
    expect(mixed.out).toContain('bos.rte ');
    expect(mixed.err).toBe('lslpp: 0504-132  Fileset bos.nothing not installed.\n');
    expect(mixed.code).toBe(1);
  });

  it('wraps descriptions at 30 characters', () => {
    expect(wrapDescription('IBM XL C++ Runtime for AIX 6.1 and later')).toEqual(['IBM XL C++ Runtime for AIX 6.1', 'and later']);
    expect(wrapDescription('Performance Statistics Library Interface')).toEqual(['Performance Statistics Library', 'Interface']);
  });
});
