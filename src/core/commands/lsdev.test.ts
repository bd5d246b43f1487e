// lsdev / lsattr — REFERENCE §2.12 (lsdev -Cc disk, two blanks for the empty vSCSI location; -Ct vgtype
// -F name), §2.13 (lsattr -El layout, pvid + 16 zeros, -a -F value); usage and 0514-519/0514-528 texts
// from the SRC413 device configuration catalogue.
import { describe, expect, it } from 'vitest';
import { cfgMessages as C } from '../messages/lvm.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { lsattr } from './lsattr.ts';
import { lsdev } from './lsdev.ts';
import { locationCode } from '../engine/firmware.ts';
import { lab, run } from '../testing/lab.ts';

const FORM = trainerMessages.notSimulated('lsdev', 'this form (only "-Cc disk", "-Cc logical_volume" and "-Ct vgtype")');

describe('lsdev parse', () => {
  it.each([
    [['-Cc', 'disk'], { ok: true, value: { what: 'disk', name: null, format: null } }],
    [['-c', 'disk'], { ok: true, value: { what: 'disk', name: null, format: null } }],
    [['-Cc', 'disk', '-l', 'hdisk1'], { ok: true, value: { what: 'disk', name: 'hdisk1', format: null } }],
    [['-Ct', 'vgtype', '-F', 'name'], { ok: true, value: { what: 'vgtype', name: null, format: 'name' } }],
    [['-C'], { ok: false, error: { stderr: FORM, exitCode: 1 } }],
    [['-Cc', 'adapter'], { ok: false, error: { stderr: FORM, exitCode: 1 } }],
    [['-P', '-c', 'disk'], { ok: false, error: { stderr: trainerMessages.notSimulated('lsdev', '-P'), exitCode: 1 } }],
    [['-Cc'], { ok: false, error: { stderr: `${shellMessages.flagNeedsArg('lsdev', 'c')}\n${C.usage.lsdev}`, exitCode: 1 } }],
    [['-Z'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('lsdev', 'Z')}\n${C.usage.lsdev}`, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(lsdev.parse(args)).toEqual(expected));
});

describe('lsdev run', () => {
  it('-Cc disk (§2.12)', () => {
    expect(run(lab(), 'lsdev -Cc disk')).toEqual({
      out: 'hdisk0 Available  Virtual SCSI Disk Drive\nhdisk1 Available  Virtual SCSI Disk Drive\nhdisk2 Available  Virtual SCSI Disk Drive\nhdisk3 Available  Virtual SCSI Disk Drive\n',
      err: '',
      code: 0,
    });
  });

  it('a Defined disk widens the status column to Available; -l picks one; -F formats', () => {
    const s = lab();
    run(s, 'rmdev -l hdisk3');
    expect(run(s, 'lsdev -Cc disk').out.split('\n')[3]).toBe('hdisk3 Defined    Virtual SCSI Disk Drive');
    expect(run(s, 'lsdev -Cc disk -l hdisk1').out).toBe('hdisk1 Available  Virtual SCSI Disk Drive\n');
    expect(run(s, 'lsdev -Cc disk -F name:status').out).toBe('hdisk0:Available\nhdisk1:Available\nhdisk2:Available\nhdisk3:Defined\n');
    expect(run(s, 'lsdev -Cc disk -F foo')).toEqual({ out: '', err: 'lsdev: 0514-529 The "foo" column does not exist in the device configuration\n\tdatabase.\n', code: 1 });
  });

  it('-Ct vgtype -F name lists the ODM VGs (§1.2)', () => {
    const s = lab();
    expect(run(s, 'lsdev -Ct vgtype -F name').out).toBe('rootvg\ndatavg\n');
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    expect(run(s, 'lsdev -Ct vgtype -F name:status').out).toBe('rootvg:Available\ndatavg:Defined\n');
  });
});

describe('lsattr parse', () => {
  it.each([
    [['-El', 'hdisk1'], { ok: true, value: { device: 'hdisk1', attrs: [], format: null } }],
    [['-El', 'hdisk1', '-a', 'pvid', '-F', 'value'], { ok: true, value: { device: 'hdisk1', attrs: ['pvid'], format: 'value' } }],
    [['-l', 'hdisk1'], { ok: false, error: { stderr: C.usage.lsattr, exitCode: 1 } }],
    [['-E'], { ok: false, error: { stderr: C.usage.lsattr, exitCode: 1 } }],
    [['-D', '-l', 'hdisk1'], { ok: false, error: { stderr: trainerMessages.notSimulated('lsattr', '-D'), exitCode: 1 } }],
    [['-Ex', '-l', 'hdisk1'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('lsattr', 'x')}\n${C.usage.lsattr}`, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(lsattr.parse(args)).toEqual(expected));
  it('usage (SRC413 defaultmsg.c)', () => expect(C.usage.lsattr.split('\n').slice(0, 3)).toEqual(['', 'Usage:', 'lsattr {-D[-O]| -E[-O] | -F Format} -l Name [-a Attribute]...[-H]']));
});

describe('lsattr run', () => {
  it('-El hdisk1 (§2.13)', () => {
    expect(run(lab(), 'lsattr -El hdisk1').out).toBe(
      'PCM             PCM/friend/vscsi                 Path Control Module        False\n' +
        'algorithm       fail_over                        Algorithm                  True\n' +
        'hcheck_cmd      test_unit_rdy                    Health Check Command       True+\n' +
        'hcheck_interval 0                                Health Check Interval      True+\n' +
        'hcheck_mode     nonactive                        Health Check Mode          True+\n' +
        'max_transfer    0x40000                          Maximum TRANSFER Size      True\n' +
        'pvid            00f6db0a8f3a1c220000000000000000 Physical volume identifier False\n' +
        'queue_depth     3                                Queue DEPTH                True+\n' +
        'reserve_policy  no_reserve                       Reserve Policy             True+\n',
    );
  });
  it('a disk without PVID shows none; -a and -F', () => {
    const s = lab();
    expect(run(s, 'lsattr -El hdisk3').out.split('\n')[6]).toBe('pvid            none             Physical volume identifier False');
    expect(run(s, 'lsattr -El hdisk3 -a pvid -F value').out).toBe('none\n');
    expect(run(s, 'lsattr -El hdisk0 -a pvid -F value').out).toBe('00f6db0a6c7aece50000000000000000\n');
    expect(run(s, 'lsattr -El hdisk0 -a pvid').out).toBe('pvid 00f6db0a6c7aece50000000000000000 Physical volume identifier False\n');
  });
  it('errors: unknown device (0514-519), unknown attribute (0514-528)', () => {
    const s = lab();
    expect(run(s, 'lsattr -El hdisk9')).toEqual({ out: '', err: 'lsattr: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\thdisk9\n', code: 1 });
    expect(run(s, 'lsattr -El hdisk0 -a size')).toEqual({ out: '', err: 'lsattr: 0514-528 The "size" attribute does not exist in the predefined\n\tdevice configuration database.\n', code: 1 });
  });
});

describe('lsdev physloc and the logical_volume class (issue 10)', () => {
  it("-F 'name physloc' gives the location codes SMS lists, so an SMS entry maps to an hdisk", () => {
    const s = lab();
    const world = s.state().world;
    const host = world.hosts.aixlab01;
    const codes = Object.values(world.disks)
      .filter((d) => d.location?.host === 'aixlab01')
      .sort((x, y) => x.location!.slot - y.location!.slot)
      .map((d) => locationCode(host, d));
    expect(run(s, "lsdev -Cc disk -F 'name physloc'").out).toBe(codes.map((c, i) => `hdisk${i} ${c}`).join('\n') + '\n');
    expect(codes[1]).toMatch(/^U9009\.42A\.\w{7}-V3-C2-T1-L8200000000000000$/);
  });

  it('-Cc logical_volume: each VG then its LVs, from the ODM (alt_ names show while a clone is awake)', () => {
    const s = lab();
    const out = run(s, 'lsdev -Cc logical_volume').out.split('\n');
    expect(out[0]).toBe('rootvg    Available  Volume group');
    expect(out[1]).toBe('hd5       Defined    Logical volume');
    expect(out).toContain('datavg    Available  Volume group');
    run(s, 'alt_disk_copy -P 1 -d hdisk1');
    expect(run(s, 'lsdev -Cc logical_volume -F name').out).toContain('\naltinst_rootvg\nalt_hd5\n');
    expect(lsdev.parse(['-Cc', 'logical_volume'])).toEqual({ ok: true, value: { what: 'lvclass', name: null, format: null } });
  });
});
