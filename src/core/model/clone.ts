// A deep copy of plain JSON-shaped data (objects, arrays, strings, numbers, booleans, null). The world
// is copied before every command line so a failure can roll back; for this shape a direct walk is
// several times faster than structuredClone, which matters for replaying long links (BUDGETS P6).
export function clonePlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = clonePlain(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copy = clonePlain((value as Record<string, unknown>)[key]);
    // An own "__proto__" key stays a key, never a prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out as T;
}
