// The exam's knowledge questions are well formed: unique ids, two or three per track, at least three
// options, exactly one correct, and an explanation for every option.
import { describe, expect, it } from 'vitest';
import { TRACKS } from '../core/lessons/types.ts';
import { QUIZ } from './quiz.ts';

describe('the quiz', () => {
  it('has unique ids and two or three questions per track', () => {
    expect(new Set(QUIZ.map((q) => q.id)).size).toBe(QUIZ.length);
    for (const t of TRACKS) {
      const n = QUIZ.filter((q) => q.track === t).length;
      expect(n, t).toBeGreaterThanOrEqual(2);
      expect(n, t).toBeLessThanOrEqual(3);
    }
    expect(QUIZ.every((q) => TRACKS.includes(q.track))).toBe(true);
  });

  it.each(QUIZ.map((q) => [q.id, q] as const))('%s: one correct option, every option explained', (_id, q) => {
    expect(q.question.trim()).not.toBe('');
    expect(q.options.length).toBeGreaterThanOrEqual(3);
    expect(q.options.filter((o) => o.correct)).toHaveLength(1);
    expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
    for (const o of q.options) {
      expect(o.text.trim()).not.toBe('');
      expect(o.explanation.trim(), o.text).not.toBe('');
    }
  });
});
