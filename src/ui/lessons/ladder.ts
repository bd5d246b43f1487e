// The hint ladder of the current objective, pure: nudge → concept → "show on the diagram" → the command
// with blanks → "show solution" (the next solution line, typed into the prompt, never run). The ladder
// starts at rung 0 (nothing shown) for each new current objective; the highest rung shown in a lesson is
// recorded in the course progress apart from completion.
import type { Lesson, Objective, Seen } from '../../core/lessons/types.ts';

export type RungKind = 'nudge' | 'concept' | 'diagram' | 'blanks' | 'solution';
export const RUNGS: readonly RungKind[] = ['nudge', 'concept', 'diagram', 'blanks', 'solution'];
export const RUNG_LABEL: Record<RungKind, string> = {
  nudge: 'Nudge',
  concept: 'The idea',
  diagram: 'On the diagram',
  blanks: 'The command, with blanks',
  solution: 'Solution',
};

export interface LadderState {
  /** The objective the shown rungs belong to. */
  objective: string | null;
  /** Rungs shown, 0..RUNGS.length. */
  rung: number;
}

export const NO_LADDER: LadderState = { objective: null, rung: 0 };

/** The ladder for `current`: the same state while it stays current, rung 0 when another objective is. */
export function ladderFor(state: LadderState, current: string | null): LadderState {
  return state.objective === current ? state : { objective: current, rung: 0 };
}

/** One more rung (the same state at the top). */
export function climb(state: LadderState): LadderState {
  return state.rung >= RUNGS.length ? state : { ...state, rung: state.rung + 1 };
}

/** The lesson's solution lines for `objective`: its `solutionLines`, else the line at its own position. */
export function objectiveLines(lesson: Lesson, objective: Objective): string[] {
  const picked = (objective.solutionLines ?? []).map((i) => lesson.solution[i]).filter((l): l is string => typeof l === 'string');
  if (picked.length > 0) return picked;
  const i = lesson.objectives.indexOf(objective);
  const own = i >= 0 ? lesson.solution[i] : undefined;
  return own ? [own] : [];
}

/**
 * The solution line to type next for `objective`: its lines are matched in order against the lines the
 * learner entered in this run (`seen`); the first one not yet entered is next. When every one was entered
 * and the objective is still not done, the first comes again (a step that needs redoing).
 */
export function nextSolutionLine(lines: readonly string[], seen: readonly Seen[]): string | null {
  if (lines.length === 0) return null;
  let k = 0;
  for (const s of seen) {
    if (k < lines.length && s.line.trim() === lines[k]!.trim()) k += 1;
  }
  return lines[k] ?? lines[0]!;
}

/** A focus reference in words: 'disk:hdisk1' → "disk hdisk1"; 'bootlist' → "the bootlist". */
export function focusWords(refs: readonly string[]): string {
  const words = refs.map((r) => {
    if (r === 'bootlist') return 'the bootlist';
    const [kind, name] = [r.slice(0, r.indexOf(':')), r.slice(r.indexOf(':') + 1)];
    if (kind === 'disk') return `disk ${name}`;
    if (kind === 'vg') return `volume group ${name}`;
    if (kind === 'host') return `host ${name}`;
    return r;
  });
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
