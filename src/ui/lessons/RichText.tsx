// Lesson words with `commands` in backticks: the commands as code, everything as text (never HTML).
import { Fragment } from 'react';
import { hintParts } from './run.ts';

export function RichText({ text }: { text: string }) {
  return (
    <>
      {hintParts(text).map((part, i) => (part.code ? <Command key={i} text={part.text} /> : <span key={i}>{part.text}</span>))}
    </>
  );
}

/** A command in a hint: lines break between its words only, never after the dash of a flag (`-o`). */
export function Command({ text }: { text: string }) {
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
