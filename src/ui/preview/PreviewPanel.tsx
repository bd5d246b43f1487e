// The consequence preview beside the prompt (issue 16), loaded when the preview is on: as the learner
// types, the line goes to the worker (debounced; a newer line makes an older answer stale), and the panel
// shows what Enter would change, its warnings in plain words or the error it would print, and each flag
// and operand with its meaning (the same texts as `man`). Pointing at an explained part marks the changes
// it names. The diagram draws the same preview as ghosts (previewStore → diagram/ghost.ts).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Preview, PreviewChange, PreviewReady } from '../../protocol/index.ts';
import { publishPreview, useShownPreview, useTypedLine } from './previewStore.ts';
import type { ExplainedCommand, ExplainItem, PreviewShown } from './types.ts';
import './preview.css';

/** Milliseconds of quiet typing before a line is previewed. */
export const PREVIEW_DEBOUNCE_MS = 150;
/** Changes listed before "and N more". */
const CHANGES_SHOWN = 12;

export interface PreviewSource {
  preview?(line: string): Promise<Preview>;
}

type WithExplained = Preview & { explained?: ExplainedCommand[] };

export default function PreviewPanel({ api }: { api: PreviewSource }) {
  const line = useTypedLine();
  const shown = useShownPreview();
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    if (line.trim() === '' || !api.preview) {
      publishPreview(null);
      return;
    }
    const timer = window.setTimeout(() => {
      api.preview!(line).then(
        (preview) => {
          if (mine !== seq.current) return; // stale: the learner typed on
          if (preview.kind === 'none' && preview.reason === 'superseded') return;
          const explained = (preview as WithExplained).explained ?? [];
          publishPreview({ line, preview, explained });
        },
        () => {
          if (mine === seq.current) publishPreview(null);
        },
      );
    }, PREVIEW_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [line, api]);

  // Nothing previewed stays on the diagram once the panel goes.
  useEffect(() => () => publishPreview(null), []);

  const current = shown && shown.line === line ? shown : null;
  return (
    // A region of its own that scrolls: one Tab stop, so a keyboard can scroll it too.
    <div className="preview" role="region" aria-label="Preview of the typed line" tabIndex={0} data-testid="preview.panel" data-state={current ? current.preview.kind : line.trim() ? 'waiting' : 'empty'}>
      {current ? <Shown view={current} /> : <p className="preview__hint">{line.trim() ? 'Reading the line…' : 'Type a command: what it would do shows here before you press Enter.'}</p>}
    </div>
  );
}

function Shown({ view }: { view: PreviewShown }) {
  const [hot, setHot] = useState<ReadonlySet<number>>(() => new Set());
  const ready = view.preview.kind === 'preview' ? view.preview : null;
  const links = useMemo(() => view.explained.map((cmd) => cmd.items.map((item) => (ready ? related(item, ready.changes) : []))), [view, ready]);
  return (
    <>
      {ready ? <Consequences preview={ready} hot={hot} /> : <p className="preview__none" data-testid="preview.none">{view.preview.kind === 'none' ? view.preview.text : ''}</p>}
      {view.explained.length > 0 && <Explained commands={view.explained} links={links} onHot={setHot} />}
    </>
  );
}

function minutes(ms: number): string {
  const m = Math.round(ms / 60000);
  return m >= 1 ? `about ${m} min` : `${Math.max(1, Math.round(ms / 1000))} s`;
}

