// A small checker for untrusted JSON-shaped data (a stored lab, a --state file). Each check walks the
// input along a fixed shape and builds a fresh copy holding only the fields the shape names, so nothing
// of the input (extra keys, odd prototypes) reaches the core. Time and memory are bounded by the shape's
// depth (recursion only where the shape is recursive, with a depth limit), a cap on every array, map and
// string, and a budget of values visited for the whole record.
export class Refusal extends Error {}

export interface CheckContext {
  /** Values still allowed to be visited in this record. */
  budget: number;
  /** Plain-words notes of what was repaired or dropped. */
  repaired: string[];
}

export type Check<T> = (value: unknown, path: string, ctx: CheckContext) => T;

/** The most notes a record keeps: after it, one line says how many more there were. */
const MAX_NOTES = 40;

export function note(ctx: CheckContext, text: string): void {
  if (ctx.repaired.length < MAX_NOTES) ctx.repaired.push(text);
  else if (ctx.repaired.length === MAX_NOTES) ctx.repaired.push('and more repairs not listed');
}

export function refuse(path: string, why: string): never {
  throw new Refusal(`${path} ${why}`);
}

function visit(ctx: CheckContext, path: string): void {
  if (--ctx.budget < 0) refuse(path, 'is part of a record too large to open');
}

/** A plain object (JSON or structured-clone shaped), not an array, Date, Map or class instance. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Keys that reach a prototype when data is assigned or spread, or shadow one when read back. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function str(max: number, pattern?: RegExp): Check<string> {
  return (v, path, ctx) => {
    visit(ctx, path);
    if (typeof v !== 'string') refuse(path, 'is not a string');
    if (v.length > max) refuse(path, `is longer than ${max} characters`);
    if (pattern && !pattern.test(v)) refuse(path, 'is not a valid name or identifier');
    return v;
  };
}

export function num(min: number, max: number, integer = false): Check<number> {
  return (v, path, ctx) => {
    visit(ctx, path);
    if (typeof v !== 'number' || !Number.isFinite(v)) refuse(path, 'is not a number');
    if (integer && !Number.isInteger(v)) refuse(path, 'is not a whole number');
    if (v < min || v > max) refuse(path, `is out of range (${min} to ${max})`);
    return v;
  };
}

export const int = (min: number, max: number): Check<number> => num(min, max, true);

export const bool: Check<boolean> = (v, path, ctx) => {
  visit(ctx, path);
  if (typeof v !== 'boolean') refuse(path, 'is not true or false');
  return v;
};

export function oneOf<const T extends readonly (string | number)[]>(...values: T): Check<T[number]> {
  return (v, path, ctx) => {
    visit(ctx, path);
    if (!values.includes(v as T[number])) refuse(path, `is not one of ${values.join(', ')}`);
    return v as T[number];
  };
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, path, ctx) => (v === null ? null : check(v, path, ctx));
}

export function arr<T>(item: Check<T>, max: number): Check<T[]> {
  return (v, path, ctx) => {
    visit(ctx, path);
    if (!Array.isArray(v)) refuse(path, 'is not a list');
    if (v.length > max) refuse(path, `has more than ${max} entries`);
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) out.push(item(v[i], `${path}[${i}]`, ctx));
    return out;
  };
}

/**
 * A name-keyed map. `__proto__` is refused as a key everywhere; `constructor` and `prototype` are
 * refused unless `userNames` (file names and shell variables are the learner's own: `touch
 * constructor` is legal in ksh, and the core reads maps by own key).
 */
export function map<T>(value: Check<T>, opts: { max: number; key: Check<string>; userNames?: boolean }): Check<Record<string, T>> {
  return (v, path, ctx) => {
    visit(ctx, path);
    if (!isPlainObject(v)) refuse(path, 'is not an object');
    const keys = Object.keys(v);
    if (keys.length > opts.max) refuse(path, `has more than ${opts.max} entries`);
    const out: Record<string, T> = {};
    for (const k of keys) {
      if (k === '__proto__' || (!opts.userNames && PROTOTYPE_KEYS.has(k))) refuse(path, `has a forbidden key "${k}"`);
      opts.key(k, `${path} key "${k.slice(0, 40)}"`, ctx);
      out[k] = value(v[k], `${path}.${k.slice(0, 60)}`, ctx);
    }
    return out;
  };
}

type Shape = Record<string, Check<unknown>>;
type Built<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/**
 * An object with a fixed shape. `optional` fields may be absent (left absent in the copy). Keys the
 * shape does not name are dropped, with a note.
 */
export function obj<R extends Shape, O extends Shape = Record<never, never>>(required: R, optional?: O): Check<Built<R> & Partial<Built<O>>> {
  return (v, path, ctx) => {
    visit(ctx, path);
    if (!isPlainObject(v)) refuse(path, 'is not an object');
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(required)) {
      if (!own(v, k)) refuse(`${path}.${k}`, 'is missing');
      out[k] = required[k](v[k], `${path}.${k}`, ctx);
    }
    if (optional) {
      for (const k of Object.keys(optional)) {
        if (own(v, k) && v[k] !== undefined) out[k] = optional[k](v[k], `${path}.${k}`, ctx);
      }
    }
    for (const k of Object.keys(v)) {
      if (k === '__proto__') refuse(path, 'has a forbidden key "__proto__"');
      if (!own(required, k) && !(optional && own(optional, k))) note(ctx, `dropped an unknown field ${path}.${k.slice(0, 40)}`);
    }
    return out as Built<R> & Partial<Built<O>>;
  };
}

/** One of several object shapes chosen by a tag field (`kind`, `id`). */
export function tagged<T>(tag: string, shapes: Record<string, Check<T>>): Check<T> {
  return (v, path, ctx) => {
    if (!isPlainObject(v) || typeof v[tag] !== 'string' || !own(shapes, v[tag] as string)) refuse(path, `has no known ${tag}`);
    return shapes[v[tag] as string](v, path, ctx);
  };
}

/** A check that may call itself (a mksysb image inside a file system), at most `maxDepth` deep. */
export function recursive<T>(build: (self: Check<T>) => Check<T>, maxDepth: number): Check<T> {
  let depth = 0;
  const self: Check<T> = (v, path, ctx) => {
    if (depth >= maxDepth) refuse(path, 'is nested too deeply');
    depth++;
    try {
      return inner(v, path, ctx);
    } finally {
      depth--;
    }
  };
  const inner = build(self);
  return self;
}
