// multibos in the scenario builder: the multibos lab is one of its start labs, and a custom lesson made
// there can ask for a standby BOS booted at the new level, judged like any built-in lesson.
import { describe, expect, it } from 'vitest';
import { checkLesson } from '../lessons/checker.ts';
import { checkCustomLesson, compileCustomLesson } from '../lessons/custom.ts';
import { lab, runChecked as run } from '../testing/lab.ts';
import { builderScenarios } from './builder.ts';

describe('multibos in the scenario builder', () => {
  it('offers multibos-lab as a start lab', () => {
    expect(builderScenarios().map((s) => s.id)).toContain('multibos-lab');
  });

  it('a custom lesson on the reference lab: run multibos -s, then run the standby at 7200-05-04', () => {
    const spec = checkCustomLesson({
      title: 'Boot an updated standby BOS',
      objectives: [{ ran: { name: 'multibos', flags: 's', notFlags: 'p' } }, { runningLevel: '7200-05-04' }],
    });
    expect(spec.ok).toBe(true);
    if (!spec.ok) return;
    const lesson = compileCustomLesson(spec.value, 'reference-lab');
    const s = lab('reference-lab');
    const check = () => checkLesson(lesson, s.snapshot(), s.history(), [], []);
    expect(check().doneCount).toBe(0);
    run(s, 'multibos -sX');
    expect(check().doneCount).toBe(1);
    run(s, 'shutdown -Fr');
    expect(check().complete).toBe(false); // booted the standby, but it was never updated
    run(s, 'bootlist -m normal hdisk0 blv=hd5');
    run(s, 'shutdown -Fr');
    run(s, 'multibos -Xac -l /export/7200-05-04');
    run(s, 'bootlist -m normal hdisk0 blv=bos_hd5');
    run(s, 'shutdown -Fr');
    expect(check().complete).toBe(true);
  });
});