function Consequences({ preview, hot }: { preview: PreviewReady; hot: ReadonlySet<number> }) {
  const { changes, warnings } = preview;
  return (
    <div className="preview__result">
      {preview.fails && (
        <div className="preview__error" data-testid="preview.error">
          <p className="preview__lead">Enter would fail (exit code {preview.exitCode}) and print:</p>
          <pre className="preview__stderr">{preview.stderr.trimEnd() || '(nothing on standard error)'}</pre>
        </div>
      )}
      {warnings.length > 0 && (
        <ul className="preview__warnings" aria-label="Warnings">
          {warnings.map((w, i) => (
            <li key={i} className="preview__warning" data-testid="preview.warning" data-kind={w.kind} data-led={w.led ?? undefined}>
              <span aria-hidden="true">⚠ </span>
              {w.text}
            </li>
          ))}
        </ul>
      )}
      {changes.length > 0 ? (
        <>
          <p className="preview__lead">
            Enter would change{preview.durationMs >= 60000 ? ` (takes ${minutes(preview.durationMs)} of simulated time; this is its end state)` : ''}:
          </p>
          <ul className="preview__changes" aria-label="What would change">
            {changes.slice(0, CHANGES_SHOWN).map((c, i) => (
              <li key={i} className={`preview__change${hot.has(i) ? ' preview__change--hot' : ''}`} data-testid="preview.change" data-kind={c.kind} data-node={c.node ?? c.was ?? undefined} data-linked={hot.has(i) ? 'true' : undefined}>
                {c.text}
              </li>
            ))}
            {changes.length > CHANGES_SHOWN && <li className="preview__more">and {changes.length - CHANGES_SHOWN} more</li>}
          </ul>
        </>
      ) : (
        !preview.fails && <p className="preview__lead" data-testid="preview.nochange">Nothing in the lab would change.</p>
      )}
    </div>
  );
}

/** The changes an explained part names: its value or operand is the change's subject, or what it becomes. */
export function related(item: ExplainItem, changes: readonly PreviewChange[]): number[] {
  const text = item.kind === 'flag' ? item.value : item.kind === 'operand' ? item.text : null;
  if (!text) return [];
  const words = new Set(text.split(/[\s,]+/).filter(Boolean).map((w) => w.replace(/^\/dev\//, '')));
  const names = (s: string | null) => (s ?? '').split(/[\s,]+/).map((w) => w.replace(/^\/dev\//, ''));
  const out: number[] = [];
  changes.forEach((c, i) => {
    if (words.has(c.subject) || names(c.to).some((w) => words.has(w))) out.push(i);
  });
  return out;
}

function Explained({ commands, links, onHot }: { commands: readonly ExplainedCommand[]; links: number[][][]; onHot(hot: ReadonlySet<number>): void }) {
  return (
    <ul className="explain" data-testid="explain.list" aria-label="What each part of the line means">
      {commands.map((cmd, c) => (
        <li key={c} className="explain__command" data-testid="explain.command" data-command={cmd.name}>
          <p className="explain__summary">
            <code>{cmd.name}</code> — {cmd.summary}
            {cmd.known && !cmd.described && cmd.name !== '' && <> (Its flags are not described here; see man {cmd.name}.)</>}
          </p>
          {cmd.items.length > 0 && (
            <ul className="explain__items">
              {cmd.items.map((item, i) => (
                <Item key={i} item={item} links={links[c]?.[i] ?? []} onHot={onHot} />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function Item({ item, links, onHot }: { item: ExplainItem; links: number[]; onHot(hot: ReadonlySet<number>): void }) {
  const enter = () => onHot(new Set(links));
  const leave = () => onHot(new Set());
  const meaning = item.meaning;
  return (
    <li
      className={`explain__item explain__item--${item.kind}`}
      data-testid="explain.item"
      data-kind={item.kind}
      data-flag={item.kind === 'flag' || item.kind === 'bad-flag' ? item.flag : undefined}
      data-links={links.length ? links.join(' ') : undefined}
      onMouseEnter={links.length ? enter : undefined}
      onMouseLeave={links.length ? leave : undefined}
    >
      <code className="explain__text">{item.text}</code> <span className="explain__meaning">{meaning}</span>
      {item.kind === 'flag' && !item.simulated && <span className="explain__note"> Not simulated in this trainer.</span>}
      {links.length > 0 && (
        <>
          {' '}
          <button type="button" className="explain__link" onFocus={enter} onBlur={leave} onClick={enter} aria-label={`Mark the ${links.length} change${links.length > 1 ? 's' : ''} ${item.text} causes`}>
            → {links.length} change{links.length > 1 ? 's' : ''} above
          </button>
        </>
      )}
    </li>
  );
}
