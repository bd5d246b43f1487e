// The consequence preview beside the prompt (issue 16), loaded when the preview is on: as the learner
// types, the line goes to the worker (debounced; a newer line makes an older answer stale), and the panel
// shows what Enter would change, its warnings in plain words or the error it would print, and each flag
// and operand with its meaning (the same texts as `man`). Pointing at an explained part marks the changes
// it names. Once a line's preview is shown and the learner pauses, the panel asks again with the flags'
// causes (each flag left out in turn: costs one preview per flag), so a flag with no value, like -B, links to
// what it causes or prevents too (causes.ts). The diagram draws the same preview as ghosts (previewStore →
// diagram/ghost.ts).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Preview, PreviewReady } from '../../protocol/index.ts';
import { itemLinks, wantsCauses, type ItemLinks } from './causes.ts';
import { publishPreview, useShownPreview, useTypedLine } from './previewStore.ts';
import type { ExplainedCommand, ExplainItem, PreviewShown } from './types.ts';
import './preview.css';

/** Milliseconds of quiet typing before a line is previewed. */
export const PREVIEW_DEBOUNCE_MS = 150;
/** Milliseconds of quiet after a preview is shown before its flags' causes are asked for. */
export const CAUSES_DEBOUNCE_MS = 150;
/** Changes listed before "and N more". */
const CHANGES_SHOWN = 12;

