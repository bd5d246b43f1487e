import { describe, expect, it } from 'vitest';
import { cleanLabName, labDetails, lastUsedText, MAX_LAB_NAME } from './labsText.ts';

const NOW = Date.UTC(2026, 11, 5, 12, 0, 0);

describe('lastUsedText', () => {
  it('says how long ago in plain words, then the date', () => {
    expect(lastUsedText(NOW - 5_000, NOW)).toBe('just now');
    expect(lastUsedText(NOW + 5_000, NOW)).toBe('just now'); // a clock that moved back
    expect(lastUsedText(NOW - 60_000, NOW)).toBe('1 minute ago');
    expect(lastUsedText(NOW - 59 * 60_000, NOW)).toBe('59 minutes ago');
    expect(lastUsedText(NOW - 3 * 3_600_000, NOW)).toBe('3 hours ago');
    expect(lastUsedText(NOW - 30 * 3_600_000, NOW)).toBe('yesterday');
    expect(lastUsedText(NOW - 4 * 86_400_000, NOW)).toBe('4 days ago');
    expect(lastUsedText(NOW - 40 * 86_400_000, NOW)).toMatch(/^2026-10-2[56]$/);
  });
});

describe('labDetails', () => {
  it('names the scenario or the lesson, the command count and the last use', () => {
    const lab = { id: 'a', name: 'x', scenario: 'jfs-lab', lesson: null, createdAt: 0, lastUsedAt: NOW, commands: 1 };
    expect(labDetails(lab, NOW)).toBe('scenario jfs-lab · 1 command · last used just now');
    expect(labDetails({ ...lab, lesson: 'basic-clone', scenario: 'reference-lab', commands: 1234 }, NOW)).toBe(
      'lesson basic-clone on reference-lab · 1,234 commands · last used just now',
    );
  });
});

describe('cleanLabName', () => {
  it('trims, folds runs of white space, bounds the length, refuses an empty name', () => {
    expect(cleanLabName('  clone\t practice \n')).toBe('clone practice');
    expect(cleanLabName('   ')).toBeNull();
    expect(cleanLabName('x'.repeat(500))).toHaveLength(MAX_LAB_NAME);
  });
});
