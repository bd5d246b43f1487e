// The exam's names that the page needs before the exam loads (params.ts, useExamRun.ts): kept apart from
// examRun.ts so that module loads with the exam content, outside the page's first JS (BUDGETS P1).
export const EXAM_KEY = 'altdisk.exam.run';
/** The lab the exam starts from, known before the exam content loads (exam.test.tsx holds it equal). */
export const EXAM_SCENARIO = 'reference-lab';
