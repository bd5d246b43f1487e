// The file and text commands: parse tables (good and bad flags), happy-path goldens and each error path,
// run through a real session on the reference lab.
import { describe, expect, it } from 'vitest';
import { lookupCommand } from './registry.ts';
import { lastOf as run } from '../testing/lab.ts';

const parse = (name: string, args: string[]) => lookupCommand(name)!.parse(args);

const GREP_USAGE =
  'Usage: grep [-r] [-R] [-H] [-L] [-E|-F] [-c|-l|-q] [-insvxbhwyu] [-p[parasep]] -e pattern_list...\n\t[-f pattern_file...] [file...]\n' +
  'Usage: grep [-r] [-R] [-H] [-L]  [-E|-F] [-c|-l|-q] [-insvxbhwyu] [-p[parasep]] [-e pattern_list...]\n\t-f pattern_file... [file...]\n' +
  'Usage: grep [-r] [-R] [-H] [-L] [-E|-F] [-c|-l|-q] [-insvxbhwyu] [-p[parasep]] pattern_list [file...]';

describe('parse tables', () => {
  it.each([
    // [command, args, ok?, stderr (for errors), exit code]
    ['cat', ['-n', 'f'], true, '', 0],
    ['cat', ['-z'], false, 'cat: Not a recognized flag: z\nUsage: cat [-qrSsu] [-n[b]] [-v[et]] [-|File ...]', 2],
    ['cat', ['-v', 'f'], false, 'cat: -v is not simulated in this trainer.', 1],
    ['grep', ['-ivc', 'x'], true, '', 0],
    ['grep', [], false, GREP_USAGE, 2],
    ['grep', ['-Z', 'x'], false, `grep: Not a recognized flag: Z\n${GREP_USAGE}`, 2],
    ['grep', ['-e'], false, `grep: A flag requires a parameter: e\n${GREP_USAGE}`, 2],
    ['grep', ['-r', 'x', '/etc'], false, 'grep: -r is not simulated in this trainer.', 2],
    ['grep', ['[abc'], false, '[] imbalance.', 2],
    ['grep', ['-E', 'a(b'], false, '\\(\\) or () imbalance.', 2],
    ['head', ['-5', 'f'], true, '', 0],
    ['head', ['-n', '3'], true, '', 0],
    ['head', ['-n', 'x'], false, 'head: 0652-036 Specify a positive decimal number.\nUsage: head [-Count | -n Number | -c Number] [File...]', 1],
    ['head', ['-z'], false, 'Usage: head [-Count | -n Number | -c Number] [File...]', 1],
    ['tail', ['-20'], true, '', 0],
    ['tail', ['+3', 'f'], true, '', 0],
    ['tail', ['-n', '+2', 'f'], true, '', 0],
    ['tail', ['-r', 'f'], true, '', 0],
    ['tail', ['-f', 'f'], false, 'tail: -f is not simulated in this trainer.', 1],
    ['tail', ['-n', 'x'], false, fileUsageTail(), 2],
    ['tail', ['-z'], false, fileUsageTail(), 2],
    ['tail', ['a', 'b'], false, `tail: 0652-044 Can only process one file at a time.\n${fileUsageTail()}`, 2],
    ['wc', ['-lw'], true, '', 0],
    ['wc', ['-cm'], false, 'Usage: wc [-c | -m][-lw] [File ...]\n       wc -k [-c [-lw]] [File ...]', 2],
    ['wc', ['-x'], false, 'wc: Not a recognized flag: x\nUsage: wc [-c | -m][-lw] [File ...]\n       wc -k [-c [-lw]] [File ...]', 2],
    ['sort', ['-nr', '-k', '2', '-t:'], true, '', 0],
    ['sort', ['-k', '0'], false, SORT_USAGE(), 2],
    ['sort', ['-c'], false, 'sort: -c is not simulated in this trainer.', 2],
    ['sort', ['+1'], false, 'sort: +Position is not simulated in this trainer.', 2],
    ['sort', ['-t', 'ab'], false, SORT_USAGE(), 2],
    ['more', ['-c', 'f'], true, '', 0],
    ['more', ['-Q'], false, 'more: Not a recognized flag: Q\nUsage: more [-Ncdeisuvz] [-t tag] [-x tabs] [-p command] [-n number]\n\t    [-W option] [file ...]', 1],
    ['pg', ['-20', '-p', 'x', 'f'], true, '', 0],
    ['pg', ['-Q'], false, 'Usage: pg [-Number] [-p String] [-cefns] [+LineNumber] [+/Pattern/] [File...]', 1],
    ['ls', ['-laR'], true, '', 0],
    ['ls', ['-z'], false, 'ls: Not a recognized flag: z\nUsage: ls [-1ACFLNRabcdefgilmnopqrstux] [File...]', 2],
    ['ls', ['-i'], false, 'ls: -i is not simulated in this trainer.', 2],
    ['cd', ['a', 'b'], false, 'cd: the two-operand form (cd Old New) is not simulated in this trainer.', 1],
    ['cp', ['-r', 'a', 'b'], true, '', 0],
    ['cp', ['a'], false, 'Usage: cp [-fhip] [-r|-R] [--] src target\n   or: cp [-fhip] [-r|-R] [--] src1 ... srcN directory', 2],
    ['cp', ['-R', '-r', 'a', 'b'], false, 'cp: 0653-433 the -R and -r options are mutually exclusive.', 1],
    ['cp', ['-i', 'a', 'b'], false, 'cp: -i is not simulated in this trainer.', 1],
    ['mv', ['a', 'b'], true, '', 0],
    ['mv', ['a'], false, 'Usage: mv [-i | -f]  [--] src target\n   or: mv [-i | -f]  [--] src1 ... srcN directory', 2],
    ['mv', ['-x', 'a', 'b'], false, 'mv: Not a recognized flag: x\nUsage: mv [-i | -f]  [--] src target\n   or: mv [-i | -f]  [--] src1 ... srcN directory', 2],
    ['rm', ['-rf', 'a'], true, '', 0],
    ['rm', ['-f'], true, '', 0],
    ['rm', [], false, 'Usage: rm [-firRe] [--] File...', 2],
    ['rm', ['-i', 'a'], false, 'rm: -i is not simulated in this trainer.', 1],
    ['mkdir', ['-p', '-m', '755', 'a'], true, '', 0],
    ['mkdir', [], false, 'Usage: mkdir [-p] [-m mode] Directory ...', 1],
    ['mkdir', ['-m', '1', '-m', '2', 'a'], false, 'mkdir: 0653-355 Cannot have multiple -m options.', 2],
    ['touch', ['-c', 'a'], true, '', 0],
    ['touch', ['11260900', 'a'], true, '', 0],
    ['touch', [], false, 'Usage: touch [-amcf] [mmddhhmm[yy]] [-t [[CC]YY]MMDDhhmm[.SS]] \n\t\t[-r ref_file] File ...', 1],
    ['date', ['+%Y'], true, '', 0],
    ['date', ['%Y'], false, 'date: 0551-401 Field descriptor must begin with a + (plus sign).', 1],
    ['date', ['112609002026'], false, 'date: setting the date is not simulated in this trainer.', 1],
    ['hostname', ['-s'], true, '', 0],
    ['hostname', ['new'], false, 'hostname: setting the host name is not simulated in this trainer.', 1],
    ['hostname', ['-x'], false, 'hostname: Not a recognized flag: x\nUsage: hostname [-s] [Host].', 1],
    ['id', ['-un'], true, '', 0],
    ['id', ['-u', '-g'], false, 'usage: id [user]\n       id  -G [-n] [user]\n       id  -g [-nr] [user]\n       id  -u [-nr] [user]', 1],
    ['uptime', ['-x'], false, 'Usage: uptime', 1],
    ['whoami', ['x'], false, 'Usage: whoami', 1],
    ['export', ['A=1', 'B'], true, '', 0],
    ['export', ['1A=2'], false, 'ksh: 1A: is not an identifier', 1],
    ['unset', ['A', 'B'], true, '', 0],
    ['unset', ['-'], false, 'ksh: -: is not an identifier', 1],
    ['true', ['anything'], true, '', 0],
    ['false', ['anything'], true, '', 0],
    ['pwd', [], true, '', 0],
  ] as [string, string[], boolean, string, number][])('%s %j', (name, args, good, stderr, code) => {
    const p = parse(name, args);
    if (good) expect(p.ok).toBe(true);
    else expect(p).toEqual({ ok: false, stderr, exitCode: code });
  });
});

