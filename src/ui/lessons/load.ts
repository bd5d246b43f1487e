// The lesson content (intro, objectives, hints) loads in its own chunk, outside the JS the page needs
// before the first command (BUDGETS P1). One promise for the page: the panel and the hook share it.
type LessonsModule = typeof import('../../lessons/index.ts');

let loading: Promise<LessonsModule> | null = null;

export function loadLessons(): Promise<LessonsModule> {
  loading ??= import('../../lessons/index.ts').catch((err: unknown) => {
    loading = null; // a failed fetch may be tried again
    throw err;
  });
  return loading;
}

/**
 * The open request with the lesson's title added (the new lab is named after it), when the request
 * opens a new lab for a lesson; the request as it is when the content cannot load or the lesson is unknown.
 */
export async function withLessonTitle<T extends { lesson?: string; lessonTitle?: string }>(request: T, load: () => Promise<Pick<LessonsModule, 'findLesson'>> = loadLessons): Promise<T> {
  if (!request.lesson) return request;
  try {
    const title = (await load()).findLesson(request.lesson)?.title;
    return title ? { ...request, lessonTitle: title } : request;
  } catch {
    return request;
  }
}
