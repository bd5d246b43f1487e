// rm — files and trees; a mount point stops its parents; missing, directory, . and .. errors.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { rm } from './rm.ts';

describe('rm', () => {
  it('parses its table', () => {
    expect(parseMismatches(rm, [
      [['-rf', 'a'], null],
      [['-f'], null],
      [[], 'Usage: rm [-firRe] [--] File...', 2],
      [['-i', 'a'], 'rm: -i is not simulated in this trainer.'],
    ])).toEqual([]);
  });

  it('removes files and trees', () => {
    expect(run('rm /tmp/install.log', 'ls /tmp').stdout).toBe('core.dump.1\n');
    expect(run('rm -r /var/tmp', 'ls /var').stdout).toBe('adm\n');
    // a mount point below stops its parents from going; the files around it are gone
    expect(run('rm -r /var/adm')).toMatchObject({
      stderr: 'rm: 0653-611 Directory /var/adm/ras/livedump is not empty.\nrm: 0653-611 Directory /var/adm/ras is not empty.\nrm: 0653-611 Directory /var/adm is not empty.\n',
      exitCode: 2,
    });
  });

  it('rm errors: missing (silent with -f), directory without -r, . and .., a mount point', () => {
    expect(run('rm /nofile')).toMatchObject({ stderr: 'rm: /nofile: A file or directory in the path name does not exist.\n', exitCode: 2 });
    expect(run('rm -f /nofile')).toMatchObject({ stderr: '', exitCode: 0 });
    expect(run('rm /var')).toMatchObject({ stderr: 'rm: 0653-603 Cannot remove directory /var.\n', exitCode: 2 });
    expect(run('rm -r ..').stderr).toBe("rm: 0653-600 Cannot remove '.' or '..'.\n");
    expect(run('rm -r /tmp')).toMatchObject({ stderr: 'rm: 0653-611 Directory /tmp is not empty.\n', exitCode: 2 });
    expect(run('rm -r /tmp', 'ls /tmp').stdout).toBe('');
    expect(run('cd /var/tmp', 'rm -r /var/tmp').stderr).toBe('rm: 0653-610 Cannot remove current directory /var/tmp.\n');
    expect(run('rm -e /tmp/install.log').stderr).toBe('rm: Removing /tmp/install.log\n');
  });
});
