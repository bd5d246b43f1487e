// cd — the current directory relative paths use; cd -, cd with no operand, ksh's errors.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { cd } from './cd.ts';

describe('cd', () => {
  it('parses its table', () => {
    expect(parseMismatches(cd, [
      [['a', 'b'], 'cd: the two-operand form (cd Old New) is not simulated in this trainer.'],
    ])).toEqual([]);
  });

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
