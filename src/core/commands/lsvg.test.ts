// lsvg — REFERENCE §2.6: VG names (-o: varied on, most recent first), one VG's attributes, -l its LVs,
// -p its disks; getlvodm's 0516-306 for an unknown VG; -i, -M and -n are not simulated.
import { describe, expect, it } from 'vitest';
import { lab, lastOf, parseMismatches, runChecked as run } from '../testing/lab.ts';
import { lsvg } from './lsvg.ts';

const USAGE = 'Usage: lsvg [-L] [-o] [-n PVName]\n       lsvg [-L] [-i] [-l | -M | -p] VGName...';

describe('lsvg', () => {
  it('parses its table', () => {
    expect(parseMismatches(lsvg, [
      [[], null],
      [['-o'], null],
      [['rootvg', 'datavg'], null],
      [['-l', 'datavg'], null],
      [['-p', 'rootvg'], null],
      [['-l'], USAGE],
      [['-l', '-p', 'rootvg'], USAGE],
      [['-o', 'rootvg'], USAGE],
      [['-z'], `lsvg: Not a recognized flag: z\n${USAGE}`],
      [['-i'], 'lsvg: -i is not simulated in this trainer.'],
      [['-M', 'rootvg'], 'lsvg: -M is not simulated in this trainer.'],
    ])).toEqual([]);
  });

  it('names the VGs of the ODM; -o those varied on, the most recent first', () => {
    const s = lab();
    expect(run(s, 'lsvg')).toEqual({ out: 'rootvg\ndatavg\n', err: '', code: 0 });
    expect(run(s, 'lsvg -o').out).toBe('datavg\nrootvg\n');
    run(s, 'umount /data');
    run(s, 'varyoffvg datavg');
    expect(run(s, 'lsvg -o').out).toBe('rootvg\n');
    expect(run(s, 'lsvg').out).toBe('rootvg\ndatavg\n');
  });

  it('one VG: its attributes; -l its LVs; -p its disks', () => {
    const s = lab();
    const vg = run(s, 'lsvg rootvg').out;
    expect(vg).toContain('VOLUME GROUP:       rootvg                   VG IDENTIFIER:  00f6db0a00004c000000017d43623707\n');
    expect(vg).toContain('OPEN LVs:           11                       QUORUM:         2 (Enabled)\n');
    expect(run(s, 'lsvg -l datavg').out).toBe(
      'datavg:\nLV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT\n' +
        'loglv00             jfs2log    1       1       1    open/syncd    N/A\n' +
        'fslv00              jfs2       400     400     1    open/syncd    /data\n',
    );
    expect(run(s, 'lsvg -p rootvg').out).toBe(
      'rootvg:\nPV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION\n' +
        'hdisk0            active            639         477         127..95..00..128..127\n',
    );
  });

  it('an unknown VG is getlvodm 0516-306', () => {
    expect(lastOf('lsvg foovg')).toMatchObject({ stderr: '0516-306 : Unable to find volume group foovg in the Device\n\tConfiguration Database.\n', exitCode: 1 });
  });
});
