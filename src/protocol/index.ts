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
  /** Where the session lives: IndexedDB, or memory only after a storage failure. */
  mode: 'indexeddb' | 'memory';
  /** Plain words for the banner when something is wrong; null when all is well. */
  message: string | null;
}

export interface HostError {
  code: 'bad-link' | 'storage' | 'internal' | 'busy' | 'unknown-scenario';
  message: string;
}

export interface OpenRequest {
  /** Built-in scenario id (?scenario=). */
  scenario?: string;
  /** Shared link payload (#s=). */
  shared?: string;
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
  | { id: number; type: 'speed'; speed: Speed };

export type FromWorker =
  | { id: number; type: 'opened'; result: OpenResult }
  | { id: number; type: 'chunk'; chunk: OutputChunk }
  | { id: number; type: 'event'; event: SimEvent }
  | { id: number; type: 'done'; done: ExecDone }
  | { id: number; type: 'error'; error: HostError }
  | { id: 0; type: 'storage'; storage: StorageStatus }
  /** The first save succeeded: the page asks for persistent storage (navigator.storage.persist is window-only). */
  | { id: 0; type: 'persist' };

/** The page's handle on the simulation, whether it runs in a worker or in the page. */
export interface SimApi {
  open(request: OpenRequest): Promise<OpenResult>;
  /** Runs one line; chunks and events stream in as simulated time passes at the chosen speed. */
  exec(line: string, onChunk: (chunk: OutputChunk) => void, onEvent: (event: SimEvent) => void): Promise<ExecDone>;
  interrupt(): void;
  setSpeed(speed: Speed): void;
  onStorage(listener: (status: StorageStatus) => void): void;
}
