// ↑/↓ command history as a pure value: a list of past lines, a cursor into it, and the line being
// typed before the learner started browsing (restored when they come back down past the newest entry).

export interface HistoryState {
  readonly entries: readonly string[];
  /** entries.length means "not browsing: editing a new line". */
  readonly index: number;
  /** What was in the input when browsing started. */
  readonly draft: string;
}

export const MAX_HISTORY = 1000;

export function createHistory(entries: readonly string[]): HistoryState {
  const kept = entries.slice(-MAX_HISTORY);
  return { entries: kept, index: kept.length, draft: '' };
}

/** Adds an accepted line (blank lines are not kept) and stops browsing. */
export function pushHistory(state: HistoryState, line: string): HistoryState {
  const entries = line.trim() === '' ? state.entries : [...state.entries, line].slice(-MAX_HISTORY);
  return { entries, index: entries.length, draft: '' };
}

export interface HistoryMove {
  state: HistoryState;
  /** The text the input should now show. */
  line: string;
}

/** ↑: the previous entry; stays on the oldest. `current` is the input's text now. */
export function historyUp(state: HistoryState, current: string): HistoryMove {
  if (state.index === 0 || state.entries.length === 0) {
    return { state, line: current };
  }
  const draft = state.index === state.entries.length ? current : state.draft;
  const index = state.index - 1;
  return { state: { ...state, index, draft }, line: state.entries[index] ?? '' };
}

/** ↓: the next entry; past the newest, back to the draft. */
export function historyDown(state: HistoryState, current: string): HistoryMove {
  if (state.index >= state.entries.length) {
    return { state, line: current };
  }
  const index = state.index + 1;
  if (index === state.entries.length) {
    return { state: { ...state, index, draft: '' }, line: state.draft };
  }
  return { state: { ...state, index }, line: state.entries[index] ?? '' };
}

/** Stops browsing (the learner edited the recalled line or cleared it). */
export function resetBrowsing(state: HistoryState): HistoryState {
  return state.index === state.entries.length ? state : { ...state, index: state.entries.length, draft: '' };
}
