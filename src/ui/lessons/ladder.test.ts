import { describe, expect, it } from 'vitest';
import type { Lesson, Objective } from '../../core/lessons/types.ts';
import type { ExecDone, SimApi } from '../../protocol/index.ts';
import { project } from '../diagram/project.ts';
import { referenceSnapshot } from '../testing/fixtures.ts';
import { focusNodeIds } from './focus.ts';
import { climb, focusWords, ladderFor, NO_LADDER, nextSolutionLine, objectiveLines, RUNGS } from './ladder.ts';
import { createSeenTap, SEEN_OUTPUT_MAX } from './seenTap.ts';

const objective = (id: string, solutionLines?: number[]): Objective => ({
  id,
  text: id,
  hint: '`lspv`',
  ladder: { nudge: 'n', concept: 'c', blanks: 'lspv ____' },
  done: () => false,
  whyNotYet: () => 'not yet',
  ...(solutionLines ? { solutionLines } : {}),
});

const lesson = (objectives: Objective[], solution: string[]): Lesson => ({
  id: 'l',
  title: 'l',
  summary: '',
  scenario: 'reference-lab',
  intro: '',
  track: 'basics',
  objectives,
  solution,
  deadEnd: () => null,
  negatives: [],
});

describe('hint ladder', () => {
  it('climbs one rung at a time up to the solution and starts over for the next objective', () => {
    let s = ladderFor(NO_LADDER, 'a');
    expect(s).toEqual({ objective: 'a', rung: 0 });
    for (let i = 0; i < 10; i++) s = climb(s);
    expect(s.rung).toBe(RUNGS.length);
    expect(RUNGS[s.rung - 1]).toBe('solution');
    expect(ladderFor(s, 'a')).toBe(s);
    expect(ladderFor(s, 'b')).toEqual({ objective: 'b', rung: 0 });
  });

  it("takes an objective's solution lines, else the line at its position", () => {
    const a = objective('a');
    const b = objective('b', [1, 2]);
    const l = lesson([a, b], ['lspv', 'shutdown -Fr', '1']);
    expect(objectiveLines(l, a)).toEqual(['lspv']);
    expect(objectiveLines(l, b)).toEqual(['shutdown -Fr', '1']);
  });

  it('types the first solution line not yet entered, in order; the first again when all were', () => {
    const lines = ['shutdown -Fr', '1'];
    const seen = (...l: string[]) => l.map((line) => ({ line, output: '', exitCode: 0 }));
    expect(nextSolutionLine(lines, [])).toBe('shutdown -Fr');
    expect(nextSolutionLine(lines, seen('1', 'lspv'))).toBe('shutdown -Fr');
    expect(nextSolutionLine(lines, seen('shutdown -Fr'))).toBe('1');
    expect(nextSolutionLine(lines, seen('shutdown -Fr', '1'))).toBe('shutdown -Fr');
    expect(nextSolutionLine([], [])).toBeNull();
  });

  it('names focus references in words', () => {
    expect(focusWords(['disk:hdisk1', 'vg:altinst_rootvg', 'bootlist'])).toBe('disk hdisk1, volume group altinst_rootvg and the bootlist');
    expect(focusWords(['host:aixlab01'])).toBe('host aixlab01');
  });
});

describe('focus on the diagram', () => {
  it('maps references to node ids the projection has; unknown names are left out', () => {
    const snapshot = referenceSnapshot();
    const ids = focusNodeIds(snapshot, ['disk:hdisk1', 'vg:rootvg', 'bootlist', 'host:aixlab01', 'disk:hdisk9', 'vg:nope']);
    expect(ids).toHaveLength(4);
    const nodeIds = new Set(project(snapshot, { toggled: new Set() }).nodes.map((n) => n.id));
    for (const id of ids) expect(nodeIds.has(id), id).toBe(true);
  });
});

describe('seen tap', () => {
  it("reports each line's output (trimmed) and exit code after it ends", async () => {
    const big = 'x'.repeat(SEEN_OUTPUT_MAX + 100);
    const api = {
      exec: (line: string, onChunk: (c: { stream: 'stdout' | 'stderr'; text: string; atMs: number }) => void) => {
        onChunk({ stream: 'stdout', text: `${line}\n`, atMs: 0 });
        onChunk({ stream: 'stderr', text: big, atMs: 0 });
        return Promise.resolve({ exitCode: 2, snapshot: referenceSnapshot(), events: [] } as ExecDone);
      },
    } as unknown as SimApi;
    const tap = createSeenTap();
    const chunks: string[] = [];
    expect(tap.last()).toBeNull();
    await tap.wrap(api).exec(' lspv ', (c) => chunks.push(c.text), () => {});
    expect(chunks).toHaveLength(2);
    const last = tap.last()!;
    expect(last.line).toBe('lspv');
    expect(last.exitCode).toBe(2);
    expect(last.output.length).toBe(SEEN_OUTPUT_MAX);
    expect(last.output.startsWith(' lspv \n')).toBe(true);
  });
});