function fileUsageTail() {
  return 'Usage: tail [-f] [-c Number|-n Number|-m Number|-b Number|-k Number] [File]\nUsage: tail [-r] [-n Number] [File]\nUsage: tail [+|-[Number]][l|b|c|k|m][f] [File]';
}
function SORT_USAGE() {
  return 'Usage:   sort\t[-Abcdfimnru] [-T Directory] [-t Character] [-o File]\n\t\t[-y[Kilobytes]] [-z Recordsize] [-k Keydefinition]...\n\t\t[[+Position1][-Position2]]... [File]...';
}

const HOSTS = '127.0.0.1               loopback localhost\n::1                     loopback localhost\n10.10.10.21             aixlab01\n';

describe('cat', () => {
  it('prints files and standard input, numbering with -n', () => {
    expect(run('cat /etc/hosts').stdout).toBe(HOSTS);
    expect(run('echo a | cat - /etc/motd').stdout).toBe('a\nWelcome to the altdisk trainer lab.\n');
    expect(run('cat -n /etc/hosts').stdout.split('\n')[1]).toBe('     2\t::1                     loopback localhost');
  });
  it('squeezes empty lines with -S and numbers non-empty lines with -nb', () => {
    expect(run('echo "a\\n\\n\\nb" > /tmp/f', 'cat -S /tmp/f').stdout).toBe('a\n\nb\n');
    expect(run('echo "a\\n\\nb" > /tmp/f', 'cat -nb /tmp/f').stdout).toBe('     1\ta\n\n     2\tb\n');
  });
  it('renders /etc/filesystems from the ODM', () => {
    expect(run('cat /etc/filesystems').stdout).toContain('/data:\n        dev             = /dev/fslv00\n');
  });
  it('reports 0652-050 for a file it cannot open, and -q keeps quiet', () => {
    expect(run('cat /nofile /etc/motd')).toMatchObject({ stdout: 'Welcome to the altdisk trainer lab.\n', stderr: 'cat: 0652-050 Cannot open /nofile.\n', exitCode: 2 });
    expect(run('cat -q /nofile')).toMatchObject({ stderr: '', exitCode: 2 });
  });
  it('shows a note for a file kept as a size only', () => {
    expect(run('cat /tmp/core.dump.1').stdout).toBe('[8192 KB of data not kept by the simulator]\n');
  });
});

