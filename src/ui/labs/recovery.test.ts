import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LABS_DATABASE } from '../../protocol/index.ts';
import { RUN_KEY } from '../lessons/run.ts';
import { setRunningSim, wipeSavedLabs } from './recovery.ts';

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(LABS_DATABASE, 3);
    req.onupgradeneeded = () => req.result.createObjectStore('labs');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function names(factory: IDBFactory): Promise<string[]> {
  return (await factory.databases()).map((d) => d.name ?? '');
}

describe('wipeSavedLabs', () => {
  it('stops the running simulator, deletes the labs database and the lesson run', async () => {
    const factory = new IDBFactory();
    (await openDb(factory)).close();
    const removed: string[] = [];
    let stopped = 0;
    setRunningSim({ close: () => stopped++ });
    await wipeSavedLabs({ factory, storage: { removeItem: (k) => removed.push(k) } });
    expect(stopped).toBe(1);
    expect(removed).toEqual([RUN_KEY]);
    expect(await names(factory)).toEqual([]);
  });

  it('says when another tab holds the database, and finishes once it lets go', async () => {
    const factory = new IDBFactory();
    const other = await openDb(factory); // another tab that does not close on versionchange
    let blocked = 0;
    const wiping = wipeSavedLabs({ factory, storage: null, onBlocked: () => blocked++ });
    // Event-loop turns, not milliseconds: on a loaded machine 20 ms can pass before fake-indexeddb gets there.
    for (let turn = 0; turn < 20_000 && blocked === 0; turn++) await new Promise((r) => setTimeout(r, 1));
    expect(blocked).toBe(1);
    other.close();
    await wiping;
    expect(await names(factory)).toEqual([]);
  });

  it('rejects in plain words when there is no IndexedDB', async () => {
    await expect(wipeSavedLabs({ factory: null, storage: null })).rejects.toThrow(/no IndexedDB/);
  });
});
