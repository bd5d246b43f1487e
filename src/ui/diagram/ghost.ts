// The consequence preview's ghosts (issue 16): while a typed line is previewed, the diagram shows the lab
// as it would be after Enter, with each node the line would create or change drawn as a ghost (dashed,
// translucent, tagged "(preview)") and each node it would remove kept as a ghost of what goes. Edges the
// line would add or change are ghosts too. Pure: two projections in, one out.
import { diffProjections } from './changes.ts';
import type { DiagramEdge, DiagramNode, GhostKind, Projection } from './model.ts';

function ghostNode(n: DiagramNode, kind: GhostKind): DiagramNode {
  const dom = (n as { domAttributes?: Record<string, unknown> }).domAttributes;
  return {
    ...n,
    className: `${n.className ?? ''} dg-ghost dg-ghost--${kind}`.trim(),
    data: { ...n.data, ghost: kind },
    domAttributes: { ...dom, 'data-ghost': kind },
    ariaLabel: `${n.ariaLabel} (preview: ${kind === 'removed' ? 'would be removed' : kind === 'created' ? 'would be created' : 'would change'})`,
  } as unknown as DiagramNode;
}

/** `after` with what differs from `now` as ghosts; null `after`: `now` as it is. */
export function ghostProjection(now: Projection, after: Projection | null): Projection {
  if (!after) return now;
  const changed = diffProjections(now, after);
  const nowIds = new Set(now.nodes.map((n) => n.id));
  const afterIds = new Set(after.nodes.map((n) => n.id));
  const nodes = after.nodes.map((n) => (changed.nodes.has(n.id) ? ghostNode(n, nowIds.has(n.id) ? 'changed' : 'created') : n));
  // What goes is kept where it stood, when what held it is still drawn and still has room for it (a VG that
  // varies off folds its LV rows away: React Flow would pile the old rows on its last line).
  const afterById = new Map(after.nodes.map((n) => [n.id, n]));
  const fits = (n: DiagramNode) => {
    if (!n.parentId) return true;
    const parent = afterById.get(n.parentId);
    if (!parent) return false;
    return parent.height === undefined || n.height === undefined || n.position.y + n.height <= parent.height;
  };
  for (const n of now.nodes) {
    if (!afterIds.has(n.id) && fits(n)) nodes.push(ghostNode(n, 'removed'));
  }
  const edges = after.edges.map(
    (e): DiagramEdge => (changed.edges.has(e.id) ? { ...e, className: `${e.className} dg-edge--ghost`, ariaLabel: e.ariaLabel ? `${e.ariaLabel} (preview)` : e.ariaLabel } : e),
  );
  return { nodes, edges };
}

/** Whether any node or edge is a ghost (the diagram says so in its region label). */
export function hasGhosts(p: Projection): boolean {
  return p.nodes.some((n) => n.data.ghost !== undefined) || p.edges.some((e) => e.className.includes('dg-edge--ghost'));
}