describe('grep', () => {
  it('filters lspv as on AIX', () => {
    expect(run('lspv | grep hdisk1').stdout).toBe('hdisk1          00f6db0a8f3a1c22                    None            \n');
  });
  it('-i -v -c -n -w -x -l -q -h', () => {
    expect(run('grep -i LOOPBACK /etc/hosts').stdout.split('\n')).toHaveLength(3);
    expect(run('grep -v loopback /etc/hosts').stdout).toBe('10.10.10.21             aixlab01\n');
    expect(run('grep -c loop /etc/hosts').stdout).toBe('2\n');
    expect(run('grep -n aixlab /etc/hosts').stdout).toBe('3:10.10.10.21             aixlab01\n');
    expect(run('grep -w lab /etc/hosts').exitCode).toBe(1);
    expect(run('grep -w aixlab01 /etc/hosts').exitCode).toBe(0);
    expect(run('echo hdisk1 | grep -x hdisk').exitCode).toBe(1);
    expect(run('grep -l loop /etc/hosts /etc/motd').stdout).toBe('/etc/hosts\n');
    expect(run('grep -q loop /etc/hosts')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(run('grep -h lab /etc/hosts /etc/motd').stdout).toBe('10.10.10.21             aixlab01\nWelcome to the altdisk trainer lab.\n');
  });
  it('prefixes file names with several files and counts per file', () => {
    expect(run('grep -c lab /etc/hosts /etc/motd').stdout).toBe('/etc/hosts:1\n/etc/motd:1\n');
    expect(run('grep lab /etc/hosts /etc/motd').stdout).toBe('/etc/hosts:10.10.10.21             aixlab01\n/etc/motd:Welcome to the altdisk trainer lab.\n');
  });
  it('-E alternation, -e several patterns, -F fixed strings, -f pattern files', () => {
    expect(run('lspv | grep -E "hdisk(0|2) " | wc -l').stdout).toBe('       2\n');
    expect(run('lspv | grep -e hdisk0 -e hdisk3 | wc -l').stdout).toBe('       2\n');
    expect(run('echo "a.b" | grep -F .').exitCode).toBe(0);
    expect(run('echo "ab" | grep -F .').exitCode).toBe(1);
    expect(run('echo motd > /tmp/p', 'ls /etc | grep -f /tmp/p').stdout).toBe('motd\n');
  });
  it('exit 1 with no match, 2 for a file it cannot open (0652-033), -s silences that', () => {
    expect(run('grep nomatch /etc/hosts')).toMatchObject({ stdout: '', exitCode: 1 });
    expect(run('grep x /nofile')).toMatchObject({ stderr: 'grep: 0652-033 Cannot open /nofile.\n', exitCode: 2 });
    expect(run('grep -s x /nofile')).toMatchObject({ stderr: '', exitCode: 2 });
  });
  it('prints regerror text for a bad expression', () => {
    expect(run("grep 'a\\{2' /etc/hosts")).toMatchObject({ stderr: '\\{\\} or {} imbalance.\n', exitCode: 2 });
  });
});

describe('head and tail', () => {
  it('head: default 10, -N, -n N, -c N, headers between files', () => {
    expect(run('lspv | head -2').stdout.split('\n').length).toBe(3);
    expect(run('head -n 1 /etc/hosts').stdout).toBe('127.0.0.1               loopback localhost\n');
    expect(run('head -c 3 /etc/hosts').stdout).toBe('127\n');
    expect(run('head -1 /etc/hosts /etc/motd').stdout).toBe('==> /etc/hosts <==\n127.0.0.1               loopback localhost\n\n==> /etc/motd <==\nWelcome to the altdisk trainer lab.\n');
  });
  it('head: a file it cannot open is perror\'d and the others still print', () => {
    expect(run('head -1 /nofile /etc/motd')).toMatchObject({ stderr: '/nofile: A file or directory in the path name does not exist.\n', exitCode: 1 });
  });
  it('tail: -N, +N, -n, -c, -r', () => {
    expect(run('tail -1 /etc/hosts').stdout).toBe('10.10.10.21             aixlab01\n');
    expect(run('tail +3 /etc/hosts').stdout).toBe('10.10.10.21             aixlab01\n');
    expect(run('tail -n +2 /etc/hosts').stdout.split('\n')).toHaveLength(3);
    expect(run('tail -c 9 /etc/hosts').stdout).toBe('aixlab01\n');
    expect(run('tail -r /etc/hosts').stdout.split('\n')[0]).toBe('10.10.10.21             aixlab01');
    expect(run('lspv | tail -1').stdout).toBe('hdisk3          none                                None            \n');
  });
  it('tail: a missing file is perror\'d with exit 1', () => {
    expect(run('tail /nofile')).toMatchObject({ stderr: '/nofile: A file or directory in the path name does not exist.\n', exitCode: 1 });
  });
});

describe('wc', () => {
  it('prints right-aligned counts as AIX does', () => {
    expect(run('wc /etc/hosts').stdout).toBe('       3       8     119 /etc/hosts\n');
    expect(run('lspv | wc -l').stdout).toBe('       4\n');
    expect(run('wc -lw /etc/hosts /etc/motd').stdout).toBe('       3       8 /etc/hosts\n       1       6 /etc/motd\n       4      14 total\n');
    expect(run('echo héllo | wc -c').stdout).toBe('       7\n');
    expect(run('echo héllo | wc -m').stdout).toBe('       6\n');
  });
  it('reports 0653-755 and exits 2 for a file it cannot open', () => {
    expect(run('wc /nofile')).toMatchObject({ stderr: 'wc: 0653-755 Cannot open /nofile.\n', exitCode: 2 });
  });
});

describe('sort', () => {
  it('byte order, -r, -n, -u, -f, -k, -t, -o', () => {
    expect(run('echo "b\\na\\nB" | sort').stdout).toBe('B\na\nb\n');
    expect(run('echo "b\\na\\nB" | sort -f').stdout).toBe('a\nB\nb\n');
    expect(run('echo "10\\n9\\n100" | sort -n').stdout).toBe('9\n10\n100\n');
    expect(run('echo "10\\n9\\n100" | sort -rn').stdout).toBe('100\n10\n9\n');
    expect(run('echo "a\\na\\nb" | sort -u').stdout).toBe('a\nb\n');
    expect(run('echo "x 3\\ny 1\\nz 2" | sort -k 2n').stdout).toBe('y 1\nz 2\nx 3\n');
    expect(run('echo "x:3\\ny:1" | sort -t: -k2').stdout).toBe('y:1\nx:3\n');
    expect(run('echo "b\\na" | sort -o /tmp/s', 'cat /tmp/s').stdout).toBe('a\nb\n');
  });
  it('reports a file it cannot open', () => {
    expect(run('sort /nofile')).toMatchObject({ stderr: 'sort: 0653-655 Cannot open /nofile\n', exitCode: 2 });
  });
});

describe('more and pg', () => {
  it('print everything at once', () => {
    expect(run('more /etc/motd').stdout).toBe('Welcome to the altdisk trainer lab.\n');
    expect(run('lspv | pg').stdout).toBe(run('lspv').stdout);
    expect(run('more /etc/motd /etc/motd').stdout).toBe('::::::::::::::\n/etc/motd\n::::::::::::::\nWelcome to the altdisk trainer lab.\n'.repeat(2));
  });
  it('report missing files and directories', () => {
    expect(run('more /nofile')).toMatchObject({ stderr: '/nofile: A file or directory in the path name does not exist.\n', exitCode: 1 });
    expect(run('pg /etc')).toMatchObject({ stderr: 'pg: 0652-118 /etc is a directory.\n', exitCode: 1 });
  });
});

describe('ls', () => {
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

describe('cd and pwd', () => {
  it('changes the current directory used by relative paths', () => {
    expect(run('cd /etc', 'pwd').stdout).toBe('/etc\n');
    expect(run('cd /etc', 'cat motd').stdout).toBe('Welcome to the altdisk trainer lab.\n');
    expect(run('cd /var/adm', 'cd ..', 'pwd').stdout).toBe('/var\n');
    expect(run('cd /etc', 'cd', 'pwd').stdout).toBe('/\n');
    expect(run('cd /etc', 'cd /tmp', 'cd -').stdout).toBe('/etc\n');
  });
  it('reports a missing directory and a file', () => {
    expect(run('cd /nope')).toMatchObject({ stderr: 'ksh: /nope:  not found.\n', exitCode: 1 });
    expect(run('cd /etc/hosts')).toMatchObject({ stderr: 'ksh: /etc/hosts:  not a directory.\n', exitCode: 1 });
  });
});

describe('cp and mv', () => {
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
  it('mv renames within a file system and moves across file systems', () => {
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

describe('rm, mkdir and touch', () => {
  it('rm removes files and trees', () => {
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
  it('mkdir and mkdir -p', () => {
    expect(run('mkdir /tmp/a', 'ls -d /tmp/a').stdout).toBe('/tmp/a\n');
    expect(run('mkdir -p /tmp/a/b/c', 'ls -R /tmp/a').stdout).toBe('/tmp/a:\nb\n\n/tmp/a/b:\nc\n\n/tmp/a/b/c:\n');
    expect(run('mkdir -p /tmp').exitCode).toBe(0);
  });
  it('mkdir errors: 0653-357 for the parent, 0653-358 for the directory', () => {
    expect(run('mkdir /nodir/x')).toMatchObject({ stderr: 'mkdir: 0653-357 Cannot access directory /nodir.\n/nodir: A file or directory in the path name does not exist.\n', exitCode: 2 });
    expect(run('mkdir /tmp').stderr).toBe('mkdir: 0653-358 Cannot create /tmp.\n/tmp: Do not specify an existing file.\n');
  });
  it('touch creates an empty file, -c does not, and a missing directory is 0652-046', () => {
    expect(run('touch /tmp/t', 'ls -l /tmp/t').stdout).toBe('-rw-r--r--    1 root     system            0 Nov 23 09:00 /tmp/t\n');
    expect(run('touch -c /tmp/t', 'ls /tmp/t').exitCode).toBe(2);
    expect(run('touch /nodir/t')).toMatchObject({ stderr: 'touch: 0652-046 Cannot create /nodir/t.\n', exitCode: 1 });
  });
});

describe('system information', () => {
  it('date prints the world clock and formats fields', () => {
    expect(run('date').stdout).toBe('Thu Nov 26 09:00:00 UTC 2026\n');
    expect(run('date +%Y-%m-%d_%H:%M:%S_%a_%b_%j').stdout).toBe('2026-11-26_09:00:00_Thu_Nov_330\n');
    expect(run('date +%Q')).toMatchObject({ stderr: 'date: 0551-001 Q is not a recognized field descriptor.\n', exitCode: 1 });
  });
  it('uptime counts from the boot', () => {
    expect(run('uptime').stdout).toBe('  09:00AM   up 3 days,  00:00,  1 user,  load average: 0.00, 0.00, 0.00\n');
  });
  it('hostname, whoami, id', () => {
    expect(run('hostname').stdout).toBe('aixlab01\n');
    expect(run('whoami').stdout).toBe('root\n');
    expect(run('id').stdout).toBe('uid=0(root) gid=0(system) groups=2(bin),3(sys),7(security),8(cron),10(audit),11(lp)\n');
    expect(run('id -un').stdout).toBe('root\n');
    expect(run('id -G').stdout).toBe('0 2 3 7 8 10 11\n');
    expect(run('id guest')).toMatchObject({ stderr: '3004-820 User not found in /etc/passwd file\n', exitCode: 1 });
  });
  it('true and false', () => {
    expect(run('true').exitCode).toBe(0);
    expect(run('false').exitCode).toBe(1);
    expect(run('false || echo ok').stdout).toBe('ok\n');
  });
});
