import { describe, expect, it } from 'vitest';
import * as core from '../../core/session/session.ts';
import { findLesson, LESSONS } from '../../lessons/index.ts';
import { compareGoal, goalSnapshot } from './goal.ts';

const fresh = (scenario: string) => core.createSession(core.newSessionState(scenario)!);

describe('goal view', () => {
  it('the goal of basic-clone is computed from its solution: hdisk1 holds an asleep altinst_rootvg', () => {
    const lesson = findLesson('basic-clone')!;
    const goal = goalSnapshot(lesson, core)!;
    const start = fresh(lesson.scenario).snapshot();
    const cmp = compareGoal(goal, start);
    const hdisk1 = cmp.nodes.find((n) => n.kind === 'disk' && n.name === 'hdisk1')!;
    expect(hdisk1.goal).toMatch(/altinst_rootvg · asleep/);
    expect(hdisk1.live).toMatch(/^None/);
    expect(hdisk1.differs).toBe(true);
    // The bootlist moved to hdisk1; rootvg and hdisk0 did not change.
    expect(cmp.nodes.find((n) => n.kind === 'firmware')).toMatchObject({ differs: true });
    expect(cmp.nodes.find((n) => n.kind === 'disk' && n.name === 'hdisk0')).toMatchObject({ differs: false });
    expect(cmp.nodes.find((n) => n.kind === 'vg' && n.name === 'altinst_rootvg')).toMatchObject({ live: null, differs: true });
  });

  it('no difference once the live state is the goal', () => {
    for (const lesson of LESSONS) {
      const goal = goalSnapshot(lesson, core)!;
      const s = fresh(lesson.scenario);
      for (const line of lesson.solution) s.exec(line);
      const cmp = compareGoal(goal, s.snapshot());
      expect(cmp.differences, lesson.id).toBe(0);
    }
  });

  it('lists live nodes the goal does not have', () => {
    const lesson = findLesson('basic-clone')!;
    const start = fresh(lesson.scenario).snapshot();
    const goal = goalSnapshot(lesson, core)!;
    const cmp = compareGoal(start, goal);
    expect(cmp.extra.map((e) => e.name)).toContain('altinst_rootvg');
  });

  it('an unknown scenario has no goal', () => {
    expect(goalSnapshot({ scenario: 'nope', solution: [] }, core)).toBeNull();
  });
});
