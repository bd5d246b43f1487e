// Shell variables as the session keeps them: by own key (a variable named constructor is just a name),
// and within what a saved lab may hold (the load gate allows 4,096): at most MAX_VARS names of at most
// MAX_VAR_CHARS characters each, so X=$X$X$X$X repeated cannot grow without end.
import { own } from '../model/own.ts';

/** Below the load gate's 4,096, leaving room for the few variables the shell sets itself (OLDPWD). */
export const MAX_VARS = 4000;
export const MAX_VAR_CHARS = 64 * 1024;

/** How many names a variables object holds, counted once per object (the session copies it each line). */
const counts = new WeakMap<object, number>();
function countOf(vars: Record<string, string>): number {
  let n = counts.get(vars);
  if (n === undefined) {
    n = Object.keys(vars).length;
    counts.set(vars, n);
  }
  return n;
}

/**
 * Sets a variable; false when the trainer cannot keep it (too long, or one name too many). "__proto__"
 * is accepted and ignored: no saved lab may hold that key.
 */
export function setShellVar(vars: Record<string, string>, name: string, value: string): boolean {
  if (name === '__proto__') return true;
  if (value.length > MAX_VAR_CHARS) return false;
  if (!own(vars, name)) {
    const n = countOf(vars);
    if (n >= MAX_VARS) return false;
    counts.set(vars, n + 1);
  }
  vars[name] = value;
  return true;
}

export function unsetShellVar(vars: Record<string, string>, name: string): void {
  if (!own(vars, name)) return;
  delete vars[name];
  const n = counts.get(vars);
  if (n !== undefined) counts.set(vars, n - 1);
}
