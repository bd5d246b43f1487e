// Schema v1/v2 kept ONE lab: 'session' ('current' and, from v2, the start world under 'start'), 'log'
// (keyPath seq), 'scrollback' and, from v2, 'inflight'. The v3 upgrade moves that lab into the lists as
// the first saved lab, as it was (its records are checked when it is opened, like any other), then
// drops the old stores. It runs inside the upgrade transaction: a failure aborts the whole upgrade and
// the old database stays as it was.
import type { IDBPTransaction, StoreNames } from 'idb';
import type { LabSummary } from '../../protocol/index.ts';
import { HEAD, splitState, START, type TrainerDatabase, type TrainerDB } from './layout.ts';
import { newLabId } from './records.ts';

const LEGACY = ['session', 'log', 'scrollback', 'inflight'] as const;

type UpgradeTx = IDBPTransaction<TrainerDB, StoreNames<TrainerDB>[], 'versionchange'>;

export async function migrateLegacy(db: TrainerDatabase, tx: UpgradeTx, wallClock: () => number, name: (scenario: string) => string): Promise<void> {
  // The legacy stores are not in TrainerDB's types: reach them through an untyped view.
  const old = tx as unknown as { objectStore(name: string): { get(k: IDBValidKey): Promise<unknown>; getAll(): Promise<unknown[]> } };
  const has = (store: string) => db.objectStoreNames.contains(store as StoreNames<TrainerDB>);
  const session = has('session') ? await old.objectStore('session').get('current') : undefined;
  const start = has('session') ? await old.objectStore('session').get('start') : undefined;
  const log = has('log') ? await old.objectStore('log').getAll() : [];
  const lines = has('scrollback') ? await old.objectStore('scrollback').getAll() : [];
  const inflight = has('inflight') ? await old.objectStore('inflight').get('current') : undefined;

  if (session !== undefined) {
    const at = wallClock();
    const id = newLabId(at);
    const record = session && typeof session === 'object' ? (session as Record<string, unknown>) : null;
    const scenario = typeof record?.scenario === 'string' ? record.scenario.slice(0, 100) : 'unknown';
    const summary: LabSummary = { id, name: name(scenario), scenario, lesson: null, createdAt: at, lastUsedAt: at, commands: log.length };
    void tx.objectStore('labs').put(summary);
    const parts = splitState(session);
    for (const [key, value] of parts) void tx.objectStore('labParts').put(value, [id, key]);
    // v2 kept the start world apart (the session's own start is null); v1 kept it inside the session.
    const startWorld = record?.start ?? start;
    if (parts.has(HEAD)) void tx.objectStore('labParts').put(startWorld, [id, START]);
    log.forEach((entry, i) => {
      const seq = entry && typeof entry === 'object' && typeof (entry as { seq?: unknown }).seq === 'number' ? (entry as { seq: number }).seq : i + 1;
      void tx.objectStore('labLog').put(entry as never, [id, seq]);
    });
    lines.forEach((line, i) => void tx.objectStore('labLines').put(line as never, [id, i + 1]));
    if (inflight !== undefined) void tx.objectStore('labInflight').put(inflight as never, id);
  }
  for (const store of LEGACY) if (has(store)) db.deleteObjectStore(store as StoreNames<TrainerDB>);
}
