// What the SMIT screen is showing and what each key does to it: a pure reducer (tested in node). The
// component draws the state and carries out the effects (run a line, leave SMIT).
import { buildCommand } from '../../core/smit/build.ts';
import { choicesFor, cycleRing } from '../../core/smit/choices.ts';
import { smitMessages } from '../../core/smit/messages.ts';
import { defaultValues, dialogFields, findPanel } from '../../core/smit/panels.ts';
import { isEntry, type CommandState } from '../../core/smit/screen.ts';
import type { DialogField, DialogPanel, MenuPanel } from '../../core/smit/types.ts';
import type { SimSnapshot } from '../../protocol/index.ts';

export type SmitScreen =
  | { kind: 'menu'; panel: MenuPanel; cursor: number }
  /** `cursor` indexes the panel's fields (not its rows). */
  | { kind: 'dialog'; panel: DialogPanel; values: Record<string, string>; cursor: number }
  | { kind: 'status'; command: string; state: CommandState; output: { stream: 'stdout' | 'stderr'; text: string }[] };

export type SmitPopup =
  | { kind: 'list'; fieldId: string; title: string; items: string[]; cursor: number; selected: string[]; multi: boolean }
  | { kind: 'command'; command: string }
  | { kind: 'message'; title: string; lines: string[] };

export interface SmitState {
  stack: SmitScreen[];
  popup: SmitPopup | null;
  /** Trainer remark shown beside the screen (bare smitty). */
  note: string | null;
}

export type SmitKey =
  | 'F1' | 'F2' | 'F3' | 'F4' | 'F5' | 'F6' | 'F7' | 'F8' | 'F9' | 'F10'
  | 'Enter' | 'Up' | 'Down' | 'Tab' | 'ShiftTab' | '/' | 'n';

export type SmitEffect = { kind: 'exit' } | { kind: 'run'; line: string } | null;

export interface Step {
  state: SmitState;
  effect: SmitEffect;
}

function screenFor(panelId: string): SmitScreen | null {
  const panel = findPanel(panelId);
  if (!panel) return null;
  return panel.kind === 'menu' ? { kind: 'menu', panel, cursor: 0 } : { kind: 'dialog', panel, values: defaultValues(panel), cursor: 0 };
}

/** The state a 'smit' event opens; null for a fast path this build does not know. */
export function openSmit(panelId: string, note: string | null = null): SmitState | null {
  const screen = screenFor(panelId);
  return screen ? { stack: [screen], popup: null, note } : null;
}

export function top(state: SmitState): SmitScreen {
  return state.stack[state.stack.length - 1];
}

export function currentField(screen: SmitScreen): DialogField | null {
  return screen.kind === 'dialog' ? (dialogFields(screen.panel)[screen.cursor] ?? null) : null;
}

const stay = (state: SmitState): Step => ({ state, effect: null });
const withTop = (state: SmitState, screen: SmitScreen): SmitState => ({ ...state, stack: [...state.stack.slice(0, -1), screen] });
const message = (state: SmitState, title: string, lines: string[]): Step => stay({ ...state, popup: { kind: 'message', title, lines } });
const notSimulated = (state: SmitState, what: string) => message(state, smitMessages.notSimulatedTitle, [smitMessages.keyNotSimulated(what)]);

/** Back one screen (F3): the first screen of the fast path leaves SMIT. */
function cancel(state: SmitState): Step {
  if (state.popup) return stay({ ...state, popup: null });
  const screen = top(state);
  if (screen.kind === 'status' && screen.state === 'running') return stay(state);
  if (state.stack.length <= 1) return { state, effect: { kind: 'exit' } };
  return stay({ ...state, stack: state.stack.slice(0, -1) });
}

export function setValue(state: SmitState, fieldId: string, value: string): SmitState {
  const screen = top(state);
  if (screen.kind !== 'dialog') return state;
  return withTop(state, { ...screen, values: { ...screen.values, [fieldId]: value } });
}

export function setCursor(state: SmitState, cursor: number): SmitState {
  const screen = top(state);
  if (screen.kind === 'status' || screen.cursor === cursor) return state;
  return withTop(state, { ...screen, cursor });
}

/** The command line the dialog under the status screen (or on top) would run. */
export function commandOf(state: SmitState): string | null {
  for (let i = state.stack.length - 1; i >= 0; i--) {
    const s = state.stack[i];
    if (s.kind === 'status') return s.command;
    if (s.kind === 'dialog') return buildCommand(s.panel, s.values);
  }
  return null;
}

function pressPopup(state: SmitState, popup: SmitPopup, key: SmitKey): Step {
  if (key === 'F3') return stay({ ...state, popup: null });
  if (popup.kind !== 'list') return key === 'Enter' ? stay({ ...state, popup: null }) : stay(state);
  const n = popup.items.length;
  switch (key) {
    case 'Up':
      return stay({ ...state, popup: { ...popup, cursor: Math.max(0, popup.cursor - 1) } });
    case 'Down':
      return stay({ ...state, popup: { ...popup, cursor: Math.min(Math.max(0, n - 1), popup.cursor + 1) } });
    case 'F7': {
      if (!popup.multi || n === 0) return stay(state);
      const item = popup.items[popup.cursor];
      const selected = popup.selected.includes(item) ? popup.selected.filter((s) => s !== item) : [...popup.selected, item];
      return stay({ ...state, popup: { ...popup, selected } });
    }
    case 'Enter': {
      if (n === 0) return stay({ ...state, popup: null });
      const chosen = popup.multi && popup.selected.length > 0 ? popup.items.filter((i) => popup.selected.includes(i)) : [popup.items[popup.cursor]];
      return stay({ ...setValue(state, popup.fieldId, chosen.join(' ')), popup: null });
    }
    default:
      return stay(state);
  }
}

