// pg — prints everything at once (the trainer has no pager); 0652-118 for a directory.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { pg } from './pg.ts';

describe('pg', () => {
  it('parses its table', () => {
    expect(parseMismatches(pg, [
      [['-20', '-p', 'x', 'f'], null],
      [['-Q'], 'Usage: pg [-Number] [-p String] [-cefns] [+LineNumber] [+/Pattern/] [File...]'],
    ])).toEqual([]);
  });

  it('prints everything at once', () => {
    expect(run('lspv | pg').stdout).toBe(run('lspv').stdout);
    expect(run('pg /etc/motd').stdout).toBe('Welcome to the altdisk trainer lab.\n');
  });
  it('reports a directory', () => {
    expect(run('pg /etc')).toMatchObject({ stderr: 'pg: 0652-118 /etc is a directory.\n', exitCode: 1 });
  });
});
