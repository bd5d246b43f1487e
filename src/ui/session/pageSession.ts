// The page's session as a small store around pageReducer: React reads it with useSyncExternalStore
// (usePageSession.ts), and callbacks that outlive a render (a streamed event, a typed-ahead line, a
// dead simulator) read getState() — the state as it is now, with no refs mirroring it. The store also
// does what reacts to the simulator: it adopts an opened simulator (storage, takeover and fatal
// listeners) and restarts a dead one from the saved lab (BUDGETS R5).
import type { OpenRequest, Speed } from '../../protocol/index.ts';
import type { RunningLine } from '../labs/commandWatch.ts';
import { setRunningSim } from '../labs/recovery.ts';
import { RESTART_OPEN_TIMEOUT_MS, startSim, type StartedSim } from '../sim/client.ts';
import { failure, initialPageState, pageReducer, type PageAction, type PageState } from './pageState.ts';

export interface PageSessionDeps {
  speed: Speed;
  /** The lab asked for (?lab=), until one is open. */
  lab?: string | null;
  /** The simulator main.tsx started (once, outside React). */
  boot: Promise<StartedSim>;
  /** The line the simulator is running now (labs/commandWatch.ts), read when it dies. */
  running(): RunningLine | null;
  /** Starts a simulator in place of a dead one. Default: startSim with the longer restart timeout. */
  restart?(request: OpenRequest): Promise<StartedSim>;
  /** Told of each simulator adopted ("Wipe saved labs" stops it first). Default: setRunningSim. */
  onSim?(api: StartedSim['api']): void;
}

export interface PageSession {
  getState(): PageState;
  subscribe(listener: () => void): () => void;
  dispatch(action: PageAction): void;
  /** Waits for the boot; `stop` before it settles drops its result (StrictMode mounts twice). */
  start(): void;
  stop(): void;
  /** A new speed, for the open simulator and any restarted one. */
  setSpeed(speed: Speed): void;
}

const defaultRestart = (request: OpenRequest) => startSim(request, { timeoutMs: RESTART_OPEN_TIMEOUT_MS });

export function createPageSession(deps: PageSessionDeps): PageSession {
  const restart = deps.restart ?? defaultRestart;
  const onSim = deps.onSim ?? setRunningSim;
  let state = initialPageState(deps.speed, deps.lab ?? null);
  const listeners = new Set<() => void>();
  let token = 0;

  const dispatch = (action: PageAction) => {
    const next = pageReducer(state, action);
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };

  function adopt(sim: StartedSim): void {
    onSim(sim.api);
    dispatch({ type: 'opened', sim });
    sim.api.onStorage((storage) => dispatch({ type: 'storage', storage }));
    sim.api.onReopen((opened) => dispatch({ type: 'reopened', sim: sim.api, opened }));
    sim.api.onFatal((error) => {
      const lost = deps.running();
      sim.api.close();
      dispatch({ type: 'fatal', message: error.message, lost });
      const { speed, lab } = state;
      restart({ speed, restarted: true, ...(lab ? { lab } : {}) }).then(adopt, (err: unknown) => dispatch(failure(err)));
    });
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch,
    start() {
      const mine = ++token;
      deps.boot.then(
        (sim) => {
          if (mine === token && state.generation === 0) adopt(sim);
        },
        (err: unknown) => {
          if (mine === token && state.generation === 0) dispatch(failure(err));
        },
      );
    },
    stop() {
      token++;
    },
    setSpeed(speed) {
      dispatch({ type: 'speed', speed });
      if (state.phase.kind === 'ready') state.phase.sim.api.setSpeed(speed);
    },
  };
}
