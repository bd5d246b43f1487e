// The SMIT screen: drawn over the terminal pane while open, in smitty's conventions (an 80-column text
// screen, entry fields in brackets, markers, the function-key bars, +---+ pop-ups). Keyboard first: F-keys,
// Esc+digit, arrows, Tab on rings, Enter; every F-key is also a button. State and key rules live in
// state.ts and keys.ts; this file draws them and runs the effects.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent, ReactNode, UIEvent } from 'react';
import { dialogFields } from '../../core/smit/panels.ts';
import {
  COMMAND_POPUP_NOTE,
  COMMAND_POPUP_TITLE,
  DIALOG_INSTRUCTIONS,
  LIST_INSTRUCTION,
  MENU_INSTRUCTION,
  MULTI_LIST_INSTRUCTION,
  STATUS_NOTE,
  STATUS_TITLE,
  VALUE_COL,
  centre,
  entryFieldsLine,
  fkeyBar,
  isEntry,
  labelLines,
  marker,
  moreMarker,
  statusLine,
  type BarName,
  type FKeyName,
} from '../../core/smit/screen.ts';
import type { DialogField } from '../../core/smit/types.ts';
import type { SimSnapshot } from '../../protocol/index.ts';
import { appendText, EMPTY_SCREEN } from '../terminal/screen.ts';
import { ESC_WAIT_MS, translateKey } from './keys.ts';
import {
  openSmit,
  press,
  setCursor,
  setValue,
  statusDone,
  statusOutput,
  top,
  type SmitKey,
  type SmitPopup,
  type SmitScreen,
  type SmitState,
} from './state.ts';
import type { RunObserver } from './tap.ts';
import './smit.css';

export interface SmitProps {
  panel: string;
  note: string | null;
  snapshot: SimSnapshot;
  /** Runs a line through the terminal (as if typed) and reports its output to `observer`. */
  run(line: string, observer: RunObserver): void;
  /** Leaves SMIT (F10, or F3 on the first screen). */
  onExit(): void;
}

/** Inner width of pop-ups, in columns (76 with the borders). */
const POPUP_INNER = 72;
/** Columns an entry field shows between its brackets (53–76 less the brackets). */
const ENTRY_WIDTH = 22;