export interface PreviewSource {
  preview?(line: string, options?: { causes?: boolean }): Promise<Preview>;
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
    let causesTimer: number | undefined;
    // The same line again with each flag's causes, once its plain preview is on screen and typing paused;
    // the answer replaces the shown preview (same line, same state: its change indexes are the causes').
    const askCauses = () => {
      api.preview!(line, { causes: true }).then(
        (preview) => {
          if (mine !== seq.current || preview.kind !== 'preview' || !preview.causes) return; // stale or superseded
          publishPreview({ line, preview, explained: (preview as WithExplained).explained ?? [] });
        },
        () => undefined, // the plain preview stays
      );
    };
    const timer = window.setTimeout(() => {
      api.preview!(line).then(
        (preview) => {
          if (mine !== seq.current) return; // stale: the learner typed on
          if (preview.kind === 'none' && preview.reason === 'superseded') return;
          const explained = (preview as WithExplained).explained ?? [];
          publishPreview({ line, preview, explained });
          if (wantsCauses(preview, explained)) causesTimer = window.setTimeout(askCauses, CAUSES_DEBOUNCE_MS);
        },
        () => {
          if (mine === seq.current) publishPreview(null);
        },
      );
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      window.clearTimeout(causesTimer);
    };
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

/** What pointing at an explained part marks: changes and warnings by index, and the flag whose prevented changes. */
interface Hot {
  changes: ReadonlySet<number>;
  warnings: ReadonlySet<number>;
  flag: string | null;
}
const COLD: Hot = { changes: new Set(), warnings: new Set(), flag: null };

function Shown({ view }: { view: PreviewShown }) {
  const [hot, setHot] = useState<Hot>(COLD);
  const ready = view.preview.kind === 'preview' ? view.preview : null;
  const links = useMemo(() => itemLinks(view.explained, ready), [view, ready]);
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

function Consequences({ preview, hot }: { preview: PreviewReady; hot: Hot }) {
  const { changes, warnings } = preview;
  const kept = (preview.causes ?? []).flatMap((cause) => cause.prevented.map((change) => ({ flag: cause.flag, change })));
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
            <li key={i} className={`preview__warning${hot.warnings.has(i) ? ' preview__warning--hot' : ''}`} data-testid="preview.warning" data-kind={w.kind} data-led={w.led ?? undefined} data-linked={hot.warnings.has(i) ? 'true' : undefined}>
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
              <li key={i} className={`preview__change${hot.changes.has(i) ? ' preview__change--hot' : ''}`} data-testid="preview.change" data-kind={c.kind} data-node={c.node ?? c.was ?? undefined} data-linked={hot.changes.has(i) ? 'true' : undefined}>
                {c.text}
              </li>
            ))}
            {changes.length > CHANGES_SHOWN && <li className="preview__more">and {changes.length - CHANGES_SHOWN} more</li>}
          </ul>
        </>
      ) : (
        !preview.fails && <p className="preview__lead" data-testid="preview.nochange">Nothing in the lab would change.</p>
      )}
      {kept.length > 0 && (
        <>
          <p className="preview__lead">Only without a flag, Enter would:</p>
          <ul className="preview__changes" aria-label="What Enter would do only without a flag">
            {kept.map(({ flag, change }, i) => {
              const on = hot.flag === flag;
              return (
                <li key={i} className={`preview__change preview__change--kept${on ? ' preview__change--hot' : ''}`} data-testid="preview.prevented" data-flag={flag} data-kind={change.kind} data-node={change.node ?? change.was ?? undefined} data-linked={on ? 'true' : undefined}>
                  {change.text} <span className="preview__by">(only without -{flag})</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

function Explained({ commands, links, onHot }: { commands: readonly ExplainedCommand[]; links: ItemLinks[][]; onHot(hot: Hot): void }) {
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
                <Item key={i} item={item} links={links[c]?.[i]} onHot={onHot} />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function Item({ item, links, onHot }: { item: ExplainItem; links: ItemLinks | undefined; onHot(hot: Hot): void }) {
  const { changes = [], warnings = [], prevented = [], sentence = null } = links ?? {};
  const linked = changes.length + warnings.length + prevented.length > 0;
  const flag = item.kind === 'flag' ? item.flag : null;
  const enter = () => onHot({ changes: new Set(changes), warnings: new Set(warnings), flag: prevented.length ? flag : null });
  const leave = () => onHot(COLD);
  // The pointer leaving does not unmark what a focused (clicked) link marks: its blur does (the scroll below moves
  // the panel under a still pointer).
  // Activating the link also brings the first marked entry into the panel's view (a prevented change is listed last).
  const show = (e: { currentTarget: HTMLElement }) => {
    enter();
    const panel = e.currentTarget.closest('.preview');
    window.requestAnimationFrame(() => panel?.querySelector('[data-linked="true"]')?.scrollIntoView({ block: 'nearest' }));
  };
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const causes = [changes.length ? count(changes.length, 'change') : '', warnings.length ? count(warnings.length, 'warning') : ''].filter(Boolean);
  const parts = [causes.length ? `causes ${causes.join(' and ')}` : '', prevented.length ? `prevents ${count(prevented.length, 'change')}` : ''].filter(Boolean);
  const meaning = item.meaning;
  return (
    <li
      className={`explain__item explain__item--${item.kind}`}
      data-testid="explain.item"
      data-kind={item.kind}
      data-flag={item.kind === 'flag' || item.kind === 'bad-flag' ? item.flag : undefined}
      data-links={changes.length ? changes.join(' ') : undefined}
      data-warnings={warnings.length ? warnings.join(' ') : undefined}
      data-prevents={prevented.length ? prevented.map((c) => c.kind).join(' ') : undefined}
      onMouseEnter={linked ? enter : undefined}
      onMouseLeave={linked ? (e) => void (e.currentTarget.contains(document.activeElement) || leave()) : undefined}
    >
      <code className="explain__text">{item.text}</code> <span className="explain__meaning">{meaning}</span>
      {item.kind === 'flag' && !item.simulated && <span className="explain__note"> Not simulated in this trainer.</span>}
      {sentence && (
        <>
          {' '}
          <span className="explain__cause" data-testid="explain.cause">
            {sentence}
          </span>
        </>
      )}
      {linked && (
        <>
          {' '}
          <button type="button" className="explain__link" onFocus={enter} onBlur={leave} onClick={show} aria-label={`Mark what ${item.text} ${parts.join(', ')}`}>
            → {parts.join(', ')}
          </button>
        </>
      )}
    </li>
  );
}
