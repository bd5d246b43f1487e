import { describe, expect, it } from 'vitest';
import { createSession, newSessionState } from './session.ts';

describe("a timed line opens with its 'duration' event", () => {
  it('first, at offset 0, carrying the whole simulated duration', () => {
    const session = createSession(newSessionState()!);
    const clone = session.exec('alt_disk_copy -d hdisk1');
    expect(clone.durationMs).toBeGreaterThan(60_000);
    expect(clone.events[0]).toEqual({ type: 'duration', durationMs: clone.durationMs, atMs: 0 });
    expect(clone.events.filter((e) => e.type === 'duration')).toHaveLength(1);
  });

  it('is absent from an instant line', () => {
    const session = createSession(newSessionState()!);
    expect(session.exec('lspv').events.some((e) => e.type === 'duration')).toBe(false);
  });

  it('a line cut short (Ctrl-C) carries the duration it ran', () => {
    const session = createSession(newSessionState()!);
    session.exec('alt_disk_copy -d hdisk1');
    const cut = session.interruptLast(30_000)!;
    expect(cut.events[0]).toEqual({ type: 'duration', durationMs: cut.durationMs, atMs: 0 });
    expect(cut.durationMs).toBeLessThanOrEqual(30_000);
  });
});
