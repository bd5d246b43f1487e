// The preview's place beside the prompt: a toggle the learner can always reach (kept in localStorage; off
// by default in an exam) and, while it is on, the preview panel, loaded on first use so the page's first
// JS stays small.
import { lazy, Suspense } from 'react';
import { useExamMode } from '../exam/ExamContext.ts';
import type { PreviewSource } from './PreviewPanel.tsx';
import { usePreviewEnabled } from './previewStore.ts';
import './dock.css';

const PreviewPanel = lazy(() => import('./PreviewPanel.tsx'));

export function PreviewDock({ api }: { api: PreviewSource }) {
  const exam = useExamMode();
  const [on, setOn] = usePreviewEnabled(exam);
  if (!api.preview) return null;
  return (
    <div className="preview-dock" data-testid="preview.dock" onClick={(e) => e.stopPropagation()}>
      <button
        type="button"
        className="preview-dock__toggle"
        data-testid="preview.toggle"
        aria-pressed={on}
        title={on ? 'Hide what a typed command would do before Enter' : 'Show what a typed command would do before Enter'}
        onClick={() => setOn(!on)}
      >
        Preview {on ? 'on' : 'off'}
      </button>
      {on && (
        <Suspense fallback={null}>
          <PreviewPanel api={api} />
        </Suspense>
      )}
    </div>
  );
}
