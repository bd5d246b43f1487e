// What the last command changed in the picture: nodes whose content differs between the projection of
// the snapshot before the command and the one after it (or that are new), and edges that are new or
// look different. Pure; the node components turn `changed` into data-changed="true" and a brief pulse.
import type { DiagramEdge, DiagramNode, Projection } from './project.ts';

function content(data: object): string {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
  const { changed, changeSeq, ...rest } = data as { changed?: boolean; changeSeq?: number };
  return JSON.stringify(rest);
}

/** The animation restarts on every command: two identical keyframe sets, picked by the command's parity. */
export function pulseClass(seq: number): string {
  return seq % 2 === 0 ? 'dg-pulse-a' : 'dg-pulse-b';
}

export interface ChangeSet {
  nodes: Set<string>;
  edges: Set<string>;
}

export function diffProjections(before: Projection, after: Projection): ChangeSet {
  const oldNodes = new Map(before.nodes.map((n) => [n.id, n] as const));
  const oldEdges = new Map(before.edges.map((e) => [e.id, e] as const));
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const n of after.nodes) {
    const old = oldNodes.get(n.id);
    if (!old || content(old.data) !== content(n.data)) nodes.add(n.id);
  }
  for (const e of after.edges) {
    const old = oldEdges.get(e.id);
    if (!old || old.className !== e.className || old.label !== e.label) edges.add(e.id);
  }
  return { nodes, edges };
}

/** `after` with the changed nodes and edges marked (new objects only where something is marked). */
export function markChanges(before: Projection, after: Projection, seq: number): Projection {
  const changes = diffProjections(before, after);
  const nodes = after.nodes.map((n) =>
    changes.nodes.has(n.id) ? ({ ...n, data: { ...n.data, changed: true, changeSeq: seq } } as DiagramNode) : n,
  );
  const edges = after.edges.map(
    (e): DiagramEdge =>
      changes.edges.has(e.id)
        ? { ...e, className: `${e.className} dg-edge--changed ${pulseClass(seq)}`, data: { ...e.data, changed: true, changeSeq: seq } }
        : e,
  );
  return { nodes, edges };
}
