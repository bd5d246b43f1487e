import { describe, expect, it } from 'vitest';
import type { OpenRequest } from '../../protocol/index.ts';
import type { RunningLine } from '../labs/commandWatch.ts';
import type { StartedSim } from '../sim/client.ts';
import { fakeSim, openResult, type FakeSim } from './fakeSim.ts';
import { createPageSession, type PageSessionDeps } from './pageSession.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

function harness(boot: Promise<StartedSim>, over: Partial<PageSessionDeps> = {}) {
  const restarts: OpenRequest[] = [];
  const adopted: unknown[] = [];
  let lost: RunningLine | null = null;
  let next: Promise<StartedSim> = Promise.reject(new Error('no restart planned'));
  next.catch(() => {});
  const session = createPageSession({
    speed: '1x',
    boot,
    running: () => lost,
    restart: (request) => {
      restarts.push(request);
      return next;
    },
    onSim: (api) => void adopted.push(api),
    ...over,
  });
  let renders = 0;
  session.subscribe(() => renders++);
  return {
    session,
    restarts,
    adopted,
    renders: () => renders,
    willLose: (line: RunningLine | null) => (lost = line),
    restartWith: (sim: Promise<StartedSim>) => (next = sim),
  };
}

describe('createPageSession', () => {
  it('adopts the booted simulator and follows its storage status', async () => {
    const sim = fakeSim();
    const h = harness(Promise.resolve(sim));
    h.session.start();
    await tick();
    expect(h.session.getState().phase).toMatchObject({ kind: 'ready', generation: 1 });
    expect(h.adopted).toEqual([sim.api]);
    sim.storage({ mode: 'memory', message: 'quota' });
    expect(h.session.getState().storage).toEqual({ mode: 'memory', message: 'quota' });
    expect(h.renders()).toBe(2);
  });

  it('drops a boot that settles after stop (StrictMode mounts twice) and adopts it once', async () => {
    const sim = fakeSim();
    const h = harness(Promise.resolve(sim));
    h.session.start();
    h.session.stop();
    h.session.start();
    await tick();
    expect(h.adopted).toHaveLength(1);
    expect(h.session.getState().generation).toBe(1);
  });

  it('a failed boot is the failed phase', async () => {
    const h = harness(Promise.reject(new Error('no worker')));
    h.session.start();
    await tick();
    expect(h.session.getState().phase).toEqual({ kind: 'failed', message: 'no worker', linkNeedsWorker: false });
  });

  it('restarts a dead simulator on the open lab at the chosen speed, and shows the new one', async () => {
    const first: FakeSim = fakeSim(openResult({ lab: { ...openResult().lab, id: 'lab7' } }));
    const h = harness(Promise.resolve(first));
    h.session.start();
    await tick();
    h.session.setSpeed('instant');
    expect(first.speeds).toEqual(['instant']);
    const second = fakeSim();
    h.restartWith(Promise.resolve(second));
    h.willLose({ line: 'lspv', started: false });
    first.die({ code: 'internal', message: 'stuck' });
    expect(first.closed()).toBe(true);
    expect(h.session.getState()).toMatchObject({ phase: { kind: 'starting' }, restarting: true, paste: { text: 'lspv', nonce: 1 } });
    expect(h.restarts).toEqual([{ speed: 'instant', restarted: true, lab: 'lab7' }]);
    await tick();
    expect(h.session.getState().phase).toMatchObject({ kind: 'ready', generation: 2, sim: second });
    expect(h.adopted).toEqual([first.api, second.api]);
  });

  it('a restart that fails is the failed phase; a takeover shows the reopened lab', async () => {
    const sim = fakeSim();
    const h = harness(Promise.resolve(sim));
    h.session.start();
    await tick();
    const reopened = openResult({ scrollback: [{ kind: 'stdout', text: 'x' }] });
    sim.reopen(reopened);
    expect(h.session.getState().phase).toMatchObject({ kind: 'ready', generation: 2, sim: { opened: reopened } });
    h.restartWith(Promise.reject(new Error('still dead')));
    sim.die({ code: 'internal', message: 'gone' });
    await tick();
    expect(h.session.getState().phase).toEqual({ kind: 'failed', message: 'still dead', linkNeedsWorker: false });
  });
});
