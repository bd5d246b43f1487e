// getopt's walk (getoptSteps) and getopt built on it: the explainer reads the same steps.
import { describe, expect, it } from 'vitest';
import { getopt, getoptSteps } from './getopt.ts';

const takes = new Map([
  ['B', false],
  ['d', true],
  ['l', true],
]);

describe('getoptSteps', () => {
  it('clusters, attached and separate arguments, then the operands', () => {
    expect(getoptSteps(['-Bd', 'hdisk1', '-l/export', 'x', '-B'], takes)).toEqual([
      { kind: 'flag', flag: 'B', value: null, attached: false },
      { kind: 'flag', flag: 'd', value: 'hdisk1', attached: false },
      { kind: 'flag', flag: 'l', value: '/export', attached: true },
      { kind: 'operand', word: 'x' },
      { kind: 'operand', word: '-B' },
    ]);
  });

  it('"--" ends the options; with permute operands may come between flags', () => {
    expect(getoptSteps(['--', '-B'], takes)).toEqual([{ kind: 'operand', word: '-B' }]);
    expect(getoptSteps(['a', '-B', 'b'], takes, true).map((s) => s.kind)).toEqual(['operand', 'flag', 'operand']);
  });

  it('stops at an unknown flag (the rest unread) or a flag missing its argument', () => {
    expect(getoptSteps(['-BQ', 'hdisk1', '-d'], takes)).toEqual([
      { kind: 'flag', flag: 'B', value: null, attached: false },
      { kind: 'unknown', flag: 'Q', rest: ['hdisk1', '-d'] },
    ]);
    expect(getoptSteps(['-B', '-d'], takes).at(-1)).toEqual({ kind: 'needs-arg', flag: 'd' });
  });
});

describe('getopt on the same walk', () => {
  it('keeps the last value of a flag and every occurrence; an empty separate argument is a value', () => {
    const r = getopt('alt_disk_copy', ['-d', 'hdisk1', '-d', '', '-B', 'op'], 'Bd:l:');
    expect(r.ok && [...r.value.flags]).toEqual([
      ['d', ''],
      ['B', true],
    ]);
    expect(r.ok && r.value.all.length).toBe(3);
    expect(r.ok && r.value.operands).toEqual(['op']);
  });

  it("answers with libc's lines", () => {
    const bad = getopt('alt_disk_copy', ['-Q'], 'Bd:');
    const missing = getopt('alt_disk_copy', ['-d'], 'Bd:');
    expect(bad.ok).toBe(false);
    expect(missing.ok).toBe(false);
    expect(!bad.ok && bad.error).toBe('alt_disk_copy: Not a recognized flag: Q');
    expect(!missing.ok && missing.error).toBe('alt_disk_copy: A flag requires a parameter: d');
  });
});
