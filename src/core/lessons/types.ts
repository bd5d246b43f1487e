// A lesson is data: where it starts (a built-in scenario), what to read first, the objectives the
// learner works through, and the command lines that complete it (proved by src/lessons/lessons.test.ts).
// Objectives are predicates over the simulated state the worker sends after every command (the
// SimSnapshot), the command history where the state cannot tell ("looked at the bootlist"), and what the
// learner SAW (the output of a command) where the lesson judges a reading ("the bootlist printed hdisk0").
import type { SimSnapshot } from '../session/snapshot.ts';
import type { ObjectiveSpec } from './vocabulary.ts';

/** The course's tracks, in course order (TRACKS). */
export type Track = 'basics' | 'cloning' | 'updating' | 'recovery' | 'advanced';

export const TRACKS: readonly Track[] = ['basics', 'cloning', 'updating', 'recovery', 'advanced'];

/**
 * A line of this lesson run and what it printed (stdout and stderr as shown, possibly trimmed to 8 KB).
 * One entry per line the learner entered in the run, oldest first, answers to console questions (SMS menu
 * numbers, y/n) included: unlike `history`, which holds only the shell's command lines.
 */
export interface Seen {
  line: string;
  output: string;
  exitCode: number;
}

/** Hints from vague to exact; the ladder's other rungs are `Objective.focus` and the solution lines. */
export interface HintLadder {
  /** Rung 1: a question or pointer, no commands. */
  nudge: string;
  /** Rung 2: the idea behind the step; may name commands between backticks. */
  concept: string;
  /** Rung 4: the command with blanks (`____`), e.g. "alt_disk_copy -d ____". */
  blanks: string;
}

export interface Objective {
  /** Stable id, unique in its lesson: the UI's `data-testid="lesson.objective.<id>"`. */
  id: string;
  /**
   * The objective said in the vocabulary (vocabulary.ts), when it can be: `done` is then exactly the spec's
   * meaning (compileObjective). Absent: `done` is code (src/lessons/said.test.ts lists those, with why).
   */
  spec?: ObjectiveSpec;
  /** What to achieve, in one sentence. */
  text: string;
  /** How to get there. Commands are written between backticks (`lspv`); each hint names at least one. */
  hint: string;
  /** Nudge → concept → (focus on the diagram) → blanks → (solutionLines: "show solution"). */
  ladder: HintLadder;
  /**
   * Is it met now? `history` holds the command lines of this lesson run, oldest first (session history:
   * answers to questions such as SMS menu numbers are not in it). `seen`: the lines of the run with their
   * output; objectives that judge what the learner saw (a bootlist, a level) read it there.
   */
  done(snapshot: SimSnapshot, history: readonly string[], seen: readonly Seen[]): boolean;
  /**
   * Why it is not done yet, from the state: names what is missing, e.g. "hdisk1 holds altinst_rootvg but is
   * still awake: put it to sleep before you reboot". Asked only while the objective is not done; never empty.
   */
  whyNotYet(snapshot: SimSnapshot, history: readonly string[], seen: readonly Seen[]): string;
  /** What on the diagram it concerns: 'disk:hdisk1', 'vg:altinst_rootvg', 'bootlist', 'host:<name>'. */
  focus?(snapshot: SimSnapshot): string[];
  /** Indexes into the lesson's `solution` of the lines that achieve this objective ("show solution"). */
  solutionLines?: number[];
  /** Counts only once the objective with this id (an earlier one of the same lesson) is done: steps in order. */
  after?: string;
  /**
   * Once met in this lesson run it stays met: a milestone that a later step undoes on purpose, such as
   * "boot the clone" in a lesson that then falls back to the original disk. Without it the objective
   * follows the live state, so undoing the work shows.
   */
  keep?: boolean;
}

/** A plausible wrong sequence: after running `lines` from the lesson's start, `objective` must NOT be done. */
export interface NegativePath {
  objective: string;
  lines: string[];
  /** What the mistake is, in a sentence (shown by the test when it fails). */
  why: string;
}

export interface Lesson {
  /** URL id: `?lesson=<id>`; also the name of its file in src/lessons. */
  id: string;
  title: string;
  /** One line for the lesson picker. */
  summary: string;
  track: Track;
  /** Built-in scenario id (src/core/scenario/builtins.ts) the lesson starts from. */
  scenario: string;
  /** What the learner reads before starting: plain text, paragraphs separated by a blank line. */
  intro: string;
  objectives: Objective[];
  /** Command lines (and answers to console questions) that complete every objective from a fresh start. */
  solution: string[];
  /**
   * A dead end: the lesson can no longer be finished from this state (without going back); says why and
   * what to do. null: fine. Must be null all along the solution.
   */
  deadEnd(snapshot: SimSnapshot, history: readonly string[], seen: readonly Seen[]): string | null;
  /** Wrong sequences kept beside the lesson; the lesson test runs each one. */
  negatives: NegativePath[];
}

export interface ObjectiveState {
  id: string;
  done: boolean;
  /**
   * Why it is not done (null when done): its whyNotYet, or "First: <text>" while it waits (`after`) for an
   * earlier objective.
   */
  why: string | null;
}

export interface LessonCheck {
  objectives: ObjectiveState[];
  doneCount: number;
  complete: boolean;
  /** Ids of `keep` objectives met so far: pass them to the next check of the same run. */
  kept: string[];
  /** The first objective not done (the one in focus); null when the lesson is complete. */
  current: string | null;
  /** The lesson's deadEnd for this state (null when complete or fine). */
  deadEnd: string | null;
}

/** A knowledge question for exam mode: every option explains itself; exactly one is correct. */
export interface QuizQuestion {
  id: string;
  track: Track;
  question: string;
  options: { text: string; correct: boolean; explanation: string }[];
}
