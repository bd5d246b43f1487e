// The SMIT screen: drawn over the terminal pane while open, in smitty's conventions (an 80-column text
// screen, entry fields in brackets, markers, the function-key bars, +---+ pop-ups). Keyboard first: F-keys,
// Esc+digit, arrows, Tab on rings, Enter; every F-key is also a button. State and key rules live in
// state.ts and keys.ts; this file draws them and runs the effects.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { dialogFields } from '../../core/smit/panels.ts';
import {
  DIALOG_INSTRUCTIONS,
  MENU_INSTRUCTION,
  STATUS_TITLE,
  VALUE_COL,
  centre,
  entryFieldsLine,
  isEntry,
  labelLines,
  marker,
  type BarName,
} from '../../core/smit/screen.ts';
import type { DialogField } from '../../core/smit/types.ts';
import type { SimSnapshot } from '../../protocol/index.ts';
import { ESC_WAIT_MS, translateKey } from './keys.ts';
import {
  openSmit,
  press,
  setCursor,
  setValue,
  statusDone,
  statusOutput,
  top,
  type SmitScreen,
  type SmitState,
} from './state.ts';
import type { RunObserver } from './tap.ts';
import './smit.css';

import { KeyBar, Line, PopupView, StatusView, useScrollMarkers, type Dispatch, type SetFocus } from './SmitParts.tsx';

export interface SmitProps {
  panel: string;
  note: string | null;
  snapshot: SimSnapshot;
  /** Runs a line through the terminal (as if typed) and reports its output to `observer`. */
  run(line: string, observer: RunObserver): void;
  /** Leaves SMIT (F10, or F3 on the first screen). */
  onExit(): void;
}

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

