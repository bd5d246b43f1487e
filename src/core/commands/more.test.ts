// more — prints everything at once (the trainer has no pager), with headers between files.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { more } from './more.ts';

describe('more', () => {
  it('parses its table', () => {
    expect(parseMismatches(more, [
      [['-c', 'f'], null],
      [['-Q'], 'more: Not a recognized flag: Q\nUsage: more [-Ncdeisuvz] [-t tag] [-x tabs] [-p command] [-n number]\n\t    [-W option] [file ...]'],
    ])).toEqual([]);
  });

  it('prints everything at once, with a header before each of several files', () => {
    expect(run('more /etc/motd').stdout).toBe('Welcome to the altdisk trainer lab.\n');
    expect(run('more /etc/motd /etc/motd').stdout).toBe('::::::::::::::\n/etc/motd\n::::::::::::::\nWelcome to the altdisk trainer lab.\n'.repeat(2));
  });
  it('reports a missing file', () => {
    expect(run('more /nofile')).toMatchObject({ stderr: '/nofile: A file or directory in the path name does not exist.\n', exitCode: 1 });
  });
});
