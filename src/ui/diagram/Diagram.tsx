// The live diagram: React Flow over the pure projection of the snapshot. Read-only (nothing is dragged
// or connected here: every change is a command typed in the terminal). The diagram is one Tab stop (a
// roving tabindex: the last node focused, else the first host); arrow keys move to the nearest node in
// that direction, Enter (or a click) opens the details.
// What the last command changed is marked (data-changed="true") and briefly pulses.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { Background, BackgroundVariant, Controls, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import type { Edge, Node, NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './diagram.css';
import './focus.css';
import type { SimSnapshot } from '../../protocol/index.ts';
import { markChanges } from './changes.ts';
import { ghostProjection, hasGhosts } from './ghost.ts';
import { useShownPreview } from '../preview/previewStore.ts';
import { ARROW_DIRECTIONS, boundsOf, initialViewport, nearestInDirection } from './navigate.ts';
import { DiagramActionsContext, nodeTypes } from './nodes.tsx';
import type { DiagramActions } from './nodes.tsx';
import { absolutePositions, project, reuseUnchanged } from './project.ts';
import type { DiagramEdge, DiagramNode } from './project.ts';

/** "Fit view" never zooms below the readable zoom the first view uses (two hosts are wider than a pane). */
const READABLE_ZOOM = 0.6;
const FIT_OPTIONS = { padding: 0.06, maxZoom: 1, minZoom: READABLE_ZOOM } as const;
const PRO_OPTIONS = { hideAttribution: false } as const;
const ARIA_LABELS = {
  'node.a11yDescription.default': 'Press Enter to show its details. Arrow keys move to the nearest node in that direction.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter to show its details.',
} as const;

export interface DiagramProps {
  snapshot: SimSnapshot;
  /** The snapshot before the last command: what changed since is highlighted. */
  baseline: SimSnapshot;
  /** Number of the last command (restarts the highlight animation). */
  changeSeq: number;
  selectedId: string | null;
  onSelect(nodeId: string): void;
  colorMode: 'light' | 'dark';
  /** Node ids the open lesson's current step concerns: marked ◎ FOCUS (`data-focus="true"`). */
  focus?: readonly string[];
  /** The learner asked for "show on the diagram": the focus is drawn stronger. */
  focusStrong?: boolean;
}

export const Diagram = memo(function Diagram(props: DiagramProps) {
  return (
    <div className="diagram" aria-label="Diagram of hosts, disks and volume groups" role="region">
      <ReactFlowProvider>
        <Flow {...props} />
      </ReactFlowProvider>
    </div>
  );
});

const GROUP_TYPES = new Set(['host', 'shelf']);

function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The node in the Tab order: the one last focused while it exists, else the first focusable one. */
function rovingStop(nodes: readonly DiagramNode[], wanted: string | null): string | null {
  if (wanted && nodes.some((n) => n.id === wanted && n.focusable)) return wanted;
  return nodes.find((n) => n.focusable)?.id ?? null;
}

const NO_FOCUS: readonly string[] = [];

