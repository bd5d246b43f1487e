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
