// "Wipe saved labs": stop the simulator that holds the database open, delete the database, forget the
// lesson run kept beside it. Used from the error boundary and from the notice about damaged storage.
import { LABS_DATABASE } from '../../protocol/index.ts';
import { RUN_KEY } from '../lessons/run.ts';

/** Something that can be stopped (SimClient.close): the simulator running now, if any. */
interface Stoppable {
  close(): void;
}

let running: Stoppable | null = null;

/** The page records the simulator it runs, so a wipe can stop it first (its connection would block the delete). */
export function setRunningSim(sim: Stoppable | null): void {
  running = sim;
}

export interface WipeOptions {
  /** The delete waits for another tab of the trainer to close its connection. */
  onBlocked?: () => void;
  /** Default: the browser's indexedDB; null: none (an old or locked-down browser). */
  factory?: Pick<IDBFactory, 'deleteDatabase'> | null;
  storage?: Pick<Storage, 'removeItem'> | null;
}

/** Stops the simulator and deletes every saved lab; resolves once the database is gone. */
export function wipeSavedLabs(options: WipeOptions = {}): Promise<void> {
  running?.close();
  running = null;
  const factory = options.factory === undefined ? globalThis.indexedDB : options.factory;
  const storage = options.storage === undefined ? globalThis.localStorage : options.storage;
  try {
    storage?.removeItem(RUN_KEY);
  } catch {
    // localStorage refused (private mode): nothing of ours is kept there then.
  }
  return new Promise<void>((resolve, reject) => {
    if (!factory) {
      reject(new Error('this browser has no IndexedDB, so there is nothing saved to wipe'));
      return;
    }
    let req: IDBOpenDBRequest;
    try {
      req = factory.deleteDatabase(LABS_DATABASE);
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    req.onsuccess = () => resolve();
    req.onerror = () => reject(new Error(req.error?.message ?? 'the browser refused to delete the saved labs'));
    req.onblocked = () => options.onBlocked?.();
  });
}
