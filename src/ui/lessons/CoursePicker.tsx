// The lesson picker, by track: each lesson with its done mark, the hints used and the commands of the
// best finishing run against its par; "Continue where you left off"; the course summary once every
// lesson is done; export and import of the progress as a JSON file (a bad file is refused with the
// reason, and nothing is changed).
import { useId, useRef, useState } from 'react';
import { TRACKS } from '../../core/lessons/types.ts';
import { LESSONS } from '../../lessons/index.ts';
import { CourseSummary } from './CourseSummary.tsx';
import { RUNGS } from './ladder.ts';
import { continueTarget, exportProgress, MAX_PROGRESS_BYTES, parseProgress } from './progress.ts';
import { err } from '../../core/result.ts';
import type { CourseProgress, LessonProgress } from './progress.ts';
import { examHref } from '../exam/examRun.ts';
import { lessonHref } from './run.ts';

const currentSearch = () => (typeof window === 'undefined' ? '' : window.location.search);

export interface CoursePickerProps {
  current: string | null;
  progress: CourseProgress | null;
  onImport(p: CourseProgress): void;
}

export function CoursePicker({ current, progress, onImport }: CoursePickerProps) {
  const titleId = useId();
  const order = LESSONS.map((l) => l.id);
  const target = progress ? continueTarget(progress, order) : null;
  const targetLesson = target ? LESSONS.find((l) => l.id === target) : null;
  const started = progress ? Object.values(progress.lessons).some((e) => e.lastOpened > 0 || e.done) : false;
  return (
    <section className="lesson-picker" aria-labelledby={titleId} data-testid="lesson.picker">
      <h2 className="lesson__title" id={titleId}>
        Lessons
      </h2>
      <p className="lesson__hint">Each lesson starts in a new lab of its own; the lab you have now stays in the labs menu.</p>
      {progress && <CourseSummary progress={progress} />}
      {targetLesson && (
        <p className="course-continue">
          <a className="lesson__button course-go" href={lessonHref(currentSearch(), targetLesson.id, true)} data-testid="course.continue">
            {started ? 'Continue where you left off' : 'Start the course'}: {targetLesson.title}
          </a>
        </p>
      )}
      {TRACKS.map((track) => {
        const lessons = LESSONS.filter((l) => l.track === track);
        if (lessons.length === 0) return null;
        return (
          <section key={track} className="lesson-picker__track" aria-label={`Track: ${track}`}>
            <h3 className="lesson-picker__track-title">{track}</h3>
            <ol className="lesson-picker__list" start={LESSONS.indexOf(lessons[0]!) + 1}>
              {lessons.map((l) => {
                const e = progress?.lessons[l.id];
                return (
                  <li key={l.id} className={`lesson-picker__item${e?.done ? ' lesson-picker__item--done' : ''}`}>
                    <a
                      className="lesson-picker__link"
                      href={lessonHref(currentSearch(), l.id, true)}
                      data-testid={`lesson.pick.${l.id}`}
                      data-done={e?.done ? 'true' : 'false'}
                      aria-current={l.id === current ? 'true' : undefined}
                    >
                      {e?.done && <span aria-hidden="true">✓ </span>}
                      {l.title}
                      {e?.done && <span className="visually-hidden"> (done)</span>}
                    </a>
                    <p className="lesson-picker__summary">{l.summary}</p>
                    <p className="lesson-picker__lab">
                      lab <code>{l.scenario}</code> · {l.objectives.length} objectives · par {l.solution.length}
                      {e && <ProgressNote e={e} />}
                    </p>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      <section className="lesson-picker__track" aria-label="Exam">
        <h3 className="lesson-picker__track-title">exam</h3>
        <p className="lesson-picker__summary">
          An assessed change from pre-checks to back-out, with no hints, then questions on every track. It opens in a new lab; you get a score and feedback on each step.
        </p>
        <p className="course-continue">
          <a className="lesson__button" href={examHref(currentSearch())} data-testid="lesson.exam">
            Take the exam
          </a>
        </p>
      </section>
      <ProgressFile progress={progress} onImport={onImport} />
    </section>
  );
}

function ProgressNote({ e }: { e: LessonProgress }) {
  const parts: string[] = [];
  if (e.done && e.commands !== null) parts.push(`done in ${e.commands} command${e.commands === 1 ? '' : 's'}${e.commands <= e.par ? ' (at par)' : ''}`);
  parts.push(e.hints === 0 ? 'no hints' : e.hints >= RUNGS.length ? 'solution shown' : `hints: ${e.hints} of ${RUNGS.length}`);
  if (e.undos) parts.push(`${e.undos} undo${e.undos === 1 ? '' : 's'}`);
  return <span className="lesson-picker__progress"> · {parts.join(' · ')}</span>;
}

/** Export downloads the progress as JSON; import reads one file, checks it whole, then joins it. */
function ProgressFile({ progress, onImport }: { progress: CourseProgress | null; onImport(p: CourseProgress): void }) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const exportFile = () => {
    if (!progress) return;
    const blob = new Blob([exportProgress(progress, Date.now())], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'altdisk-course-progress.json';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setNote({ ok: true, text: 'Progress saved as altdisk-course-progress.json.' });
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = file.size > MAX_PROGRESS_BYTES ? err(`The file is too large (${file.size} bytes) to be exported progress.`) : parseProgress(await file.text());
    if (fileRef.current) fileRef.current.value = '';
    if (!parsed.ok) {
      setNote({ ok: false, text: `“${file.name}” was not imported: ${parsed.error} Your progress is unchanged.` });
      return;
    }
    onImport(parsed.value);
    const n = Object.values(parsed.value.lessons).filter((e) => e.done).length;
    setNote({ ok: true, text: `Imported “${file.name}”: ${n} lesson${n === 1 ? '' : 's'} done in it, joined to your progress.` });
  };
  return (
    <div className="course-file">
      <button type="button" className="lesson__button" data-testid="course.export" onClick={exportFile} disabled={!progress}>
        Export progress
      </button>{' '}
      <button type="button" className="lesson__button" onClick={() => fileRef.current?.click()}>
        Import progress…
      </button>
      <input ref={fileRef} hidden type="file" accept="application/json,.json" aria-label="Progress file to import" data-testid="course.import" onChange={(e) => void importFile(e.target.files?.[0])} />
      <p className={note && !note.ok ? 'lesson__note' : 'lesson__hint'} role="status" data-testid="course.note">
        {note?.text}
      </p>
    </div>
  );
}
