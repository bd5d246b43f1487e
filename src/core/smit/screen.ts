// SMIT's screen conventions as text (REFERENCE §11.5.1, verified from real smitty screens, and §2.30):
// an 80-column screen, centred titles, the instruction lines, the `[Entry Fields]` header, `*` in column 1
// for required fields, values from column 53, `+` `/` markers in column 77, the function-key bars in
// columns of 20, the COMMAND STATUS line, and pop-ups drawn with +---+ and | borders.
import type { DialogField, DialogPanel, FieldValues } from './types.ts';

export const SCREEN_WIDTH = 80;
/** Column of the `[` of an entry field (a ring value starts one column later). */
export const VALUE_COL = 53;
/** Column of the `+` / `/` marker. */
export const MARKER_COL = 77;
export const ENTRY_FIELDS_HEADER = '[Entry Fields]';
/** Column of the `[Entry Fields]` header. */
export const ENTRY_FIELDS_COL = 56;

export const DIALOG_INSTRUCTIONS = ['Type or select values in entry fields.', 'Press Enter AFTER making all desired changes.'] as const;
export const MENU_INSTRUCTION = 'Move cursor to desired item and press Enter.';
export const LIST_INSTRUCTION = ['Move cursor to desired item and press Enter.'] as const;
/** Multiple-choice list wording [H: not in the verified screenshots]. */
export const MULTI_LIST_INSTRUCTION = [
  'Move cursor to desired item and press F7.',
  '    ONE OR MORE items can be selected.',
  'Press Enter AFTER making all selections.',
] as const;
export const STATUS_TITLE = 'COMMAND STATUS';
export const STATUS_NOTE = 'Before command completion, additional instructions may appear below.';
/** F6 pop-up [H: wording not in the verified screenshots]. */
export const COMMAND_POPUP_TITLE = 'SHOW COMMAND STRING';
export const COMMAND_POPUP_NOTE = ['Press Enter or Cancel to return to the', 'application.'] as const;

/** A function key as the bars show it and the key that presses it. */
export interface FKey {
  label: string;
  key: FKeyName;
}
export type FKeyName = 'F1' | 'F2' | 'F3' | 'F4' | 'F5' | 'F6' | 'F7' | 'F8' | 'F9' | 'F10' | 'Enter' | '/' | 'n';

const K = (label: string): FKey => ({ label, key: label.slice(0, label.indexOf('=')) as FKeyName });

/** The function-key bars, row by row. Dialog bar and pop-up list keys are [V]; the others [H]. */
export const FKEY_BARS = {
  dialog: [
    ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F4=List'],
    ['F5=Reset', 'F6=Command', 'F7=Edit', 'F8=Image'],
    ['F9=Shell', 'F10=Exit', 'Enter=Do'],
  ],
  menu: [
    ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F8=Image'],
    ['F9=Shell', 'F10=Exit', 'Enter=Do'],
  ],
  status: [
    ['F1=Help', 'F2=Refresh', 'F3=Cancel', 'F6=Command'],
    ['F8=Image', 'F9=Shell', 'F10=Exit', '/=Find'],
    ['n=Find Next'],
  ],
  list: [
    ['F1=Help', 'F2=Refresh', 'F3=Cancel'],
    ['F8=Image', 'F10=Exit', 'Enter=Do'],
    ['/=Find', 'n=Find Next'],
  ],
  multiList: [
    ['F1=Help', 'F2=Refresh', 'F3=Cancel'],
    ['F7=Select', 'F8=Image', 'F10=Exit'],
    ['Enter=Do', '/=Find', 'n=Find Next'],
  ],
  popup: [
    ['F1=Help', 'F2=Refresh', 'F3=Cancel'],
    ['F8=Image', 'F10=Exit', 'Enter=Do'],
  ],
} as const satisfies Record<string, readonly (readonly string[])[]>;

export type BarName = keyof typeof FKEY_BARS;

export function fkeyBar(name: BarName): FKey[][] {
  return FKEY_BARS[name].map((row) => row.map(K));
}

/** One bar row as text: each key in a column of `col` characters. */
export function barLine(row: readonly string[], col = 20): string {
  return row.map((k, i) => (i === row.length - 1 ? k : k.padEnd(col))).join('');
}

export function centre(text: string, width = SCREEN_WIDTH): string {
  return ' '.repeat(Math.max(0, Math.floor((width - text.length) / 2))) + text;
}

/** `[Entry Fields]` header line (with `[TOP]` at the left when the list continues below it). */
export function entryFieldsLine(top: string = ''): string {
  return top.padEnd(ENTRY_FIELDS_COL) + ENTRY_FIELDS_HEADER;
}

/** The label lines of a field: `* ` in column 1 for required fields, sub-fields indented. */
export function labelLines(field: DialogField): string[] {
  return field.label.map((l, i) => `${i === 0 && field.required ? '* ' : '  '}${' '.repeat(field.indent)}${l}`);
}

/** `+` for lists and rings, `/` for file names, nothing for plain entries. */
export function marker(field: DialogField): string {
  if (field.kind === 'file') return '/';
  if (field.kind === 'list' || field.kind === 'yesno') return '+';
  return '';
}

/** Whether the value shows in brackets (an entry field) or bare (a ring). */
export function isEntry(field: DialogField): boolean {
  return field.kind === 'entry' || field.kind === 'file' || (field.kind === 'list' && !!field.editable);
}

/** A field's last screen line as text, value included (the UI draws the same with an input in the brackets). */
export function fieldLine(field: DialogField, value: string): string {
  const labels = labelLines(field);
  const head = labels[labels.length - 1].padEnd(VALUE_COL);
  const body = isEntry(field) ? `[${value}]` : ` ${value}`;
  const m = marker(field);
  return m ? (head + body).padEnd(MARKER_COL) + m : head + body;
}

export type CommandState = 'running' | 'ok' | 'failed';

/** `Command: OK            stdout: yes           stderr: no` (columns 1, 24 and 46, REFERENCE §11.5.1). */
export function statusLine(state: CommandState, stdout: boolean, stderr: boolean): string {
  const cmd = `Command: ${state === 'ok' ? 'OK' : state}`;
  return `${cmd.padEnd(23)}${`stdout: ${stdout ? 'yes' : 'no'}`.padEnd(22)}stderr: ${stderr ? 'yes' : 'no'}`;
}

/**
 * A pop-up drawn with +---+ and | borders: centred title, blank, body, blank, key rows.
 * `width` counts the border columns.
 */
export function box(title: string, body: readonly string[], keys: readonly (readonly string[])[], width = 76): string[] {
  const inner = width - 4;
  const row = (t: string) => `| ${t.slice(0, inner).padEnd(inner)} |`;
  const col = Math.floor(inner / 3);
  return [
    `+${'-'.repeat(width - 2)}+`,
    row(centre(title, inner)),
    row(''),
    ...body.map(row),
    row(''),
    ...keys.map((k) => row(barLine(k, col))),
    `+${'-'.repeat(width - 2)}+`,
  ];
}

/** `[MORE...N]` when N lines are out of view, as SMIT marks a screen that continues. */
export function moreMarker(hidden: number): string {
  return `[MORE...${hidden}]`;
}

/** A dialog's body as text, one string per screen line (the UI draws the same rows with inputs). */
export function dialogLines(panel: DialogPanel, values: FieldValues): string[] {
  return panel.rows.flatMap((row) => {
    if (row.type === 'blank') return [''];
    if (row.type === 'text') return [`  ${row.text}`];
    const labels = labelLines(row.field);
    return [...labels.slice(0, -1), fieldLine(row.field, values[row.field.id] ?? row.field.default)];
  });
}
