import { describe, expect, it } from 'vitest';
import { continueTarget, EMPTY_PROGRESS, exportProgress, markDone, markHint, markOpened, markUndo, mergeProgress, parseProgress, summarize } from './progress.ts';

const ORDER = ['preflight', 'basic-clone', 'keep-bootlist'];

describe('course progress', () => {
  it('records opening, hints (highest rung) and completion (best count) apart', () => {
    let p = markOpened(EMPTY_PROGRESS, 'preflight', 6, 1000);
    p = markHint(p, 'preflight', 6, 3);
    expect(markHint(p, 'preflight', 6, 2)).toBe(p);
    p = markDone(p, 'preflight', 6, 9);
    p = markDone(p, 'preflight', 6, 7);
    p = markDone(p, 'preflight', 6, 8);
    expect(p.lessons.preflight).toEqual({ done: true, hints: 3, commands: 7, par: 6, lastOpened: 1000 });
    expect(EMPTY_PROGRESS.lessons).toEqual({});
  });

  it('continues with the lesson opened last when it is not done, else the first not done', () => {
    expect(continueTarget(EMPTY_PROGRESS, ORDER)).toBe('preflight');
    let p = markOpened(EMPTY_PROGRESS, 'preflight', 6, 1);
    p = markDone(p, 'preflight', 6, 6);
    expect(continueTarget(p, ORDER)).toBe('basic-clone');
    p = markOpened(p, 'keep-bootlist', 3, 5);
    expect(continueTarget(p, ORDER)).toBe('keep-bootlist');
    p = markDone(markDone(p, 'keep-bootlist', 3, 3), 'basic-clone', 4, 4);
    expect(continueTarget(p, ORDER)).toBeNull();
  });

  it('summarises the course: done, unaided, hints, par', () => {
    let p = markDone(EMPTY_PROGRESS, 'preflight', 6, 6);
    p = markHint(p, 'basic-clone', 4, 5);
    p = markDone(p, 'basic-clone', 4, 7);
    expect(summarize(p, ORDER)).toEqual({ total: 3, done: 2, unaided: 1, hints: 5, atPar: 1, commands: 13, par: 10, complete: false });
    p = markDone(p, 'keep-bootlist', 3, 3);
    expect(summarize(p, ORDER).complete).toBe(true);
  });

  it('counts undos apart, and they survive export and import', () => {
    const p = markUndo(markUndo(markDone(EMPTY_PROGRESS, 'preflight', 6, 6), 'preflight', 6), 'preflight', 6);
    expect(p.lessons.preflight?.undos).toBe(2);
    expect(parseProgress(exportProgress(p, 0))).toEqual({ ok: true, value: p });
    expect(mergeProgress(EMPTY_PROGRESS, p).lessons.preflight?.undos).toBe(2);
    const bad = JSON.parse(exportProgress(p, 0)) as { lessons: Record<string, { undos: unknown }> };
    bad.lessons.preflight!.undos = 'two';
    expect(parseProgress(JSON.stringify(bad)).ok).toBe(false);
  });

  it('exports a file that imports back to the same progress', () => {
    const p = markHint(markDone(markOpened(EMPTY_PROGRESS, 'preflight', 6, 123), 'preflight', 6, 6), 'basic-clone', 4, 2);
    const parsed = parseProgress(exportProgress(p, 0));
    expect(parsed).toEqual({ ok: true, value: p });
  });

  it.each([
    ['not json', 'not JSON'],
    ['[]', 'no progress object'],
    ['{"format":"other","version":1,"lessons":{}}', 'not progress exported'],
    ['{"format":"altdisk-course-progress","version":2,"lessons":{}}', 'version 2'],
    ['{"format":"altdisk-course-progress","version":1}', 'no "lessons"'],
    ['{"format":"altdisk-course-progress","version":1,"lessons":{"../x":{}}}', 'not a lesson id'],
    ['{"format":"altdisk-course-progress","version":1,"lessons":{"a":{"done":"yes","hints":0,"commands":null,"par":1,"lastOpened":0}}}', '"done"'],
    ['{"format":"altdisk-course-progress","version":1,"lessons":{"a":{"done":false,"hints":-1,"commands":null,"par":1,"lastOpened":0}}}', '"hints"'],
    ['{"format":"altdisk-course-progress","version":1,"lessons":{"a":{"done":true,"hints":0,"commands":null,"par":1,"lastOpened":0}}}', 'no command count'],
  ])('refuses %s with a reason', (text, reason) => {
    const parsed = parseProgress(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(reason);
  });

  it('refuses a file too large to be progress, unread', () => {
    const parsed = parseProgress(' '.repeat(300 * 1024));
    expect(parsed.ok).toBe(false);
  });

  it('merges an import: done stays done, the highest hint and the best count win', () => {
    const here = markHint(markDone(EMPTY_PROGRESS, 'preflight', 6, 8), 'preflight', 6, 1);
    const there = markHint(markDone(markOpened(EMPTY_PROGRESS, 'preflight', 6, 50), 'preflight', 6, 6), 'preflight', 6, 4);
    const merged = mergeProgress(here, markDone(there, 'basic-clone', 4, 4));
    expect(merged.lessons.preflight).toEqual({ done: true, hints: 4, commands: 6, par: 6, lastOpened: 50 });
    expect(merged.lessons['basic-clone']?.done).toBe(true);
  });
});
