// The lifecycle statechart as a drawable graph, generated from the machine itself
// (core/lifecycle/lifecycle.machine.ts): every state node, grouped as in the machine, and every
// transition as an edge labelled with its event and guard. Layout: a hint table places the states we
// know in a readable grid (the clone flow left to right, damaged outcomes below, hangs at the bottom);
// a state added to the machine later still appears, in an extra row. Pure.
import { lifecycleMachine } from '../../core/lifecycle/lifecycle.machine.ts';
import { stateDescription as machineDescription } from '../../core/lifecycle/index.ts';

/** The parts of xstate's StateNode this module reads. */
interface MachineNode {
  key: string;
  path: string[];
  states: Record<string, MachineNode>;
  transitions: Map<string, { eventType: string; target?: readonly MachineNode[]; guard?: unknown }[]>;
}

export interface LcNode {
  /** Dotted state name as the session stores it ("onClone.oldAsleep"); groups by their own path ("onClone"). */
  id: string;
  label: string;
  group: boolean;
  parent: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  description: string;
}

export interface LcEdge {
  id: string;
  /** A state or group id, or ANY for the machine-level transitions (from every state). */
  from: string;
  to: string;
  /** "clone (all phases)", "reboot onto the alternate" … */
  labels: string[];
}

export interface LcGraph {
  nodes: LcNode[];
  edges: LcEdge[];
  width: number;
  height: number;
}

export const ANY = '*';

const COL_W = 138;
const ROW_H = 50;
const BOX_W = 120;
const BOX_H = 30;
const MARGIN = 14;
const GROUP_HEAD = 18;
const CHILD_H = 27;
const CHILD_GAP = 6;

/** Where known top-level states go: column, row, and how a group lays out its children. */
const HINTS: Record<string, { col: number; row: number; dir?: 'column' | 'row'; span?: number }> = {
  noAlternate: { col: 0, row: 0 },
  keptImage: { col: 0, row: 1 },
  cloneRemoved: { col: 0, row: 2 },
  cloning: { col: 1, row: 0, dir: 'column' },
  partialClone: { col: 1, row: 2 },
  altinstAsleep: { col: 2, row: 0 },
  altinstAwake: { col: 2, row: 1 },
  forcedAwake: { col: 2, row: 2 },
  onClone: { col: 3, row: 0, dir: 'column' },
  oldRemoved: { col: 3, row: 2 },
  fallenBack: { col: 4, row: 0 },
  [ANY]: { col: 4, row: 2 },
  odmDamaged: { col: 0, row: 3 },
  doubledNames: { col: 1, row: 3 },
  mergedOdm: { col: 2, row: 3 },
  rootvgUndefined: { col: 3, row: 3 },
  down: { col: 4, row: 3 },
  hung: { col: 0, row: 4, dir: 'row', span: 5 },
};

const COLUMNS = 5;


const EVENT_TEXT: Record<string, string> = {
  CLONE: 'clone',
  WAKE: 'wake (-W)',
  SLEEP: 'sleep (-S)',
  REMOVE: 'remove (-X)',
  RENAME: 'rename (-v)',
  REBOOT: 'reboot',
  IMPORT_ALT: 'importvg / synclvodm of the alternate',
  VARYON_ALT: 'varyonvg of the alternate',
  REDEFINE_ROOTVG: 'redefinevg of rootvg',
  REPAIR_ROOTVG: 'synclvodm of rootvg',
  DOWN: 'power off / SMS',
};

