// One saved lab's records: load (every record checked, what cannot be used set aside), commit (the
// parts a command changed + its log entry + its terminal lines + its summary, in ONE transaction),
// and the in-flight marker of a command still playing (R1).
import { err } from '../../core/result.ts';
import type { SessionState } from '../../core/session/api.ts';
import type { SetAside, TerminalLine } from '../../protocol/index.ts';
import { fingerprints, HEAD, joinState, labRange, splitState, START, type LabKey } from './layout.ts';
import { checkInflight, isLogEntry, isTerminalLine, type InflightRecord, type LogEntry, type SessionGate } from './records.ts';
import { inTransaction, type Tx } from './transaction.ts';
import type { TrainerDatabase } from './layout.ts';

export const SCROLLBACK_CAP = 5000;

export interface LoadedLab {
  /** The saved session through the gate (repaired where it could be), or null when it cannot be opened. */
  state: SessionState | null;
  /** Why the session cannot be opened (state is null), or null. */
  unusable: string | null;
  /** The saved terminal lines that could be read, oldest first (at most SCROLLBACK_CAP). */
  scrollback: TerminalLine[];
  /** Commands in the lab's log. */
  logLength: number;
  /** A command that was still playing when the page went away, or null. */
  inflight: InflightRecord | null;
  /** Records of this lab that could not be used: set aside (aside store) and removed. */
  setAside: SetAside[];
  /** What the session gate repaired (written back at once). */
  repaired: string[];
}

export interface CommitRequest {
  state: SessionState;
  logEntry: Omit<LogEntry, 'seq'>;
  lines: readonly TerminalLine[];
  /** Drop the stored scrollback first (the command cleared the screen). */
  replaceScrollback?: boolean;
  /** Written in the same transaction: the command is long and starts playing (or null: nothing plays). */
  inflight?: InflightRecord | null;
}

export interface LabStore {
  readonly id: string;
  /**
   * Reads and checks every record. What cannot be used is set aside and removed, and what the gate
   * repaired is written back — unless `readOnly` (another tab writes this lab): then it is only reported.
   */
  load(options?: { readOnly?: boolean }): Promise<LoadedLab>;
  /** Writes a command's changed parts, log entry, lines and summary atomically; resolves with the entry's seq. */
  commit(request: CommitRequest): Promise<{ seq: number }>;
  /** How far the playing command got (simulated ms after its start). */
  progress(atMs: number): Promise<void>;
  /** The playing command finished: its output lines join the scrollback and nothing is in flight. */
  settle(lines: readonly TerminalLine[]): Promise<void>;
  /** The log, oldest first; entries that fail their check are left out. */
  readLog(): Promise<LogEntry[]>;
}

export interface LabStoreContext {
  live(): TrainerDatabase;
  gate: SessionGate;
  /** Real time (ms since the epoch) for the summary's last use. */
  wallClock(): number;
  /** Keeps a value that cannot be used, in the same transaction that removes it. */
  putAside(tx: Tx<'readwrite'>, what: string, why: string, value: unknown): void;
  /** Called after every successful commit (the first one asks for persistent storage). */
  committed(): void;
}

/**
 * Writes a state's parts over what `written` says is stored: only the parts whose JSON changed, and
 * deletes of parts that are gone. `written` null (unknown): the lab's parts are all rewritten, start included.
 */
export function writeParts(tx: Tx<'readwrite'>, id: string, state: SessionState, written: Map<string, string> | null): Map<string, string> {
  const parts = splitState(state);
  const prints = fingerprints(parts);
  const store = tx.objectStore('labParts');
  if (!written) {
    void store.delete(labRange(id)).catch(() => {});
    void store.put(state.start, [id, START]).catch(() => {});
  }
  for (const [key, print] of prints) if (written?.get(key) !== print) void store.put(parts.get(key), [id, key]).catch(() => {});
  if (written) for (const key of written.keys()) if (!prints.has(key)) void store.delete([id, key]).catch(() => {});
  return prints;
}

