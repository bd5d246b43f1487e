// The only types the page and the worker share. Messages are plain, structured-clone friendly objects.
import type { SimSnapshot } from '../core/session/snapshot.ts';
import type { OutputChunk, SimEvent } from '../core/session/types.ts';

export type { SimSnapshot, HostView, DiskView, VgView, LvView, DiskRole, InputMode } from '../core/session/snapshot.ts';
export type { OutputChunk, SimEvent } from '../core/session/types.ts';

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
  code: 'bad-link' | 'storage' | 'internal' | 'busy' | 'unknown-scenario' | 'read-only';
  message: string;
}

export interface OpenRequest {
  /** Built-in scenario id (?scenario=). */
  scenario?: string;
  /** Shared link payload (#s=). */
  shared?: string;
  /**
   * Start the scenario from its beginning even when a saved lab of the same scenario exists (a lesson
   * started from the picker, ?fresh=1). The new lab replaces the saved one.
   */
  fresh?: boolean;
  speed: Speed;
}

export interface OpenResult {
  snapshot: SimSnapshot;
  scrollback: TerminalLine[];
  history: string[];
  /** Command names the console understands (Tab completion). */
  commands: string[];
  storage: StorageStatus;
  /** True when the host runs in the page because a worker could not start. */
  inPage: boolean;
  /** A problem with the request (bad link, unknown scenario) that was reported but did not stop the app. */
  notice: HostError | null;
}

export interface ExecDone {
  exitCode: number;
  snapshot: SimSnapshot;
  events: SimEvent[];
}

export type ToWorker =
  | { id: number; type: 'open'; request: OpenRequest }
  | { id: number; type: 'exec'; line: string }
  | { id: number; type: 'interrupt' }
  | { id: number; type: 'speed'; speed: Speed }
  /** Heartbeat from the page's worker transport: answered with 'pong' at once, even mid-command (R5). */
  | { id: number; type: 'ping' }
  /** A shared link of the lab as it is now (answered with 'linked', or an 'error' with code 'bad-link'). */
  | { id: number; type: 'link' };

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
  | { id: number; type: 'linked'; link: SharedLink };

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
