// mv — renames within a file system and moves across them; 0653-401 and 0653-405.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { mv } from './mv.ts';

describe('mv', () => {
  it('parses its table', () => {
    expect(parseMismatches(mv, [
      [['a', 'b'], null],
      [['a'], 'Usage: mv [-i | -f]  [--] src target\n   or: mv [-i | -f]  [--] src1 ... srcN directory', 2],
      [['-x', 'a', 'b'], 'mv: Not a recognized flag: x\nUsage: mv [-i | -f]  [--] src target\n   or: mv [-i | -f]  [--] src1 ... srcN directory', 2],
    ])).toEqual([]);
  });

  it('renames within a file system and moves across file systems', () => {
    expect(run('mv /tmp/install.log /tmp/i', 'ls /tmp').stdout).toBe('core.dump.1  i\n');
    expect(run('mv /tmp/install.log /home/', 'ls /tmp /home').stdout).toBe('/home:\nguest        install.log\n\n/tmp:\ncore.dump.1\n');
    expect(run('mkdir /tmp/d', 'mv /tmp/d /var/', 'ls -d /var/d /tmp/d').stdout).toBe('/var/d\n');
  });

  it('mv errors use 0653-401', () => {
    expect(run('mv /nofile /tmp/x')).toMatchObject({ stderr: 'mv: 0653-401 Cannot rename /nofile to /tmp/x:\n\t     A file or directory in the path name does not exist.\n', exitCode: 2 });
    expect(run('mv /tmp /var/t').stderr).toBe('mv: 0653-401 Cannot rename /tmp to /var/t:\n\t     The requested resource is busy.\n');
    expect(run('mv /etc/motd /etc/motd').stderr).toBe('mv: 0653-405 /etc/motd and /etc/motd are identical.\n');
  });
});
