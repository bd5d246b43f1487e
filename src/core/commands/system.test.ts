// Boot and system commands: parse tables, goldens and error paths. Each block names its REFERENCE
// section. Boot sequences themselves are in engine/boot.test.ts.
import { describe, expect, it } from 'vitest';
import { rebootMessages, savebaseMessages, shutdownMessages } from '../messages/boot.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { bootinfoMessages, getconfMessages, labMessages, lslppMessages } from '../messages/system.ts';
import { addLvs, emptyVg, installRootvg, makeDisk, newHost } from '../model/build.ts';
import { checkInvariants } from '../model/invariants.ts';
import type { World } from '../model/types.ts';
import { createSession, newSessionState } from '../session/session.ts';
import { bootinfo } from './bootinfo.ts';
import { errpt } from './errpt.ts';
import { getconf } from './getconf.ts';
import { instfix } from './instfix.ts';
import { lab } from './lab.ts';
import { lslpp, wrapDescription } from './lslpp.ts';
import { mksysb } from './mksysb.ts';
import { reboot } from './reboot.ts';
import { savebase } from './savebase.ts';
import { shutdown } from './shutdown.ts';

type Session = ReturnType<typeof createSession>;
function session(mutate?: (w: World) => void): Session {
  const st = newSessionState('reference-lab')!;
  if (mutate) {
    mutate(st.world);
    st.start = structuredClone(st.world);
  }
  return createSession(st);
}
function run(s: Session, line: string) {
  const r = s.exec(line);
  expect(r.stderr).not.toContain('internal error');
  expect(checkInvariants(s.world())).toEqual([]);
  return { out: r.stdout, err: r.stderr, code: r.exitCode };
}

describe('shutdown parse (REFERENCE §11.6)', () => {
  const usageOut = shutdownMessages.usage + '\n';
  it.each([
    [['-Fr'], { kind: 'run', mode: 'reboot' }],
    [['-F', '-r'], { kind: 'run', mode: 'reboot' }],
    [['-Fc'], { kind: 'run', mode: 'reboot' }],
    [['-F'], { kind: 'run', mode: 'halt' }],
    [['-Fh'], { kind: 'run', mode: 'halt' }],
    [['-Frh'], { kind: 'run', mode: 'halt' }],
    [['-Fk'], { kind: 'run', mode: 'warn-only' }],
    [['-Fr', 'now'], { kind: 'run', mode: 'reboot' }],
    [['-Fr', '+5', 'going down'], { kind: 'run', mode: 'reboot' }],
    [['-Fr', '10:30'], { kind: 'run', mode: 'reboot' }],
    [['-Fr', 'message'], { kind: 'run', mode: 'reboot' }],
    [['-x'], { kind: 'error', stdout: usageOut, stderr: shellMessages.unknownFlag('getopt', 'x') + '\n' }],
    [['-f'], { kind: 'error', stdout: usageOut + shutdownMessages.lowerF + '\n', stderr: '' }],
    [['-r', 'reboot'], { kind: 'error', stdout: shutdownMessages.badTime + '\n' + usageOut, stderr: '' }],
    [['-F', '+5x'], { kind: 'error', stdout: usageOut, stderr: '' }],
    [['now', '-Fr'], { kind: 'error', stdout: usageOut, stderr: '' }],
    [['-r'], { kind: 'not-simulated', what: 'a shutdown without -F (grace period and wall messages)' }],
    [['-r', 'now'], { kind: 'not-simulated', what: 'a shutdown without -F (grace period and wall messages)' }],
    [[], { kind: 'not-simulated', what: 'a shutdown without -F (grace period and wall messages)' }],
    [['-Fi'], { kind: 'not-simulated', what: '-i' }],
    [['-Fm'], { kind: 'not-simulated', what: '-m' }],
    [['-Fd'], { kind: 'not-simulated', what: '-d' }],
    [['-Frl'], { kind: 'not-simulated', what: '-l' }],
  ])('%j', (args, value) => expect(shutdown.parse(args)).toEqual({ ok: true, value }));

  it('usage text and error streams (usage on stdout, getopt on stderr)', () => {
    const s = session();
    expect(run(s, 'shutdown -x')).toEqual({ out: usageOut, err: 'getopt: Not a recognized flag: x\n', code: 1 });
    expect(run(s, 'shutdown -r reboot')).toEqual({
      out: 'shutdown: 0481-063 Specify time as +number or hh:mm.\nUsage: shutdown [ -c][ -d][ -F][ -i][ -k][ -m][ -r][ -hv | -t mmddHHMM[yy]][ + Time][ Message]\n',
      err: '',
      code: 1,
    });
    expect(run(s, 'shutdown -r now').err).toBe('shutdown: a shutdown without -F (grace period and wall messages) is not simulated in this trainer.\n');
    expect(s.world().hosts.aixlab01.power).toBe('running');
  });
});

