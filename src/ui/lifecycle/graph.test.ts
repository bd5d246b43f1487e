import { describe, expect, it } from 'vitest';
import { allStateNames } from '../../core/lifecycle/index.ts';
import { and, not, stateIn } from 'xstate';
import { activeIds, ANY, borderPoint, edgesFrom, guardNames, lifecycleGraph, transitionLabel } from './graph.ts';

const graph = lifecycleGraph();
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the lifecycle graph, generated from the machine', () => {
  it('draws every state of the machine, with groups for compound states', () => {
    const drawn = graph.nodes.filter((n) => !n.group && n.id !== ANY).map((n) => n.id);
    expect(drawn.sort()).toEqual(allStateNames().sort());
    expect(graph.nodes.filter((n) => n.group).map((n) => n.id)).toEqual(['cloning', 'onClone', 'hung']);
    expect(graph.nodes.find((n) => n.id === 'onClone.oldAsleep')?.parent).toBe('onClone');
  });

  it('places boxes without overlaps (children inside their group)', () => {
    const tops = graph.nodes.filter((n) => !n.parent);
    for (const a of tops) for (const b of tops) if (a !== b) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
    for (const c of graph.nodes.filter((n) => n.parent)) {
      const p = graph.nodes.find((n) => n.id === c.parent)!;
      expect(c.x >= p.x && c.y >= p.y && c.x + c.width <= p.x + p.width && c.y + c.height <= p.y + p.height, c.id).toBe(true);
    }
  });

  it('turns transitions into labelled edges; machine-level ones come from "any state"', () => {
    const find = (from: string, to: string) => graph.edges.find((e) => e.from === from && e.to === to);
    expect(find('altinstAsleep', 'altinstAwake')?.labels).toEqual(['wake (-W)']);
    expect(find('altinstAwake', 'hung.led552')?.labels).toEqual(['reboot onto the alternate']);
    expect(find('noAlternate', 'altinstAsleep')?.labels).toEqual(['clone (all phases)']);
    expect(find(ANY, 'rootvgUndefined')?.labels).toEqual(['remove (-X) of rootvg']);
    expect(find('hung', 'odmDamaged')).toBeDefined();
    expect(graph.edges.some((e) => e.from === e.to)).toBe(false);
  });

  it('lists the ways out of a state, its groups and the machine included', () => {
    expect(activeIds('onClone.oldAsleep')).toEqual(['onClone.oldAsleep', 'onClone']);
    const out = edgesFrom(graph, 'cloning.phase1').map((e) => e.to);
    // its own (phase 2), its group's (-X of the partial clone) and the machine's (power off)
    expect(out).toEqual(expect.arrayContaining(['cloning.phase2', 'noAlternate', 'down']));
  });

  it('words guards plainly and clips lines to box borders', () => {
    expect(transitionLabel('REBOOT', 'intoCurrent')).toBe('reboot onto the running disk');
    expect(transitionLabel('WAKE', 'forcedWake')).toBe('wake (-W) (FORCE=yes)');
    expect(guardNames(and(['removesRootvg', not(stateIn('hung'))]))).toEqual(['removesRootvg']);
    expect(borderPoint({ x: 0, y: 0, width: 100, height: 20 }, 500, 10)).toEqual({ x: 100, y: 10 });
  });
});
