// The open lesson, one step in focus: the current objective with its "why not yet" line and its hint
// ladder; the objectives done before it as a compact checked list; the later ones folded away. A dead
// end (the lesson's deadEnd says the goal cannot be reached from here) is said at once, with the ways
// out. Every objective stays in the page as `lesson.objective.<id>` with `data-done` (the contract).
import { useId, useState } from 'react';
import type { Lesson, Objective, ObjectiveState } from '../../core/lessons/types.ts';
import { LESSONS } from '../../lessons/index.ts';
import { HintLadder } from './HintLadder.tsx';
import { RichText } from './RichText.tsx';
import { lessonHref } from './run.ts';
import type { LessonView } from './useLessonRun.ts';
import { CourseSummary } from './CourseSummary.tsx';

const currentSearch = () => (typeof window === 'undefined' ? '' : window.location.search);

export interface OpenLessonProps {
  view: LessonView;
  lesson: Lesson;
  onPick(): void;
  onPaste?(line: string): void;
  /** "Go back to the step before": absent when the page cannot offer it. */
  onBack?(): void;
}

export function OpenLesson({ view, lesson, onPick, onPaste, onBack }: OpenLessonProps) {
  const titleId = useId();
  const check = view.check;
  const states = new Map<string, ObjectiveState>((check?.objectives ?? []).map((o) => [o.id, o]));
  const index = LESSONS.findIndex((l) => l.id === lesson.id);
  const next = index >= 0 ? (LESSONS[index + 1] ?? null) : null;
  const total = lesson.objectives.length;
  const doneCount = check?.doneCount ?? 0;
  const complete = check?.complete ?? false;
  const currentId = complete ? null : (check?.current ?? lesson.objectives.find((o) => !states.get(o.id)?.done)?.id ?? null);
  const currentIndex = lesson.objectives.findIndex((o) => o.id === currentId);
  const current = currentIndex >= 0 ? lesson.objectives[currentIndex]! : null;
  const later = currentIndex >= 0 ? lesson.objectives.slice(currentIndex + 1) : [];
  const before = currentIndex >= 0 ? lesson.objectives.slice(0, currentIndex) : lesson.objectives;
  const courseDone = complete && view.progress !== null && LESSONS.every((l) => l.id === lesson.id || view.progress?.lessons[l.id]?.done);
  return (
    <article className="lesson" data-testid="lesson" aria-labelledby={titleId}>
      <p className="lesson__eyebrow">
        {lesson.track} · lesson {index + 1} of {LESSONS.length} · lab <code>{lesson.scenario}</code>
      </p>
      <h2 className="lesson__title" id={titleId}>
        {lesson.title}
      </h2>
      <details className="lesson__about" open={doneCount === 0 ? true : undefined}>
        <summary>About this lesson</summary>
        <div className="lesson__intro">
          {lesson.intro.split(/\n\s*\n/).map((para, i) => (
            <p key={i}>
              <RichText text={para} />
            </p>
          ))}
        </div>
      </details>
      {view.otherScenario && (
        <p className="lesson__note">
          This lesson is written for the <code>{lesson.scenario}</code> lab, but the lab open now is <code>{view.otherScenario}</code>.{' '}
          <a href={lessonHref(currentSearch(), lesson.id, true)}>Start the lesson on its own lab</a>.
        </p>
      )}
      {!view.otherScenario && view.run?.inherited && (
        <p className="lesson__note">
          The lab already had work in it when this lesson opened, so some objectives may count already.{' '}
          <a href={lessonHref(currentSearch(), lesson.id, true)}>Start over with a fresh lab</a> for a clean run.
        </p>
      )}
      {check?.deadEnd && !complete && <DeadEnd lesson={lesson} reason={check.deadEnd} onBack={onBack} />}
      <h3 className="lesson__heading">
        Objectives{' '}
        <span className="lesson__count" data-testid="lesson.progress">
          {doneCount} of {total} done
        </span>
      </h3>
      <ol className="lesson__objectives">
        {before.map((o) => (
          <ObjectiveItem key={o.id} objective={o} number={lesson.objectives.indexOf(o) + 1} done={states.get(o.id)?.done ?? false} />
        ))}
        {current && (
          <li className="lesson-objective lesson-objective--current" data-testid={`lesson.objective.${current.id}`} data-done="false" data-current="true">
            <span className="lesson-objective__mark" aria-hidden="true">
              {currentIndex + 1}
            </span>
            <section className="lesson-objective__body" data-testid="lesson.current" aria-label={`Step ${currentIndex + 1} of ${total}`}>
              <p className="lesson-objective__step">
                Step {currentIndex + 1} of {total}
              </p>
              <p className="lesson-objective__text">
                <RichText text={current.text} />
                <span className="visually-hidden"> (not done yet)</span>
              </p>
              <p className="lesson-objective__why" data-testid="lesson.whynot">
                <span className="lesson-objective__why-label">Not yet: </span>
                {states.get(current.id)?.why ?? 'checking…'}
              </p>
              <HintLadder
                key={current.id}
                lesson={lesson}
                objective={current}
                rung={view.ladder.objective === current.id ? view.ladder.rung : 0}
                focusRefs={view.focus.refs}
                seen={view.run?.outputs ?? []}
                onClimb={view.climb}
                onPaste={onPaste}
              />
            </section>
          </li>
        )}
        {later.length > 0 && <LaterSteps objectives={later} first={currentIndex + 2} states={states} />}
      </ol>
      <div className="lesson__status" role="status" aria-live="polite" data-testid="lesson.status">
        {complete && (
          <p className="lesson__complete">
            <span aria-hidden="true">✓ </span>Lesson complete: all {total} objectives are done.
            {next && (
              <>
                {' '}
                Next: <a href={lessonHref(currentSearch(), next.id, true)}>{next.title}</a>
              </>
            )}
          </p>
        )}
      </div>
      {courseDone && view.progress && <CourseSummary progress={view.progress} />}
      <div className="lesson__actions">
        <StartOver lesson={lesson} />
        <button type="button" className="lesson__button" onClick={onPick}>
          All lessons
        </button>
      </div>
    </article>
  );
}

