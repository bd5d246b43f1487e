// The entry index kept in step with a files object: after any sequence of puts and drops it answers
// exactly what a fresh scan of the keys answers (children of each directory, implied directories, count).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileNode } from '../model/types.ts';
import { childNames, dropEntry, entryCount, hasChildren, putEntry, type Files } from './fsIndex.ts';

const FILE: FileNode = { kind: 'file', text: '' };
const key = fc.array(fc.constantFrom('a', 'b', 'constructor', '__x'), { minLength: 1, maxLength: 3 }).map((p) => p.join('/'));
const op = fc.tuple(fc.boolean(), key);

/** What a scan of the keys says, for every directory that appears. */
function scan(files: Files) {
  const dirs = new Set<string>(['']);
  for (const k of Object.keys(files)) for (let i = k.indexOf('/'); i >= 0; i = k.indexOf('/', i + 1)) dirs.add(k.slice(0, i));
  const view: Record<string, { kids: string[]; implied: boolean }> = {};
  for (const d of [...dirs, ...Object.keys(files)]) {
    const prefix = d === '' ? '' : d + '/';
    const kids = new Set(Object.keys(files).filter((k) => k.startsWith(prefix) && k !== d).map((k) => k.slice(prefix.length).split('/')[0]));
    view[d] = { kids: [...kids].sort(), implied: kids.size > 0 };
  }
  return view;
}

describe('fsIndex', () => {
  it('lists children, implied directories and the count as a scan does, through any puts and drops', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 6 }), fc.array(op, { maxLength: 30 }), (initial, ops) => {
        const files: Files = {};
        for (const k of initial) files[k] = FILE;
        entryCount(files); // the index exists from here on and must follow every change
        for (const [put, k] of ops) {
          if (put) putEntry(files, k, FILE);
          else dropEntry(files, k);
        }
        const expected = scan(files);
        for (const [d, v] of Object.entries(expected)) {
          expect(childNames(files, d).sort()).toEqual(v.kids);
          expect(hasChildren(files, d)).toBe(v.implied);
        }
        expect(entryCount(files)).toBe(Object.keys(files).length);
      }),
      { numRuns: 300 },
    );
  });
});
