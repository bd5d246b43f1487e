// bootlist — REFERENCE §2.8: -m normal|service|both|prevboot, -o shows the list (blv= and pathid=), -i
// invalidates it; 0514-200/202/203 for a missing mode, a bad device, a bad mode; -r -V -F -v not simulated.
import { describe, expect, it } from 'vitest';
import { lab, lastOf, parseMismatches, runChecked as run } from '../testing/lab.ts';
import { bootlist } from './bootlist.ts';

const USAGE = 'Usage:\nbootlist -m mode [-r] [-o] [ [-i] [-V] [-F] | [ [-f file] [device [attr=value ...] ...] ] ] [-v]';

describe('bootlist', () => {
  it('parses its table', () => {
    expect(parseMismatches(bootlist, [
      [['-m', 'normal', '-o'], null],
      [['-m', 'normal', 'hdisk1', 'hdisk0'], null],
      [['-m', 'service', '-i'], null],
      [['-o'], `0514-200 bootlist: Usage error. Flag or parameter is missing (-m)\n${USAGE}`],
      [['-m', 'foo', '-o'], '0514-203 bootlist: Invalid mode (foo)'],
      [['-m', 'normal'], USAGE],
      [['-m', 'normal', '-r'], 'bootlist: -r is not simulated in this trainer.'],
    ])).toEqual([]);
  });

  it('-o shows the normal list of the reference lab; setting it is silent and -o follows', () => {
    const s = lab();
    expect(run(s, 'bootlist -m normal -o')).toEqual({ out: 'hdisk0 blv=hd5 pathid=0\n', err: '', code: 0 });
    expect(run(s, 'bootlist -m normal hdisk1 hdisk0')).toEqual({ out: '', err: '', code: 0 });
    expect(run(s, 'bootlist -m normal -o').out).toBe('hdisk1 blv=hd5 pathid=0\nhdisk0 blv=hd5 pathid=0\n');
  });

  it('the service list starts empty; -i empties a list', () => {
    const s = lab();
    expect(run(s, 'bootlist -m service -o')).toEqual({ out: '', err: '', code: 0 });
    run(s, 'bootlist -m normal -i');
    expect(run(s, 'bootlist -m normal -o').out).toBe('');
  });

  it('an unknown device is 0514-202 and the list is kept', () => {
    const s = lab();
    expect(run(s, 'bootlist -m normal hdisk9')).toEqual({ out: '', err: '0514-202 bootlist: Invalid device name (hdisk9)\n', code: 1 });
    expect(lastOf('bootlist -m normal hdisk9', 'bootlist -m normal -o').stdout).toBe('hdisk0 blv=hd5 pathid=0\n');
  });
});
