// The simulated SMIT screens: the alt_install menu and the alt_clone / alt_mksysb dialogs, as data.
// Layout and labels follow REFERENCE §2.30 (rows, order, blank lines, `-OR-`, wrapped labels), corrected
// by the addendum §11.5: only four alt_clone labels and two alt_mksysb labels are verified (IBM-EX);
// every other label, the titles and the menu items are kept exactly as REFERENCE lists them and are
// tagged 'M' (remembered) or 'L' (reconstructed) in `source`. Help texts are our own words.
import type { ChoiceSource, DialogField, DialogPanel, DialogRow, FieldMapping, LabelSource, MenuPanel, Panel } from './types.ts';

const YES_NO: ChoiceSource = { from: 'fixed', values: ['yes', 'no'] };
/** The phases alt_disk_copy and alt_disk_mksysb take with -P. */
export const PHASES: readonly string[] = ['1', '2', '3', '12', '23', 'all'];

interface FieldSpec {
  label: string | readonly string[];
  kind: DialogField['kind'];
  map: FieldMapping;
  source: LabelSource;
  help: string;
  indent?: number;
  required?: boolean;
  default?: string;
  editable?: boolean;
  multi?: boolean;
  choices?: ChoiceSource;
  id?: string;
}

function field(spec: FieldSpec): DialogRow {
  const flag = spec.map.kind === 'installp' ? null : spec.map.flag;
  const id = spec.id ?? flag!;
  const f: DialogField = {
    id,
    label: typeof spec.label === 'string' ? [spec.label] : spec.label,
    indent: spec.indent ?? 0,
    kind: spec.kind,
    editable: spec.kind === 'list' ? !!spec.editable : spec.kind !== 'yesno',
    multi: !!spec.multi,
    choices: spec.kind === 'yesno' ? YES_NO : spec.choices,
    required: !!spec.required,
    default: spec.default ?? '',
    map: spec.map,
    key: flag ?? `I.${id}`,
    source: spec.source,
    help: spec.help,
  };
  return { type: 'field', field: f };
}

const blank: DialogRow = { type: 'blank' };
const text = (t: string): DialogRow => ({ type: 'text', text: t });
const yesno = (label: string | readonly string[], map: FieldMapping, dflt: 'yes' | 'no', help: string, source: LabelSource, extra: Partial<FieldSpec> = {}) =>
  field({ label, kind: 'yesno', map, default: dflt, help, source, ...extra });

const target = field({
  label: 'Target Disk(s) to install',
  kind: 'list',
  editable: true,
  multi: true,
  required: true,
  choices: { from: 'free-disks' },
  map: { kind: 'value', flag: 'd' },
  source: 'V',
  help:
    'The disk or disks that receive the new rootvg. They must not belong to any volume group (lspv shows None). ' +
    'F4 lists the free disks; a mirrored rootvg needs one disk per copy.',
});

const phase = field({
  label: 'Phase to execute',
  kind: 'list',
  choices: { from: 'fixed', values: PHASES },
  default: 'all',
  map: { kind: 'value', flag: 'P' },
  source: 'M',
  help: 'Run every phase (all), or only some: 1 builds and copies, 2 installs and customizes, 3 renames back and sets the bootlist.',
});

const imageData = field({
  label: 'image.data file',
  kind: 'file',
  map: { kind: 'value', flag: 'i' },
  source: 'M',
  help: 'An edited image.data to use instead of the generated one (COPIES=1 puts a mirrored rootvg on one disk).',
});

const script = field({
  label: 'Customization script',
  kind: 'file',
  map: { kind: 'value', flag: 's' },
  source: 'V',
  help: 'A script run at the end of the install, while the new file systems are still mounted under /alt_inst.',
});

const bootlist = yesno(['Set bootlist to boot from this disk', '  on next reboot?'], { kind: 'switch', flag: 'B', when: 'no' }, 'yes',
  'yes: the bootlist points at the new disk when the command ends. no: the bootlist is left alone (-B).', 'M');
const reboot = yesno('Reboot when complete?', { kind: 'switch', flag: 'r', when: 'yes' }, 'no',
  'yes: reboot from the new disk when the command ends (-r). Cannot be combined with leaving the bootlist alone.', 'M');
