// One IndexedDB transaction with every request tracked, so none rejects unhandled and any failure
// aborts the whole transaction and leaves this module as a StorageError.
import type { IDBPTransaction, StoreNames } from 'idb';
import { toStorageError } from './errors.ts';
import type { TrainerDatabase, TrainerDB } from './layout.ts';

export type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<TrainerDB, StoreNames<TrainerDB>[], Mode>;
export type Track = <P>(p: Promise<P>) => Promise<P>;

const noop = () => {};

export async function inTransaction<T, Mode extends IDBTransactionMode>(
  conn: TrainerDatabase,
  stores: StoreNames<TrainerDB>[],
  mode: Mode,
  fallback: 'read' | 'write',
  body: (tx: Tx<Mode>, track: Track) => Promise<T>,
): Promise<T> {
  let tx: Tx<Mode>;
  try {
    tx = conn.transaction(stores, mode, { durability: 'relaxed' });
  } catch (err) {
    throw toStorageError(err, fallback);
  }
  const requests: Promise<unknown>[] = [];
  const track: Track = (p) => {
    p.catch(noop);
    requests.push(p);
    return p;
  };
  track(tx.done);
  try {
    const result = await body(tx, track);
    await Promise.all(requests);
    return result;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    const cause = err instanceof Error && err.name === 'AbortError' && tx.error ? tx.error : err;
    throw toStorageError(cause, fallback);
  }
}