describe('reboot parse (reboot.c)', () => {
  it.each([
    [[], { ok: true, value: { quick: false } }],
    [['-q'], { ok: true, value: { quick: true } }],
    [['-l', '-n'], { ok: true, value: { quick: false } }],
    [['-x'], { ok: false, stderr: `${shellMessages.unknownFlag('reboot', 'x')}\n${rebootMessages.usage}`, exitCode: 1 }],
    [['-t', '0101120027'], { ok: false, stderr: trainerMessages.notSimulated('reboot', '-t'), exitCode: 1 }],
    [['now'], { ok: false, stderr: rebootMessages.usage, exitCode: 1 }],
  ])('%j', (args, expected) => expect(reboot.parse(args)).toEqual(expected));
});

describe('getconf (REFERENCE §2.9, §11.7)', () => {
  it.each([
    [['BOOT_DEVICE'], { ok: true, value: { name: 'BOOT_DEVICE', device: null } }],
    [['DISK_SIZE', '/dev/hdisk1'], { ok: true, value: { name: 'DISK_SIZE', device: '/dev/hdisk1' } }],
    [['DISK_SIZE'], { ok: false, stderr: getconfMessages.usage, exitCode: 1 }],
    [['REAL_MEMORY', 'x'], { ok: false, stderr: getconfMessages.usage, exitCode: 1 }],
    [[], { ok: false, stderr: getconfMessages.usage, exitCode: 1 }],
    [['PAGESIZE'], { ok: false, stderr: trainerMessages.notSimulated('getconf', 'PAGESIZE'), exitCode: 1 }],
    [['-a'], { ok: false, stderr: trainerMessages.notSimulated('getconf', '-a'), exitCode: 1 }],
  ])('parse %j', (args, expected) => expect(getconf.parse(args)).toEqual(expected));

  it('values of the reference lab', () => {
    const s = session();
    const v = (line: string) => run(s, line).out;
    expect(v('getconf BOOT_DEVICE')).toBe('hdisk0\n');
    expect(v('getconf DISK_SIZE /dev/hdisk1')).toBe('20480\n');
    expect(v('getconf DISK_SIZE /dev/hdisk2')).toBe('51200\n');
    expect(v('getconf DISK_PARTITION /dev/hdisk0')).toBe('32\n');
    expect(v('getconf DISK_PARTITION /dev/hdisk2')).toBe('64\n');
    expect(v('getconf DISK_PARTITION /dev/hdisk1')).toBe('undefined\n');
    expect(v('getconf HARDWARE_BITMODE')).toBe('64\n');
    expect(v('getconf KERNEL_BITMODE')).toBe('64\n');
    expect(v('getconf REAL_MEMORY')).toBe('8388608\n');
    expect(run(s, 'getconf DISK_SIZE /dev/hdisk9')).toEqual({ out: '', err: getconfMessages.noDevice('/dev/hdisk9') + '\n', code: 1 });
  });
});

describe('bootinfo (REFERENCE §2.9, §11.7)', () => {
  it('parse: usage on a bad flag (libc line, then the catalogue usage)', () => {
    expect(bootinfo.parse(['-x'])).toEqual({ ok: false, stderr: `bootinfo: Not a recognized flag: x\n${bootinfoMessages.usage}`, exitCode: 1 });
    expect(bootinfoMessages.usage).toBe('\nusage: bootinfo [ -P psize -s disk ] |-b |-B disk |-c |\n\t\t-k |-m |-M |-q adapter |-r |-t |-T |-o disk |-z\n');
    expect(bootinfo.parse(['-m'])).toEqual({ ok: false, stderr: trainerMessages.notSimulated('bootinfo', '-m'), exitCode: 1 });
    expect(bootinfo.parse(['-s'])).toEqual({ ok: false, stderr: `bootinfo: A flag requires a parameter: s\n${bootinfoMessages.usage}`, exitCode: 1 });
  });

  it('values, -B semantics and exit codes', () => {
    const s = session();
    expect(run(s, 'bootinfo -b').out).toBe('hdisk0\n');
    expect(run(s, 'bootinfo -s hdisk1').out).toBe('20480\n');
    expect(run(s, 'bootinfo -s hdisk9')).toEqual({ out: '', err: '', code: 4 });
    // -B: can firmware boot from the disk's adapter — yes even for a disk without a boot image.
    expect(run(s, 'bootinfo -B hdisk1').out).toBe('1\n');
    expect(run(s, 'bootinfo -B hdisk9').out).toBe('0\n');
    expect(run(s, 'bootinfo -B cd0').out).toBe('0\n');
    expect(run(s, 'bootinfo -t').out).toBe('1\n');
    expect(run(s, 'bootinfo -T').out).toBe('chrp\n');
    expect(run(s, 'bootinfo -y').out).toBe('64\n');
    expect(run(s, 'bootinfo -K').out).toBe('64\n');
    expect(run(s, 'bootinfo -r').out).toBe('8388608\n');
    expect(run(s, 'bootinfo -z').out).toBe('1\n');
    expect(run(s, 'bootinfo')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'bootinfo -tb').out).toBe('1\nhdisk0\n');
  });
});

