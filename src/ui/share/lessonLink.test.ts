import { describe, expect, it } from 'vitest';
import { checkLesson } from '../../core/lessons/checker.ts';
import { decodeLink, encodeLink } from '../../core/scenario/link.ts';
import { findLesson } from '../../lessons/index.ts';
import { createSession, newSessionState } from '../../core/session/session.ts';
import type { TerminalLine } from '../../protocol/index.ts';
import { addLesson, readLinkLesson, runFromLink, seenFromReplay, stepOutputs, withLessonParam } from './lessonLink.ts';

const link = (steps: string[], extra = {}) => {
  const r = encodeLink({ version: 1, scenario: 'reference-lab', steps, ...extra });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('addLesson / readLinkLesson', () => {
  it('adds the run to the simulator’s link and reads it back', () => {
    const text = link(['lspv', 'alt_disk_copy -d hdisk1', 'lspv']);
    const added = addLesson(text, { lesson: 'basic-clone', historyStart: 1, kept: ['clone'], outputs: [1, 2] });
    expect(added.lesson).toBe(true);
    const read = readLinkLesson(added.text);
    expect(read?.lesson).toEqual({ id: 'basic-clone', start: 1, kept: ['clone'], seen: 2 });
    expect(read?.payload.steps).toEqual(['lspv', 'alt_disk_copy -d hdisk1', 'lspv']);
  });

  it('leaves the link as it was for a lesson this trainer does not have, or one of another lab', () => {
    const text = link(['lspv']);
    expect(addLesson(text, { lesson: 'no-such-lesson', historyStart: 0, kept: [] })).toMatchObject({ text, lesson: false });
    expect(addLesson(text, { lesson: 'mirrored-rootvg', historyStart: 0, kept: [] })).toMatchObject({ text, lesson: false });
  });

  it('reads no lesson from an old link, a damaged one, or one naming an unknown lesson', () => {
    expect(readLinkLesson(link(['lspv']))).toBeNull();
    expect(readLinkLesson('zzzz')).toBeNull();
    expect(readLinkLesson(link(['lspv'], { lesson: { id: 'no-such-lesson', start: 0 } }))).toBeNull();
    // The host (which does not know the lessons) still opens such a link as a plain lab.
    expect(decodeLink(link(['lspv'], { lesson: { id: 'no-such-lesson', start: 0 } })).ok).toBe(true);
  });
});

describe('what the learner saw, from the replay', () => {
  const scrollback: TerminalLine[] = [
    { kind: 'input', text: '# lspv' },
    { kind: 'stdout', text: 'hdisk0 00c8 rootvg active' },
    { kind: 'input', text: '# ' },
    { kind: 'input', text: '# bootlist -m normal -o' },
    { kind: 'stdout', text: 'hdisk1 blv=hd5' },
    { kind: 'stderr', text: 'x' },
    { kind: 'system', text: '(restarted)' },
  ];
  const steps = ['lspv', '', 'bootlist -m normal -o'];

  it('groups each step with its output, aligned from the end', () => {
    expect(stepOutputs(scrollback, steps)).toEqual(['hdisk0 00c8 rootvg active\n', '', 'hdisk1 blv=hd5\nx\n']);
    // A clear dropped the first entries: those steps have no output to judge.
    expect(stepOutputs(scrollback.slice(2), steps)).toEqual([null, '', 'hdisk1 blv=hd5\nx\n']);
  });

  it('keeps the last n non-blank lines', () => {
    expect(seenFromReplay(scrollback, steps, 1)).toEqual([{ line: 'bootlist -m normal -o', output: 'hdisk1 blv=hd5\nx\n', exitCode: 0 }]);
    expect(seenFromReplay(scrollback, steps, 5).map((s) => s.line)).toEqual(['lspv', 'bootlist -m normal -o']);
    expect(seenFromReplay(scrollback, steps, 0)).toEqual([]);
  });
});

describe('runFromLink', () => {
  const lab = { id: 'lab-1', name: 'x', scenario: 'reference-lab', lesson: null, createdAt: 0, lastUsedAt: 0, commands: 3 };
  const decoded = readLinkLesson(link(['lspv', 'alt_disk_copy -d hdisk1', 'lspv'], { lesson: { id: 'basic-clone', start: 1, kept: ['clone'] } }))!;

  it('starts the same run on the link’s lab', () => {
    const run = runFromLink(decoded, { history: ['lspv', 'alt_disk_copy -d hdisk1', 'lspv'], notice: null, scrollback: [], lab });
    expect(run).toEqual({ lesson: 'basic-clone', historyStart: 1, seen: 3, kept: ['clone'], inherited: false, outputs: [], lab: 'lab-1' });
  });

  it('none when the link was refused and a saved lab opened, or the lab is of another scenario', () => {
    expect(runFromLink(decoded, { history: [], notice: { code: 'bad-link', message: 'x' }, scrollback: [], lab })).toBeNull();
    expect(runFromLink(decoded, { history: [], notice: null, scrollback: [], lab: { ...lab, scenario: 'mirrored-lab' } })).toBeNull();
  });

  it('does not trust a start past the history', () => {
    expect(runFromLink(decoded, { history: [], notice: null, scrollback: [], lab })?.historyStart).toBe(0);
  });

  it('end to end: the receiver’s check equals the sender’s (state, history, what was seen)', () => {
    const lesson = findLesson('basic-clone')!;
    const lines = ['lspv', 'alt_disk_copy -d hdisk1', 'lspv', 'bootlist -m normal -o'];
    const sender = createSession(newSessionState('reference-lab')!);
    const scroll: TerminalLine[] = [];
    const seen = lines.map((line) => {
      const r = sender.exec(line);
      scroll.push({ kind: 'input', text: `# ${line}` });
      for (const t of r.stdout.split('\n').slice(0, -1)) scroll.push({ kind: 'stdout', text: t });
      return { line, output: r.stdout + r.stderr, exitCode: r.exitCode };
    });
    const before = checkLesson(lesson, sender.snapshot(), sender.history(), [], seen);
    const text = addLesson(link(lines), { lesson: lesson.id, historyStart: 0, kept: before.kept, outputs: seen }).text;
    const run = runFromLink(readLinkLesson(text)!, { history: [...sender.history()], notice: null, scrollback: scroll, lab })!;
    const after = checkLesson(lesson, sender.snapshot(), sender.history().slice(run.historyStart), run.kept, run.outputs);
    expect(after.objectives.map((o) => o.done)).toEqual(before.objectives.map((o) => o.done));
    expect(before.doneCount).toBeGreaterThanOrEqual(2);
  });
});

it('withLessonParam adds the lesson to the query and keeps the fragment', () => {
  expect(withLessonParam('http://h/?speed=instant#s=zA', 'basic-clone')).toBe('http://h/?speed=instant&lesson=basic-clone#s=zA');
  expect(withLessonParam('http://h/?lesson=basic-clone', 'basic-clone')).toBeNull();
});