const verbose = yesno('Verbose output?', { kind: 'switch', flag: 'V', when: 'yes' }, 'no', 'yes: list every file as it is copied (-V).', 'M');
const debug = yesno('Debug output?', { kind: 'switch', flag: 'D', when: 'yes' }, 'no', 'yes: trace the command as it runs (-D; not simulated in this trainer).', 'M');
const nim = yesno('Remain NIM client?', { kind: 'switch', flag: 'n', when: 'yes' }, 'no', 'yes: copy /.rhosts and /etc/niminfo so the new rootvg stays a NIM client (-n).', 'M');
const reset = yesno('Reset devices?', { kind: 'switch', flag: 'O', when: 'yes' }, 'no',
  'yes: drop this machine\'s device configuration from the copy, for a disk that will boot another LPAR (-O).', 'M');
const resolv = field({
  label: 'resolv.conf file',
  kind: 'file',
  map: { kind: 'value', flag: 'R' },
  source: 'M',
  help: 'A resolv.conf to put into the new rootvg (-R).',
});

const installp = (id: string, label: string, letter: string, when: 'yes' | 'no', dflt: 'yes' | 'no', help: string, onlyWithYes?: string) =>
  yesno(label, { kind: 'installp', letter, when, onlyWithYes }, dflt, help, 'M', { id, indent: 2 });

export const altClone: DialogPanel = {
  kind: 'dialog',
  id: 'alt_clone',
  title: 'Clone the rootvg to an Alternate Disk',
  titleSource: 'M',
  command: 'alt_disk_copy',
  first: [],
  last: ['d'],
  rows: [
    target,
    phase,
    imageData,
    field({
      label: 'Exclude list',
      kind: 'file',
      map: { kind: 'value', flag: 'e' },
      source: 'M',
      help: 'A file of patterns (matched against ./path names) of files not to copy, such as ^./tmp/ (-e).',
    }),
    blank,
    field({
      label: 'Bundle to Install',
      kind: 'list',
      editable: true,
      choices: { from: 'fixed', values: ['update_all'] },
      map: { kind: 'value', flag: 'b' },
      source: 'V',
      help: 'A bundle to install into the copy after it is made; update_all applies every update found in the images directory (-b).',
    }),
    text('   -OR-'),
    field({
      label: 'Fileset(s) to install',
      kind: 'entry',
      map: { kind: 'value', flag: 'w' },
      source: 'M',
      help: 'Filesets to install into the copy, separated by spaces (-w).',
    }),
    blank,
    field({
      label: 'Fix bundle to install',
      kind: 'entry',
      map: { kind: 'value', flag: 'f' },
      source: 'M',
      help: 'A file listing APARs to install (-f; not simulated in this trainer).',
    }),
    text('   -OR-'),
    field({
      label: 'Fixes to install',
      kind: 'entry',
      map: { kind: 'value', flag: 'F' },
      source: 'M',
      help: 'APAR numbers to install, separated by spaces (-F; not simulated in this trainer).',
    }),
    blank,
    field({
      label: 'Directory or Device with images',
      kind: 'entry',
      map: { kind: 'value', flag: 'l' },
      source: 'V',
      help: 'Where the installp images are: a directory such as /export/7200-05-04, or /dev/cd0 (-l). Needed with a bundle, filesets or fixes.',
    }),
    text('   (required if filesets, bundles or fixes used)'),
    blank,
    text('installp Flags'),
    installp('commit', 'COMMIT software updates?', 'c', 'yes', 'yes', 'yes: commit the updates in the copy (installp -c); no: leave them applied.'),
    installp('save', 'SAVE replaced files?', 'N', 'no', 'no', 'no, with COMMIT yes: do not keep the replaced files (installp -N).', 'commit'),
    installp('auto', 'AUTOMATICALLY install requisite software?', 'g', 'yes', 'yes', 'yes: also install what the updates require (installp -g).'),
    installp('extend', 'EXTEND file systems if space needed?', 'X', 'yes', 'yes', 'yes: grow file systems in the copy when they are too small (installp -X).'),
    installp('overwrite', 'OVERWRITE same or newer versions?', 'F', 'yes', 'no', 'yes: reinstall even when the same or a newer level is there (installp -F).'),
    installp('verify', 'VERIFY install and check file sizes?', 'v', 'yes', 'no', 'yes: check the installed files afterwards (installp -v).'),
    installp('accept', 'ACCEPT new license agreements?', 'Y', 'yes', 'no', 'yes: accept license agreements of what is installed (installp -Y).'),
    installp('preview', 'Preview new LICENSE agreements?', 'E', 'yes', 'no', 'yes: show the license agreements (installp -E).'),
    blank,
    script,
    bootlist,
    reboot,
    verbose,
    debug,
    blank,
    nim,
    reset,
    field({
      label: 'First boot script',
      kind: 'file',
      map: { kind: 'value', flag: 'x' },
      source: 'M',
      help: 'A script to run once, on the first boot of the copy, after its file systems are mounted (-x).',
    }),
    resolv,
  ],
};

