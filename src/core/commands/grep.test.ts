// grep — basic, extended and fixed patterns with the AIX flags; regerror text for a bad expression.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { grep } from './grep.ts';

const GREP_USAGE =
  'Usage: grep [-r] [-R] [-H] [-L] [-E|-F] [-c|-l|-q] [-insvxbhwyu] [-p[parasep]] -e pattern_list...\n\t[-f pattern_file...] [file...]\n' +
  'Usage: grep [-r] [-R] [-H] [-L]  [-E|-F] [-c|-l|-q] [-insvxbhwyu] [-p[parasep]] [-e pattern_list...]\n\t-f pattern_file... [file...]\n' +
  'Usage: grep [-r] [-R] [-H] [-L] [-E|-F] [-c|-l|-q] [-insvxbhwyu] [-p[parasep]] pattern_list [file...]';

describe('grep', () => {
  it('parses its table', () => {
    expect(parseMismatches(grep, [
      [['-ivc', 'x'], null],
      [[], GREP_USAGE, 2],
      [['-Z', 'x'], `grep: Not a recognized flag: Z\n${GREP_USAGE}`, 2],
      [['-e'], `grep: A flag requires a parameter: e\n${GREP_USAGE}`, 2],
      [['-r', 'x', '/etc'], 'grep: -r is not simulated in this trainer.', 2],
      [['[abc'], '[] imbalance.', 2],
      [['-E', 'a(b'], '\\(\\) or () imbalance.', 2],
    ])).toEqual([]);
  });

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
