// The live diagram: React Flow over the pure projection of the snapshot. Read-only (nothing is dragged
// or connected here: every change is a command typed in the terminal).
import { memo, useEffect, useMemo, useRef } from 'react';
import { Background, BackgroundVariant, Controls, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { SimSnapshot } from '../../protocol/index.ts';
import { nodeTypes } from './nodes.tsx';
import { project, reuseUnchanged } from './project.ts';
import type { DiagramEdge, DiagramNode } from './project.ts';

const FIT_OPTIONS = { padding: 0.08, maxZoom: 1.1 } as const;
const PRO_OPTIONS = { hideAttribution: false } as const;

export const Diagram = memo(function Diagram({ snapshot }: { snapshot: SimSnapshot }) {
  return (
    <div className="diagram" aria-label="Diagram of hosts, disks and volume groups" role="region">
      <ReactFlowProvider>
        <Flow snapshot={snapshot} />
      </ReactFlowProvider>
    </div>
  );
});

function Flow({ snapshot }: { snapshot: SimSnapshot }) {
  const previous = useRef<{ nodes: DiagramNode[]; edges: DiagramEdge[] }>({ nodes: [], edges: [] });
  const { nodes, edges } = useMemo(() => {
    const next = project(snapshot);
    const kept = {
      nodes: reuseUnchanged(previous.current.nodes, next.nodes),
      edges: reuseUnchanged(previous.current.edges, next.edges),
    };
    previous.current = kept;
    return kept;
  }, [snapshot]);

  // Refit when the set of groups changes (a host or the shelf appears or goes), not on every command.
  const { fitView } = useReactFlow();
  const groupKey = nodes
    .filter((n) => n.type === 'host' || n.type === 'shelf')
    .map((n) => `${n.id}:${n.height}`)
    .join('|');
  const firstKey = useRef(groupKey);
  useEffect(() => {
    if (firstKey.current === groupKey) return;
    firstKey.current = groupKey;
    const frame = requestAnimationFrame(() => void fitView(FIT_OPTIONS));
    return () => cancelAnimationFrame(frame);
  }, [groupKey, fitView]);

  return (
    <ReactFlow
      nodes={nodes as Node[]}
      edges={edges as Edge[]}
      nodeTypes={nodeTypes}
      colorMode="dark"
      fitView
      fitViewOptions={FIT_OPTIONS}
      minZoom={0.25}
      maxZoom={2}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      zoomOnDoubleClick={false}
      proOptions={PRO_OPTIONS}
    >
      <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
      <Controls showInteractive={false} position="bottom-right" />
    </ReactFlow>
  );
}
