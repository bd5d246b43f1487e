// The only types the page and the worker share. Messages are plain, structured-clone friendly objects.
import type { SimSnapshot } from '../core/session/snapshot.ts';
import type { OutputChunk, SimEvent } from '../core/session/types.ts';
import type { Preview } from '../core/preview/types.ts';
import type { FlagHelpRow } from '../core/commands/lib/explain.ts';
import { TIME_TRAVEL_REPLY, type NewLabResult, type TimeTravelReply, type TimeTravelRequest } from './timeTravel.ts';

export type { SimSnapshot, HostView, DiskView, VgView, LvView, DiskRole, InputMode } from '../core/session/snapshot.ts';
export type { OutputChunk, SimEvent } from '../core/session/types.ts';
/** The explainer's reading of a line and the flag table (core/commands/lib/explain.ts, issue 16). */
export type { ExplainedCommand, ExplainItem, FlagHelpRow } from '../core/commands/lib/explain.ts';

export type * from './timeTravel.ts';
/** The consequence preview of a typed line (issue 16, core/preview/types.ts). */
export type { Preview, PreviewReady, NoPreview, NoPreviewReason, PreviewChange, ChangeKind, PreviewWarning, WarningKind, PreviewCause } from '../core/preview/types.ts';

export type Speed = 'instant' | '1x' | '10x';

export interface TerminalLine {
  kind: 'input' | 'stdout' | 'stderr' | 'system';
  text: string;
}

export interface StorageStatus {
  /**
   * Where the session lives: IndexedDB, memory only after a storage failure, or 'read-only': another tab
   * of the trainer is the one writer (Web Locks, BUDGETS R3); this tab shows the saved lab, refuses
   * commands, and takes over (a 'reopened' message) when that tab closes.
   */
  mode: 'indexeddb' | 'memory' | 'read-only';
  /** Plain words for the banner when something is wrong; null when all is well. */
  message: string | null;
}

export interface HostError {
  /**
   * 'unknown-lab': ?lab= names a lab this browser does not have (the most recent one opened instead);
   * 'lab-open': a labs request refused because it targets the lab open in this tab (delete).
   */
  code: 'bad-link' | 'storage' | 'internal' | 'busy' | 'unknown-scenario' | 'read-only' | 'unknown-lab' | 'lab-open' | 'bad-file' | 'time-travel';
  message: string;
}

/** The IndexedDB database the host keeps labs in (the page may only delete it: "wipe saved labs"). */
export const LABS_DATABASE = 'altdisk-trainer';

/** One saved lab, as the labs menu lists it. Times are real (ms since the epoch), set by the host. */
export interface LabSummary {
  id: string;
  name: string;
  /** The built-in scenario it started from. */
  scenario: string;
  /** The lesson it was opened for (?lesson=), or null for a free lab. */
  lesson: string | null;
  createdAt: number;
  lastUsedAt: number;
  /** Console lines run in it (its command log length). */
  commands: number;
}

/** A stored record that could not be read or repaired and was set aside (named in the notice). */
export interface SetAside {
  /** Which lab or store it belonged to, in words ("lab “reference lab 2”", "terminal scrollback"). */
  what: string;
  /** Why it could not be used. */
  why: string;
}

export interface OpenRequest {
  /** A saved lab to open (?lab=<id>); ignored with `scenario`, `lesson` or `shared`, which open a new lab. */
  lab?: string;
  /** The lesson a new lab is opened for (?lesson=<id>): recorded in its summary and name. */
  lesson?: string;
  /** The lesson's title, for the new lab's name ("<title> 2"); the lesson id when absent. */
  lessonTitle?: string;
  /**
   * The page restarted a dead simulator (R5): the new host waits longer, silently, for the writer lock
   * the dead worker held (the browser frees it only once that worker is gone).
   */
  restarted?: boolean;
  /** Built-in scenario id (?scenario=). */
  scenario?: string;
  /** Shared link payload (#s=). */
  shared?: string;
  /** Kept for old pages: a scenario or lesson now always opens a new lab, so this changes nothing. */
  fresh?: boolean;
  speed: Speed;
}

export interface OpenResult {
  snapshot: SimSnapshot;
  scrollback: TerminalLine[];
  /** The lab's ksh history: its newest 128 lines (core/session/bounds.ts). */
  history: string[];
  /** Lines the history let go before history[0] (Session.historyBase()); absent means none. */
  historyBase?: number;
  /** Command names the console understands (Tab completion). */
  commands: string[];
  /** Each command's flags with their meanings, as `man` prints them (Tab after a "-"); absent from older hosts. */
  flagHelp?: Record<string, FlagHelpRow[]>;
  storage: StorageStatus;
  /** True when the host runs in the page because a worker could not start. */
  inPage: boolean;
  /** A problem with the request (bad link, unknown scenario) that was reported but did not stop the app. */
  notice: HostError | null;
  /** The lab that is open now (an `unsaved-…` id when storage is off). */
  lab: LabSummary;
  /** Every saved lab, most recently used first (the open one included). */
  labs: LabSummary[];
  /** Stored records that could not be repaired and were set aside on this open (empty when all was well). */
  setAside: SetAside[];
}

export interface ExecDone {
  exitCode: number;
  snapshot: SimSnapshot;
  events: SimEvent[];
  /**
   * The lab's ksh history after the line, by the session's own rule (blank lines and answers to a console
   * question are not history): the line it took (trimmed) or null, and the history's length counted from
   * the lab's start (historyBase + the lines kept, so it keeps counting past HISTSIZE). Not in the
   * snapshot: a command that changed nothing must leave the snapshot equal (no redraw, P3). Absent on a
   * reply the page made itself (a refused or travelled `undo`): the history is as it was.
   */
  history?: ExecHistory;
}

