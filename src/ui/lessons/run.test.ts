import { describe, expect, it } from 'vitest';
import { advanceRun, boundOutputs, rewindRun, hintParts, historyAfterDone, lessonHref, parseRun, resumeRun, withKept, withoutFresh } from './run.ts';
import { RUN_OUTPUTS_MAX } from './run.ts';
import type { LessonRun } from './run.ts';

const run = (over: Partial<LessonRun> = {}): LessonRun => ({ lesson: 'basic-clone', historyStart: 0, seen: 0, kept: [], inherited: false, outputs: [], ...over });

describe('the page copy of the history follows the session', () => {
  it('takes what the host says a line added, and counts past the history cap', () => {
    const lab = { history: ['lspv'], base: 0 };
    expect(historyAfterDone(lab, { history: { added: 'bootlist -m normal -o', length: 2 } })).toEqual({ history: ['lspv', 'bootlist -m normal -o'], base: 0, length: 2 });
    // An answer to a question (reset's y) added nothing.
    const same = historyAfterDone(lab, { history: { added: null, length: 1 } });
    expect(same.history).toBe(lab.history);
    expect(same.length).toBe(1);
    // A reply made in the page (a travelled undo) carries no history: nothing changes.
    expect(historyAfterDone(lab, {})).toEqual({ history: ['lspv'], base: 0, length: 1 });
    // Positions stay absolute when the session has let lines go (HISTSIZE): base follows the host's count.
    expect(historyAfterDone({ history: ['a', 'b'], base: 127 }, { history: { added: 'c', length: 130 } })).toEqual({ history: ['a', 'b', 'c'], base: 127, length: 130 });
  });
});

describe('lesson runs', () => {
  it('parses only well-formed stored runs', () => {
    expect(parseRun(JSON.stringify(run({ kept: ['a'], seen: 3, historyStart: 1 })))).toEqual(run({ kept: ['a'], seen: 3, historyStart: 1 }));
    expect(parseRun(null)).toBeNull();
    expect(parseRun('{')).toBeNull();
    expect(parseRun('[]')).toBeNull();
    expect(parseRun(JSON.stringify({ ...run(), kept: [1] }))).toBeNull();
    expect(parseRun(JSON.stringify({ ...run(), historyStart: 4, seen: 2 }))).toBeNull();
    expect(parseRun(JSON.stringify({ ...run(), seen: -1 }))).toBeNull();
  });

  it('resumes the stored run of the same lesson on the same lab; otherwise starts one now', () => {
    const stored = run({ historyStart: 2, seen: 5, kept: ['run-clone'] });
    // A reload: same lesson, the lab's history has not shrunk.
    expect(resumeRun('basic-clone', 6, stored, false)).toEqual({ ...stored, seen: 6 });
    // Another lesson, or a lab whose history is shorter (a new lab): a new run from here.
    expect(resumeRun('fall-back', 6, stored, false)).toEqual(run({ lesson: 'fall-back', historyStart: 6, seen: 6, inherited: true }));
    expect(resumeRun('basic-clone', 0, stored, false)).toEqual(run());
    // A fresh lab for this lesson: from the start, whatever was stored.
    expect(resumeRun('basic-clone', 0, stored, true)).toEqual(run());
    expect(resumeRun('basic-clone', 3, null, false)).toEqual(run({ historyStart: 3, seen: 3, inherited: true }));
    // Many labs: a run belongs to its lab; another lab of the same lesson starts its own run.
    const inLab = { ...stored, lab: 'L1' };
    expect(resumeRun('basic-clone', 6, inLab, false, 'L1')).toEqual({ ...inLab, seen: 6 });
    expect(resumeRun('basic-clone', 0, inLab, false, 'L2')).toEqual({ ...run(), lab: 'L2' });
    expect(parseRun(JSON.stringify(inLab))).toEqual(inLab);
  });

  it('a reset of the lab starts the run over; kept objectives only grow', () => {
    const r = run({ historyStart: 0, seen: 3, kept: ['a'], inherited: true });
    expect(advanceRun(r, 4, [])).toEqual({ ...r, seen: 4 });
    expect(advanceRun(r, 3, [])).toBe(r);
    expect(advanceRun(r, 5, [{ type: 'reset' }])).toEqual(run({ historyStart: 5, seen: 5 }));
    expect(withKept(r, ['a'])).toBe(r);
    expect(withKept(r, ['b']).kept).toEqual(['a', 'b']);
  });

  it('keeps what each entered line printed, starts over on reset, and stays bounded', () => {
    const bootlist = { line: 'bootlist -m normal -o', output: 'hdisk1 blv=hd5\n', exitCode: 0 };
    const r = advanceRun(run({ seen: 1, historyStart: 0 }), 2, [], bootlist);
    expect(r.outputs).toEqual([bootlist]);
    // An SMS menu answer is no history line but is an entry; a blank line is neither.
    const answered = advanceRun(r, 2, [], { line: '5', output: '', exitCode: 0 });
    expect(answered.outputs.map((o) => o.line)).toEqual([bootlist.line, '5']);
    expect(advanceRun(answered, 2, [], { line: '', output: '', exitCode: 0 })).toBe(answered);
    expect(advanceRun(answered, 3, [{ type: 'reset' }], { line: 'reset', output: '', exitCode: 0 }).outputs).toEqual([]);
    // Stored and read back; a damaged outputs list drops the outputs, not the run.
    expect(parseRun(JSON.stringify(answered))).toEqual(answered);
    expect(parseRun(JSON.stringify({ ...answered, outputs: [{ line: 1 }] }))).toEqual({ ...answered, outputs: [] });
    const many = Array.from({ length: RUN_OUTPUTS_MAX + 5 }, (_, i) => ({ line: `l${i}`, output: 'x'.repeat(1000), exitCode: 0 }));
    const bounded = boundOutputs(many);
    expect(bounded).toHaveLength(RUN_OUTPUTS_MAX);
    expect(bounded[bounded.length - 1]!.line).toBe(`l${RUN_OUTPUTS_MAX + 4}`);
    expect(boundOutputs([{ line: 'a', output: 'x'.repeat(600 * 1024), exitCode: 0 }])).toEqual([]);
  });
});

