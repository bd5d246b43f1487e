// What the preview panel shows for a typed line: the worker's preview and the explainer's reading of it.
import type { Preview } from '../../protocol/index.ts';
import type { ExplainedCommand, ExplainItem } from '../../core/commands/lib/explain.ts';

export type { ExplainedCommand, ExplainItem };

export interface PreviewShown {
  line: string;
  preview: Preview;
  explained: readonly ExplainedCommand[];
}
