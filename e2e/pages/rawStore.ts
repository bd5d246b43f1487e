// Damaged storage for the fault specs, made with raw IndexedDB from a blank page at the app's origin
// (the app itself is not loaded meanwhile, so no connection of its own is open). No test hooks in the app.
import type { Page } from '@playwright/test';
import { blankPageAtOrigin } from './faults.ts';

export const DATABASE = 'altdisk-trainer';

/** Leaves the app (its worker and connections go) for a blank page at the same origin. */
export async function leaveApp(page: Page): Promise<void> {
  await blankPageAtOrigin(page);
}

/** Every record of every store whose name contains `part` is replaced by garbage (keys kept). */
export async function spoilRecords(page: Page, part: string, garbage: unknown[]): Promise<number> {
  return page.evaluate(
    ({ name, part, garbage }) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onerror = () => reject(new Error(String(req.error)));
        req.onsuccess = () => {
          const db = req.result;
          const stores = [...db.objectStoreNames].filter((s) => s.includes(part));
          if (stores.length === 0) {
            db.close();
            reject(new Error(`no store named like "${part}" in ${[...db.objectStoreNames].join(', ')}`));
            return;
          }
          const tx = db.transaction(stores, 'readwrite');
          let n = 0;
          for (const s of stores) {
            const store = tx.objectStore(s);
            const keyPath = store.keyPath;
            store.openCursor().onsuccess = (e) => {
              const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
              if (!cursor) return;
              const bad = garbage[n++ % garbage.length];
              // A store with in-line keys needs the key fields in the value: keep them, spoil the rest.
              if (keyPath !== null) {
                const keep: Record<string, unknown> = {};
                for (const k of Array.isArray(keyPath) ? keyPath : [keyPath]) keep[k] = (cursor.value as Record<string, unknown>)[k];
                cursor.update(typeof bad === 'object' && bad !== null ? { ...bad, ...keep } : { ...keep, value: bad });
              } else {
                cursor.update(bad);
              }
              cursor.continue();
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(n);
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    { name: DATABASE, part, garbage },
  );
}

/** Puts `value` under `key` (a string, number or array of them; null: in-line) in the store named `store`. */
export async function putRecord(page: Page, store: string, key: IDBValidKey | null, value: unknown): Promise<void> {
  await page.evaluate(
    ({ name, store, keyJson, json }) =>
      new Promise<void>((resolve, reject) => {
        const value: unknown = JSON.parse(json);
        const key = JSON.parse(keyJson) as IDBValidKey | null;
        const req = indexedDB.open(name);
        req.onerror = () => reject(new Error(String(req.error)));
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(store, 'readwrite');
          if (key === null) tx.objectStore(store).put(value);
          else tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    // As JSON: IndexedDB keys (IDBValidKey) and unknown values are too deep for evaluate's argument types.
    { name: DATABASE, store, keyJson: JSON.stringify(key), json: JSON.stringify(value) },
  );
}

/** The keys of a store. */
export async function storeKeys(page: Page, store: string): Promise<IDBValidKey[]> {
  return page.evaluate(
    ({ name, store }) =>
      new Promise<IDBValidKey[]>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onerror = () => reject(new Error(String(req.error)));
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction(store).objectStore(store).getAllKeys();
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(new Error(String(get.error)));
        };
      }),
    { name: DATABASE, store },
  );
}

/**
 * The database at the same version without the store `drop` (everything else copied back): a store
 * that went missing, as a botched upgrade or a hand edit leaves it.
 */
export async function dropStore(page: Page, drop: string): Promise<void> {
  await page.evaluate(
    ({ name, drop }) =>
      new Promise<void>((resolve, reject) => {
        const fail = (what: string) => (e: unknown) => reject(new Error(`${what}: ${String(e)}`));
        const open = indexedDB.open(name);
        open.onerror = fail('open');
        open.onsuccess = () => {
          const db = open.result;
          const version = db.version;
          const names = [...db.objectStoreNames].filter((s) => s !== drop);
          const tx = db.transaction(names, 'readonly');
          const saved: { name: string; keyPath: string | string[] | null; autoIncrement: boolean; keys: IDBValidKey[]; values: unknown[] }[] = [];
          for (const s of names) {
            const store = tx.objectStore(s);
            const entry = { name: s, keyPath: store.keyPath, autoIncrement: store.autoIncrement, keys: [] as IDBValidKey[], values: [] as unknown[] };
            saved.push(entry);
            store.getAllKeys().onsuccess = (e) => (entry.keys = (e.target as IDBRequest<IDBValidKey[]>).result);
            store.getAll().onsuccess = (e) => (entry.values = (e.target as IDBRequest<unknown[]>).result);
          }
          tx.oncomplete = () => {
            db.close();
            const del = indexedDB.deleteDatabase(name);
            del.onerror = fail('delete');
            del.onsuccess = () => {
              const again = indexedDB.open(name, version);
              again.onerror = fail('recreate');
              again.onupgradeneeded = () => {
                for (const s of saved) again.result.createObjectStore(s.name, { keyPath: s.keyPath ?? undefined, autoIncrement: s.autoIncrement });
              };
              again.onsuccess = () => {
                const db2 = again.result;
                const put = db2.transaction(names, 'readwrite');
                for (const s of saved) {
                  const store = put.objectStore(s.name);
                  s.values.forEach((v, i) => (s.keyPath === null ? store.put(v, s.keys[i]) : store.put(v)));
                }
                put.oncomplete = () => {
                  db2.close();
                  resolve();
                };
                put.onerror = fail('copy');
              };
            };
          };
        };
      }),
    { name: DATABASE, drop },
  );
}

/** Upgrades the database to a version far above the app's, as a newer trainer would leave it. */
export async function bumpVersion(page: Page): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open(name, 1000);
        req.onerror = () => reject(new Error(String(req.error)));
        req.onsuccess = () => {
          const v = req.result.version;
          req.result.close();
          resolve(v);
        };
      }),
    DATABASE,
  );
}
