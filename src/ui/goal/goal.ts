// The goal view, pure part: the state a lesson asks for is computed, not drawn by hand — its solution
// runs on a fresh copy of its scenario in the core session (goalSnapshot, loaded only when the learner asks
// for the goal) — and both that state and the live one go through the diagram's own projection
// (diagram/project.ts). Each goal node says in a short line what the diagram would show of it; a node
// whose line differs from the live node's (or that the live state does not have) is marked, and live
// nodes the goal does not have are listed.
import type { Lesson } from '../../core/lessons/types.ts';
import type { SimSnapshot } from '../../protocol/index.ts';
import { project, type DiagramNode } from '../diagram/project.ts';

export type GoalKind = 'host' | 'firmware' | 'disk' | 'vg' | 'shelf';

export interface GoalNode {
  /** The diagram node id (the same in both projections for the same disk, VG or host). */
  id: string;
  kind: GoalKind;
  /** The host it belongs to (null for the shelf). */
  host: string | null;
  /** What the node is: "hdisk1", "altinst_rootvg", "lpar01", "bootlist". */
  name: string;
  /** What the goal has of it, in a few words: "altinst_rootvg · asleep · 7200-05-04". */
  goal: string;
  /** What the live state has of it now, or null when the live state has no such node. */
  live: string | null;
  differs: boolean;
}

export interface GoalComparison {
  nodes: GoalNode[];
  /** Live nodes the goal does not have (a VG that should be gone), as "name: what it shows". */
  extra: { id: string; name: string; live: string }[];
  differences: number;
}

/** One line of what the diagram shows of a node (LV rows are left out: the goal is a summary). */
function describe(n: DiagramNode): { kind: GoalKind; host: string | null; name: string; text: string } | null {
  switch (n.type) {
    case 'host':
      return { kind: 'host', host: n.data.name, name: n.data.name, text: [n.data.powerText, n.data.level].filter(Boolean).join(' · ') };
    case 'firmware':
      return { kind: 'firmware', host: n.data.host, name: 'bootlist', text: n.data.normal.items.join(', ') };
    case 'disk': {
      const d = n.data;
      const parts = [d.vgText || 'None'];
      if (d.booted) parts.push('booted');
      if (d.alternate) parts.push(d.awake ? 'awake' : 'asleep');
      if (d.osLevel) parts.push(d.osLevel);
      if (d.failed) parts.push('failed');
      return { kind: 'disk', host: d.host, name: d.hdisk ?? d.diskId, text: parts.join(' · ') };
    }
    case 'vg': {
      const v = n.data;
      return { kind: 'vg', host: v.host, name: v.name, text: [v.stateText, v.awake ? 'awake' : null, v.pvText].filter(Boolean).join(' · ') };
    }
    case 'shelf':
      return { kind: 'shelf', host: null, name: n.data.title, text: `${n.data.count} ${n.data.count === 1 ? 'disk' : 'disks'}` };
    default:
      return null;
  }
}

function summaries(snapshot: SimSnapshot): Map<string, NonNullable<ReturnType<typeof describe>>> {
  const out = new Map<string, NonNullable<ReturnType<typeof describe>>>();
  for (const n of project(snapshot).nodes) {
    const d = describe(n);
    if (d) out.set(n.id, d);
  }
  return out;
}

export function compareGoal(goal: SimSnapshot, live: SimSnapshot): GoalComparison {
  const want = summaries(goal);
  const have = summaries(live);
  const nodes: GoalNode[] = [];
  for (const [id, g] of want) {
    const l = have.get(id);
    const liveText = l ? l.text : null;
    nodes.push({ id, kind: g.kind, host: g.host, name: g.name, goal: g.text, live: liveText, differs: liveText !== g.text });
  }
  const extra = [...have].filter(([id]) => !want.has(id)).map(([id, l]) => ({ id, name: l.name, live: l.text }));
  return { nodes, extra, differences: nodes.filter((n) => n.differs).length + extra.length };
}

type Core = { createSession: typeof import('../../core/session/session.ts').createSession; newSessionState: typeof import('../../core/session/session.ts').newSessionState };

/** The state the lesson's solution leads to from a fresh copy of its scenario (null: no such scenario). */
export function goalSnapshot(lesson: Pick<Lesson, 'scenario' | 'solution'>, core: Core): SimSnapshot | null {
  const initial = core.newSessionState(lesson.scenario);
  if (!initial) return null;
  const session = core.createSession(initial);
  for (const line of lesson.solution) session.exec(line);
  return session.snapshot();
}

const cache = new Map<string, Promise<SimSnapshot | null>>();

/** goalSnapshot with the core session loaded on first use (its own chunk) and the result kept per lesson. */
export function loadGoal(lesson: Pick<Lesson, 'id' | 'scenario' | 'solution'>): Promise<SimSnapshot | null> {
  let pending = cache.get(lesson.id);
  if (!pending) {
    pending = import('../../core/session/session.ts').then((core) => goalSnapshot(lesson, core));
    pending.catch(() => cache.delete(lesson.id));
    cache.set(lesson.id, pending);
  }
  return pending;
}
