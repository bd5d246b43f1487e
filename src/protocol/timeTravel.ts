// Time travel's requests and replies (issue 14): the timeline of the open lab, undo / redo / jump to a
// step, branch a new lab from a step, compare two points, export and import a lab file. index.ts puts
// them in Request, FromWorker and REPLY.
import type { SimSnapshot } from '../core/session/snapshot.ts';
import type { Difference } from '../core/timeline/compare.ts';
import type { StepGroup } from '../core/timeline/groups.ts';
import type { LabSummary, TerminalLine } from './index.ts';

export type { Difference, DifferenceArea } from '../core/timeline/compare.ts';
export type { StepGroup } from '../core/timeline/groups.ts';

/** One step of the open lab: its line, exit code, the lifecycle state after it, and what kind of step it was. */
export interface TimelineEntryView {
  /** From 1: the lab after its index-th console line. */
  index: number;
  line: string;
  exitCode: number;
  lifecycle: string;
  group: StepGroup;
  /** The line was cut by Ctrl-C (or a closed tab). */
  cut: boolean;
}

export interface TimelineView {
  lab: string;
  /** The step the lab stands at: entries after it were undone (redo brings them back until a new command). */
  cursor: number;
  /** Every step, undone ones included. */
  entries: TimelineEntryView[];
  /** The lifecycle state at the scenario's start (step 0). */
  startLifecycle: string;
  /** False when the lab's commands do not replay to its state (then `reason` says why; no travel). */
  replayable: boolean;
  reason: string | null;
}

/** The lab after an undo, redo or jump: everything the page shows of it, as at that step. */
export interface Travelled {
  kind: 'undo' | 'redo' | 'jump';
  from: number;
  to: number;
  snapshot: SimSnapshot;
  scrollback: TerminalLine[];
  history: string[];
  historyBase: number;
  timeline: TimelineView;
}

/** A point to compare: a step of the open lab, or another saved lab as it is now. */
export type ComparePoint = { step: number } | { lab: string };

export interface Comparison {
  /** The two points in words ("step 3", "end (step 8)", "lab “Reference lab 2”"). */
  a: string;
  b: string;
  differences: Difference[];
  /** What the diagram draws at each point: drawn with `a` as its baseline, the nodes that differ are marked. */
  snapshots: { a: SimSnapshot; b: SimSnapshot };
}

/** A new saved lab (a branch or an import) and the labs list after it. */
export interface NewLabResult {
  lab: LabSummary;
  labs: LabSummary[];
}

/** A lab as a file the page offers for download. */
export interface LabFileOut {
  fileName: string;
  text: string;
}

export type TimeTravelRequest =
  /** The open lab's steps (answered with 'timeline'). */
  | { type: 'timeline' }
  /** Back one step (answered with 'travelled'). */
  | { type: 'undo' }
  /** Forward one undone step (answered with 'travelled'). */
  | { type: 'redo' }
  /** To step N, 0 being the scenario's start (answered with 'travelled'). */
  | { type: 'jump'; step: number }
  /** A NEW saved lab "<name> — from step N" holding the lab as at step N (answered with 'branched'). */
  | { type: 'branch'; step: number }
  /** What differs between two points (answered with 'compared'). */
  | { type: 'compare'; a: ComparePoint; b: ComparePoint }
  /** The open lab as a file (answered with 'exported'). */
  | { type: 'exportLab' }
  /** A lab file becomes a NEW saved lab; a bad file is refused with an 'error' 'bad-file' (answered with 'imported'). */
  | { type: 'importLab'; text: string };

export type TimeTravelReply =
  | { id: number; type: 'timeline'; timeline: TimelineView }
  | { id: number; type: 'travelled'; travel: Travelled }
  | { id: number; type: 'branched'; result: NewLabResult }
  | { id: number; type: 'compared'; comparison: Comparison }
  | { id: number; type: 'exported'; file: LabFileOut }
  | { id: number; type: 'imported'; result: NewLabResult };

export const TIME_TRAVEL_REPLY = {
  timeline: 'timeline',
  undo: 'travelled',
  redo: 'travelled',
  jump: 'travelled',
  branch: 'branched',
  compare: 'compared',
  exportLab: 'exported',
  importLab: 'imported',
} as const satisfies Record<TimeTravelRequest['type'], TimeTravelReply['type']>;
