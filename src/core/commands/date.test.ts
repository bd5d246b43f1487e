// date — the world clock, +format fields; setting the date is not simulated.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { date } from './date.ts';

describe('date', () => {
  it('parses its table', () => {
    expect(parseMismatches(date, [
      [['+%Y'], null],
      [['%Y'], 'date: 0551-401 Field descriptor must begin with a + (plus sign).'],
      [['112609002026'], 'date: setting the date is not simulated in this trainer.'],
      [['-x'], 'date: Not a recognized flag: x\nUsage: date [-n][-u] [mmddHHMM[.SSyy]] [+"Field Descriptors"]'],
      [['+%Y', '+%m'], 'Usage: date [-n][-u] [mmddHHMM[.SSyy]] [+"Field Descriptors"]'],
      [['-u', 'now'], 'Usage: date [-n][-u] [mmddHHMM[.SSyy]] [+"Field Descriptors"]'],
    ])).toEqual([]);
  });

  it('prints the world clock and formats fields', () => {
    expect(run('date').stdout).toBe('Thu Nov 26 09:00:00 UTC 2026\n');
    expect(run('date +%Y-%m-%d_%H:%M:%S_%a_%b_%j').stdout).toBe('2026-11-26_09:00:00_Thu_Nov_330\n');
    expect(run('date +%Q')).toMatchObject({ stderr: 'date: 0551-001 Q is not a recognized field descriptor.\n', exitCode: 1 });
  });
});
