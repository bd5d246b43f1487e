// The exam judged as the page judges it: stepExam after every line (with what the line printed), then
// scoreExam. The model answer scores 100 %; an empty run 0; mistakes fail exactly the items they concern.
import { describe, expect, it } from 'vitest';
import { allCommands } from '../core/commands/registry.ts';
import { NO_PROGRESS, parseProgress, scoreExam, stepExam, type ExamProgress } from '../core/lessons/exam.ts';
import type { Seen } from '../core/lessons/types.ts';
import { findScenario } from '../core/scenario/builtins.ts';
import { lab } from '../core/testing/lab.ts';
import { exam } from './exam.ts';

/** Runs `lines` on a fresh lab of the exam, judging after each; returns the score and each line's exit code. */
function run(lines: readonly string[]) {
  const s = lab(exam.scenario);
  const seen: Seen[] = [];
  let progress: ExamProgress = stepExam(exam, NO_PROGRESS, s.snapshot(), s.history(), seen);
  const codes: number[] = [];
  for (const line of lines) {
    const r = s.exec(line);
    codes.push(r.exitCode);
    seen.push({ line, output: r.stdout + r.stderr, exitCode: r.exitCode });
    progress = stepExam(exam, progress, s.snapshot(), s.history(), seen);
  }
  const score = scoreExam(exam, progress);
  const passed = (id: string) => score.items.find((i) => i.id === id)?.passed;
  return { score, progress, codes, passed };
}

const CLONE = 'alt_disk_copy -b update_all -l /export/7200-05-04 -d hdisk1';
const PRECHECKS = exam.solution.slice(0, 5);

describe('the exam', () => {
  it('is well formed: a known scenario, unique ids, `after` pointing backwards, feedback for both outcomes', () => {
    expect(findScenario(exam.scenario)).not.toBeNull();
    const ids: string[] = [];
    for (const item of exam.items) {
      expect(item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(ids).not.toContain(item.id);
      if (item.after) expect(ids).toContain(item.after);
      expect(item.pass.trim()).not.toBe('');
      expect(item.fail.trim()).not.toBe('');
      ids.push(item.id);
    }
    expect(exam.items.length).toBeGreaterThanOrEqual(8);
  });

  it('says in every fail feedback which command does it, and the trainer has each', () => {
    const commands = allCommands();
    for (const item of exam.items) {
      for (const text of [item.fail, item.spoiled ?? '']) {
        for (const m of text.matchAll(/`([^`]+)`/g)) expect(commands[m[1].split(/\s+/)[0]], `${item.id}: ${m[1]}`).toBeDefined();
      }
      expect(item.fail, item.id).toMatch(/`[^`]+`/);
    }
  });

  it('the model answer runs line by line and scores 100 %', () => {
    const r = run(exam.solution);
    expect(r.codes.every((c) => c === 0)).toBe(true);
    expect(r.score.items.filter((i) => !i.passed).map((i) => i.id)).toEqual([]);
    expect(r.score).toMatchObject({ passed: exam.items.length, total: exam.items.length, percent: 100 });
    expect(r.score.items.every((i) => i.feedback === exam.items.find((x) => x.id === i.id)!.pass)).toBe(true);
  });

  it('an empty run scores 0, every item with its fail feedback', () => {
    const r = run([]);
    expect(r.score).toMatchObject({ passed: 0, percent: 0 });
    expect(r.score.items.map((i) => i.feedback)).toEqual(exam.items.map((i) => i.fail));
  });

  it('pre-checks run after the clone do not count', () => {
    const r = run([CLONE, ...PRECHECKS]);
    for (const id of ['check-disks', 'check-rootvg', 'check-bootlist', 'check-level', 'check-fileset']) expect(r.passed(id), id).toBe(false);
    expect(r.passed('updated-clone')).toBe(true);
  });

  it('a plain clone (no update) fails the update and everything after it', () => {
    const r = run([...PRECHECKS, 'alt_disk_copy -d hdisk1', 'bootlist -m normal -o', 'shutdown -Fr', 'oslevel -s']);
    expect(r.passed('updated-clone')).toBe(false);
    expect(r.passed('boot-clone')).toBe(false);
    expect(r.passed('verify-level')).toBe(false);
  });

  it('rebooting with the clone awake fails "boot the updated clone" for good, even after a recovery', () => {
    const r = run([...PRECHECKS, CLONE, 'alt_rootvg_op -W -d hdisk1', 'bootlist -m normal -o', 'shutdown -Fr']);
    expect(r.progress.spoiled).toContain('boot-clone');
    const item = r.score.items.find((i) => i.id === 'boot-clone')!;
    expect(item.passed).toBe(false);
    expect(item.feedback).toBe(exam.items.find((i) => i.id === 'boot-clone')!.spoiled);
    // Spoiled stays spoiled: a state that meets the item later (running the clone at 7200-05-04) cannot pass it.
    const s = lab(exam.scenario);
    for (const line of exam.solution.slice(0, 8)) s.exec(line);
    const fresh = stepExam(exam, { met: ['updated-clone'], spoiled: [] }, s.snapshot(), s.history(), []);
    expect(fresh.met).toContain('boot-clone');
    const later = stepExam(exam, { met: ['updated-clone'], spoiled: ['boot-clone'] }, s.snapshot(), s.history(), []);
    expect(later.met).not.toContain('boot-clone');
    expect(scoreExam(exam, later).items.find((i) => i.id === 'boot-clone')?.passed).toBe(false);
  });

  it('rebooting without reading the bootlist first fails only that item', () => {
    const lines = exam.solution.filter((_l, i) => i !== 6);
    const r = run(lines);
    expect(r.score.items.filter((i) => !i.passed).map((i) => i.id)).toEqual(['bootlist-before-boot']);
  });

  it('verifying the level without rebooting does not count; no back-out without the bootlist change', () => {
    const r = run([...PRECHECKS, CLONE, 'bootlist -m normal -o', 'oslevel -s']);
    expect(r.passed('verify-level')).toBe(false);
    expect(r.passed('back-out')).toBe(false);
  });

  it('stopping after the verification leaves the back-out and the clean-up failed', () => {
    const r = run(exam.solution.slice(0, 9));
    expect(r.score.items.filter((i) => !i.passed).map((i) => i.id)).toEqual(['back-out', 'clean-up']);
    expect(r.score.percent).toBe(Math.floor((9 * 100) / 11));
  });

  it('reads stored progress back, keeping only the exam’s ids', () => {
    expect(parseProgress(exam, { met: ['check-disks', 'nope', 3, 'check-disks'], spoiled: 'x' })).toEqual({ met: ['check-disks'], spoiled: [] });
    expect(parseProgress(exam, null)).toEqual(NO_PROGRESS);
  });
});