export interface ExecHistory {
  added: string | null;
  length: number;
}

/**
 * A request the page sends, without its id. Adding a request is one member here and one entry in
 * REPLY below (the compiler asks for the entry).
 */
export type Request =
  | { type: 'open'; request: OpenRequest }
  | { type: 'exec'; line: string }
  | { type: 'interrupt' }
  | { type: 'speed'; speed: Speed }
  /** Heartbeat from the page's worker transport: answered with 'pong' at once, even mid-command (R5). */
  | { type: 'ping' }
  /** A shared link of the lab as it is now (answered with 'linked', or an 'error' with code 'bad-link'). */
  | { type: 'link' }
  /** The saved labs (answered with 'labs'). */
  | { type: 'labs' }
  /** Renames a saved lab (answered with 'labs'). */
  | { type: 'lab-rename'; lab: string; name: string }
  /** Copies a saved lab, log and terminal included, as a new lab "<name> (copy)" (answered with 'labs'). */
  | { type: 'lab-duplicate'; lab: string }
  /** Deletes a saved lab other than the open one (answered with 'labs'; the page asked the learner first). */
  | { type: 'lab-delete'; lab: string }
  /**
   * A NEW saved lab from a whole session the page made (the twin of a pasted server, issue 15): checked by
   * the host's load gate like any stored lab (answered with 'created'; a bad session is an 'error' 'bad-file').
   */
  | { type: 'createLab'; name: string; state: unknown }
  /**
   * What a typed line would do, before Enter (issue 16): run on a copy of the open lab, never stored,
   * logged or added to the history (answered with 'previewed'; a newer preview answers an older one
   * still waiting with a 'none' preview, reason 'superseded'). `causes`: also say what each flag causes
   * (one more preview per flag: ask when the learner pauses, not on every keystroke).
   */
  | { type: 'preview'; line: string; causes?: boolean }
  /** Time travel (issue 14): timeline, undo, redo, jump, branch, compare, exportLab, importLab (timeTravel.ts). */
  | TimeTravelRequest;

export type RequestType = Request['type'];

/** One request of a given type, without its id. */
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export type ToWorker = Request & { id: number };

export type FromWorker =
  | { id: number; type: 'opened'; result: OpenResult }
  | { id: number; type: 'chunk'; chunk: OutputChunk }
  | { id: number; type: 'event'; event: SimEvent }
  | { id: number; type: 'done'; done: ExecDone }
  | { id: number; type: 'error'; error: HostError }
  | { id: 0; type: 'storage'; storage: StorageStatus }
  /** The first save succeeded: the page asks for persistent storage (navigator.storage.persist is window-only). */
  | { id: 0; type: 'persist' }
  | { id: number; type: 'pong' }
  /**
   * Unsolicited: this read-only tab became the writer (the other tab closed) and reloaded the saved lab;
   * the page shows this session in place of the one it opened with.
   */
  | { id: 0; type: 'reopened'; result: OpenResult }
  | { id: number; type: 'linked'; link: SharedLink }
  | { id: number; type: 'labs'; labs: LabSummary[] }
  | { id: number; type: 'created'; result: NewLabResult }
  | { id: number; type: 'previewed'; preview: Preview }
  | TimeTravelReply;

/**
 * The message that ends each request (any request may end in an 'error' instead); null: no reply.
 * 'exec' streams 'chunk' and 'event' messages with its id before its 'done'.
 */
export const REPLY = {
  open: 'opened',
  exec: 'done',
  interrupt: null,
  speed: null,
  ping: 'pong',
  link: 'linked',
  labs: 'labs',
  'lab-rename': 'labs',
  'lab-duplicate': 'labs',
  'lab-delete': 'labs',
  createLab: 'created',
  preview: 'previewed',
  ...TIME_TRAVEL_REPLY,
} as const satisfies Record<RequestType, FromWorker['type'] | null>;

/** The requests that are answered, and the one message type each is answered with. */
export type AnsweredType = { [T in RequestType]: (typeof REPLY)[T] extends null ? never : T }[RequestType];
export type ReplyType<T extends AnsweredType> = NonNullable<(typeof REPLY)[T]>;

/** A message of one type from the host. */
export type MessageOf<K extends FromWorker['type']> = Extract<FromWorker, { type: K }>;

/** The reply that ends a request of type T (ReplyTo<'labs' | 'lab-delete'> is the 'labs' message). */
export type ReplyTo<T extends AnsweredType> = MessageOf<ReplyType<T>>;

export type ErrorReply = MessageOf<'error'>;

/** Whether a message is the reply that ends a request of the given type (the client matches with it). */
export function isReplyTo<T extends AnsweredType>(type: T, msg: FromWorker): msg is ReplyTo<T> {
  return msg.type === REPLY[type];
}

/** The lab as a shared link (core/scenario/link.ts): what goes after `#s=` in the address. */
export interface SharedLink {
  payload: string;
  scenario: string;
  /** Console lines the link replays. */
  steps: number;
}

/** The page's handle on the simulation, whether it runs in a worker or in the page. */
export interface SimApi {
  open(request: OpenRequest): Promise<OpenResult>;
  /** Runs one line; chunks and events stream in as simulated time passes at the chosen speed. */
  exec(line: string, onChunk: (chunk: OutputChunk) => void, onEvent: (event: SimEvent) => void): Promise<ExecDone>;
  interrupt(): void;
  setSpeed(speed: Speed): void;
  onStorage(listener: (status: StorageStatus) => void): void;
}