function Flow({ snapshot, baseline, changeSeq, selectedId, onSelect, colorMode, focus = NO_FOCUS, focusStrong = false }: DiagramProps) {
  const [toggled, setToggled] = useState<ReadonlySet<string>>(() => new Set());
  const actions = useMemo<DiagramActions>(
    () => ({
      toggleVg: (id) =>
        setToggled((prev) => {
          const next = new Set(prev);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        }),
    }),
    [],
  );

  const options = useMemo(() => ({ toggled }), [toggled]);
  const before = useMemo(() => project(baseline, options), [baseline, options]);
  // The typed line's preview (issue 16): the lab as Enter would leave it, what differs drawn as ghosts.
  const shown = useShownPreview();
  const ghostAfter = shown?.preview.kind === 'preview' && shown.preview.changes.length > 0 ? shown.preview.after : null;
  const after = useMemo(() => (ghostAfter ? project(ghostAfter, options) : null), [ghostAfter, options]);
  const previous = useRef<{ nodes: DiagramNode[]; edges: DiagramEdge[] }>({ nodes: [], edges: [] });
  const [roving, setRoving] = useState<string | null>(null);
  const { nodes, edges } = useMemo(() => {
    const marked = ghostProjection(markChanges(before, project(snapshot, options), changeSeq), after);
    const tabStop = rovingStop(marked.nodes, roving);
    const focused = new Set(focus);
    const withSelection = marked.nodes.map((n) => {
      const inFocus = focused.has(n.id);
      const classes = `${n.className ?? ''}${n.id === selectedId ? ' dg-node--selected' : ''}${inFocus ? ` dg-node--focus${focusStrong ? ' dg-node--focus-strong' : ''}` : ''}`;
      const selected = classes !== (n.className ?? '') ? { className: classes } : null;
      // Only one node is in the Tab order; the others are reached with the arrow keys.
      // (a preview ghost's own attributes, data-ghost, are kept)
      const own = (n as { domAttributes?: Record<string, unknown> }).domAttributes;
      const tab = n.focusable || inFocus ? { domAttributes: { ...own, ...(n.focusable ? { tabIndex: n.id === tabStop ? 0 : -1 } : {}), ...(inFocus ? { 'data-focus': 'true' } : {}) } } : null;
      return selected || tab ? ({ ...n, ...selected, ...tab } as DiagramNode) : n;
    });
    const kept = {
      nodes: reuseUnchanged(previous.current.nodes, withSelection),
      edges: reuseUnchanged(previous.current.edges, marked.edges),
    };
    previous.current = kept;
    return kept;
  }, [before, snapshot, options, changeSeq, selectedId, roving, focus, focusStrong, after]);
  const previewing = after !== null && hasGhosts({ nodes, edges });

  const boxes = useMemo(() => absolutePositions(nodes), [nodes]);
  const focusOrder = useMemo(() => {
    const leaves: string[] = [];
    const groups: string[] = [];
    for (const n of nodes) {
      if (!n.focusable) continue;
      (GROUP_TYPES.has(n.type) ? groups : leaves).push(n.id);
    }
    return { leaves, groups };
  }, [nodes]);

  const { getViewport, setCenter, setViewport } = useReactFlow();
  const containerRef = useRef<HTMLDivElement>(null);

  // Frame the picture at start and when a group appears, goes or changes size (a disk added, LVs
  // shown), not on every command: everything if it fits at a readable zoom, else the top-left corner.
  const groupKey = nodes
    .filter((n) => GROUP_TYPES.has(n.type))
    .map((n) => `${n.id}:${n.height}`)
    .join('|');
  const framedKey = useRef<string | null>(null);
  useEffect(() => {
    if (framedKey.current === groupKey) return;
    const frame = requestAnimationFrame(() => {
      const el = containerRef.current;
      if (!el || el.clientWidth === 0) return;
      framedKey.current = groupKey;
      const groups = nodes.filter((n) => GROUP_TYPES.has(n.type)).map((n) => boxes.get(n.id)!);
      void setViewport(initialViewport(boundsOf(groups), { width: el.clientWidth, height: el.clientHeight }));
    });
    return () => cancelAnimationFrame(frame);
  }, [groupKey, nodes, boxes, setViewport]);

  const focusNode = useCallback((id: string) => {
    const el = containerRef.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    el?.focus({ preventScroll: true });
  }, []);

  /** Pans so a focused node is on screen (React Flow's own auto-pan places child nodes wrongly). */
  const reveal = useCallback(
    (id: string) => {
      const box = boxes.get(id);
      const container = containerRef.current;
      if (!box || !container) return;
      const { x, y, zoom } = getViewport();
      const w = container.clientWidth;
      const h = container.clientHeight;
      const left = box.x * zoom + x;
      const top = box.y * zoom + y;
      const inside = left >= 0 && top >= 0 && left + Math.min(box.width * zoom, w) <= w && top + Math.min(box.height * zoom, h) <= h;
      if (!inside) void setCenter(box.x + box.width / 2, box.y + Math.min(box.height, h / zoom) / 2, { zoom, duration: reducedMotion() ? 0 : 180 });
    },
    [boxes, getViewport, setCenter],
  );

  const onFocus = useCallback(
    (e: FocusEvent<HTMLDivElement>) => {
      const el = e.target;
      if (el instanceof HTMLElement && el.classList.contains('react-flow__node')) {
        const id = el.dataset.id;
        if (id) {
          reveal(id);
          setRoving(id);
        }
      }
    },
    [reveal],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const el = e.target;
      if (!(el instanceof HTMLElement) || !el.classList.contains('react-flow__node')) return;
      const id = el.dataset.id;
      if (!id) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect(id);
        return;
      }
      const direction = ARROW_DIRECTIONS[e.key];
      if (!direction) return;
      e.preventDefault();
      const isGroup = focusOrder.groups.includes(id);
      let next: string | null;
      if (isGroup && direction === 'down') {
        next = nodes.find((n) => n.parentId === id && n.focusable)?.id ?? null;
      } else {
        next = nearestInDirection(id, direction, boxes, isGroup ? focusOrder.groups : focusOrder.leaves);
        if (!next && !isGroup && direction === 'up') next = nodes.find((n) => n.id === id)?.parentId ?? null;
      }
      if (next) focusNode(next);
    },
    [boxes, focusNode, focusOrder, nodes, onSelect],
  );

  const onNodeClick = useCallback<NodeMouseHandler>(
    (_event, node) => {
      // A logical volume shows its own details.
      onSelect(node.id);
    },
    [onSelect],
  );

  return (
    <DiagramActionsContext.Provider value={actions}>
      <div className="diagram__flow" ref={containerRef} onKeyDown={onKeyDown} onFocus={onFocus} data-preview={previewing ? 'true' : undefined}>
        <ReactFlow
          nodes={nodes as Node[]}
          edges={edges as Edge[]}
          nodeTypes={nodeTypes}
          colorMode={colorMode}
          fitViewOptions={FIT_OPTIONS}
          minZoom={0.1}
          maxZoom={2}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable
          edgesFocusable={false}
          elementsSelectable={false}
          autoPanOnNodeFocus={false}
          zoomOnDoubleClick={false}
          onNodeClick={onNodeClick}
          ariaLabelConfig={ARIA_LABELS}
          proOptions={PRO_OPTIONS}
        >
          <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
          <Controls showInteractive={false} position="bottom-left" orientation="horizontal" fitViewOptions={FIT_OPTIONS} />
        </ReactFlow>
      </div>
    </DiagramActionsContext.Provider>
  );
}
