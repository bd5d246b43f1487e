// "Show goal": a small read-only drawing of the state the open lesson asks for, beside the live diagram,
// with every node that differs from the live state marked (data-differs="true", "≠ now: …"). The goal is
// computed (goal.ts: the lesson's solution run on a fresh copy of its scenario, in the page's own core
// session, loaded on first use) and projected with the diagram's projection. Hidden until asked for.
import { memo, useEffect, useId, useMemo, useState } from 'react';
import type { Lesson } from '../../core/lessons/types.ts';
import type { SimSnapshot } from '../../protocol/index.ts';
import { compareGoal, loadGoal, type GoalNode } from './goal.ts';
import './goal.css';

export interface GoalPanelProps {
  lesson: Pick<Lesson, 'id' | 'title' | 'scenario' | 'solution'>;
  snapshot: SimSnapshot;
}

type Goal = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; snapshot: SimSnapshot | null };

export const GoalPanel = memo(function GoalPanel({ lesson, snapshot }: GoalPanelProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={`goal${open ? ' goal--open' : ''}`}>
      <button type="button" className="goal__toggle" aria-expanded={open} aria-controls={panelId} data-testid="lesson.goal.toggle" onClick={() => setOpen((v) => !v)}>
        {open ? 'Hide goal' : 'Show goal'}
      </button>
      <div id={panelId} hidden={!open}>
        {open && <GoalView lesson={lesson} snapshot={snapshot} />}
      </div>
    </div>
  );
});

function GoalView({ lesson, snapshot }: GoalPanelProps) {
  const [goal, setGoal] = useState<Goal>({ kind: 'loading' });
  const titleId = useId();
  useEffect(() => {
    let live = true;
    setGoal({ kind: 'loading' });
    loadGoal(lesson).then(
      (s) => live && setGoal({ kind: 'ready', snapshot: s }),
      () => live && setGoal({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [lesson]);
  const cmp = useMemo(() => (goal.kind === 'ready' && goal.snapshot ? compareGoal(goal.snapshot, snapshot) : null), [goal, snapshot]);
  return (
    <section className="goal__panel" aria-labelledby={titleId} data-testid="lesson.goal" data-differences={cmp?.differences ?? ''}>
      <h2 className="goal__title" id={titleId}>
        Goal of “{lesson.title}”
      </h2>
      {goal.kind === 'loading' && <p role="status">Working out the goal…</p>}
      {goal.kind === 'failed' && <p role="alert">The goal could not be worked out here; the lesson itself keeps working.</p>}
      {cmp && (
        <>
          <p className="goal__summary" role="status">
            {cmp.differences === 0 ? '✓ The lab matches the goal.' : `${cmp.differences} ${cmp.differences === 1 ? 'difference' : 'differences'} from the lab now, marked ≠.`}
          </p>
          {[...new Set(cmp.nodes.map((n) => n.host))].map((host) => (
            <GoalHost key={host ?? 'shelf'} nodes={cmp.nodes.filter((n) => n.host === host)} />
          ))}
          {cmp.extra.length > 0 && (
            <div className="goal__extra">
              <p className="goal__label">In the lab now, not in the goal:</p>
              <ul>
                {cmp.extra.map((e) => (
                  <li key={e.id} data-testid={`lesson.goal.extra.${e.name}`}>
                    <span aria-hidden="true">≠ </span>
                    {e.name}: {e.live}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function GoalHost({ nodes }: { nodes: GoalNode[] }) {
  const host = nodes.find((n) => n.kind === 'host' || n.kind === 'shelf');
  const firmware = nodes.find((n) => n.kind === 'firmware');
  const disks = nodes.filter((n) => n.kind === 'disk');
  const vgs = nodes.filter((n) => n.kind === 'vg');
  return (
    <div className="goal-host">
      {host && <Box node={host} className="goal-host__head" />}
      {firmware && <Box node={firmware} className="goal-host__bootlist" label="bootlist" />}
      <div className="goal-host__columns">
        <ul className="goal-host__column" aria-label="Disks">
          {disks.map((n) => (
            <li key={n.id}>
              <Box node={n} />
            </li>
          ))}
        </ul>
        {vgs.length > 0 && (
          <ul className="goal-host__column" aria-label="Volume groups">
            {vgs.map((n) => (
              <li key={n.id}>
                <Box node={n} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function Box({ node, className = '', label }: { node: GoalNode; className?: string; label?: string }) {
  return (
    <div className={`goal-node goal-node--${node.kind}${node.differs ? ' goal-node--differs' : ''} ${className}`} data-testid={`lesson.goal.${node.kind}.${node.name}`} data-differs={node.differs ? 'true' : 'false'}>
      <span className="goal-node__name">{label ?? node.name}</span>
      <span className="goal-node__goal">{node.goal || '—'}</span>
      {node.differs && (
        <span className="goal-node__now">
          <span aria-hidden="true">≠ </span>
          <span className="visually-hidden">differs, </span>now: {node.live ?? 'not there'}
        </span>
      )}
    </div>
  );
}
