// The page wraps the simulator's api to watch each line (the dying-worker watch, the lesson's output
// tap, SMIT's tap): every wrapper replaces exec alone and passes the rest through, written here once.
import type { SimApi } from '../../protocol/index.ts';

export function withExec(api: SimApi, exec: SimApi['exec']): SimApi {
  return {
    open: (request) => api.open(request),
    interrupt: () => api.interrupt(),
    setSpeed: (speed) => api.setSpeed(speed),
    onStorage: (listener) => api.onStorage(listener),
    exec,
  };
}