export function Smit({ panel, note, snapshot, run, onExit }: SmitProps) {
  const [state, setState] = useState<SmitState | null>(() => openSmit(panel, note));
  const escRef = useRef<{ pending: boolean; timer: ReturnType<typeof setTimeout> | null }>({ pending: false, timer: null });
  const rootRef = useRef<HTMLDivElement>(null);
  const focusRef = useRef<HTMLElement | null>(null);
  // The state as of the last change (keys may come faster than renders), and the latest props.
  const stateRef = useRef(state);
  const props = useRef({ snapshot, run, onExit });
  props.current = { snapshot, run, onExit };

  const update = useCallback<Update>((f) => {
    const next = stateRef.current ? f(stateRef.current) : null;
    stateRef.current = next;
    setState(next);
  }, []);

  /** One key, after an optional change (a click moves the cursor, then presses Enter). */
  const dispatch = useCallback<Dispatch>((key, prepare) => {
    const current = stateRef.current;
    if (!current) return;
    const { snapshot: snap, run: runLine, onExit: exit } = props.current;
    const step = press(prepare ? prepare(current) : current, key, snap);
    stateRef.current = step.state;
    setState(step.state);
    if (step.effect?.kind === 'exit') exit();
    if (step.effect?.kind === 'run') {
      runLine(step.effect.line, {
        onChunk: (stream, text) => update((s) => statusOutput(s, stream, text)),
        onDone: (code) => update((s) => statusDone(s, code)),
      });
    }
  }, [update]);

  const clearEsc = () => {
    const esc = escRef.current;
    if (esc.timer) clearTimeout(esc.timer);
    esc.timer = null;
    esc.pending = false;
  };
  useEffect(() => clearEsc, []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const current = stateRef.current;
      if (!current) return;
      const screen = top(current);
      const findKeys = current.popup?.kind === 'list' || (!current.popup && screen.kind === 'status');
      const t = translateKey(e, escRef.current.pending, findKeys);
      if (t.consume) e.preventDefault();
      if (t.escPending && !escRef.current.pending) {
        escRef.current.pending = true;
        escRef.current.timer = setTimeout(() => {
          clearEsc();
          dispatch('F3');
        }, ESC_WAIT_MS);
        return;
      }
      if (!t.escPending && escRef.current.pending) clearEsc();
      if (t.key) dispatch(t.key);
    },
    [dispatch],
  );

  // An unknown panel (a newer core than this page): nothing to draw.
  useEffect(() => {
    if (!state) onExit();
  }, [state, onExit]);

  // Keep the keyboard where SMIT's cursor is (the current field, menu item, list or output).
  useLayoutEffect(() => {
    const target = focusRef.current ?? rootRef.current;
    if (target && document.activeElement !== target) target.focus();
  });

  if (!state) return null;
  const screen = top(state);
  const title = screen.kind === 'status' ? STATUS_TITLE : screen.panel.title;
  const bar: BarName = screen.kind;

  const setFocus = (el: HTMLElement | null, wanted: boolean) => {
    if (wanted && el) focusRef.current = el;
  };
  focusRef.current = null;

  return (
    <div
      className="smit"
      role="dialog"
      aria-label={title}
      aria-modal="true"
      data-testid="smit.panel"
      data-screen={screen.kind}
      tabIndex={-1}
      ref={rootRef}
      onKeyDown={onKeyDown}
    >
      {state.note && (
        <p className="smit__note" role="note">
          {state.note}
        </p>
      )}
      <div className="smit__frame">
        <div className="smit__screen" inert={!!state.popup}>
          {screen.kind === 'menu' && <MenuView screen={screen} popupOpen={!!state.popup} dispatch={dispatch} setFocus={setFocus} />}
          {screen.kind === 'dialog' && <DialogView screen={screen} popupOpen={!!state.popup} update={update} setFocus={setFocus} />}
          {screen.kind === 'status' && <StatusView screen={screen} popupOpen={!!state.popup} setFocus={setFocus} />}
          <KeyBar name={bar} dispatch={dispatch} />
        </div>
        {state.popup && <PopupView popup={state.popup} dispatch={dispatch} setFocus={setFocus} />}
      </div>
    </div>
  );
}

type Update = (f: (s: SmitState) => SmitState) => void;
type Dispatch = (key: SmitKey, prepare?: (s: SmitState) => SmitState) => void;
type SetFocus = (el: HTMLElement | null, wanted: boolean) => void;

function Line({ children, className }: { children?: ReactNode; className?: string }) {
  return <div className={`smit__line${className ? ` ${className}` : ''}`}>{children ?? ' '}</div>;
}