const GUARD_TEXT: Record<string, string> = {
  cloneAll: 'all phases',
  clonePhase1: 'phase 1',
  clonePhase12: 'phases 1-2',
  clonePhase2: 'phase 2',
  clonePhase3: 'phase 3',
  continuesToPhase2: 'phase 2',
  continuesToPhase3: 'phase 3',
  intoCurrent: 'onto the running disk',
  intoAlternate: 'onto the alternate',
  forcedWake: 'FORCE=yes',
  levelAllowsWake: '',
  targetIsAltinst: '',
  targetIsOld: '',
  keepsImage: 'to a new name',
  renamesFreely: '',
  removesOther: 'of a kept image',
  leavesImage: 'an image still kept',
  leavesClone: 'a bootable clone left',
  leavesOld: 'the old rootvg left',
  doublesNames: 'of alt_ names again',
  collided: 'names collide',
  targetNotOld: '',
  removesAlternate: '',
  removesRootvg: 'of rootvg',
};

/**
 * The named guards of a transition: a string, a `{ type }` object, or inside xstate's higher-order
 * guards (`and`, `or`, `not` carry theirs in `.guards`; `stateIn` has none worth words).
 */
export function guardNames(guard: unknown): string[] {
  if (!guard) return [];
  if (typeof guard === 'string') return [guard];
  if (typeof guard === 'object' && 'type' in guard && typeof (guard as { type: unknown }).type === 'string') return [(guard as { type: string }).type];
  const nested = (guard as { guards?: unknown }).guards;
  return Array.isArray(nested) ? nested.flatMap(guardNames) : [];
}

export function transitionLabel(event: string, guards: string | readonly string[] | null): string {
  const list = guards === null ? [] : typeof guards === 'string' ? [guards] : guards;
  const words = list.map((g) => GUARD_TEXT[g] ?? g).filter(Boolean).join(', ');
  const ev = EVENT_TEXT[event] ?? event.toLowerCase();
  return words ? `${ev} ${words.startsWith('of') || words.startsWith('onto') ? words : `(${words})`}` : ev;
}

/** The machine's own description of a state or group ("any state" is the machine's). */
export function stateDescription(name: string): string {
  return machineDescription(name === ANY ? '' : name) ?? name;
}

const nameOf = (n: MachineNode) => n.path.join('.');

/** The graph of a machine (the lifecycle machine by default). */
export function lifecycleGraph(root: MachineNode = lifecycleMachine.root as unknown as MachineNode): LcGraph {
  const nodes: LcNode[] = [];
  const edges = new Map<string, LcEdge>();
  let extraCol = 0;
  let extraRow = Math.max(...Object.values(HINTS).map((h) => h.row + (h.dir === 'row' ? 2 : h.dir === 'column' ? 1 : 0))) + 1;

  const place = (key: string): { col: number; row: number; dir?: 'column' | 'row'; span?: number } => {
    const hint = HINTS[key];
    if (hint) return hint;
    const spot = { col: extraCol, row: extraRow };
    extraCol++;
    if (extraCol >= COLUMNS) {
      extraCol = 0;
      extraRow++;
    }
    return spot;
  };

  const top = Object.values(root.states);
  const entries: (MachineNode | typeof ANY)[] = [...top, ANY];
  for (const entry of entries) {
    const key = entry === ANY ? ANY : entry.key;
    const hint = place(key);
    const x = MARGIN + hint.col * COL_W;
    const y = MARGIN + hint.row * ROW_H;
    if (entry === ANY) {
      nodes.push({ id: ANY, label: 'any state', group: false, parent: null, x, y, width: BOX_W, height: BOX_H, description: stateDescription(ANY) });
      continue;
    }
    const children = Object.values(entry.states);
    const id = nameOf(entry);
    if (children.length === 0) {
      nodes.push({ id, label: entry.key, group: false, parent: null, x, y, width: BOX_W, height: BOX_H, description: stateDescription(id) });
      continue;
    }
    const dir = hint.dir ?? 'column';
    if (dir === 'row') {
      const span = hint.span ?? COLUMNS;
      const width = span * COL_W - (COL_W - BOX_W);
      const childW = (width - 2 * CHILD_GAP - (children.length - 1) * CHILD_GAP) / children.length;
      nodes.push({ id, label: entry.key, group: true, parent: null, x, y, width, height: GROUP_HEAD + CHILD_H + CHILD_GAP, description: stateDescription(id) });
      children.forEach((c, i) => {
        const cid = nameOf(c);
        nodes.push({ id: cid, label: c.key, group: false, parent: id, x: x + CHILD_GAP + i * (childW + CHILD_GAP), y: y + GROUP_HEAD, width: childW, height: CHILD_H, description: stateDescription(cid) });
      });
    } else {
      const height = GROUP_HEAD + children.length * (CHILD_H + CHILD_GAP);
      nodes.push({ id, label: entry.key, group: true, parent: null, x, y, width: BOX_W, height, description: stateDescription(id) });
      children.forEach((c, i) => {
        const cid = nameOf(c);
        nodes.push({ id: cid, label: c.key, group: false, parent: id, x: x + CHILD_GAP, y: y + GROUP_HEAD + i * (CHILD_H + CHILD_GAP), width: BOX_W - 2 * CHILD_GAP, height: CHILD_H, description: stateDescription(cid) });
      });
    }
  }

  const addEdges = (source: MachineNode, from: string) => {
    for (const [event, defs] of source.transitions) {
      for (const def of defs) {
        for (const target of def.target ?? []) {
          const to = nameOf(target);
          if (to === from) continue; // self-loops (a reboot onto the running disk) are listed, not drawn
          const id = `${from}->${to}`;
          const label = transitionLabel(def.eventType ?? event, guardNames(def.guard));
          const edge = edges.get(id) ?? { id, from, to, labels: [] };
          if (!edge.labels.includes(label)) edge.labels.push(label);
          edges.set(id, edge);
        }
      }
    }
  };
  addEdges(root, ANY);
  const walk = (n: MachineNode) => {
    for (const child of Object.values(n.states)) {
      addEdges(child, nameOf(child));
      walk(child);
    }
  };
  walk(root);

  const width = Math.max(...nodes.map((n) => n.x + n.width)) + MARGIN;
  const height = Math.max(...nodes.map((n) => n.y + n.height)) + MARGIN;
  return { nodes, edges: [...edges.values()], width, height };
}

