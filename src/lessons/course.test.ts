// docs/course.md: the tutorial-to-lesson table has a row for each of the tutorial's eight sections, names
// only lessons that exist, and its by-track table lists every lesson under its own track.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRACKS } from '../core/lessons/types.ts';
import { findLesson, LESSONS } from './index.ts';

const course = readFileSync(new URL('../../docs/course.md', import.meta.url), 'utf8');
const rows = course.split('\n').filter((l) => l.startsWith('| '));
const ids = (cell: string) => [...cell.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);

describe('docs/course.md', () => {
  it('maps each of the eight tutorial sections to at least one existing lesson', () => {
    for (let n = 1; n <= 8; n++) {
      const sectionRows = rows.filter((r) => r.startsWith(`| ${n}. `));
      expect(sectionRows.length, `section ${n}`).toBeGreaterThan(0);
      for (const r of sectionRows) {
        const lessonCell = r.split('|').at(-2) ?? '';
        expect(ids(lessonCell).length, r).toBeGreaterThan(0);
        for (const id of ids(lessonCell)) expect(findLesson(id), `${id} in: ${r}`).not.toBeNull();
      }
    }
  });

  it('lists every lesson under its track', () => {
    for (const track of TRACKS) {
      const row = rows.find((r) => r.startsWith(`| ${track} |`));
      expect(row, track).toBeDefined();
      const listed = ids(row!.split('|')[2]);
      expect([...listed].sort()).toEqual(LESSONS.filter((l) => l.track === track).map((l) => l.id).sort());
    }
  });
});