function pressMenu(state: SmitState, screen: Extract<SmitScreen, { kind: 'menu' }>, key: SmitKey): Step {
  const n = screen.panel.items.length;
  switch (key) {
    case 'Up':
    case 'ShiftTab':
      return stay(withTop(state, { ...screen, cursor: (screen.cursor - 1 + n) % n }));
    case 'Down':
    case 'Tab':
      return stay(withTop(state, { ...screen, cursor: (screen.cursor + 1) % n }));
    case 'Enter': {
      const item = screen.panel.items[screen.cursor];
      const next = item.opens ? screenFor(item.opens) : null;
      if (!next) return message(state, item.label, [item.note ?? smitMessages.keyNotSimulated(item.label)]);
      return stay({ ...state, stack: [...state.stack, next] });
    }
    case 'F1':
      return message(state, screen.panel.title, ['Move the cursor to an item and press Enter to open it.', 'F3 goes back, F10 leaves SMIT.']);
    default:
      return stay(state);
  }
}

function pressDialog(state: SmitState, screen: Extract<SmitScreen, { kind: 'dialog' }>, key: SmitKey, snapshot: SimSnapshot): Step {
  const fields = dialogFields(screen.panel);
  const field = fields[screen.cursor];
  const value = screen.values[field.id] ?? field.default;
  switch (key) {
    case 'Up':
      return stay(setCursor(state, Math.max(0, screen.cursor - 1)));
    case 'Down':
      return stay(setCursor(state, Math.min(fields.length - 1, screen.cursor + 1)));
    case 'Tab':
    case 'ShiftTab': {
      const step = key === 'Tab' ? 1 : -1;
      if (!isEntry(field) && field.choices?.from === 'fixed') return stay(setValue(state, field.id, cycleRing(field, value, step)));
      return stay(setCursor(state, Math.min(fields.length - 1, Math.max(0, screen.cursor + step))));
    }
    case 'F1':
      return message(state, field.label.join(' '), [field.help]);
    case 'F4': {
      const items = choicesFor(field, snapshot);
      if (items === null) return stay(state);
      const current = value.trim().split(/\s+/).filter(Boolean);
      const selected = field.multi ? items.filter((i) => current.includes(i)) : [];
      const at = Math.max(0, items.indexOf(current[0] ?? ''));
      return stay({ ...state, popup: { kind: 'list', fieldId: field.id, title: field.label.join(' '), items, cursor: at, selected, multi: !!field.multi } });
    }
    case 'F5':
      return stay(setValue(state, field.id, field.default));
    case 'F6':
      return stay({ ...state, popup: { kind: 'command', command: buildCommand(screen.panel, screen.values) } });
    case 'F7':
      return notSimulated(state, 'F7=Edit');
    case 'Enter': {
      const line = buildCommand(screen.panel, screen.values);
      const status: SmitScreen = { kind: 'status', command: line, state: 'running', output: [] };
      return { state: { ...state, stack: [...state.stack, status] }, effect: { kind: 'run', line } };
    }
    default:
      return stay(state);
  }
}

/** One key on the SMIT screen. */
export function press(state: SmitState, key: SmitKey, snapshot: SimSnapshot): Step {
  if (key === 'F10') return { state, effect: { kind: 'exit' } };
  if (key === 'F8') return notSimulated(state, 'F8=Image');
  if (key === 'F9') return notSimulated(state, 'F9=Shell');
  if (key === 'F2') return stay(state); // Refresh: every draw is fresh
  if (state.popup) return pressPopup(state, state.popup, key);
  if (key === 'F3') return cancel(state);
  const screen = top(state);
  if (screen.kind === 'menu') return pressMenu(state, screen, key);
  if (screen.kind === 'dialog') return pressDialog(state, screen, key, snapshot);
  // COMMAND STATUS
  if (key === 'F6') return stay({ ...state, popup: { kind: 'command', command: screen.command } });
  if (key === '/' || key === 'n') return notSimulated(state, key === '/' ? '/=Find' : 'n=Find Next');
  if (key === 'F1') return message(state, 'COMMAND STATUS', ['The output of the command SMIT ran. F3 goes back to the dialog, F10 leaves SMIT.']);
  return stay(state);
}

/** Output of the running command, as it streams. */
export function statusOutput(state: SmitState, stream: 'stdout' | 'stderr', text: string): SmitState {
  const screen = top(state);
  if (screen.kind !== 'status') return state;
  return withTop(state, { ...screen, output: [...screen.output, { stream, text }] });
}

export function statusDone(state: SmitState, exitCode: number): SmitState {
  const screen = top(state);
  if (screen.kind !== 'status') return state;
  return withTop(state, { ...screen, state: exitCode === 0 ? 'ok' : 'failed' });
}
