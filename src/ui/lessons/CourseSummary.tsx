// The end of the course: every lesson done, with the hints taken and the commands against par.
import { useId } from 'react';
import { LESSONS } from '../../lessons/index.ts';
import { summarize } from './progress.ts';
import type { CourseProgress } from './progress.ts';

export function CourseSummary({ progress }: { progress: CourseProgress }) {
  const titleId = useId();
  const s = summarize(progress, LESSONS.map((l) => l.id));
  if (!s.complete) return null;
  return (
    <section className="course-summary" data-testid="course.summary" aria-labelledby={titleId}>
      <h3 className="course-summary__title" id={titleId}>
        <span aria-hidden="true">🏁 </span>Course complete
      </h3>
      <dl className="course-summary__figures">
        <div>
          <dt>Lessons done</dt>
          <dd>
            {s.done} of {s.total}
          </dd>
        </div>
        <div>
          <dt>Done without a hint</dt>
          <dd>{s.unaided}</dd>
        </div>
        <div>
          <dt>Hint rungs used</dt>
          <dd>{s.hints}</dd>
        </div>
        <div>
          <dt>Commands against par</dt>
          <dd>
            {s.commands} for a par of {s.par} ({s.atPar} lessons at par or under)
          </dd>
        </div>
      </dl>
    </section>
  );
}
