// The Lesson tab: the open lesson (intro, objectives with their done state and hints, a completion
// message in a live region), or the lesson picker when none is open. Starting a lesson is a link: a full
// load of ?lesson=<id>, which opens a new lab for it (the others stay in the labs menu).
import { Fragment, memo, useId, useState } from 'react';
import type { Lesson, Objective, ObjectiveState } from '../../core/lessons/types.ts';
import { LESSONS } from '../../lessons/index.ts';
import type { LessonView } from './useLessonRun.ts';
import { hintParts, lessonHref } from './run.ts';
import './lessons.css';

export interface LessonPanelProps {
  view: LessonView;
}

const currentSearch = () => (typeof window === 'undefined' ? '' : window.location.search);

export const LessonPanel = memo(function LessonPanel({ view }: LessonPanelProps) {
  const [picking, setPicking] = useState(false);
  const { lesson, requested } = view;
  if (view.loading) {
    return (
      <div className="lesson" data-testid="lesson">
        <p className="lesson__hint" role="status">
          Loading the lesson…
        </p>
      </div>
    );
  }
  if (view.failed) {
    return (
      <div className="lesson" data-testid="lesson">
        <p className="lesson__note" role="alert">
          The lesson could not be loaded. Check the connection and reload the page; the lab itself keeps working.
        </p>
      </div>
    );
  }
  if (!lesson || picking) {
    return (
      <div className="lesson" data-testid="lesson">
        {requested && !lesson && (
          <p className="lesson__note" role="alert">
            There is no lesson called “{requested}”. Pick one below.
          </p>
        )}
        {lesson && (
          <button type="button" className="lesson__button" onClick={() => setPicking(false)}>
            Back to “{lesson.title}”
          </button>
        )}
        <LessonPicker current={lesson?.id ?? null} />
      </div>
    );
  }
  return <OpenLesson view={view} lesson={lesson} onPick={() => setPicking(true)} />;
});

function OpenLesson({ view, lesson, onPick }: { view: LessonView; lesson: Lesson; onPick(): void }) {
  const titleId = useId();
  const check = view.check;
  const states = new Map<string, ObjectiveState>((check?.objectives ?? []).map((o) => [o.id, o]));
  const index = LESSONS.findIndex((l) => l.id === lesson.id);
  const next = index >= 0 ? (LESSONS[index + 1] ?? null) : null;
  const total = lesson.objectives.length;
  const doneCount = check?.doneCount ?? 0;
  const complete = check?.complete ?? false;
  return (
    <article className="lesson" data-testid="lesson" aria-labelledby={titleId}>
      <p className="lesson__eyebrow">
        Lesson {index + 1} of {LESSONS.length} · lab <code>{lesson.scenario}</code>
      </p>
      <h2 className="lesson__title" id={titleId}>
        {lesson.title}
      </h2>
      <div className="lesson__intro">
        {lesson.intro.split(/\n\s*\n/).map((para, i) => (
          <p key={i}>
            <RichText text={para} />
          </p>
        ))}
      </div>
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
      <h3 className="lesson__heading">
        Objectives{' '}
        <span className="lesson__count" data-testid="lesson.progress">
          {doneCount} of {total} done
        </span>
      </h3>
      <ol className="lesson__objectives">
        {lesson.objectives.map((o, i) => (
          <ObjectiveItem key={o.id} objective={o} number={i + 1} done={states.get(o.id)?.done ?? false} />
        ))}
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
  const [open, setOpen] = useState(false);
  const hintId = useId();
  return (
    <li className={`lesson-objective${done ? ' lesson-objective--done' : ''}`} data-testid={`lesson.objective.${objective.id}`} data-done={done ? 'true' : 'false'}>
      <span className="lesson-objective__mark" aria-hidden="true">
        {done ? '✓' : number}
      </span>
      <div className="lesson-objective__body">
        <p className="lesson-objective__text">
          <RichText text={objective.text} />
          {done ? (
            <span className="lesson-objective__done"> done</span>
          ) : (
            <span className="visually-hidden"> (not done yet)</span>
          )}
        </p>
        <button type="button" className="lesson-objective__toggle" aria-expanded={open} aria-controls={hintId} onClick={() => setOpen((v) => !v)}>
          {open ? 'Hide hint' : 'Show hint'}
          <span className="visually-hidden"> for objective {number}</span>
        </button>
        <p className="lesson-objective__hint" id={hintId} hidden={!open}>
          <RichText text={objective.hint} />
        </p>
      </div>
    </li>
  );
}

/** Lesson words with `commands` in backticks: the commands as code, everything as text (never HTML). */
function RichText({ text }: { text: string }) {
  return (
    <>
      {hintParts(text).map((part, i) => (part.code ? <Command key={i} text={part.text} /> : <span key={i}>{part.text}</span>))}
    </>
  );
}

/** A command in a hint: lines break between its words only, never after the dash of a flag (`-o`). */
function Command({ text }: { text: string }) {
  const words = text.split(' ');
  return (
    <code>
      {words.map((w, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <span className="lesson-objective__word">{w}</span>
        </Fragment>
      ))}
    </code>
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

function LessonPicker({ current }: { current: string | null }) {
  const titleId = useId();
  return (
    <section className="lesson-picker" aria-labelledby={titleId} data-testid="lesson.picker">
      <h2 className="lesson__title" id={titleId}>
        Lessons
      </h2>
      <p className="lesson__hint">Each lesson starts in a new lab of its own; the lab you have now stays in the labs menu.</p>
      <ol className="lesson-picker__list">
        {LESSONS.map((l) => (
          <li key={l.id} className="lesson-picker__item">
            <a className="lesson-picker__link" href={lessonHref(currentSearch(), l.id, true)} data-testid={`lesson.pick.${l.id}`} aria-current={l.id === current ? 'true' : undefined}>
              {l.title}
            </a>
            <p className="lesson-picker__summary">{l.summary}</p>
            <p className="lesson-picker__lab">
              lab <code>{l.scenario}</code> · {l.objectives.length} objectives
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