function trimLines(tx: Tx<'readwrite'>, id: string, next: number): void {
  // Keys are consecutive, so the last SCROLLBACK_CAP lines are the keys >= next - CAP.
  const firstKept = next - SCROLLBACK_CAP;
  if (firstKept > 1) void tx.objectStore('labLines').delete(IDBKeyRange.bound([id, 0], [id, firstKept], false, true)).catch(() => {});
}

export function createLabStore(id: string, ctx: LabStoreContext): LabStore {
  /** The fingerprints of the parts as stored (null: unknown), the next log seq and line key. */
  let written: Map<string, string> | null = null;
  let keys: { seq: number; line: number } | null = null;

  async function nextKeys(tx: Tx<'readwrite'>): Promise<{ seq: number; line: number }> {
    if (keys) return keys;
    const [lastLog, lastLine] = await Promise.all([
      tx.objectStore('labLog').openKeyCursor(labRange(id), 'prev'),
      tx.objectStore('labLines').openKeyCursor(labRange(id), 'prev'),
    ]);
    const at = (c: { key: LabKey } | null) => (c && typeof c.key[1] === 'number' ? c.key[1] : 0);
    return { seq: at(lastLog) + 1, line: at(lastLine) + 1 };
  }

  async function load({ readOnly = false }: { readOnly?: boolean } = {}): Promise<LoadedLab> {
    const raw = await inTransaction(ctx.live(), ['labParts', 'labLines', 'labLog', 'labInflight'], 'readonly', 'read', async (tx, track) => {
      const range = labRange(id);
      const [partKeys, partValues, lineKeys, lines, logLength, inflight] = await Promise.all([
        track(tx.objectStore('labParts').getAllKeys(range)),
        track(tx.objectStore('labParts').getAll(range)),
        track(tx.objectStore('labLines').getAllKeys(range)),
        track(tx.objectStore('labLines').getAll(range)),
        track(tx.objectStore('labLog').count(range)),
        track(tx.objectStore('labInflight').get(id)),
      ]);
      return { partKeys, partValues, lineKeys, lines, logLength, inflight };
    });
    const setAside: SetAside[] = [];
    const asides: { what: string; why: string; value: unknown }[] = [];
    const drop = { lines: [] as LabKey[], inflight: false };

    const parts = new Map<string, unknown>();
    raw.partKeys.forEach((k, i) => parts.set(String(k[1]), raw.partValues[i]));
    const gated = parts.has(HEAD) ? ctx.gate(joinState(parts)) : err('The saved lab has no session record.');

    const scrollback: TerminalLine[] = [];
    const badLines: unknown[] = [];
    raw.lines.forEach((line, i) => {
      if (isTerminalLine(line)) scrollback.push(line);
      else {
        badLines.push(line);
        drop.lines.push(raw.lineKeys[i]);
      }
    });
    if (badLines.length > 0) {
      const why = `${badLines.length} of its ${raw.lines.length} stored lines were not terminal lines`;
      setAside.push({ what: 'terminal scrollback', why });
      asides.push({ what: `scrollback of lab ${id}`, why, value: badLines.slice(0, 100) });
    }

    let inflight: InflightRecord | null = null;
    if (raw.inflight !== undefined) {
      const checked = checkInflight(raw.inflight, ctx.gate);
      if (typeof checked === 'string') {
        const why = `the command that was running when the tab closed could not be read (${checked.slice(0, 200)}); the lab opens as it was saved before it`;
        setAside.push({ what: 'interrupted command', why });
        asides.push({ what: `in-flight command of lab ${id}`, why, value: raw.inflight });
        drop.inflight = true;
      } else inflight = checked;
    }

    const repaired = gated.ok ? gated.value.repaired : [];
    // What the gate had to rebuild is named too (a garbage start world rebuilt from its scenario); a
    // format migration is routine and is not.
    for (const note of repaired) if (!note.startsWith('migrated')) setAside.push({ what: 'part of the saved session', why: note });
    if (!readOnly && (asides.length > 0 || repaired.length > 0)) {
      await inTransaction(ctx.live(), ['labParts', 'labLines', 'labInflight', 'aside'], 'readwrite', 'write', async (tx) => {
        for (const a of asides) ctx.putAside(tx, a.what, a.why, a.value);
        for (const key of drop.lines) void tx.objectStore('labLines').delete(key).catch(() => {});
        if (drop.inflight) void tx.objectStore('labInflight').delete(id).catch(() => {});
        if (gated.ok && repaired.length > 0) {
          // The repaired session replaces every part, the start world included (a garbage start broke reset).
          written = writeParts(tx, id, gated.value.restored, null);
        }
      });
    }
    if (gated.ok && (repaired.length === 0 || readOnly)) {
      parts.delete(START);
      written = readOnly && repaired.length > 0 ? null : fingerprints(parts);
    }
    keys = null;
    return {
      state: gated.ok ? gated.value.restored : null,
      unusable: gated.ok ? null : gated.error,
      scrollback: scrollback.slice(-SCROLLBACK_CAP),
      logLength: raw.logLength,
      inflight,
      setAside,
      repaired,
    };
  }

  return {
    id,
    load,

    async commit({ state, logEntry, lines, replaceScrollback, inflight }) {
      let after: { prints: Map<string, string>; keys: { seq: number; line: number } } | null = null;
      const result = await inTransaction(ctx.live(), ['labs', 'labParts', 'labLog', 'labLines', 'labInflight'], 'readwrite', 'write', async (tx, track) => {
        if (inflight) track(tx.objectStore('labInflight').put(inflight, id));
        else track(tx.objectStore('labInflight').delete(id));
        const k = await nextKeys(tx);
        const seq = k.seq;
        let next = k.line;
        const prints = writeParts(tx, id, state, written);
        track(tx.objectStore('labLog').put({ ...logEntry, seq }, [id, seq]));
        const lineStore = tx.objectStore('labLines');
        if (replaceScrollback) track(lineStore.delete(labRange(id)));
        for (const line of lines) track(lineStore.put(line, [id, next++]));
        trimLines(tx, id, next);
        const summary = await track(tx.objectStore('labs').get(id));
        if (summary) track(tx.objectStore('labs').put({ ...summary, commands: seq, lastUsedAt: ctx.wallClock() }));
        after = { prints, keys: { seq: seq + 1, line: next } };
        return { seq };
      }).catch((err: unknown) => {
        keys = null; // the transaction did not land: read the keys again next time
        written = null;
        throw err;
      });
      written = after!.prints;
      keys = after!.keys;
      ctx.committed();
      return result;
    },

    async progress(atMs) {
      await inTransaction(ctx.live(), ['labInflight'], 'readwrite', 'write', async (tx, track) => {
        const store = tx.objectStore('labInflight');
        const current = await track(store.get(id));
        if (current) track(store.put({ ...current, atMs }, id));
      });
    },

    async settle(lines) {
      let next = 0;
      await inTransaction(ctx.live(), ['labInflight', 'labLines', 'labLog'], 'readwrite', 'write', async (tx, track) => {
        track(tx.objectStore('labInflight').delete(id));
        const k = await nextKeys(tx);
        next = k.line;
        const lineStore = tx.objectStore('labLines');
        for (const line of lines) track(lineStore.put(line, [id, next++]));
        trimLines(tx, id, next);
        keys = { seq: k.seq, line: next };
      }).catch((err: unknown) => {
        keys = null;
        throw err;
      });
    },

    readLog() {
      return inTransaction(ctx.live(), ['labLog'], 'readonly', 'read', async (tx, track) => {
        const all = await track(tx.objectStore('labLog').getAll(labRange(id)));
        return all.filter(isLogEntry);
      });
    },
  };
}
