// bosboot — REFERENCE §1.4, §2.19, §6.1: the boot image of the running rootvg or its mirror, the
// refusals for other devices, and the image an awake or removed alternate gets.
import { describe, expect, it } from 'vitest';
import { bosbootMessages } from '../messages/boot.ts';
import { trainerMessages } from '../messages/index.ts';
import { lab, runChecked as run } from '../testing/lab.ts';
import { bosboot } from './bosboot.ts';

describe('bosboot (REFERENCE §1.4, §2.19, §6.1)', () => {
  it('parse', () => {
    expect(bosboot.parse(['-ad', '/dev/hdisk0'])).toEqual({ ok: true, value: { device: '/dev/hdisk0', blv: 'hd5' } });
    expect(bosboot.parse(['-a'])).toEqual({ ok: true, value: { device: null, blv: 'hd5' } });
    expect(bosboot.parse(['-ad', '/dev/hdisk0', '-l', 'hd5'])).toEqual({ ok: true, value: { device: '/dev/hdisk0', blv: 'hd5' } });
    expect(bosboot.parse(['-d', '/dev/hdisk0'])).toEqual({ ok: false, error: { stderr: bosbootMessages.usage, exitCode: 2 } });
    expect(bosboot.parse(['-x'])).toEqual({ ok: false, error: { stderr: `getopt: Not a recognized flag: x\n${bosbootMessages.usage}`, exitCode: 1 } });
    expect(bosboot.parse(['-aq'])).toEqual({ ok: false, error: { stderr: trainerMessages.notSimulated('bosboot', '-q'), exitCode: 1 } });
  });

  it('writes a boot image to hd5 of hdisk0 (and via /dev/ipldevice): level, time, rootvg names, boot record', () => {
    const s = lab();
    expect(run(s, 'bosboot -ad /dev/hdisk0')).toEqual({ out: '\nbosboot: Boot image is 53276 512 byte blocks.\n', err: '', code: 0 });
    const w = s.world();
    const hd5 = w.vgs[w.disks.d0.vgid!].lvs.find((l) => l.name === 'hd5')!;
    expect(hd5.bootImage).toMatchObject({ level: '7200-05-03-2148', blocks: 53276, madeForHost: 'aixlab01' });
    expect(hd5.bootImage!.builtAtMs).toBe(w.clock.nowMs - 5000);
    expect(hd5.bootImage!.baseOdm.rootLvs).toContain('hd4');
    expect(hd5.bootImage!.baseOdm.mounts).toMatchObject({ '/': 'hd4', '/usr': 'hd2', '/var': 'hd9var' });
    expect(run(s, 'bosboot -ad /dev/ipldevice').code).toBe(0);
    expect(run(s, 'bosboot -a').code).toBe(0);
  });

  it('a free disk gets 0301-168 then 0301-165, each after an empty line, and nothing is written', () => {
    const s = lab();
    const before = JSON.stringify(s.world().disks.d1);
    expect(run(s, 'bosboot -ad /dev/hdisk1')).toEqual({
      out: '',
      err: '\n0301-168 bosboot: The current boot logical volume, /dev/hd5,\n\tdoes not exist on /dev/hdisk1.\n\n0301-165 bosboot: WARNING! bosboot failed - do not attempt to boot device.\n',
      code: 54,
    });
    expect(JSON.stringify(s.world().disks.d1)).toBe(before);
    expect(run(s, 'bosboot -ad /dev/hdisk9').code).toBe(54);
  });

  it('other devices', () => {
    const s = lab();
    expect(run(s, 'bosboot -ad /dev/fd0').err).toBe('\n0301-174 bosboot: Invalid device /dev/fd0 specified!\n');
    expect(run(s, 'bosboot -ad /dev/foo0').err).toBe('\n0301-150 bosboot: Invalid or no boot device specified!' + bosbootMessages.usage);
    expect(run(s, 'bosboot -ad /dev/cd0').err).toBe(trainerMessages.notSimulated('bosboot', 'a boot image for /dev/cd0') + '\n');
    expect(run(s, 'bosboot -ad /dev/hdisk0 -l hd4').err).toBe('\n0301-174 bosboot: Invalid device hd4 specified!\n');
  });

  it('with hd5 gone from the ODM, savebase fails inside bosboot', () => {
    const s = lab('reference-lab', (w) => {
      const odm = w.vgs[w.disks.d0.vgid!].os!.odm;
      odm.lvs = odm.lvs.filter((l) => l.name !== 'hd5');
    });
    expect(run(s, 'bosboot -ad /dev/hdisk0')).toEqual({
      out: '\nbosboot: Boot image is 53276 512 byte blocks.\n',
      err:
        '0514-508 Cannot save the base customized information on /dev/hdisk0.\n0514-609 Unable to save the base customized information on /dev/hdisk0.\n' +
        '\n0301-162 bosboot: savebase failed with /dev/hdisk0.\n\n0301-165 bosboot: WARNING! bosboot failed - do not attempt to boot device.\n',
      code: 49,
    });
  });

  it('REFERENCE §2.19: with hd5 undefined (-X rootvg) a disk that does not hold it still gets 0301-168, and nothing is written', () => {
    const s = lab();
    run(s, 'alt_rootvg_op -X rootvg');
    const before = JSON.stringify(s.state().world.disks);
    expect(run(s, 'bosboot -ad /dev/hdisk1')).toEqual({
      out: '',
      err: '\n0301-168 bosboot: The current boot logical volume, /dev/hd5,\n\tdoes not exist on /dev/hdisk1.\n\n0301-165 bosboot: WARNING! bosboot failed - do not attempt to boot device.\n',
      code: 54,
    });
    expect(JSON.stringify(s.state().world.disks)).toBe(before);
    // the disk that holds it gets as far as savebase, which cannot save without hd5 in the ODM
    expect(run(s, 'bosboot -ad /dev/hdisk0').code).toBe(49);
  });
});
