// The exam's panel (the Lesson tab's place in an exam lab): the brief and "Finish exam" while the exam
// runs — no objectives, no hints, no solution — then the score with each item passed or failed and its
// feedback, and the knowledge questions (multiple choice; once answered every option's explanation
// shows). Everything is rendered as text.
import { memo, useId } from 'react';
import { scoreExam } from '../../core/lessons/exam.ts';
import type { QuizQuestion } from '../../core/lessons/types.ts';
import { hintParts } from '../lessons/run.ts';
import type { ExamView } from './useExamRun.ts';
import './exam.css';

export interface ExamPanelProps {
  view: ExamView;
  onFinish(): void;
  onAnswer(question: string, option: number): void;
}

export const ExamPanel = memo(function ExamPanel({ view, onFinish, onAnswer }: ExamPanelProps) {
  const titleId = useId();
  if (view.failed) {
    return (
      <div className="exam" data-testid="exam">
        <p className="exam__note" role="alert">
          The exam could not be loaded. Check the connection and reload the page; the lab itself keeps working.
        </p>
      </div>
    );
  }
  const content = view.content;
  const run = view.run;
  if (!content || !run) {
    return (
      <div className="exam" data-testid="exam">
        <p role="status">Loading the exam…</p>
      </div>
    );
  }
  const { exam, questions } = content;
  const score = run.finished ? scoreExam(exam, run.progress) : null;
  return (
    <article className="exam" data-testid="exam" data-finished={run.finished ? 'true' : 'false'} aria-labelledby={titleId}>
      <p className="exam__eyebrow">Exam · no hints · lab <code>{exam.scenario}</code></p>
      <h2 className="exam__title" id={titleId}>
        {exam.title}
      </h2>
      <div className="exam__brief">
        {exam.brief.split(/\n\s*\n/).map((para, i) => (
          <p key={i}>
            <Rich text={para} />
          </p>
        ))}
      </div>
      {!score ? (
        <div className="exam__actions">
          <button type="button" className="exam__button exam__button--primary" data-testid="exam.finish" onClick={onFinish}>
            Finish exam
          </button>
          <span className="exam__hint">Finish when the change is done (or when you stop): the score is given on what was done up to then.</span>
        </div>
      ) : (
        <section className="exam__result" aria-label="Exam result">
          <p className="exam__score" role="status" data-testid="exam.score" data-percent={score.percent}>
            Score: {score.percent} % — {score.passed} of {score.total} steps passed
          </p>
          <ol className="exam__items">
            {score.items.map((item) => (
              <li key={item.id} className={`exam-item exam-item--${item.passed ? 'passed' : 'failed'}`} data-testid={`exam.item.${item.id}`} data-passed={item.passed ? 'true' : 'false'}>
                <p className="exam-item__title">
                  <span aria-hidden="true">{item.passed ? '✓ ' : '✕ '}</span>
                  {item.title}
                  <span className="exam-item__verdict">{item.passed ? ' — passed' : ' — not passed'}</span>
                </p>
                <p className="exam-item__feedback">
                  <Rich text={item.feedback} />
                </p>
              </li>
            ))}
          </ol>
          <Quiz questions={questions} answers={run.answers} onAnswer={onAnswer} />
        </section>
      )}
    </article>
  );
});

function Quiz({ questions, answers, onAnswer }: { questions: readonly QuizQuestion[]; answers: Record<string, number>; onAnswer(q: string, n: number): void }) {
  const titleId = useId();
  const answered = questions.filter((q) => answers[q.id] !== undefined);
  const right = answered.filter((q) => q.options[answers[q.id]]?.correct).length;
  return (
    <section className="exam-quiz" aria-labelledby={titleId}>
      <h3 className="exam__heading" id={titleId}>
        Knowledge questions
      </h3>
      <p className="exam__hint" data-testid="exam.quiz.score" role="status">
        {answered.length === 0 ? `${questions.length} questions: pick one answer each.` : `${right} of ${answered.length} answered correctly (${questions.length} questions).`}
      </p>
      <ol className="exam-quiz__list">
        {questions.map((q) => (
          <Question key={q.id} question={q} chosen={answers[q.id]} onAnswer={onAnswer} />
        ))}
      </ol>
    </section>
  );
}

function Question({ question, chosen, onAnswer }: { question: QuizQuestion; chosen: number | undefined; onAnswer(q: string, n: number): void }) {
  const textId = useId();
  const done = chosen !== undefined;
  return (
    <li className="exam-question" data-testid={`exam.question.${question.id}`} data-answered={done ? 'true' : 'false'}>
      <p className="exam-question__text" id={textId}>
        <Rich text={question.question} />
      </p>
      <div role="group" aria-labelledby={textId}>
        <ul className="exam-question__options">
          {question.options.map((o, n) => {
            const mark = done ? (o.correct ? 'right' : n === chosen ? 'wrong' : 'other') : 'open';
            return (
              <li key={n} className={`exam-option exam-option--${mark}`}>
                <button
                  type="button"
                  className="exam-option__button"
                  data-testid={`exam.option.${question.id}.${n}`}
                  aria-pressed={n === chosen}
                  disabled={done}
                  onClick={() => onAnswer(question.id, n)}
                >
                  <Rich text={o.text} />
                </button>
                {done && (
                  <p className="exam-option__explanation">
                    <strong>{o.correct ? 'Correct. ' : n === chosen ? 'Your answer, not correct. ' : 'Not correct. '}</strong>
                    <Rich text={o.explanation} />
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </li>
  );
}

/** Text with `commands` in backticks shown as code; never HTML. */
function Rich({ text }: { text: string }) {
  return (
    <>
      {hintParts(text).map((part, i) => (part.code ? <code key={i}>{part.text}</code> : <span key={i}>{part.text}</span>))}
    </>
  );
}
