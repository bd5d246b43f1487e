// A lesson is data: where it starts (a built-in scenario), what to read first, the objectives the
// learner works through, and the command lines that complete it (proved by src/lessons/lessons.test.ts).
// Objectives are predicates over the simulated state the worker sends after every command (the
// SimSnapshot) and, only where the state cannot tell ("looked at the bootlist"), the command history.
import type { SimSnapshot } from '../session/snapshot.ts';

export interface Objective {
  /** Stable id, unique in its lesson: the UI's `data-testid="lesson.objective.<id>"`. */
  id: string;
  /** What to achieve, in one sentence. */
  text: string;
  /** How to get there. Commands are written between backticks (`lspv`); each hint names at least one. */
  hint: string;
  /**
   * Is it met now? `history` holds the command lines of this lesson run, oldest first (session history:
   * answers to questions such as SMS menu numbers are not in it).
   */
  done(snapshot: SimSnapshot, history: readonly string[]): boolean;
  /** Counts only once the objective with this id (an earlier one of the same lesson) is done: steps in order. */
  after?: string;
  /**
   * Once met in this lesson run it stays met: a milestone that a later step undoes on purpose, such as
   * "boot the clone" in a lesson that then falls back to the original disk. Without it the objective
   * follows the live state, so undoing the work shows.
   */
  keep?: boolean;
}

export interface Lesson {
  /** URL id: `?lesson=<id>`; also the name of its file in src/lessons. */
  id: string;
  title: string;
  /** One line for the lesson picker. */
  summary: string;
  /** Built-in scenario id (src/core/scenario/builtins.ts) the lesson starts from. */
  scenario: string;
  /** What the learner reads before starting: plain text, paragraphs separated by a blank line. */
  intro: string;
  objectives: Objective[];
  /** Command lines (and answers to console questions) that complete every objective from a fresh start. */
  solution: string[];
}

export interface ObjectiveState {
  id: string;
  done: boolean;
}

export interface LessonCheck {
  objectives: ObjectiveState[];
  doneCount: number;
  complete: boolean;
  /** Ids of `keep` objectives met so far: pass them to the next check of the same run. */
  kept: string[];
}
