// lspv — REFERENCE §2.5: the disk list (PVID, VG, active), one disk's attributes, -l its LVs, -p its
// partitions; 0516-320 for a disk in no VG, 0516-1396 for an unknown disk; -M, -n, -v not simulated.
import { describe, expect, it } from 'vitest';
import { lab, lastOf, parseMismatches, runChecked as run } from '../testing/lab.ts';
import { lspv } from './lspv.ts';

const USAGE = 'Usage: lspv [-L] [-l | -p | -M] [-n DescriptorPV] [-v VGid] PhysicalVolume';
const LIST =
  'hdisk0          00f6db0a6c7aece5                    rootvg          active\n' +
  'hdisk1          00f6db0a8f3a1c22                    None            \n' +
  'hdisk2          00f6db0a91b44e07                    datavg          active\n' +
  'hdisk3          none                                None            \n';

describe('lspv', () => {
  it('parses its table', () => {
    expect(parseMismatches(lspv, [
      [[], null],
      [['-L'], null],
      [['hdisk0'], null],
      [['-l', 'hdisk0'], null],
      [['-p', 'hdisk0'], null],
      [['-l'], USAGE],
      [['-l', '-p', 'hdisk0'], USAGE],
      [['hdisk0', 'hdisk1'], USAGE],
      [['-x'], `lspv: Not a recognized flag: x\n${USAGE}`],
      [['-M', 'hdisk0'], 'lspv: -M is not simulated in this trainer.'],
      [['-n', 'hdisk0', 'hdisk0'], 'lspv: -n is not simulated in this trainer.'],
    ])).toEqual([]);
  });

  it('lists every configured disk with its PVID, VG and state; -L the same', () => {
    expect(lastOf('lspv')).toMatchObject({ stdout: LIST, exitCode: 0 });
    expect(lastOf('lspv -L').stdout).toBe(LIST);
  });

  it('one disk: its attributes; -l its logical volumes', () => {
    const s = lab();
    const one = run(s, 'lspv hdisk0').out;
    expect(one).toContain('PHYSICAL VOLUME:    hdisk0                   VOLUME GROUP:     rootvg\n');
    expect(one).toContain('TOTAL PPs:          639 (20448 megabytes)    VG DESCRIPTORS:   2\n');
    expect(one).toContain('FREE DISTRIBUTION:  127..95..00..128..127\n');
    const lvs = run(s, 'lspv -l hdisk0').out.split('\n');
    expect(lvs.slice(0, 3)).toEqual([
      'hdisk0:',
      'LV NAME               LPs     PPs     DISTRIBUTION          MOUNT POINT',
      'hd5                   1       1       01..00..00..00..00    N/A',
    ]);
    expect(lvs).toContain('livedump              1       1       00..01..00..00..00    /var/adm/ras/livedump');
  });

  it('follows the model: a disk joined to a VG shows it', () => {
    const s = lab();
    run(s, 'extendvg rootvg hdisk1');
    expect(run(s, 'lspv').out.split('\n')[1]).toBe('hdisk1          00f6db0a8f3a1c22                    rootvg          active');
  });

  it('a disk in no VG is 0516-320; an unknown disk 0516-1396', () => {
    expect(lastOf('lspv -p hdisk1')).toMatchObject({ stderr: '0516-320 : Physical volume hdisk1 is not assigned to\n\ta volume group.\n', exitCode: 1 });
    expect(lastOf('lspv hdisk9')).toMatchObject({ stderr: '0516-1396 : The physical volume hdisk9, was not found in the\nsystem database.\n', exitCode: 1 });
  });
});
