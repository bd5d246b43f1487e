// ls — columns on the terminal, one name a line into a pipe, the long listing, -a -d -F -R, /dev.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { ls } from './ls.ts';

describe('ls', () => {
  it('parses its table', () => {
    expect(parseMismatches(ls, [
      [['-laR'], null],
      [['-z'], 'ls: Not a recognized flag: z\nUsage: ls [-1ACFLNRabcdefgilmnopqrstux] [File...]', 2],
      [['-i'], 'ls: -i is not simulated in this trainer.', 2],
    ])).toEqual([]);
  });

  it('prints columns down on the terminal and one name per line into a pipe', () => {
    expect(run('ls /').stdout).toBe(
      'admin         data          export        opt           usr\n' +
        'aha           dev           home          proc          var\n' +
        'bosinst.data  etc           image.data    tmp\n',
    );
    expect(run('ls /etc | cat').stdout).toBe('exclude.rootvg\nfilesystems\nhosts\ninittab\nmotd\n');
    expect(run('ls -1 /var').stdout).toBe('adm\ntmp\n');
    expect(run('ls -C /var > /tmp/l', 'cat /tmp/l').stdout).toBe('adm  tmp\n');
  });

  it('-l shows mode, links, owner, group, size, date and a total', () => {
    expect(run('ls -l /etc/hosts').stdout).toBe('-rw-r--r--    1 root     system          119 Nov 23 09:00 /etc/hosts\n');
    expect(run('ls -l /tmp').stdout).toBe(
      'total 8196\n-rw-r--r--    1 root     system      8388608 Nov 23 09:00 core.dump.1\n-rw-r--r--    1 root     system           21 Nov 23 09:00 install.log\n',
    );
    expect(run('ls -ld /var').stdout).toBe('drwxr-xr-x    4 root     system          256 Nov 23 09:00 /var\n');
    expect(run('ls -ln /etc/motd').stdout).toBe('-rw-r--r--    1 0        0                36 Nov 23 09:00 /etc/motd\n');
  });

  it('-a adds . and .., root sees dot files without it, -d lists the directory itself, -F marks directories', () => {
    expect(run('ls -a /home/guest').stdout).toBe('.         ..        .profile\n');
    expect(run('ls /home/guest').stdout).toBe('.profile\n');
    expect(run('ls -d /var /tmp').stdout).toBe('/tmp  /var\n');
    expect(run('ls -F /var').stdout).toBe('adm/  tmp/\n');
  });

  it('-R walks subdirectories with titles', () => {
    expect(run('ls -R /var/adm').stdout).toBe('/var/adm:\nras\n\n/var/adm/ras:\nlivedump\n\n/var/adm/ras/livedump:\n');
  });

  it('files first, then directories with titles; a missing name is 0653-341 with exit 2', () => {
    expect(run('ls /var /etc/motd').stdout).toBe('/etc/motd\n\n/var:\nadm  tmp\n');
    expect(run('ls /nope /etc/motd')).toMatchObject({ stdout: '/etc/motd\n', stderr: 'ls: 0653-341 The file /nope does not exist.\n', exitCode: 2 });
  });

  it('lists /dev with the configured disks', () => {
    expect(run('ls -l /dev/hdisk1').stdout).toBe('brw-------    1 root     system       17,  1 Nov 23 09:00 /dev/hdisk1\n');
  });
});
