// The hint ladder of the current objective: "Hint" shows one rung more each time (nudge, the idea, the
// parts of the diagram it concerns — highlighted there —, the command with blanks); the last rung,
// "Show solution", types the next solution line into the command line without running it. The rungs
// shown stay until the objective is done; the highest one is recorded in the course progress.
import type { Lesson, Objective, Seen } from '../../core/lessons/types.ts';
import { focusWords, nextSolutionLine, objectiveLines, RUNG_LABEL, RUNGS } from './ladder.ts';
import type { RungKind } from './ladder.ts';
import { Command, RichText } from './RichText.tsx';

export interface HintLadderProps {
  lesson: Lesson;
  objective: Objective;
  rung: number;
  focusRefs: readonly string[];
  seen: readonly Seen[];
  onClimb(): void;
  /** Puts a line into the command line (not run); absent when the page has no terminal to take it. */
  onPaste?(line: string): void;
}

export function HintLadder({ lesson, objective, rung, focusRefs, seen, onClimb, onPaste }: HintLadderProps) {
  const next = nextSolutionLine(objectiveLines(lesson, objective), seen);
  const shown = RUNGS.slice(0, rung);
  const atSolution = rung >= RUNGS.length - 1;
  const typeSolution = () => {
    if (rung < RUNGS.length) onClimb();
    if (next) onPaste?.(next);
  };
  return (
    <div className="hint-ladder">
      {shown.length > 0 && (
        <ol className="hint-ladder__rungs" aria-label="Hints shown">
          {shown.map((kind) => (
            <li key={kind} className={`hint-ladder__rung hint-ladder__rung--${kind}`} data-testid="lesson.hint.rung" data-rung={kind}>
              <span className="hint-ladder__label">{RUNG_LABEL[kind]}: </span>
              <RungText kind={kind} objective={objective} focusRefs={focusRefs} next={next} />
            </li>
          ))}
        </ol>
      )}
      <div className="hint-ladder__actions">
        {!atSolution && (
          <button type="button" className="lesson__button" data-testid="lesson.hint" onClick={onClimb}>
            {rung === 0 ? 'Hint' : 'Another hint'}
            <span className="hint-ladder__count">
              {' '}
              ({rung + 1} of {RUNGS.length})
            </span>
          </button>
        )}
        {atSolution && next && (
          <button type="button" className="lesson__button course-go" data-testid="lesson.solution" onClick={typeSolution} disabled={!onPaste}>
            {rung >= RUNGS.length ? 'Type the solution again' : 'Show solution'}
          </button>
        )}
        {atSolution && next && <span className="hint-ladder__note">It types the next line into the command line; press Enter to run it.</span>}
      </div>
    </div>
  );
}

function RungText({ kind, objective, focusRefs, next }: { kind: RungKind; objective: Objective; focusRefs: readonly string[]; next: string | null }) {
  if (kind === 'nudge') return <RichText text={objective.ladder.nudge} />;
  if (kind === 'concept') return <RichText text={objective.ladder.concept} />;
  if (kind === 'blanks') return <Command text={objective.ladder.blanks} />;
  if (kind === 'diagram') {
    return focusRefs.length > 0 ? (
      <span>Look at {focusWords(focusRefs)}, marked ◎ FOCUS on the diagram.</span>
    ) : (
      <RichText text={objective.hint} />
    );
  }
  return next ? (
    <span>
      <Command text={next} /> is now in the command line.
    </span>
  ) : (
    <RichText text={objective.hint} />
  );
}
