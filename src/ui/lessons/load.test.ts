import { describe, expect, it } from 'vitest';
import type { OpenRequest } from '../../protocol/index.ts';
import { findLesson } from '../../lessons/index.ts';
import { withLessonTitle } from './load.ts';

describe('withLessonTitle', () => {
  it('adds the lesson title to a request that opens a lesson lab', async () => {
    const title = findLesson('basic-clone')!.title;
    await expect(withLessonTitle({ speed: '1x', scenario: 'reference-lab', lesson: 'basic-clone' })).resolves.toEqual({
      speed: '1x',
      scenario: 'reference-lab',
      lesson: 'basic-clone',
      lessonTitle: title,
    });
  });

  it('leaves other requests, unknown lessons and a failed load as they are', async () => {
    const plain: OpenRequest = { speed: '1x', lab: 'L1' };
    expect(await withLessonTitle(plain)).toBe(plain);
    const unknown: OpenRequest = { speed: '1x', lesson: 'no-such-lesson' };
    expect(await withLessonTitle(unknown)).toBe(unknown);
    const lesson: OpenRequest = { speed: '1x', lesson: 'basic-clone' };
    expect(await withLessonTitle(lesson, () => Promise.reject(new Error('offline')))).toBe(lesson);
  });
});
