// The first visit's welcome: what this is, "Start the course" (the first lesson, as a new lab) or "Free
// lab", and where the Speed control is. Not modal: it stands above the panes and covers nothing, so the
// lab works behind it. Dismissed for good (welcome.ts) by either choice or its close button.
import { useEffect, useId, useRef, useState } from 'react';
import { LESSON_SCENARIOS } from '../../lessons/scenarios.ts';
import { writeStored } from '../layout/theme.ts';
import { loadLessons } from './load.ts';
import { lessonHref } from './run.ts';
import { WELCOME_DONE, WELCOME_KEY } from './welcome.ts';
import './welcome.css';

export interface WelcomeProps {
  /** Called once the welcome is dismissed ("Free lab" or close), e.g. to give focus back to the terminal. */
  onDismiss?(): void;
}

export function Welcome({ onDismiss }: WelcomeProps) {
  const [open, setOpen] = useState(true);
  const titleId = useId();
  const startRef = useRef<HTMLAnchorElement>(null);
  // The first lesson of the course, once the lesson content has loaded (the address knows every lesson id).
  const [first, setFirst] = useState(() => Object.keys(LESSON_SCENARIOS)[0] ?? 'preflight');
  useEffect(() => {
    let live = true;
    loadLessons().then(
      (m) => live && m.LESSONS[0] && setFirst(m.LESSONS[0].id),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    startRef.current?.focus();
  }, []);
  if (!open) return null;
  const dismiss = () => {
    writeStored(WELCOME_KEY, WELCOME_DONE);
    setOpen(false);
    onDismiss?.();
  };
  const search = typeof window === 'undefined' ? '' : window.location.search;
  return (
    <section className="welcome" role="dialog" aria-modal="false" aria-labelledby={titleId} data-testid="welcome">
      <div className="welcome__text">
        <h2 className="welcome__title" id={titleId}>
          Welcome to the altdisk trainer
        </h2>
        <p>
          A simulated AIX system in your browser, for practising <code>alt_disk_copy</code>: cloning rootvg, updating the clone,
          booting it and falling back. Nothing here touches a real machine, and your labs are kept in this browser.
        </p>
        <p>
          The course walks you through it step by step, with hints up to the solution. Or start in a free lab: type{' '}
          <code>help</code> at the <code>#</code> prompt. Long operations play in simulated time: the <strong>Speed</strong> control
          at the top right makes them 10× faster or instant.
        </p>
      </div>
      <div className="welcome__actions">
        <a ref={startRef} className="welcome__button welcome__button--go" href={lessonHref(search, first, true)} data-testid="welcome.start" onClick={() => writeStored(WELCOME_KEY, WELCOME_DONE)}>
          Start the course
        </a>
        <button type="button" className="welcome__button" data-testid="welcome.free" onClick={dismiss}>
          Free lab
        </button>
      </div>
    </section>
  );
}
