// cp — files into a directory, to a new name, across file systems, trees with -r; its errors.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { cp } from './cp.ts';

const HOSTS = '127.0.0.1               loopback localhost\n::1                     loopback localhost\n10.10.10.21             aixlab01\n';

describe('cp', () => {
  it('parses its table', () => {
    expect(parseMismatches(cp, [
      [['-r', 'a', 'b'], null],
      [['a'], 'Usage: cp [-fhip] [-r|-R] [--] src target\n   or: cp [-fhip] [-r|-R] [--] src1 ... srcN directory', 2],
      [['-R', '-r', 'a', 'b'], 'cp: 0653-433 the -R and -r options are mutually exclusive.'],
      [['-i', 'a', 'b'], 'cp: -i is not simulated in this trainer.'],
    ])).toEqual([]);
  });

  it('copies into a directory, to a new name, and between file systems', () => {
    expect(run('cp /etc/hosts /tmp/', 'cat /tmp/hosts').stdout).toBe(HOSTS);
    expect(run('cp /etc/motd /home/m', 'cat /home/m').stdout).toBe('Welcome to the altdisk trainer lab.\n');
    expect(run('cp /etc/hosts /etc/motd /var/tmp', 'ls /var/tmp').stdout).toBe('hosts    keep.me  motd\n');
  });

  it('copies a size-only file as a size only', () => {
    expect(run('cp /tmp/core.dump.1 /var/tmp/c', 'ls -l /var/tmp/c').stdout).toBe('-rw-r--r--    1 root     system      8388608 Nov 23 09:00 /var/tmp/c\n');
  });

  it('copies trees with -r', () => {
    expect(run('cp -r /var/adm /tmp/adm', 'ls -R /tmp/adm').stdout).toBe('/tmp/adm:\nras\n\n/tmp/adm/ras:\nlivedump\n\n/tmp/adm/ras/livedump:\n');
  });

  it('cp errors: missing source, a directory without -r, identical, not a directory, no space', () => {
    expect(run('cp /nofile /tmp')).toMatchObject({ stderr: 'cp: /nofile: A file or directory in the path name does not exist.\n', exitCode: 1 });
    expect(run('cp /var /tmp')).toMatchObject({ stderr: 'cp: 0653-436  /var is a directory.\n\tSpecify -r or -R to copy.\n', exitCode: 1 });
    expect(run('cp /etc/hosts /etc/hosts').stderr).toBe('cp: 0653-435  /etc/hosts and /etc/hosts are identical (not copied).\n');
    expect(run('cp -r /var /etc/hosts').stderr).toBe('cp: 0653-437  /etc/hosts is not a directory.\n');
    expect(run('cp /etc/hosts /nodir/x').stderr).toBe('cp: /nodir/x: A file or directory in the path name does not exist.\n');
    expect(run('cp /tmp/core.dump.1 /home/a', 'cp /tmp/core.dump.1 /home/b', 'cp /tmp/core.dump.1 /home/c', 'cp /tmp/core.dump.1 /home/d').stderr).toBe(
      'cp: /home/d: There is not enough space in the file system.\n',
    );
  });
});
