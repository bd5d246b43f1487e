// head — the first lines or bytes of files, with headers between files.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { head } from './head.ts';

describe('head', () => {
  it('parses its table', () => {
    expect(parseMismatches(head, [
      [['-5', 'f'], null],
      [['-n', '3'], null],
      [['-n', 'x'], 'head: 0652-036 Specify a positive decimal number.\nUsage: head [-Count | -n Number | -c Number] [File...]'],
      [['-z'], 'Usage: head [-Count | -n Number | -c Number] [File...]'],
    ])).toEqual([]);
  });

  it('default 10, -N, -n N, -c N, headers between files', () => {
    expect(run('lspv | head -2').stdout.split('\n').length).toBe(3);
    expect(run('head -n 1 /etc/hosts').stdout).toBe('127.0.0.1               loopback localhost\n');
    expect(run('head -c 3 /etc/hosts').stdout).toBe('127\n');
    expect(run('head -1 /etc/hosts /etc/motd').stdout).toBe('==> /etc/hosts <==\n127.0.0.1               loopback localhost\n\n==> /etc/motd <==\nWelcome to the altdisk trainer lab.\n');
  });

  it('a file it cannot open is perror\'d and the others still print', () => {
    expect(run('head -1 /nofile /etc/motd')).toMatchObject({ stderr: '/nofile: A file or directory in the path name does not exist.\n', exitCode: 1 });
  });
});
