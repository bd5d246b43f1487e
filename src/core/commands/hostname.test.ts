// hostname — the name of the running system (-s: up to the first dot); setting it is not simulated.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { hostname } from './hostname.ts';

describe('hostname', () => {
  it('parses its table', () => {
    expect(parseMismatches(hostname, [
      [['-s'], null],
      [['new'], 'hostname: setting the host name is not simulated in this trainer.'],
      [['-x'], 'hostname: Not a recognized flag: x\nUsage: hostname [-s] [Host].'],
    ])).toEqual([]);
  });

  it('prints the host name', () => {
    expect(run('hostname').stdout).toBe('aixlab01\n');
  });
});
