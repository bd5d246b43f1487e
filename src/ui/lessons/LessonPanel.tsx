// The Lesson tab: the open lesson (OpenLesson: one step in focus, its hint ladder, dead ends), or the
// course picker when none is open. Starting a lesson is a link: a full load of ?lesson=<id>, which opens
// a new lab for it (the others stay in the labs menu).
import { memo, useState } from 'react';
import { CoursePicker } from './CoursePicker.tsx';
import { OpenLesson } from './OpenLesson.tsx';
import type { LessonView } from './useLessonRun.ts';
import './lessons.css';
import './course.css';

export interface LessonPanelProps {
  view: LessonView;
  /** Types a line into the command line without running it ("Show solution"). */
  onPaste?(line: string): void;
  /** "Go back to the step before" after a dead end; absent when the page cannot offer it. */
  onBack?(): void;
}

export const LessonPanel = memo(function LessonPanel({ view, onPaste, onBack }: LessonPanelProps) {
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
        <CoursePicker current={lesson?.id ?? null} progress={view.progress} onImport={view.importProgress} />
      </div>
    );
  }
  return <OpenLesson view={view} lesson={lesson} onPick={() => setPicking(true)} onPaste={onPaste} onBack={onBack} />;
});
