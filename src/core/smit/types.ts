// SMIT panels as data: what a screen shows (rows, labels, markers) and how each field maps to the command
// line it builds. Pure: the UI draws these and keeps the field values; build.ts turns values into a line.

/**
 * How sure the label is (REFERENCE §2.30, §9 item 10, §11.5.2):
 * 'V' seen in IBM's examples (IBM-EX); 'M' remembered, kept as REFERENCE lists it; 'L' reconstructed.
 */
export type LabelSource = 'V' | 'M' | 'L';

/**
 * entry: `[value]`, typed.  file: `[value]` with the `/` marker (a file name).
 * list: `+` marker, F4 lists choices. With `editable` the value is an entry field `[value]` (type it or
 * pick it); without, it is a ring: shown bare, Tab/Shift-Tab step through the choices.
 * yesno: a ring of yes/no.
 */
export type FieldKind = 'entry' | 'file' | 'list' | 'yesno';

/** Where F4 choices come from (choices.ts). */
export type ChoiceSource =
  /** Disks on the console host whose volume group is None (snapshot role 'free'). */
  | { from: 'free-disks' }
  | { from: 'fixed'; values: readonly string[] };

/** How a field's value becomes part of the command line. */
export type FieldMapping =
  /** `-x value` when the value is not empty and differs from the default. */
  | { kind: 'value'; flag: string }
  /** A bare `-x` when the field holds `when` (bootlist "no" → -B, reboot "yes" → -r). */
  | { kind: 'switch'; flag: string; when: string }
  /**
   * One of the installp toggles that together make `-I flags` (after the `a` of apply): `letter` is
   * added when the field holds `when` (and, with `onlyWithYes`, that other toggle holds "yes": installp's
   * -N, do not save replaced files, only goes with -c). `-I` appears only when a toggle differs from
   * its default, so the defaults leave alt_disk_copy's own default flags in force.
   */
  | { kind: 'installp'; letter: string; when: 'yes' | 'no'; onlyWithYes?: string };

export interface DialogField {
  /** Stable id, unique in the panel. */
  id: string;
  /**
   * The label as SMIT shows it, one string per screen line (a wrapped label continues on the next line,
   * indented two more spaces, and the value sits on the last line).
   */
  label: readonly string[];
  /** Indent of the label in columns after the two-column `* ` area (sub-fields are indented). */
  indent: number;
  kind: FieldKind;
  /** Entry field for a `list` (typed or picked with F4); rings are not editable. */
  editable?: boolean;
  /** F4 may pick several values (they are joined with spaces). */
  multi?: boolean;
  choices?: ChoiceSource;
  required: boolean;
  default: string;
  map: FieldMapping;
  /** The letter used in the test id `smit.field.<key>` (the command flag; `I.<id>` for installp toggles). */
  key: string;
  source: LabelSource;
  /** F1 text, in our own words. */
  help: string;
}

/** One line of a dialog's body: a field, a text line (`-OR-`, a note, a group heading) or a blank. */
export type DialogRow =
  | { type: 'field'; field: DialogField }
  | { type: 'text'; text: string }
  | { type: 'blank' };

export interface DialogPanel {
  kind: 'dialog';
  /** The fast path that opens it (smitty alt_clone). */
  id: string;
  title: string;
  titleSource: LabelSource;
  /** Program the panel runs. */
  command: string;
  /** Flags placed first and last on the line, whatever their row order (alt_disk_mksysb -m … -d …). */
  first: readonly string[];
  last: readonly string[];
  rows: readonly DialogRow[];
}

export interface MenuItem {
  label: string;
  /** Panel id it opens, or null when the trainer does not simulate that branch. */
  opens: string | null;
  source: LabelSource;
  /** Shown when the item is not simulated. */
  note?: string;
}

export interface MenuPanel {
  kind: 'menu';
  id: string;
  title: string;
  titleSource: LabelSource;
  items: readonly MenuItem[];
}

export type Panel = DialogPanel | MenuPanel;

/** Field values by field id. */
export type FieldValues = Readonly<Record<string, string>>;
