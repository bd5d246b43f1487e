// The custom lesson of this browser (made in the builder, or opened from a link that carries one: core
// scenario/link.ts `lesson.custom`). Stored so a reload keeps it; read back through the strict check
// (core/lessons/custom.ts, loaded lazily: it is not needed before the first command), so a stored value
// that was tampered with is simply no lesson.
import type { CustomLessonSpec } from '../../core/lessons/custom.ts';
import type { Lesson } from '../../core/lessons/types.ts';
import { readStored, writeStored } from '../layout/theme.ts';

export const CUSTOM_KEY = 'altdisk.lesson.custom';
/** core/lessons/custom.ts CUSTOM_LESSON_ID, repeated so this module stays small. */
export const CUSTOM_ID = 'custom';

export function storeCustomLesson(scenario: string, spec: CustomLessonSpec): void {
  writeStored(CUSTOM_KEY, JSON.stringify({ scenario, spec }));
}

/** The stored custom lesson as a Lesson, or null (none, or not valid). */
export async function loadCustomLesson(): Promise<Lesson | null> {
  const { checkCustomLesson, compileCustomLesson } = await import('../../core/lessons/custom.ts');
  try {
    const raw: unknown = JSON.parse(readStored(CUSTOM_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { scenario, spec } = raw as { scenario?: unknown; spec?: unknown };
    if (typeof scenario !== 'string' || scenario.length > 100) return null;
    const c = checkCustomLesson(spec);
    return c.ok ? compileCustomLesson(c.value, scenario) : null;
  } catch {
    return null;
  }
}

export const isCustomLessonId = (id: string | null): boolean => id === CUSTOM_ID;
