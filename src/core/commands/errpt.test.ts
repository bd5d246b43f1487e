// errpt -a, -J, -j — the detailed report (header block layout [M], see messages/diag.ts) and selection
// by label; labels and identifiers are AIX's (ERRLOG_ON 9DBCFDEE, REBOOT_ID 2BFA76F6, ...).
import { describe, expect, it } from 'vitest';
import { errptMessages as M } from '../messages/system.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { errpt } from './errpt.ts';
import { lab, runChecked as run } from '../testing/lab.ts';

const base = { ids: null, labels: null, resources: null, classes: null, types: null, detailed: false };

describe('errpt parse (-a, -J, -j)', () => {
  it.each([
    [['-a'], { ok: true, value: { ...base, detailed: true } }],
    [['-J', 'REBOOT_ID,ERRLOG_ON'], { ok: true, value: { ...base, labels: ['REBOOT_ID', 'ERRLOG_ON'] } }],
    [['-aj', '9dbcfdee'], { ok: true, value: { ...base, ids: ['9DBCFDEE'], detailed: true } }],
    [['-J'], { ok: false, error: { stderr: `${shellMessages.flagNeedsArg('errpt', 'J')}\n${M.usage}`, exitCode: 1 } }],
    [['-a', 'x'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(errpt.parse(args)).toEqual(expected));
});

describe('errpt -a', () => {
  it('the boot record in detail, derived from the log', () => {
    const r = lab().exec('errpt -a');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      [
        '-'.repeat(75),
        'LABEL:          ERRLOG_ON',
        'IDENTIFIER:     9DBCFDEE',
        '',
        'Date/Time:       Mon Nov 23 09:00:00 UTC 2026',
        'Sequence Number: 1',
        'Machine Id:      00F6DB0A4C00',
        'Node Id:         aixlab01',
        'Class:           O',
        'Type:            TEMP',
        'WPAR:            Global',
        'Resource Name:   errdemon',
        '',
        'Description',
        'ERROR LOGGING TURNED ON',
        '',
        'Probable Causes',
        'ERRDEMON STARTED AUTOMATICALLY',
        '',
        'User Causes',
        '/USR/LIB/ERRDEMON COMMAND',
        '',
        '\tRecommended Actions',
        '\tNONE',
        '',
        '',
      ].join('\n'),
    );
  });

  it('after a reboot: -J picks labels, -a -J REBOOT_ID shows its detail data, sequence numbers follow the log', () => {
    const s = lab();
    s.exec('shutdown -Fr');
    expect(s.exec('errpt -J ERRLOG_OFF').stdout).toMatch(/^IDENTIFIER TIMESTAMP {2}T C RESOURCE_NAME {2}DESCRIPTION\n192AC071 {3}\d{10} T O errdemon {7}ERROR LOGGING TURNED OFF\n$/);
    const reboot = s.exec('errpt -a -J REBOOT_ID').stdout;
    expect(reboot).toContain('LABEL:          REBOOT_ID\nIDENTIFIER:     2BFA76F6\n');
    expect(reboot).toContain('Sequence Number: 4\n');
    expect(reboot).toContain('Type:            TEMP\n');
    expect(reboot).toContain('Detail Data\nUSER ID\n           0\n');
    expect(s.exec('errpt -a -J NOSUCH')).toMatchObject({ stdout: '', exitCode: 0 });
  });
});

describe('errpt (error log of the booted disk)', () => {
  it('parse', () => {
    expect(errpt.parse([])).toEqual({ ok: true, value: { ids: null, labels: null, resources: null, classes: null, types: null, detailed: false } });
    expect(errpt.parse(['-j', '2bfa76f6,9DBCFDEE'])).toEqual({ ok: true, value: { ids: ['2BFA76F6', '9DBCFDEE'], labels: null, resources: null, classes: null, types: null, detailed: false } });
    expect(errpt.parse(['-c'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('errpt', '-c'), exitCode: 1 } });
  });

  it('the boot entry, then shutdown and boot records, newest first', () => {
    const s = lab();
    expect(run(s, 'errpt').out).toBe('IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION\n9DBCFDEE   1123090026 T O errdemon       ERROR LOGGING TURNED ON\n');
    run(s, 'shutdown -Fr');
    expect(run(s, 'errpt').out).toBe(
      'IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION\n' +
        'A6DF45AA   1126090226 I O RMCdaemon      The daemon is started.\n' +
        '2BFA76F6   1126090126 T S SYSPROC        SYSTEM SHUTDOWN BY USER\n' +
        '9DBCFDEE   1126090226 T O errdemon       ERROR LOGGING TURNED ON\n' +
        '192AC071   1126090026 T O errdemon       ERROR LOGGING TURNED OFF\n' +
        '9DBCFDEE   1123090026 T O errdemon       ERROR LOGGING TURNED ON\n',
    );
    expect(run(s, 'errpt -j 2BFA76F6').out).toBe('IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION\n2BFA76F6   1126090126 T S SYSPROC        SYSTEM SHUTDOWN BY USER\n');
    expect(run(s, 'errpt -d H')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'errpt -T INFO').out).toContain('A6DF45AA');
  });
});