/** The current state and the groups that contain it ("onClone.oldAsleep" → ["onClone.oldAsleep", "onClone"]). */
export function activeIds(state: string): string[] {
  const parts = state.split('.');
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join('.'));
  return out;
}

/** Edges the machine can take from `state` (its own, its groups', and the machine-level ones). */
export function edgesFrom(graph: LcGraph, state: string): LcEdge[] {
  const sources = new Set([...activeIds(state), ANY]);
  return graph.edges.filter((e) => sources.has(e.from));
}

/** A point on the border of box `b` on the line from its centre towards (tx, ty). */
export function borderPoint(b: { x: number; y: number; width: number; height: number }, tx: number, ty: number): { x: number; y: number } {
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = dx === 0 ? Infinity : b.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : b.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

/** A gently curved path from box `a` to box `b` (curving to one side, so A→B and B→A do not overlap). */
export function edgePath(a: LcNode, b: LcNode): { d: string; labelX: number; labelY: number } {
  const acx = a.x + a.width / 2;
  const acy = a.y + a.height / 2;
  const bcx = b.x + b.width / 2;
  const bcy = b.y + b.height / 2;
  const len = Math.hypot(bcx - acx, bcy - acy) || 1;
  const nx = -(bcy - acy) / len;
  const ny = (bcx - acx) / len;
  const bend = Math.min(28, len * 0.15);
  const mx = (acx + bcx) / 2 + nx * bend;
  const my = (acy + bcy) / 2 + ny * bend;
  const p0 = borderPoint(a, mx, my);
  const p1 = borderPoint(b, mx, my);
  const r = (v: number) => Math.round(v * 10) / 10;
  return { d: `M${r(p0.x)},${r(p0.y)} Q${r(mx)},${r(my)} ${r(p1.x)},${r(p1.y)}`, labelX: r((p0.x + 2 * mx + p1.x) / 4), labelY: r((p0.y + 2 * my + p1.y) / 4) };
}
