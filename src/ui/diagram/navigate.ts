// Keyboard movement between diagram nodes: from the focused node, the nearest focusable node in the
// direction of the arrow key (by centres; straight ahead is preferred over diagonal). Pure.

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const ARROW_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function nearestInDirection(from: string, direction: Direction, boxes: ReadonlyMap<string, Box>, candidates: readonly string[]): string | null {
  const start = boxes.get(from);
  if (!start) return null;
  const cx = start.x + start.width / 2;
  const cy = start.y + start.height / 2;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const id of candidates) {
    if (id === from) continue;
    const b = boxes.get(id);
    if (!b) continue;
    const dx = b.x + b.width / 2 - cx;
    const dy = b.y + b.height / 2 - cy;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    // Only nodes within a cone of about 63° either side of the arrow's direction.
    if (along <= 1 || across > 2 * along) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Where to look first: everything, if it fits at a readable zoom; otherwise the top-left corner (the
 * console host comes first) at the smallest readable zoom, and the learner pans or fits from there.
 */
export function initialViewport(content: Box, pane: { width: number; height: number }, opts = { pad: 16, minZoom: 0.6, maxZoom: 1 }): Viewport {
  const { pad, minZoom, maxZoom } = opts;
  if (content.width <= 0 || content.height <= 0 || pane.width <= 0 || pane.height <= 0) return { x: pad, y: pad, zoom: maxZoom };
  const fit = Math.min((pane.width - 2 * pad) / content.width, (pane.height - 2 * pad) / content.height);
  const zoom = Math.max(minZoom, Math.min(maxZoom, fit));
  const w = content.width * zoom;
  const h = content.height * zoom;
  const x = w + 2 * pad <= pane.width ? (pane.width - w) / 2 - content.x * zoom : pad - content.x * zoom;
  const y = h + 2 * pad <= pane.height ? Math.min(pad, (pane.height - h) / 2) - content.y * zoom : pad - content.y * zoom;
  return { x, y, zoom };
}

/** The box around all `boxes`. */
export function boundsOf(boxes: Iterable<Box>): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return minX === Infinity ? { x: 0, y: 0, width: 0, height: 0 } : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
