// Every lesson, solved from a fresh lab: nothing is done at the start, the solution leaves every
// objective done, each line of it runs, and each hint names commands the trainer has.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCommands } from '../core/commands/registry.ts';
import { checkLesson } from '../core/lessons/checker.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { findScenario } from '../core/scenario/builtins.ts';
import { createSession, newSessionState } from '../core/session/session.ts';
import { findLesson, LESSONS } from './index.ts';
import { LESSON_SCENARIOS, lessonScenario } from './scenarios.ts';

/** Solution lines that fail on purpose (the lesson is about the failure). */
const EXPECTED_FAILURES: Record<string, string[]> = {
  'awake-reboot': ['alt_rootvg_op -S'],
};

function fresh(lesson: Lesson) {
  const state = newSessionState(lesson.scenario);
  if (!state) throw new Error(`no scenario ${lesson.scenario}`);
  return createSession(state);
}

/** Commands quoted in a hint: the text between backticks. */
function quoted(hint: string): string[] {
  return [...hint.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

describe('the lesson list', () => {
  it('has 8 to 10 lessons with unique ids, each in its own file, each found by id', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(8);
    expect(LESSONS.length).toBeLessThanOrEqual(10);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const l of LESSONS) {
      expect(l.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(existsSync(new URL(`./${l.id}.ts`, import.meta.url)), `src/lessons/${l.id}.ts`).toBe(true);
      expect(findLesson(l.id)).toBe(l);
    }
    expect(findLesson('no-such-lesson')).toBeNull();
  });

  it('scenarios.ts (what the page reads before the lessons load) matches the lessons', () => {
    expect(LESSON_SCENARIOS).toEqual(Object.fromEntries(LESSONS.map((l) => [l.id, l.scenario])));
    expect(lessonScenario('basic-clone')).toBe('reference-lab');
    expect(lessonScenario('toString')).toBeNull();
  });
});

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('is well formed: a known scenario, text, unique objective ids, `after` pointing backwards', () => {
    expect(findScenario(lesson.scenario), lesson.scenario).not.toBeNull();
    expect(lesson.title.trim()).not.toBe('');
    expect(lesson.summary.trim()).not.toBe('');
    expect(lesson.intro.trim()).not.toBe('');
    expect(lesson.objectives.length).toBeGreaterThanOrEqual(3);
    expect(lesson.solution.length).toBeGreaterThan(0);
    const seen: string[] = [];
    for (const o of lesson.objectives) {
      expect(o.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(seen).not.toContain(o.id);
      if (o.after) expect(seen, `${o.id} after ${o.after}`).toContain(o.after);
      expect(o.text.trim()).not.toBe('');
      seen.push(o.id);
    }
  });

  it('starts with no objective done', () => {
    const s = fresh(lesson);
    const check = checkLesson(lesson, s.snapshot(), s.history());
    expect(check.objectives.filter((o) => o.done).map((o) => o.id)).toEqual([]);
    expect(check.complete).toBe(false);
  });

  it('is completed by its solution, every line of which runs', () => {
    const s = fresh(lesson);
    const allowedToFail = EXPECTED_FAILURES[lesson.id] ?? [];
    let kept: string[] = [];
    const firstDone = new Map<string, number>();
    lesson.solution.forEach((line, i) => {
      const r = s.exec(line);
      expect(r.stderr, `${line}: ${r.stderr}`).not.toMatch(/internal error|not found/i);
      if (!allowedToFail.includes(line)) expect(r.exitCode, `${line}: ${r.stderr}`).toBe(0);
      // The checker runs after every command, as in the page: `keep` objectives carry over.
      const check = checkLesson(lesson, s.snapshot(), s.history(), kept);
      kept = check.kept;
      for (const o of check.objectives) if (o.done && !firstDone.has(o.id)) firstDone.set(o.id, i);
    });
    const end = checkLesson(lesson, s.snapshot(), s.history(), kept);
    expect(end.objectives.filter((o) => !o.done).map((o) => o.id)).toEqual([]);
    expect(end.complete).toBe(true);
    expect(end.doneCount).toBe(lesson.objectives.length);
    // Not solved by the first line alone (unless the lesson has only one line).
    if (lesson.solution.length > 1) expect(firstDone.size === lesson.objectives.length && [...firstDone.values()].every((v) => v === 0)).toBe(false);
  });

  it('has hints that name commands the trainer has', () => {
    const commands = allCommands();
    for (const o of lesson.objectives) {
      const q = quoted(o.hint);
      expect(q.length, `${o.id}: a hint names at least one command between backticks`).toBeGreaterThan(0);
      for (const c of q) expect(commands[c.split(/\s+/)[0]], `${o.id}: \`${c}\``).toBeDefined();
    }
  });
});
