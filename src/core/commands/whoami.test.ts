// whoami — the user the console runs as.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { whoami } from './whoami.ts';

describe('whoami', () => {
  it('parses its table', () => {
    expect(parseMismatches(whoami, [
      [['x'], 'Usage: whoami'],
    ])).toEqual([]);
  });

  it('prints root', () => {
    expect(run('whoami').stdout).toBe('root\n');
  });
});
