// Pieces of the SMIT screen shared by its views: lines, function-key bars, the COMMAND STATUS
// screen and the +---+ pop-ups (split from Smit.tsx to keep each file readable).
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode, UIEvent } from 'react';
import {
  COMMAND_POPUP_NOTE,
  COMMAND_POPUP_TITLE,
  LIST_INSTRUCTION,
  MULTI_LIST_INSTRUCTION,
  STATUS_NOTE,
  STATUS_TITLE,
  centre,
  fkeyBar,
  moreMarker,
  statusLine,
  type BarName,
  type FKeyName,
} from '../../core/smit/screen.ts';
import { appendText, EMPTY_SCREEN } from '../terminal/screen.ts';
import type { SmitKey, SmitPopup, SmitScreen, SmitState } from './state.ts';

/** Inner width of pop-ups, in columns (76 with the borders). */
export const POPUP_INNER = 72;

export type Dispatch = (key: SmitKey, prepare?: (s: SmitState) => SmitState) => void;
export type SetFocus = (el: HTMLElement | null, wanted: boolean) => void;

export function Line({ children, className }: { children?: ReactNode; className?: string }) {
  return <div className={`smit__line${className ? ` ${className}` : ''}`}>{children ?? ' '}</div>;
}

export function KeyBar({ name, dispatch, boxed = false }: { name: BarName; dispatch: Dispatch; boxed?: boolean }) {
  const rows = fkeyBar(name).map((row, i) => {
    const keys = row.map((k) => (
      <button
        type="button"
        key={k.label}
        className="smit__key"
        // Keep the keyboard in the field, so F4 lists the field the cursor is on.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => dispatch(toSmitKey(k.key))}
      >
        {k.label}
      </button>
    ));
    return boxed ? (
      <PopupRow key={i} className="smit__keyrow">
        {keys}
      </PopupRow>
    ) : (
      <div className="smit__keyrow" key={i}>
        {keys}
      </div>
    );
  });
  return (
    <div className={`smit__keys${boxed ? ' smit__keys--boxed' : ''}`} role="toolbar" aria-label="Function keys">
      {rows}
    </div>
  );
}

export function toSmitKey(k: FKeyName): SmitKey {
  return k;
}

/** [TOP] / [MORE...N] above and [MORE...N] / [BOTTOM] below a scrolled region, counted in lines. */
export function useScrollMarkers(deps: unknown[]) {
  const ref = useRef<HTMLDivElement>(null);
  const [marks, setMarks] = useState({ above: 0, below: 0 });
  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const row = el.querySelector<HTMLElement>('.smit__line, .smit__field');
    const h = row?.offsetHeight || 16;
    const above = Math.round(el.scrollTop / h);
    const below = Math.max(0, Math.round((el.scrollHeight - el.clientHeight - el.scrollTop) / h));
    setMarks((m) => (m.above === above && m.below === below ? m : { above, below }));
  }, []);
  useLayoutEffect(measure, deps);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [measure]);
  const onScroll = useCallback((_e: UIEvent<HTMLDivElement>) => measure(), [measure]);
  const topMark = marks.above > 0 ? moreMarker(marks.above) : marks.below > 0 ? '[TOP]' : '';
  const bottomMark = marks.below > 0 ? moreMarker(marks.below) : marks.above > 0 ? '[BOTTOM]' : '';
  return { ref, onScroll, topMark, bottomMark };
}