describe('time travel in a run', () => {
  it('an undo takes back the last entered lines and their outputs; a jump before the run starts it there', () => {
    const o = (line: string) => ({ line, output: '', exitCode: 0 });
    const r = run({ historyStart: 2, seen: 5, outputs: [o('a'), o('b'), o('c')] });
    expect(rewindRun(r, 4, 5, 4)).toEqual({ ...r, seen: 4, outputs: [o('a'), o('b')] });
    expect(rewindRun(r, 1, 5, 1)).toEqual({ ...r, historyStart: 1, seen: 1, outputs: [] });
    expect(rewindRun(r, 6, 5, 6)).toEqual({ ...r, seen: 6 });
  });
});

describe('addresses and hints', () => {
  it('builds lesson links from the current query, dropping the scenario', () => {
    expect(lessonHref('?speed=instant&scenario=mirrored-lab', 'basic-clone', true)).toBe('?speed=instant&lesson=basic-clone&fresh=1');
    expect(lessonHref('?lesson=a&fresh=1', 'b', false)).toBe('?lesson=b');
    expect(lessonHref('?lesson=a', null, false)).toBe('?');
    expect(lessonHref('?lab=L4&speed=10x&lesson=a', 'b', true)).toBe('?speed=10x&lesson=b&fresh=1');
    expect(withoutFresh('?speed=instant&lesson=a&fresh=1')).toBe('?speed=instant&lesson=a');
    expect(withoutFresh('?fresh=1')).toBe('');
    expect(withoutFresh('?lesson=a')).toBeNull();
  });

  it('splits hints at backticks', () => {
    expect(hintParts('Run `lspv`, then `bootlist -m normal -o`.')).toEqual([
      { code: false, text: 'Run ' },
      { code: true, text: 'lspv' },
      { code: false, text: ', then ' },
      { code: true, text: 'bootlist -m normal -o' },
      { code: false, text: '.' },
    ]);
  });
});
