// The page state after a travel and a comparison (session/pageState.ts 'travelled' and 'compare').
import { describe, expect, it } from 'vitest';
import type { SimSnapshot, Travelled } from '../../protocol/index.ts';
import { fakeSim } from '../session/fakeSim.ts';
import { initialPageState, pageReducer, type PageAction, type PageState } from '../session/pageState.ts';

const run = (state: PageState, ...actions: PageAction[]) => actions.reduce(pageReducer, state);

describe('time travel in the page state', () => {
  it('a travel shows the lab as at that step: a new terminal with its lines and history, no highlight', () => {
    const sim = fakeSim();
    const s = run(initialPageState('1x'), { type: 'opened', sim });
    const at3 = { ...sim.opened.snapshot, clockMs: 3 } as SimSnapshot;
    const travel = { kind: 'jump', from: 8, to: 3, snapshot: at3, scrollback: [{ kind: 'input', text: '# lspv' }], history: ['lspv'], historyBase: 0, timeline: { entries: new Array(8) } } as unknown as Travelled;
    const t = pageReducer(s, { type: 'travelled', travel });
    expect(t.generation).toBe(s.generation + 1);
    expect(t.phase).toMatchObject({ kind: 'ready', generation: t.generation, sim: { opened: { scrollback: travel.scrollback, history: ['lspv'], snapshot: at3 } } });
    expect(t.snapshot).toBe(at3);
    expect(t.baseline).toBe(at3);
    expect(t.narration).toBe('Went to step 3 of 8.');
  });

  it('a comparison moves the diagram baseline, and closing it puts it back on the snapshot', () => {
    const sim = fakeSim();
    const s = run(initialPageState('1x'), { type: 'opened', sim });
    const other = { ...sim.opened.snapshot, clockMs: 1 } as SimSnapshot;
    const c = pageReducer(s, { type: 'compare', baseline: other });
    expect(c.baseline).toBe(other);
    expect(c.changeSeq).toBe(s.changeSeq + 1);
    expect(pageReducer(c, { type: 'compare', baseline: null }).baseline).toBe(s.snapshot);
  });
});