/** The same field with another confidence tag (alt_mksysb's labels beyond two are [L], REFERENCE §2.30). */
function tagged(row: DialogRow, source: LabelSource): DialogRow {
  return row.type === 'field' ? { type: 'field', field: { ...row.field, source } } : row;
}

export const altMksysb: DialogPanel = {
  kind: 'dialog',
  id: 'alt_mksysb',
  title: 'Install mksysb on an Alternate Disk',
  titleSource: 'M',
  command: 'alt_disk_mksysb',
  first: ['m'],
  last: ['d'],
  rows: [
    target,
    field({
      label: 'Device or image name',
      kind: 'file',
      required: true,
      map: { kind: 'value', flag: 'm' },
      source: 'V',
      help: 'The mksysb to install: a tape (/dev/rmt0), a CD (/dev/cd0) or an image file such as /mksysb/aixlab01.sysb (-m).',
    }),
    tagged(phase, 'L'),
    tagged(imageData, 'L'),
    tagged(script, 'L'),
    tagged(bootlist, 'L'),
    tagged(reboot, 'L'),
    tagged(verbose, 'L'),
    tagged(debug, 'L'),
    tagged(resolv, 'L'),
    tagged(nim, 'L'),
    tagged(reset, 'L'),
    field({
      label: 'Primary console',
      kind: 'entry',
      map: { kind: 'value', flag: 'c' },
      source: 'L',
      help: 'The console device of the new rootvg, such as /dev/vty0 (-c; it does not need Reset devices).',
    }),
    field({
      label: 'Platform',
      kind: 'entry',
      map: { kind: 'value', flag: 'p' },
      source: 'L',
      help: 'Platform used with the mksysb level to name the boot image (-p; an old-style option).',
    }),
    field({
      label: 'mksysb level',
      kind: 'entry',
      map: { kind: 'value', flag: 'L' },
      source: 'L',
      help: 'Level of the mksysb used with the platform to name the boot image (-L; an old-style option).',
    }),
  ],
};

export const altInstall: MenuPanel = {
  kind: 'menu',
  id: 'alt_install',
  title: 'Alternate Disk Installation',
  titleSource: 'M',
  items: [
    { label: 'Install mksysb on an Alternate Disk', opens: 'alt_mksysb', source: 'M' },
    { label: 'Clone the rootvg to an Alternate Disk', opens: 'alt_clone', source: 'M' },
    {
      label: 'Alternate rootvg Operations',
      opens: null,
      source: 'M',
      note: 'The Alternate rootvg Operations menus are not simulated in this trainer. Use alt_rootvg_op at the command line (-W wake, -S sleep, -X remove, -v rename, -q query, -C customize).',
    },
  ],
};

export const PANELS: Readonly<Record<string, Panel>> = {
  alt_install: altInstall,
  alt_clone: altClone,
  alt_mksysb: altMksysb,
};

export function findPanel(id: string): Panel | null {
  return Object.prototype.hasOwnProperty.call(PANELS, id) ? PANELS[id] : null;
}

export function dialogFields(panel: DialogPanel): DialogField[] {
  return panel.rows.flatMap((r) => (r.type === 'field' ? [r.field] : []));
}

/** The values a dialog opens with. */
export function defaultValues(panel: DialogPanel): Record<string, string> {
  return Object.fromEntries(dialogFields(panel).map((f) => [f.id, f.default]));
}
