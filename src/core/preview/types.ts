// What a preview says about a typed line before Enter (issue 16): the line is run on a copy of the lab
// through the session's own path, and the two states are compared. Plain, structured-clone friendly
// data: the worker sends it to the page as it is (protocol 'preview' → 'previewed').
import type { SimSnapshot } from '../session/snapshot.ts';
import type { ExplainedCommand } from '../commands/lib/explain.ts';

/** Why a line gets no preview. */
export type NoPreviewReason =
  /** Nothing but blanks typed. */
  | 'empty'
  /** undo, redo, reset, lab, timeline, clear: they act on the lab, its timeline or the terminal, not on AIX. */
  | 'trainer-command'
  /** smit, smitty: full-screen and interactive; their panels show what they will run. */
  | 'interactive'
  /** The console waits for an answer (reset's y/n, an SMS menu, the console definition of a first boot). */
  | 'pending'
  /** Longer than a preview reads while typing (PREVIEW_LIMITS.lineChars). */
  | 'too-long'
  /** More commands than a preview runs (PREVIEW_LIMITS.commands). */
  | 'too-many-commands'
  /** The line needs more steps than a preview may take (PREVIEW_LIMITS.steps); Enter runs it within each command's budget. */
  | 'too-much-work'
  /** A newer preview request came before this one ran (the host answers only the latest). */
  | 'superseded'
  /** The host could not run it: the simulator failed on the copy (the line would be refused the same way). */
  | 'internal';

/** Every kind of change a preview reports. Stable: new kinds are only added. */
export type ChangeKind =
  /** The lifecycle state of the console host's rootvg / alternate (lifecycle.machine.ts). */
  | 'lifecycle'
  /** A host's power state, LED, running AIX level or booted disk. */
  | 'host-power'
  | 'host-led'
  | 'host-level'
  | 'host-boot-disk'
  /** A NVRAM bootlist (subject 'normal' or 'service'); from/to are the lists as `bootlist -o` names them. */
  | 'bootlist'
  /** A boot image written (or rewritten) on a disk (bosboot, a clone's phase 2). */
  | 'boot-image'
  /** A disk's volume group (a clone puts altinst_rootvg on it, mkvg, exportvg …). */
  | 'disk-vg'
  /** A disk's role in the diagram: rootvg, altinst_rootvg, old_rootvg, free, other. */
  | 'disk-role'
  /** An alternate woken ('awake') or put to sleep ('asleep'). */
  | 'disk-awake'
  /** A disk's hdisk name (cfgmgr, rmdev -d), PVID, AIX level on it, boot record, failure. */
  | 'disk-name'
  | 'disk-pvid'
  | 'disk-level'
  | 'disk-boot-record'
  | 'disk-failed'
  /** A disk attached to a host or put on the shelf (from/to: host name or 'shelf'). */
  | 'disk-moved'
  /** A volume group defined, removed (its definition), renamed, varied on/off, or its disks changed. */
  | 'vg-created'
  | 'vg-removed'
  | 'vg-renamed'
  | 'vg-varied'
  | 'vg-disks'
  /** A logical volume created, removed, renamed (hd4 → alt_hd4), or its copies changed (mirror). */
  | 'lv-created'
  | 'lv-removed'
  | 'lv-renamed'
  | 'lv-copies'
  /** A file system mounted or unmounted (subject: the mount point; from/to: the device). */
  | 'mount-added'
  | 'mount-removed'
  /** Files created, removed or changed (subject: the path as the console host sees it). */
  | 'file'
  /** The shell: current directory or a variable (subject: 'cwd' or the variable's name). */
  | 'shell'
  /** Something else in the lab changed (an error log entry, an ODM attribute …) that no kind above names. */
  | 'other';