describe('savebase (REFERENCE §1.2, §2.20)', () => {
  it('parse', () => {
    expect(savebase.parse([])).toEqual({ ok: true, value: { device: '/dev/ipldevice' } });
    expect(savebase.parse(['-d', '/dev/hdisk0'])).toEqual({ ok: true, value: { device: '/dev/hdisk0' } });
    expect(savebase.parse(['-o', '/etc/objrepos'])).toEqual({ ok: true, value: { device: '/dev/ipldevice' } });
    expect(savebase.parse(['-x'])).toEqual({ ok: false, stderr: `savebase: Not a recognized flag: x\n${savebaseMessages.usage}`, exitCode: 1 });
    expect(savebase.parse(['-m', 'both'])).toEqual({ ok: false, stderr: trainerMessages.notSimulated('savebase', '-m'), exitCode: 1 });
  });

  it('is silent; fails with 0514-508/0514-609 when hd5 is not in the ODM', () => {
    expect(run(session(), 'savebase')).toEqual({ out: '', err: '', code: 0 });
    const s = session((w) => {
      const odm = w.vgs[w.disks.d0.vgid!].os!.odm;
      odm.lvs = odm.lvs.filter((l) => l.name !== 'hd5');
    });
    expect(run(s, 'savebase')).toEqual({
      out: '',
      err: '0514-508 Cannot save the base customized information on /dev/ipldevice.\n0514-609 Unable to save the base customized information on /dev/ipldevice.\n',
      code: 1,
    });
  });
});

