import { describe, expect, it } from 'vitest';
import { exam } from '../../lessons/exam.ts';
import { advanceExamRun, EXAM_OUTPUTS_MAX, EXAM_SCENARIO, examHref, parseExamRun, resumeExamRun } from './examRun.ts';

describe('exam run', () => {
  it('the page’s exam lab is the exam’s own', () => {
    expect(EXAM_SCENARIO).toBe(exam.scenario);
  });

  it('a new run starts where the lab’s history ends; a reload of the same lab resumes it', () => {
    const run = resumeExamRun(3, null, 'lab-1');
    expect(run).toMatchObject({ historyStart: 3, seen: 3, finished: false, lab: 'lab-1' });
    const later = { ...run, seen: 5, progress: { met: ['check-disks'], spoiled: [] } };
    expect(resumeExamRun(5, parseExamRun(JSON.stringify(later)), 'lab-1')).toEqual(later);
    // Another lab, or a history shorter than the run saw: a new run.
    expect(resumeExamRun(5, later, 'lab-2')).toMatchObject({ historyStart: 5, progress: { met: [] } });
    expect(resumeExamRun(4, later, 'lab-1')).toMatchObject({ historyStart: 4, progress: { met: [] } });
  });

  it('keeps each entered line with its output, bounded', () => {
    let run = resumeExamRun(0, null, 'l');
    run = advanceExamRun(run, 1, { line: 'lspv', output: 'x'.repeat(10_000), exitCode: 0 });
    expect(run.outputs[0].output).toHaveLength(4096);
    expect(advanceExamRun(run, 1, null)).toBe(run);
    for (let i = 0; i < EXAM_OUTPUTS_MAX + 5; i++) run = advanceExamRun(run, i + 2, { line: `echo ${i}`, output: `${i}\n`, exitCode: 0 });
    expect(run.outputs).toHaveLength(EXAM_OUTPUTS_MAX);
    expect(run.outputs.at(-1)?.line).toBe(`echo ${EXAM_OUTPUTS_MAX + 4}`);
  });

  it('reads stored text as untrusted', () => {
    expect(parseExamRun(null)).toBeNull();
    expect(parseExamRun('{')).toBeNull();
    expect(parseExamRun('{"historyStart":5,"seen":2}')).toBeNull();
    const r = parseExamRun(JSON.stringify({ historyStart: 0, seen: 1, progress: { met: ['a', 1] }, outputs: [{ line: 'x' }, { line: 'y', output: '', exitCode: 0 }], answers: { q: 1, 'bad key!': 1, r: -1 }, finished: 'yes' }));
    expect(r).toEqual({ historyStart: 0, seen: 1, progress: { met: ['a'], spoiled: [] }, outputs: [{ line: 'y', output: '', exitCode: 0 }], finished: false, answers: { q: 1 } });
  });

  it('examHref opens a new exam lab, keeping only the speed', () => {
    expect(examHref('?lab=x&lesson=basic-clone&speed=instant')).toBe('?speed=instant&exam=1');
    expect(examHref('')).toBe('?exam=1');
  });
});