export function StatusView({ screen, popupOpen, setFocus }: { screen: Extract<SmitScreen, { kind: 'status' }>; popupOpen: boolean; setFocus: SetFocus }) {
  let out = EMPTY_SCREEN;
  for (const chunk of screen.output) out = appendText(out, chunk.stream, chunk.text);
  const hasOut = screen.output.some((c) => c.stream === 'stdout' && c.text !== '');
  const hasErr = screen.output.some((c) => c.stream === 'stderr' && c.text !== '');
  const { ref, onScroll, topMark, bottomMark } = useScrollMarkers([out.lines.length, screen.state]);
  const running = screen.state === 'running';
  // While the command runs, follow its output; when it has finished, show it from the top ([TOP]).
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = running ? el.scrollHeight : 0;
  }, [out.lines.length, running, ref]);
  return (
    <div className="smit__status" data-testid="smit.status" data-state={screen.state} aria-busy={running}>
      <Line className="smit__title">{centre(STATUS_TITLE)}</Line>
      <Line />
      <Line className="smit__status-line">{statusLine(screen.state, hasOut, hasErr)}</Line>
      <Line />
      <Line>{STATUS_NOTE}</Line>
      <Line />
      <Line>{topMark}</Line>
      <div
        className="smit__body smit__output"
        ref={(el) => {
          ref.current = el;
          setFocus(el, !popupOpen);
        }}
        onScroll={onScroll}
        tabIndex={-1}
        role="log"
        aria-label="Command output"
      >
        {out.lines.map((l) => (
          <div key={l.id} className={`smit__line smit__out--${l.kind}`}>
            {l.text || ' '}
          </div>
        ))}
      </div>
      <Line>{bottomMark}</Line>
    </div>
  );
}

function PopupRow({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <div className={`smit__prow${className ? ` ${className}` : ''}`}>
      <span aria-hidden="true">{'| '}</span>
      <span className="smit__pcell">{children ?? ' '}</span>
      <span aria-hidden="true">{' |'}</span>
    </div>
  );
}

export function PopupView({ popup, dispatch, setFocus }: { popup: SmitPopup; dispatch: Dispatch; setFocus: SetFocus }) {
  const border = `+${'-'.repeat(POPUP_INNER + 2)}+`;
  const title = popup.kind === 'list' ? popup.title : popup.kind === 'command' ? COMMAND_POPUP_TITLE : popup.title;
  const bar: BarName = popup.kind === 'list' ? (popup.multi ? 'multiList' : 'list') : 'popup';
  let body: ReactNode;
  if (popup.kind === 'list') {
    body = (
      <>
        {(popup.multi ? MULTI_LIST_INSTRUCTION : LIST_INSTRUCTION).map((t) => (
          <PopupRow key={t}>{t}</PopupRow>
        ))}
        <PopupRow />
        <div
          role="listbox"
          aria-label={popup.title}
          aria-multiselectable={popup.multi || undefined}
          aria-activedescendant={popup.items.length ? `smit-opt-${popup.cursor}` : undefined}
          tabIndex={0}
          className="smit__listbox"
          ref={(el) => setFocus(el, true)}
        >
          {popup.items.map((item, i) => {
            const marked = popup.selected.includes(item);
            return (
              <PopupRow key={item} className={i === popup.cursor ? 'smit__prow--cursor' : undefined}>
                <span
                  id={`smit-opt-${i}`}
                  role="option"
                  aria-selected={popup.multi ? marked : i === popup.cursor}
                  className="smit__option"
                  onClick={() => dispatch(popup.multi ? 'F7' : 'Enter', (s) => (s.popup?.kind === 'list' ? { ...s, popup: { ...s.popup, cursor: i } } : s))}
                >
                  <span aria-hidden="true">{marked ? '> ' : '  '}</span>
                  {item}
                </span>
              </PopupRow>
            );
          })}
        </div>
      </>
    );
  } else if (popup.kind === 'command') {
    body = (
      <>
        {COMMAND_POPUP_NOTE.map((t) => (
          <PopupRow key={t}>{t}</PopupRow>
        ))}
        <PopupRow />
        <PopupRow className="smit__prow--wrap">
          {'  '}
          <span data-testid="smit.command">{popup.command}</span>
        </PopupRow>
      </>
    );
  } else {
    body = popup.lines.map((t) => (
      <PopupRow key={t} className="smit__prow--wrap">
        {t}
      </PopupRow>
    ));
  }
  return (
    <div className="smit__overlay">
      <div
        className="smit__popup"
        role="dialog"
        aria-label={title}
        tabIndex={-1}
        ref={(el) => setFocus(el, popup.kind !== 'list')}
        data-testid={`smit.popup.${popup.kind}`}
      >
        <div className="smit__line" aria-hidden="true">
          {border}
        </div>
        <PopupRow>{centre(title, POPUP_INNER)}</PopupRow>
        <PopupRow />
        {body}
        <PopupRow />
        <KeyBar name={bar} dispatch={dispatch} boxed />
        <div className="smit__line" aria-hidden="true">
          {border}
        </div>
      </div>
    </div>
  );
}