function KeyBar({ name, dispatch, boxed = false }: { name: BarName; dispatch: Dispatch; boxed?: boolean }) {
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

function toSmitKey(k: FKeyName): SmitKey {
  return k;
}

/** [TOP] / [MORE...N] above and [MORE...N] / [BOTTOM] below a scrolled region, counted in lines. */
function useScrollMarkers(deps: unknown[]) {
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

function MenuView({
  screen,
  popupOpen,
  dispatch,
  setFocus,
}: {
  screen: Extract<SmitScreen, { kind: 'menu' }>;
  popupOpen: boolean;
  dispatch: Dispatch;
  setFocus: SetFocus;
}) {
  return (
    <>
      <Line className="smit__title">{centre(screen.panel.title)}</Line>
      <Line />
      <Line>{MENU_INSTRUCTION}</Line>
      <Line />
      <div className="smit__body" role="menu" aria-label={screen.panel.title}>
        {screen.panel.items.map((item, i) => (
          <div
            key={item.label}
            role="menuitem"
            className="smit__line smit__item"
            aria-current={i === screen.cursor ? 'true' : undefined}
            tabIndex={i === screen.cursor ? 0 : -1}
            ref={(el) => setFocus(el, !popupOpen && i === screen.cursor)}
            onClick={() => dispatch('Enter', (s) => setCursor(s, i))}
          >
            {`  ${item.label}`}
          </div>
        ))}
      </div>
      <Line />
    </>
  );
}

function DialogView({
  screen,
  popupOpen,
  update,
  setFocus,
}: {
  screen: Extract<SmitScreen, { kind: 'dialog' }>;
  popupOpen: boolean;
  update: Update;
  setFocus: SetFocus;
}) {
  const fields = dialogFields(screen.panel);
  const { ref, onScroll, topMark, bottomMark } = useScrollMarkers([screen.panel.id]);
  return (
    <>
      <Line className="smit__title">{centre(screen.panel.title)}</Line>
      <Line />
      {DIALOG_INSTRUCTIONS.map((t) => (
        <Line key={t}>{t}</Line>
      ))}
      <Line />
      <Line>{entryFieldsLine(topMark)}</Line>
      <div className="smit__body" ref={ref} onScroll={onScroll}>
        {screen.panel.rows.map((row, i) => {
          if (row.type === 'blank') return <Line key={i} />;
          if (row.type === 'text') return <Line key={i}>{`  ${row.text}`}</Line>;
          const f = row.field;
          const index = fields.indexOf(f);
          return (
            <FieldRow
              key={f.id}
              field={f}
              value={screen.values[f.id] ?? f.default}
              current={index === screen.cursor}
              inputRef={(el) => setFocus(el, !popupOpen && index === screen.cursor)}
              onFocus={() => update((s) => setCursor(s, index))}
              onChange={(v) => update((s) => setValue(s, f.id, v))}
            />
          );
        })}
      </div>
      <Line>{bottomMark}</Line>
    </>
  );
}

function FieldRow({
  field,
  value,
  current,
  inputRef,
  onFocus,
  onChange,
}: {
  field: DialogField;
  value: string;
  current: boolean;
  inputRef: (el: HTMLInputElement | null) => void;
  onFocus(): void;
  onChange(v: string): void;
}) {
  const labels = labelLines(field);
  const entry = isEntry(field);
  const name = field.label.join(' ').replace(/\s+/g, ' ');
  // An entry field is as wide as its value, so `]` follows it as on the real screen ([] when empty;
  // the 1px leaves room for the caret).
  const width = `calc(${Math.min(ENTRY_WIDTH, value.length)}ch + 1px)`;
  const own = useRef<HTMLInputElement | null>(null);
  // A click anywhere on the field's lines puts the cursor in the field (not on the screen behind it).
  const pick = (e: MouseEvent) => {
    if (e.target === own.current) return;
    e.preventDefault();
    own.current?.focus();
  };
  return (
    <>
      {labels.slice(0, -1).map((l) => (
        <div key={l} className="smit__line smit__pick" onMouseDown={pick}>
          {l}
        </div>
      ))}
      <div className={`smit__field smit__pick${current ? ' smit__field--current' : ''}`} onMouseDown={pick}>
        <span className="smit__label" aria-hidden="true">
          {labels[labels.length - 1].padEnd(VALUE_COL)}
        </span>
        <span className="smit__value">
          {entry ? '[' : ' '}
          <input
            ref={(el) => {
              own.current = el;
              if (el) el.style.width = width;
              inputRef(el);
            }}
            className={`smit__input${entry ? '' : ' smit__input--ring'}`}
            type="text"
            aria-label={name}
            aria-required={field.required || undefined}
            data-testid={`smit.field.${field.key}`}
            readOnly={!entry}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            value={value}
            onFocus={onFocus}
            onChange={(e) => onChange(e.target.value)}
          />
          {entry ? ']' : ''}
        </span>
        <span className="smit__marker" aria-hidden="true">
          {marker(field)}
        </span>
      </div>
    </>
  );
}

function StatusView({ screen, popupOpen, setFocus }: { screen: Extract<SmitScreen, { kind: 'status' }>; popupOpen: boolean; setFocus: SetFocus }) {
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

function PopupView({ popup, dispatch, setFocus }: { popup: SmitPopup; dispatch: Dispatch; setFocus: SetFocus }) {
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
