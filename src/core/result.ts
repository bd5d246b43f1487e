// One shape for every expected failure in core: a value, or the reason it could not be had.
// Throwing is for bugs; a refusal the learner can cause is a Result.
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
