// lscfg — location codes shared with the SMS menus (engine/firmware.ts); layout per lscfg.ts [M].
import { describe, expect, it } from 'vitest';
import { locationCode } from '../engine/firmware.ts';
import { lscfgMessages as M } from '../messages/diag.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { lscfg } from './lscfg.ts';
import { lab } from '../testing/lab.ts';


describe('lscfg parse', () => {
  it.each([
    [['-vl', 'hdisk1'], { ok: true, value: { name: 'hdisk1', vpd: true } }],
    [['-l', 'hdisk*'], { ok: true, value: { name: 'hdisk*', vpd: false } }],
    [[], { ok: false, error: { stderr: trainerMessages.notSimulated('lscfg', 'the full resource list (give -l Name)'), exitCode: 1 } }],
    [['-p'], { ok: false, error: { stderr: trainerMessages.notSimulated('lscfg', '-p'), exitCode: 1 } }],
    [['-l'], { ok: false, error: { stderr: `${shellMessages.flagNeedsArg('lscfg', 'l')}\n${M.usage}`, exitCode: 1 } }],
    [['-l', 'hdisk1', 'x'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(lscfg.parse(args)).toEqual(expected));
});

describe('lscfg run', () => {
  it('-vl hdisk1 shows the SMS location code of the disk in slot 1', () => {
    const s = lab();
    const world = s.state().world;
    const code = locationCode(world.hosts.aixlab01, world.disks.d1);
    const r = s.exec('lscfg -vl hdisk1');
    expect([r.stdout, r.exitCode]).toEqual([`  hdisk1           ${code}  Virtual SCSI Disk Drive\n\n`, 0]);
    expect(s.exec("lscfg -l 'hdisk*'").stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('an unknown device', () => {
    const r = lab().exec('lscfg -vl hdisk9');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', M.notFound('hdisk9') + '\n', 1]);
  });
});
