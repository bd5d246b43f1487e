// tail — the last lines or bytes of one file (-N, +N, -n, -c, -r); -f is not simulated.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { tail } from './tail.ts';

const TAIL_USAGE =
  'Usage: tail [-f] [-c Number|-n Number|-m Number|-b Number|-k Number] [File]\nUsage: tail [-r] [-n Number] [File]\nUsage: tail [+|-[Number]][l|b|c|k|m][f] [File]';

describe('tail', () => {
  it('parses its table', () => {
    expect(parseMismatches(tail, [
      [['-20'], null],
      [['+3', 'f'], null],
      [['-n', '+2', 'f'], null],
      [['-r', 'f'], null],
      [['-f', 'f'], 'tail: -f is not simulated in this trainer.'],
      [['-n', 'x'], TAIL_USAGE, 2],
      [['-z'], TAIL_USAGE, 2],
      [['a', 'b'], `tail: 0652-044 Can only process one file at a time.\n${TAIL_USAGE}`, 2],
    ])).toEqual([]);
  });

  it('-N, +N, -n, -c, -r', () => {
    expect(run('tail -1 /etc/hosts').stdout).toBe('10.10.10.21             aixlab01\n');
    expect(run('tail +3 /etc/hosts').stdout).toBe('10.10.10.21             aixlab01\n');
    expect(run('tail -n +2 /etc/hosts').stdout.split('\n')).toHaveLength(3);
    expect(run('tail -c 9 /etc/hosts').stdout).toBe('aixlab01\n');
    expect(run('tail -r /etc/hosts').stdout.split('\n')[0]).toBe('10.10.10.21             aixlab01');
    expect(run('lspv | tail -1').stdout).toBe('hdisk3          none                                None            \n');
  });

  it('a missing file is perror\'d with exit 1', () => {
    expect(run('tail /nofile')).toMatchObject({ stderr: '/nofile: A file or directory in the path name does not exist.\n', exitCode: 1 });
  });
});
