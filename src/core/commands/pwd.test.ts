// pwd — the current directory.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { pwd } from './pwd.ts';

describe('pwd', () => {
  it('parses its table', () => {
    expect(parseMismatches(pwd, [
      [[], null],
    ])).toEqual([]);
  });

  it('prints the current directory', () => {
    expect(run('pwd').stdout).toBe('/\n');
    expect(run('cd /var/adm', 'pwd').stdout).toBe('/var/adm\n');
  });
});
