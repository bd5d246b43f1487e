// The command log folded into steps: undo / redo / jump marks move the cursor, a command after the cursor
// replaces the undone steps, a cut marks its line; links replay only the steps in effect.
import { describe, expect, it } from 'vitest';
import type { LogEntry } from './persistence/db.ts';
import { isLogEntry } from './persistence/records.ts';
import { foldLog, stepsFromLog } from './sharedLink.ts';

let seq = 0;
const cmd = (line: string): LogEntry => ({ seq: ++seq, line, exitCode: 0, atMs: 0, durationMs: 0 });
const mark = (to: number): LogEntry => ({ seq: ++seq, line: `jump ${to}`, exitCode: 0, atMs: 0, durationMs: 0, travelTo: to });
const cut = (line: string, atMs: number): LogEntry => ({ ...cmd(line), interruptedAtMs: atMs });

describe('foldLog', () => {
  it('undo keeps the steps after the cursor for redo; a new command replaces them', () => {
    const log = [cmd('a'), cmd('b'), cmd('c'), mark(1)];
    expect(foldLog(log)).toEqual({ steps: [{ line: 'a' }, { line: 'b' }, { line: 'c' }], cursor: 1 });
    expect(stepsFromLog(log)).toEqual([{ line: 'a' }]);
    expect(foldLog([...log, mark(2)]).cursor).toBe(2);
    expect(foldLog([...log, cmd('x')])).toEqual({ steps: [{ line: 'a' }, { line: 'x' }], cursor: 2 });
  });

  it('a cut marks the line it follows; a mark past the end stops at the end; order is by seq', () => {
    const log = [cmd('alt_disk_copy -d hdisk1'), cut('alt_disk_copy -d hdisk1', 500), mark(9)];
    expect(foldLog([...log].reverse())).toEqual({ steps: [{ line: 'alt_disk_copy -d hdisk1', cutAtMs: 500 }], cursor: 1 });
    expect(foldLog([mark(0), cmd('a')])).toEqual({ steps: [{ line: 'a' }], cursor: 1 });
  });

  it('a stored mark passes the log entry check; a bad one does not', () => {
    expect(isLogEntry(mark(3))).toBe(true);
    expect(isLogEntry({ ...mark(3), travelTo: -1 })).toBe(false);
    expect(isLogEntry({ ...mark(3), travelTo: 'x' })).toBe(false);
  });
});
