// cat — prints files and standard input (-n, -b, -S, -q); 0652-050 for a file it cannot open.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { cat } from './cat.ts';

const HOSTS = '127.0.0.1               loopback localhost\n::1                     loopback localhost\n10.10.10.21             aixlab01\n';

describe('cat', () => {
  it('parses its table', () => {
    expect(parseMismatches(cat, [
      [['-n', 'f'], null],
      [['-z'], 'cat: Not a recognized flag: z\nUsage: cat [-qrSsu] [-n[b]] [-v[et]] [-|File ...]', 2],
      [['-v', 'f'], 'cat: -v is not simulated in this trainer.'],
    ])).toEqual([]);
  });

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
