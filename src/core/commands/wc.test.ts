// wc — line, word, byte and character counts, right-aligned as AIX prints them.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { wc } from './wc.ts';

describe('wc', () => {
  it('parses its table', () => {
    expect(parseMismatches(wc, [
      [['-lw'], null],
      [['-cm'], 'Usage: wc [-c | -m][-lw] [File ...]\n       wc -k [-c [-lw]] [File ...]', 2],
      [['-x'], 'wc: Not a recognized flag: x\nUsage: wc [-c | -m][-lw] [File ...]\n       wc -k [-c [-lw]] [File ...]', 2],
    ])).toEqual([]);
  });

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
