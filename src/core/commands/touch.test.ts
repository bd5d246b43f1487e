// touch — creates an empty file (not with -c); 0652-046 for a missing directory.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { touch } from './touch.ts';

describe('touch', () => {
  it('parses its table', () => {
    expect(parseMismatches(touch, [
      [['-c', 'a'], null],
      [['11260900', 'a'], null],
      [[], 'Usage: touch [-amcf] [mmddhhmm[yy]] [-t [[CC]YY]MMDDhhmm[.SS]] \n\t\t[-r ref_file] File ...'],
      [['11260900'], null],
      [['-t'], 'touch: A flag requires a parameter: t\nUsage: touch [-amcf] [mmddhhmm[yy]] [-t [[CC]YY]MMDDhhmm[.SS]] \n\t\t[-r ref_file] File ...'],
      [['-z', 'a'], 'touch: Not a recognized flag: z\nUsage: touch [-amcf] [mmddhhmm[yy]] [-t [[CC]YY]MMDDhhmm[.SS]] \n\t\t[-r ref_file] File ...'],
    ])).toEqual([]);
  });

  it('creates an empty file, -c does not, and a missing directory is 0652-046', () => {
    expect(run('touch /tmp/t', 'ls -l /tmp/t').stdout).toBe('-rw-r--r--    1 root     system            0 Nov 23 09:00 /tmp/t\n');
    expect(run('touch -c /tmp/t', 'ls /tmp/t').exitCode).toBe(2);
    expect(run('touch /nodir/t')).toMatchObject({ stderr: 'touch: 0652-046 Cannot create /nodir/t.\n', exitCode: 1 });
  });
});