describe('lslpp (REFERENCE §2.11)', () => {
  it('parse', () => {
    expect(lslpp.parse(['-l'])).toEqual({ ok: true, value: { mode: 'l', quiet: false, names: [] } });
    expect(lslpp.parse(['-lq', 'bos.rte'])).toEqual({ ok: true, value: { mode: 'l', quiet: true, names: ['bos.rte'] } });
    expect(lslpp.parse(['-L', 'all'])).toEqual({ ok: true, value: { mode: 'L', quiet: false, names: ['all'] } });
    expect(lslpp.parse([])).toEqual({ ok: false, stderr: lslppMessages.usage, exitCode: 1 });
    expect(lslpp.parse(['-lL'])).toEqual({ ok: false, stderr: lslppMessages.usage, exitCode: 1 });
    expect(lslpp.parse(['-h', 'bos.rte'])).toEqual({ ok: true, value: { mode: 'h', quiet: false, names: ['bos.rte'] } });
    expect(lslpp.parse(['-f', 'bos.rte'])).toEqual({ ok: false, stderr: trainerMessages.notSimulated('lslpp', '-f'), exitCode: 1 });
    expect(lslpp.parse(['-z'])).toEqual({ ok: false, stderr: `lslpp: Not a recognized flag: z\n${lslppMessages.usage}`, exitCode: 1 });
  });

  it('-l of one fileset: header, Path line, wrapped description at column 49', () => {
    expect(run(session(), 'lslpp -l bos.alt_disk_install.rte').out).toBe(
      '  Fileset                      Level  State      Description\n' +
        '  ----------------------------------------------------------------------------\n' +
        'Path: /usr/lib/objrepos\n' +
        '  bos.alt_disk_install.rte 7.2.5.102  COMMITTED  Alternate Disk Installation\n' +
        '                                                 Runtime\n',
    );
  });

  it('-l of a fileset with a root part adds the Path: /etc/objrepos section', () => {
    expect(run(session(), 'lslpp -l bos.rte').out).toBe(
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
    const s = session();
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
        lslppMessages.legend,
    );
    expect(L).toContain('\nState codes:\n A -- Applied.\n');
  });

  it('states, EFIXLOCKED and "not installed"', () => {
    const s = session((w) => {
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

describe('instfix (REFERENCE §2.25)', () => {
  it('parse', () => {
    expect(instfix.parse(['-i'])).toEqual({ ok: true, value: { keywords: null, colon: false, quiet: false } });
    expect(instfix.parse(['-ik', '7200-05_AIX_ML'])).toEqual({ ok: true, value: { keywords: ['7200-05_AIX_ML'], colon: false, quiet: false } });
    expect(instfix.parse(['-k', 'IJ1'])).toEqual({ ok: false, stderr: trainerMessages.notSimulated('instfix', '-k without -i (installing a fix)'), exitCode: 1 });
    expect(instfix.parse(['-icq'])).toEqual({ ok: true, value: { keywords: null, colon: true, quiet: true } });
    expect(instfix.parse(['-iv'])).toEqual({ ok: false, stderr: trainerMessages.notSimulated('instfix', '-v'), exitCode: 1 });
  });

  it('ML keywords derived from the fileset levels', () => {
    const s = session();
    expect(run(s, 'instfix -i').out).toBe(
      [
        '    All filesets for 7.2.0.0_AIX_ML were found.',
        ...['00', '01', '02', '03', '04', '05'].map((t) => `    All filesets for 7200-${t}_AIX_ML were found.`),
      ].join('\n') + '\n',
    );
    expect(run(s, 'instfix -ik 7200-05_AIX_ML').out).toBe('    All filesets for 7200-05_AIX_ML were found.\n');
    expect(run(s, 'instfix -ik IJ12345')).toEqual({ out: 'There was no data for IJ12345 in the fix database.\n', err: '', code: 1 });
    run(s, 'lab fileset remove bos.alt_disk_install.rte');
    expect(run(s, 'instfix -ik 7200-05_AIX_ML').out).toBe('    Not all filesets for 7200-05_AIX_ML were found.\n');
  });

  it('a fileset below the TL level makes that TL incomplete', () => {
    const s = session((w) => {
      w.vgs[w.disks.d0.vgid!].os!.filesets['bos.rte'].level = '7.2.4.3';
    });
    const out = run(s, 'instfix -i').out;
    expect(out).toContain('    All filesets for 7200-04_AIX_ML were found.\n');
    expect(out).toContain('    Not all filesets for 7200-05_AIX_ML were found.\n');
  });
});

describe('errpt (error log of the booted disk)', () => {
  it('parse', () => {
    expect(errpt.parse([])).toEqual({ ok: true, value: { ids: null, labels: null, resources: null, classes: null, types: null, detailed: false } });
    expect(errpt.parse(['-j', '2bfa76f6,9DBCFDEE'])).toEqual({ ok: true, value: { ids: ['2BFA76F6', '9DBCFDEE'], labels: null, resources: null, classes: null, types: null, detailed: false } });
    expect(errpt.parse(['-c'])).toEqual({ ok: false, stderr: trainerMessages.notSimulated('errpt', '-c'), exitCode: 1 });
  });

  it('the boot entry, then shutdown and boot records, newest first', () => {
    const s = session();
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

describe('mksysb (REFERENCE §1.6, §2.23)', () => {
  it('parse', () => {
    expect(mksysb.parse(['-i', '/data/x'])).toEqual({ ok: true, value: { imageData: true, exclude: false, target: '/data/x' } });
    expect(mksysb.parse(['-i', '-e', '-X', '/data/x'])).toEqual({ ok: true, value: { imageData: true, exclude: true, target: '/data/x' } });
    expect(mksysb.parse(['/dev/rmt0'])).toEqual({ ok: false, stderr: trainerMessages.notSimulated('mksysb', 'a backup to the device /dev/rmt0'), exitCode: 1 });
    expect(mksysb.parse(['-m', '/data/x'])).toEqual({ ok: false, stderr: trainerMessages.notSimulated('mksysb', '-m'), exitCode: 1 });
  });

  it('writes a mksysb node with a copy of rootvg and prints the AIX lines', () => {
    const s = session();
    const r = s.exec('mksysb -i /data/aixlab01.sysb');
    expect(r.stdout).toBe(
      '\nCreating information file (/image.data) for rootvg.\n' +
        '\nCreating list of files to back up.\n.\n' +
        'Backing up 58669 files..................' +
        '\n\n58669 of 58669 files backed up (100%)\n' +
        '0512-038 mksysb: Backup Completed Successfully.\n',
    );
    expect(r.exitCode).toBe(0);
    const w = s.world();
    const data = w.vgs[w.disks.d2.vgid!].lvs.find((l) => l.name === 'fslv00')!.fs!;
    const node = data.files['aixlab01.sysb'];
    expect(node.kind).toBe('mksysb');
    if (node.kind !== 'mksysb') return;
    expect(node.image.sourceHost).toBe('aixlab01');
    expect(node.image.os.level).toBe('7200-05-03-2148');
    expect(node.image.lvs.map((l) => l.name)).toEqual(w.vgs[w.disks.d0.vgid!].lvs.map((l) => l.name));
    expect(node.image.lvs).not.toBe(w.vgs[w.disks.d0.vgid!].lvs);
  });

  it('-e leaves out what /etc/exclude.rootvg matches; a full or missing target fails', () => {
    const s = session((w) => {
      const hd4 = w.vgs[w.disks.d0.vgid!].lvs.find((l) => l.name === 'hd4')!;
      hd4.fs!.files['etc/exclude.rootvg'] = { kind: 'file', text: '^./tmp/\n' };
    });
    run(s, 'mksysb -e /data/x.sysb');
    const w = s.world();
    const node = w.vgs[w.disks.d2.vgid!].lvs.find((l) => l.name === 'fslv00')!.fs!.files['x.sysb'];
    if (node.kind !== 'mksysb') throw new Error('no image');
    expect(Object.keys(node.image.lvs.find((l) => l.name === 'hd3')!.fs!.files)).toEqual([]);
    expect(run(s, 'mksysb -i /tmp/x.sysb').err).toContain('There is not enough space in the file system.');
    expect(run(s, 'mksysb /nodir/x.sysb').code).toBe(1);
  });

  it('needs bos.sysmgt.sysbr', () => {
    const s = session();
    run(s, 'lab fileset remove bos.sysmgt.sysbr');
    expect(run(s, 'mksysb /data/x')).toEqual({ out: '', err: 'ksh: mksysb:  not found.\n', code: 127 });
  });
});

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
    expect(lab.parse(args)).toEqual({ ok: false, stderr: labMessages.usage, exitCode: 1 }),
  );
  it('bad sizes', () => expect(lab.parse(['disk', 'add', '10G'])).toEqual({ ok: false, stderr: labMessages.badSize('10G'), exitCode: 1 }));

  it('disk actions', () => {
    const s = session();
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
    const s = session((w) => {
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
    const s = session();
    run(s, 'lab power off');
    expect(run(s, 'lab status').out).toContain('aixlab01 (console): off\n');
  });
});

describe('model size', () => {
  it('a 146 GB disk and its VG serialise to at most 4 KB', () => {
    const w: World = { schema: 1, clock: { nowMs: 0 }, rng: { state: 1 }, hosts: { h: newHost('h') }, console: 'h', disks: {}, vgs: {} };
    const disk = (w.disks.big = makeDisk('big', 'h', 0, 149504, '00f6db0a0000beef'));
    const vg = emptyVg('00f6db0a00004c00000001aabbccdd01', 128, [disk.pvid!]);
    addLvs(vg, disk, [
      { name: 'loglv01', type: 'jfs2log', lps: 1 },
      { name: 'fslv01', type: 'jfs2', lps: 1100, mount: '/big', usedMB: 120000, inodes: 90000 },
    ]);
    w.vgs[vg.vgid] = vg;
    disk.vgid = vg.vgid;
    expect(JSON.stringify(disk).length + JSON.stringify(vg).length).toBeLessThanOrEqual(4096);

    // A rootvg's size does not grow with the disk either (extents, not per-partition maps).
    const rootvgBytes = (sizeMB: number, id: string) => {
      const d = (w.disks[id] = makeDisk(id, 'h', Object.keys(w.disks).length, sizeMB, `00f6db0a0000${id.padStart(4, '0')}`));
      const r = installRootvg(w, d, { hostname: 'h', level: '7200-05-03-2148', ppSizeMB: 32, builtAtMs: 0, vgid: `00f6db0a00004c00000001aabbcc${id.padStart(4, '0')}` });
      return JSON.stringify(d).length + JSON.stringify(r).length;
    };
    expect(Math.abs(rootvgBytes(149504, 'r146') - rootvgBytes(20480, 'r020'))).toBeLessThan(200);
  });
});
