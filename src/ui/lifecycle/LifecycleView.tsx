// The lifecycle statechart drawn from the machine: states grouped as in the machine, transitions as
// arrows; the current state is marked (thick border, "you are here"), the ways out of it are drawn
// strong (and listed below with their events), the rest faint; the last transition is dashed, and the
// last transitions are listed with the command behind each.
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { SimSnapshot } from '../../protocol/index.ts';
import { activeIds, ANY, edgePath, edgesFrom, lifecycleGraph, stateDescription } from './graph.ts';
import type { LcEdge, LcNode } from './graph.ts';
import './lifecycle.css';

const GRAPH = lifecycleGraph();

export const LifecycleView = memo(function LifecycleView({ lifecycle }: { lifecycle: SimSnapshot['lifecycle'] }) {
  const state = lifecycle.state;
  const active = useMemo(() => new Set(activeIds(state)), [state]);
  const out = useMemo(() => edgesFrom(GRAPH, state), [state]);
  const hot = useMemo(() => new Set(out.map((e) => e.id)), [out]);
  const last = lifecycle.recent.length ? lifecycle.recent[lifecycle.recent.length - 1] : null;
  const byId = useMemo(() => new Map(GRAPH.nodes.map((n) => [n.id, n] as const)), []);
  const lastEdgeId = last ? lastEdge(GRAPH.edges, last.from, last.to) : null;
  const known = byId.has(state);
  // What the snapshot adds after the state's own words (multibos: a standby BOS in rootvg).
  const base = stateDescription(state);
  const note = lifecycle.description && base && lifecycle.description.startsWith(base) ? lifecycle.description.slice(base.length).trim() : '';

  // Keep "you are here" in view inside the chart's own scroll area (also when the tab is shown).
  const chartRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = chartRef.current;
    const node = byId.get(state);
    if (!el || !node) return;
    const centre = () => {
      if (el.clientWidth === 0) return;
      el.scrollTo({ left: Math.max(0, node.x - (el.clientWidth - node.width) / 2), top: Math.max(0, node.y - (el.clientHeight - node.height) / 2) });
    };
    centre();
    if (typeof ResizeObserver === 'undefined') return;
    let shown = el.clientWidth > 0;
    const observer = new ResizeObserver(() => {
      const now = el.clientWidth > 0;
      if (now && !shown) centre();
      shown = now;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [state, byId]);

  const drawEdge = (e: LcEdge, strong: boolean) => {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (!a || !b) return null;
    const { d } = edgePath(a, b);
    const kind = e.id === lastEdgeId ? 'last' : strong ? 'hot' : 'faint';
    return (
      <g key={e.id} className={`lc-edge lc-edge--${kind}`}>
        <title>{`${e.from === ANY ? 'any state' : e.from} → ${e.to}: ${e.labels.join(' / ')}`}</title>
        <path d={d} markerEnd={`url(#lc-arrow-${kind})`} />
      </g>
    );
  };

  return (
    <div className="lc" data-testid="lifecycle.view">
      <h2 className="lc__title">
        <span className="lc__title-label">Current state</span>
        {stateDescription(state)}{' '}
        <code className="lc__id" data-testid="lifecycle.view.state" data-state={state}>
          {state}
        </code>
      </h2>
      {note && (
        <p className="lc__note" data-testid="lifecycle.view.note">
          {note}
        </p>
      )}
      <div className="lc__chart" ref={chartRef} tabIndex={0} role="group" aria-label="Lifecycle statechart (scrollable)">
        <svg
          className="lc-svg"
          viewBox={`0 0 ${GRAPH.width} ${GRAPH.height}`}
          width={GRAPH.width}
          height={GRAPH.height}
          role="img"
          aria-label={`Lifecycle statechart; current state ${state}`}
        >
          <defs>
            {(['faint', 'hot', 'last'] as const).map((k) => (
              <marker key={k} id={`lc-arrow-${k}`} className={`lc-arrow lc-arrow--${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" />
              </marker>
            ))}
          </defs>
          <g className="lc-edges">{GRAPH.edges.filter((e) => !hot.has(e.id) && e.id !== lastEdgeId).map((e) => drawEdge(e, false))}</g>
          {GRAPH.nodes.map((n) => (
            <StateBox key={n.id} node={n} current={n.id === state} containsCurrent={n.group && active.has(n.id)} />
          ))}
          <g className="lc-edges lc-edges--hot">{GRAPH.edges.filter((e) => hot.has(e.id) || e.id === lastEdgeId).map((e) => drawEdge(e, true))}</g>
        </svg>
      </div>
      {!known && <p className="lc__note">The state {state} is not drawn in the chart.</p>}
      <div className="lc__lists">
        <section className="lc__section" aria-labelledby="lc-next">
          <h3 id="lc-next" className="lc__heading">
            From here
          </h3>
          {out.length ? (
            <ul className="lc__next">
              {out.map((e) => (
                <li key={e.id}>
                  <span className="lc__event">{e.labels.join(' / ')}</span> → <code className="lc__target">{e.to}</code>
                  <span className="lc__next-desc">{stateDescription(e.to)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="lc__empty">No transitions leave this state.</p>
          )}
        </section>
        <section className="lc__section" aria-labelledby="lc-recent">
          <h3 id="lc-recent" className="lc__heading">
            Last transitions
          </h3>
          {lifecycle.recent.length ? (
            <ol className="lc__recent" data-testid="lifecycle.recent">
              {[...lifecycle.recent].reverse().map((t, i) => (
                <li key={i}>
                  <code className="lc__command">{t.command}</code>
                  <span className="lc__move" title={`${t.from}: ${stateDescription(t.from)} → ${t.to}: ${stateDescription(t.to)}`}>
                    {t.from} → {t.to}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="lc__empty">None yet: the next alt-disk command will show here.</p>
          )}
        </section>
      </div>
    </div>
  );
});

function lastEdge(edges: readonly LcEdge[], from: string, to: string): string | null {
  for (const source of activeIds(from)) {
    const e = edges.find((x) => x.from === source && x.to === to);
    if (e) return e.id;
  }
  return edges.find((x) => x.from === ANY && x.to === to)?.id ?? null;
}

function StateBox({ node, current, containsCurrent }: { node: LcNode; current: boolean; containsCurrent: boolean }) {
  const cls = ['lc-node', node.group ? 'lc-node--group' : 'lc-node--state', node.id === ANY ? 'lc-node--any' : '', current ? 'lc-node--current' : '', containsCurrent ? 'lc-node--contains' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <g className={cls} data-testid={`lifecycle.node.${node.id}`} data-current={current ? 'true' : 'false'} aria-current={current ? 'true' : undefined}>
      <title>{`${node.id}: ${node.description}`}</title>
      <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={node.group ? 8 : 6} />
      {node.group ? (
        <text x={node.x + 8} y={node.y + 13} className="lc-node__group-label">
          {node.label}
        </text>
      ) : (
        <text x={node.x + node.width / 2} y={node.y + node.height / 2 + (current ? -2 : 4)} textAnchor="middle" className="lc-node__label">
          {node.label}
        </text>
      )}
      {current && (
        <text x={node.x + node.width / 2} y={node.y + node.height / 2 + 10} textAnchor="middle" className="lc-node__here">
          ▲ you are here
        </text>
      )}
    </g>
  );
}