function ObjectiveItem({ objective, number, done }: { objective: Objective; number: number; done: boolean }) {
  return (
    <li className={`lesson-objective lesson-objective--compact${done ? ' lesson-objective--done' : ''}`} data-testid={`lesson.objective.${objective.id}`} data-done={done ? 'true' : 'false'}>
      <span className="lesson-objective__mark" aria-hidden="true">
        {done ? '✓' : number}
      </span>
      <p className="lesson-objective__text">
        <RichText text={objective.text} />
        {done ? <span className="lesson-objective__done"> done</span> : <span className="visually-hidden"> (not done yet)</span>}
      </p>
    </li>
  );
}

/** The steps after the current one, folded: the learner sees how many are left and may look ahead. */
function LaterSteps({ objectives, first, states }: { objectives: Objective[]; first: number; states: Map<string, ObjectiveState> }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <li className="lesson-later">
      <button type="button" className="lesson-objective__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((v) => !v)}>
        {open ? 'Hide the later steps' : `${objectives.length} more step${objectives.length === 1 ? '' : 's'} after this one`}
      </button>
      <ol className="lesson__objectives lesson-later__list" id={listId} hidden={!open} start={first}>
        {objectives.map((o, i) => (
          <ObjectiveItem key={o.id} objective={o} number={first + i} done={states.get(o.id)?.done ?? false} />
        ))}
      </ol>
    </li>
  );
}

/** The lesson can no longer be finished from here: why, and the ways out. */
function DeadEnd({ lesson, reason, onBack }: { lesson: Lesson; reason: string; onBack: (() => void) | undefined }) {
  return (
    <div className="lesson__deadend" role="alert" data-testid="lesson.deadend">
      <p className="lesson__deadend-title">
        <span aria-hidden="true">⚠ </span>This lesson cannot be finished from here.
      </p>
      <p>{reason}</p>
      <p className="lesson__deadend-actions">
        <a className="lesson__button lesson__button--primary" href={lessonHref(currentSearch(), lesson.id, true)} data-testid="lesson.restart">
          Restart this lesson
        </a>{' '}
        {onBack && (
          <button type="button" className="lesson__button" data-testid="lesson.back" onClick={onBack}>
            Go back to the step before
          </button>
        )}
      </p>
    </div>
  );
}

/** Starting over opens a new lab for the lesson (this one stays in the labs menu): one click asks, the second does it. */
function StartOver({ lesson }: { lesson: Lesson }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="lesson__button" onClick={() => setAsking(true)}>
        Start over…
      </button>
    );
  }
  return (
    <span className="lesson__confirm" role="group" aria-label="Start the lesson over">
      <span>This starts the lesson again in a new {lesson.scenario} lab; this lab stays in the labs menu.</span>{' '}
      <a className="lesson__button lesson__button--primary" href={lessonHref(currentSearch(), lesson.id, true)}>
        Start over
      </a>{' '}
      <button type="button" className="lesson__button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
