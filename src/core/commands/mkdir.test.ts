// mkdir — directories and -p; 0653-357 for the parent, 0653-358 for the directory.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { mkdir } from './mkdir.ts';

describe('mkdir', () => {
  it('parses its table', () => {
    expect(parseMismatches(mkdir, [
      [['-p', '-m', '755', 'a'], null],
      [[], 'Usage: mkdir [-p] [-m mode] Directory ...'],
      [['-m', '1', '-m', '2', 'a'], 'mkdir: 0653-355 Cannot have multiple -m options.', 2],
      [['-m', '1', '-m', '2'], 'mkdir: 0653-355 Cannot have multiple -m options.', 2],
      [['-m'], 'mkdir: A flag requires a parameter: m\nUsage: mkdir [-p] [-m mode] Directory ...'],
      [['-q', 'a'], 'mkdir: Not a recognized flag: q\nUsage: mkdir [-p] [-m mode] Directory ...'],
    ])).toEqual([]);
  });

  it('creates a directory, and parents with -p', () => {
    expect(run('mkdir /tmp/a', 'ls -d /tmp/a').stdout).toBe('/tmp/a\n');
    expect(run('mkdir -p /tmp/a/b/c', 'ls -R /tmp/a').stdout).toBe('/tmp/a:\nb\n\n/tmp/a/b:\nc\n\n/tmp/a/b/c:\n');
    expect(run('mkdir -p /tmp').exitCode).toBe(0);
  });

  it('mkdir errors: 0653-357 for the parent, 0653-358 for the directory', () => {
    expect(run('mkdir /nodir/x')).toMatchObject({ stderr: 'mkdir: 0653-357 Cannot access directory /nodir.\n/nodir: A file or directory in the path name does not exist.\n', exitCode: 2 });
    expect(run('mkdir /tmp').stderr).toBe('mkdir: 0653-358 Cannot create /tmp.\n/tmp: Do not specify an existing file.\n');
  });
});
