// Course progress in IndexedDB: its own small database ('altdisk-course'), apart from the labs' one in
// src/host/persistence (which the worker owns). One record, the whole CourseProgress, read at start and
// written after each change. The page may not import `idb` (ARCHITECTURE §2: storage wrappers belong to
// the host), and one store with one key needs none: the raw API, each request wrapped in a promise.
// Without IndexedDB (storage off, a locked-down browser) progress lives in memory for the visit.
import { EMPTY_PROGRESS, parseProgress, PROGRESS_FORMAT, PROGRESS_VERSION } from './progress.ts';
import type { CourseProgress } from './progress.ts';

export const COURSE_DB = 'altdisk-course';
const STORE = 'progress';
const KEY = 'course';

export interface ProgressStore {
  load(): Promise<CourseProgress>;
  save(progress: CourseProgress): Promise<void>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

let opening: Promise<IDBDatabase | null> | null = null;

function open(factory: IDBFactory | undefined): Promise<IDBDatabase | null> {
  if (!factory) return Promise.resolve(null);
  opening ??= new Promise<IDBDatabase | null>((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(COURSE_DB, 1);
    } catch {
      resolve(null);
      return;
    }
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab deletes or upgrades the database ("Wipe saved labs"): let go of it.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
  });
  return opening;
}

/** Stored records go through the same checks as an imported file: a damaged one reads as no progress. */
export function fromRecord(value: unknown): CourseProgress {
  if (!value || typeof value !== 'object') return EMPTY_PROGRESS;
  const parsed = parseProgress(JSON.stringify({ ...(value as object), format: PROGRESS_FORMAT, version: PROGRESS_VERSION }));
  return parsed.ok ? parsed.value : EMPTY_PROGRESS;
}

export function createProgressStore(factory: IDBFactory | undefined = globalThis.indexedDB): ProgressStore {
  let memory: CourseProgress = EMPTY_PROGRESS;
  return {
    async load() {
      const db = await open(factory);
      if (!db) return memory;
      try {
        const value: unknown = await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY));
        memory = fromRecord(value);
        return memory;
      } catch {
        return memory;
      }
    },
    async save(progress) {
      memory = progress;
      const db = await open(factory);
      if (!db) return;
      try {
        await request(db.transaction(STORE, 'readwrite').objectStore(STORE).put({ lessons: progress.lessons }, KEY));
      } catch {
        // quota, or a database closing for a wipe: the progress stays in memory for this visit
      }
    },
  };
}
