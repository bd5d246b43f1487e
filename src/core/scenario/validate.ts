// Untrusted session/world data is checked by session/restore.ts (one gate for the worker and the
// CLI); these names stay for callers that only need a yes or no with the reason.
import type { SessionState } from '../session/api.ts';
import type { World } from '../model/types.ts';
import { restoreSessionState, restoreWorld } from '../session/restore.ts';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function validateWorld(w: unknown, where = 'world'): Result<World> {
  const r = restoreWorld(w, where);
  return r.ok ? { ok: true, value: r.value } : r;
}

export function validateSessionState(data: unknown): Result<SessionState> {
  const r = restoreSessionState(data);
  return r.ok ? { ok: true, value: r.value } : r;
}