export interface PreviewChange {
  kind: ChangeKind;
  /** The diagram node (ui/diagram ids, nodeIds.ts) it belongs to after the line; null when it is gone. */
  node: string | null;
  /** The same node in the diagram as it is now; null when the line creates it. */
  was: string | null;
  /** The host it happens on (null: the shelf, or the lab as a whole). */
  host: string | null;
  /** What changes: an hdisk name (or disk id when unnamed), a VG or LV name, a mount point, 'normal' … */
  subject: string;
  /** Before and after, in the words `lspv`, `lsvg` or `bootlist -o` would use; null when absent. */
  from: string | null;
  to: string | null;
  /** The change in plain words (messages/preview.ts). */
  text: string;
}

export type WarningKind =
  /** The line itself boots the host and the boot stops at an LED. */
  | 'boot-hangs'
  /** After the line, a reboot (the normal bootlist's first disk) would hang or damage the system. */
  | 'next-boot'
  /** The line leaves the system in one of the rule book's damaged outcomes (O4–O9). */
  | 'damage'
  /** A disk's volume group (and its data) is written over or removed. */
  | 'data-lost'
  /** The host goes down (powered off, halted, stopped in SMS). */
  | 'host-down';

export interface PreviewWarning {
  kind: WarningKind;
  /** The diagram node it points at (a disk, the firmware's bootlist, the host), or null. */
  node: string | null;
  /** The LED code the rule book names, when the warning is about a boot ("0552"). */
  led: string | null;
  /** The lifecycle state the rule comes from ("hung.led552", "odmDamaged"). */
  state: string | null;
  /** Plain words (messages/preview.ts). */
  text: string;
}

export interface PreviewReady {
  kind: 'preview';
  line: string;
  /** What Enter would give: exit code, and what the line would print (cut at PREVIEW_LIMITS.outputChars). */
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The line fails (exit code not 0): `stderr` is the error it would print. */
  fails: boolean;
  /** Simulated time the line would take (a clone: tens of minutes); 0 for an instant line. */
  durationMs: number;
  /** The lifecycle state now and after the line. */
  lifecycle: { from: string; to: string };
  /** What would change, in a stable order (lifecycle, hosts, bootlists, disks, VGs, LVs, mounts, files, shell, other). */
  changes: PreviewChange[];
  warnings: PreviewWarning[];
  /** The snapshot the diagram would draw after the line: what a ghost overlay draws. */
  after: SimSnapshot;
  /** Each flag and operand of the line with its meaning (commands/lib/explain.ts); the worker adds it. */
  explained?: ExplainedCommand[];
  /** What each flag causes (causes.ts), when the request asked for it ({ type: 'preview', causes: true }). */
  causes?: PreviewCause[];
}

/** What one flag of the line causes in its preview: the line previewed again without the flag, compared. */
export interface PreviewCause {
  /** The flag letter ("B", "d"). */
  flag: string;
  /** Indexes into the preview's `changes` and `warnings` that the line has only because of this flag. */
  changes: number[];
  warnings: number[];
  /** Changes the line would make without this flag and does not make with it (-B: the bootlist kept). */
  prevented: PreviewChange[];
}

export interface NoPreview {
  kind: 'none';
  line: string;
  reason: NoPreviewReason;
  /** Plain words for the panel (messages/preview.ts). */
  text: string;
  /** Each flag and operand of the line with its meaning (a trainer command has flags too); the worker adds it. */
  explained?: ExplainedCommand[];
}

export type Preview = PreviewReady | NoPreview;

/** Bounds of one preview, on top of the per-command step budget every line has (shell/budget.ts). */
export const PREVIEW_LIMITS = {
  /** Characters of a line a preview reads; a longer line is previewed when it runs. */
  lineChars: 4096,
  /** Simple commands in one line (a; b | c counts 3). */
  commands: 16,
  /** Characters of stdout and of stderr a preview keeps. */
  outputChars: 4096,
  /**
   * Steps (shell/budget.ts) the whole line may take, all its commands together: a quarter of what one command
   * may take on Enter, so a preview after a keystroke never holds the worker long (its heartbeat must answer).
   */
  steps: 1_000_000,
} as const;
