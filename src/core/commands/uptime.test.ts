// uptime — time since the boot of the running system.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { uptime } from './uptime.ts';

describe('uptime', () => {
  it('parses its table', () => {
    expect(parseMismatches(uptime, [
      [['-x'], 'Usage: uptime'],
    ])).toEqual([]);
  });

  it('counts from the boot', () => {
    expect(run('uptime').stdout).toBe('  09:00AM   up 3 days,  00:00,  1 user,  load average: 0.00, 0.00, 0.00\n');
  });
});
