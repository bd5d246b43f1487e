// The page's SimApi over a message transport: a module worker (normally) or the host running in the
// page (fallback, see inPageHost.ts). Replies are correlated by id and typed by the protocol's REPLY
// map (a request resolves with the one message type that answers it); an exec's chunks and events
// stream to its callbacks until its 'done'; an 'error' reply rejects the request it answers.
import {
  isReplyTo,
  type AnsweredType,
  type FromWorker,
  type HostError,
  type LabSummary,
  type NewLabResult,
  type OpenRequest,
  type OpenResult,
  type OutputChunk,
  type Preview,
  type ReplyTo,
  type Request,
  type RequestOf,
  type RequestType,
  type SimApi,
  type SharedLink,
  type SimEvent,
  type Speed,
  type StorageStatus,
  type TimeTravelRequest,
  type ToWorker,
} from '../../protocol/index.ts';

/** Where messages go and come from. */
export interface Transport {
  send(msg: ToWorker): void;
  /** Called with every message from the host, and with a fatal error when the host dies. */
  listen(onMessage: (msg: FromWorker) => void, onFatal: (error: HostError) => void): void;
  close(): void;
}

/** The error a request rejects with. */
export class SimError extends Error {
  readonly code: HostError['code'];
  constructor(error: HostError) {
    super(error.message);
    this.name = 'SimError';
    this.code = error.code;
  }
}

interface Pending {
  /** Settles the request with its reply and returns true; false for a message that does not end it. */
  settle(msg: FromWorker): boolean;
  reject(error: SimError): void;
  onChunk?: (chunk: OutputChunk) => void;
  onEvent?: (event: SimEvent) => void;
}

export interface SimClient extends SimApi {
  /** Stops the transport and rejects whatever is still pending. */
  close(): void;
  /** Listener for a host that died after it had started (worker crash, or silent for too long). */
  onFatal(listener: (error: HostError) => void): void;
  /**
   * Listener for a read-only tab that became the writer (the other tab closed, BUDGETS R3): the host
   * reloaded the saved lab and the page shows this session in place of the one it opened with.
   */
  onReopen(listener: (result: OpenResult) => void): void;
  /** The lab as a shared link (Share); rejects with a SimError ('bad-link': too long to be a link). */
  link(): Promise<SharedLink>;
  /** The saved labs, most recently used first (the labs menu). */
  labs(): Promise<LabSummary[]>;
  /** Renames a saved lab; resolves with the labs as they are after it. */
  renameLab(lab: string, name: string): Promise<LabSummary[]>;
  /** Copies a saved lab as a new one ("<name> (copy)"); resolves with the labs as they are after it. */
  duplicateLab(lab: string): Promise<LabSummary[]>;
  /** Deletes a saved lab (never the open one: the host refuses); resolves with the labs left. */
  deleteLab(lab: string): Promise<LabSummary[]>;
  /** A time-travel request (timeline, undo, redo, jump, branch, compare, exportLab, importLab); resolves with its reply (optional: test fakes may leave it out). */
  timeTravel?<B extends TimeTravelRequest>(body: B): Promise<ReplyTo<B['type']>>;
  /** A new saved lab from a whole session (the twin); the host checks it with the load gate (optional: test fakes may leave it out). */
  createLab?(name: string, state: unknown): Promise<NewLabResult>;
  /**
   * What a typed line would do before Enter (issue 16): the worker runs it on a copy of the lab and writes
   * nothing. Only the latest of several quick calls is run; the others resolve with reason 'superseded'
   * (optional: test fakes may leave it out). `causes`: also what each flag causes (costs one preview per flag).
   */
  preview?(line: string, options?: { causes?: boolean }): Promise<Preview>;
}

export function createSimClient(transport: Transport): SimClient {
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, Pending>();
  const storageListeners = new Set<(status: StorageStatus) => void>();
  const fatalListeners = new Set<(error: HostError) => void>();
  const reopenListeners = new Set<(result: OpenResult) => void>();

  const failAll = (error: HostError) => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(new SimError(error));
  };

  transport.listen(
    (msg) => {
      if (msg.type === 'storage') {
        for (const listener of storageListeners) listener(msg.storage);
        return;
      }
      if (msg.type === 'reopened') {
        for (const listener of reopenListeners) listener(msg.result);
        return;
      }
      if (msg.type === 'pong') return; // the transport's heartbeat
      if (msg.type === 'persist') {
        // The first save succeeded in the worker; only a window may ask for persistent storage (BUDGETS R6).
        void globalThis.navigator?.storage?.persist?.().catch(() => false);
        return;
      }
      const p = pending.get(msg.id);
      if (!p) return; // a reply to interrupt/speed, or to a request already abandoned
      if (msg.type === 'chunk') p.onChunk?.(msg.chunk);
      else if (msg.type === 'event') p.onEvent?.(msg.event);
      else if (msg.type === 'error') {
        pending.delete(msg.id);
        p.reject(new SimError(msg.error));
      } else if (p.settle(msg)) pending.delete(msg.id);
    },
    (error) => {
      failAll(error);
      for (const listener of fatalListeners) listener(error);
    },
  );

  /** Sends a request and resolves with the message REPLY names for it. */
  function request<B extends Request & { type: AnsweredType }>(body: B, extra?: Pick<Pending, 'onChunk' | 'onEvent'>): Promise<ReplyTo<B['type']>> {
    if (closed) return Promise.reject(new SimError({ code: 'internal', message: 'The simulator has stopped.' }));
    const id = nextId++;
    return new Promise<ReplyTo<B['type']>>((resolve, reject) => {
      const settle = (msg: FromWorker) => {
        if (!isReplyTo<B['type']>(body.type, msg)) return false;
        resolve(msg);
        return true;
      };
      pending.set(id, { settle, reject, ...extra });
      try {
        transport.send({ ...body, id });
      } catch (err) {
        pending.delete(id);
        reject(new SimError({ code: 'internal', message: `Could not reach the simulator: ${String(err)}` }));
      }
    });
  }

  /** Sends a request that is not answered. */
  function notify<T extends Exclude<RequestType, AnsweredType>>(body: RequestOf<T>): void {
    if (closed) return;
    transport.send({ ...body, id: nextId++ });
  }

  return {
    open(req: OpenRequest) {
      return request({ type: 'open', request: req }).then((msg) => msg.result);
    },
    exec(line, onChunk, onEvent) {
      return request({ type: 'exec', line }, { onChunk, onEvent }).then((msg) => msg.done);
    },
    interrupt() {
      notify({ type: 'interrupt' });
    },
    setSpeed(speed: Speed) {
      notify({ type: 'speed', speed });
    },
    onStorage(listener) {
      storageListeners.add(listener);
    },
    onFatal(listener) {
      fatalListeners.add(listener);
    },
    onReopen(listener) {
      reopenListeners.add(listener);
    },
    link() {
      return request({ type: 'link' }).then((msg) => msg.link);
    },
    labs() {
      return request({ type: 'labs' }).then((msg) => msg.labs);
    },
    renameLab(lab, name) {
      return request({ type: 'lab-rename', lab, name }).then((msg) => msg.labs);
    },
    duplicateLab(lab) {
      return request({ type: 'lab-duplicate', lab }).then((msg) => msg.labs);
    },
    deleteLab(lab) {
      return request({ type: 'lab-delete', lab }).then((msg) => msg.labs);
    },
    createLab(name, state) {
      return request({ type: 'createLab', name, state }).then((msg) => msg.result);
    },
    timeTravel(body) {
      return request(body);
    },
    preview(line, options) {
      return request({ type: 'preview', line, ...(options?.causes ? { causes: true } : {}) }).then((msg) => msg.preview);
    },
    close() {
      if (closed) return;
      closed = true;
      failAll({ code: 'internal', message: 'The simulator has stopped.' });
      transport.close();
    },
  };
}

/** How often the page pings a started worker (BUDGETS R5). */
export const HEARTBEAT_MS = 400;
/**
 * A started worker silent for this long is taken for dead (closed, crashed or stuck in a loop): with
 * HEARTBEAT_MS that is noticed within 2 s. Any message counts as a sign of life, not only 'pong'.
 */
export const DEAD_AFTER_MS = 1500;

export interface WorkerTransportOptions {
  heartbeatMs?: number;
  deadAfterMs?: number;
  now?: () => number;
}

/**
 * A transport over a dedicated module worker. Throws when workers are unavailable. Once the worker has
 * answered for the first time (before that, startSim's open timeout watches it), it is pinged every
 * heartbeatMs; silent for deadAfterMs, it is terminated and reported as fatal. A tick that itself ran
 * late (the page was busy or throttled in the background) gives no verdict: the pong may be queued.
 */
export function createWorkerTransport(options: WorkerTransportOptions = {}): Transport {
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const deadAfterMs = options.deadAfterMs ?? DEAD_AFTER_MS;
  const now = options.now ?? (() => performance.now());
  const worker = new Worker(new URL('../../host/sim.worker.ts', import.meta.url), {
    type: 'module',
    name: 'altdisk-sim',
  });
  let timer: ReturnType<typeof setInterval> | null = null;
  let lastHeard = 0;
  let lastTick = 0;
  let ended = false;
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };
  return {
    send(msg) {
      worker.postMessage(msg);
    },
    listen(onMessage, onFatal) {
      const fatal = (error: HostError) => {
        if (ended) return;
        ended = true;
        stop();
        worker.terminate(); // a stuck worker holds the writer lock until it is terminated
        onFatal(error);
      };
      const tick = () => {
        const t = now();
        const late = t - lastTick > heartbeatMs * 2;
        lastTick = t;
        if (!late && t - lastHeard > deadAfterMs) {
          fatal({ code: 'internal', message: `the background worker stopped answering for ${deadAfterMs / 1000} s` });
          return;
        }
        worker.postMessage({ id: 0, type: 'ping' } satisfies ToWorker);
      };
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        if (ended) return;
        lastHeard = now();
        if (timer === null) {
          lastTick = lastHeard;
          timer = setInterval(tick, heartbeatMs);
        }
        if (e.data.type !== 'pong') onMessage(e.data);
      };
      worker.onmessageerror = () => fatal({ code: 'internal', message: 'A message from the simulator could not be read.' });
      worker.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        fatal({ code: 'internal', message: `The background worker failed: ${e.message || 'it could not start'}` });
      };
    },
    close() {
      ended = true;
      stop();
      worker.terminate();
    },
  };
}

export const OPEN_TIMEOUT_MS = 2000;
/**
 * 'open' of a simulator restarted after a worker died (OpenRequest.restarted): the new host first waits
 * up to 1.2 s for the dead worker's writer lock, so it gets longer before the page gives up on it.
 */
export const RESTART_OPEN_TIMEOUT_MS = 4000;

export interface StartedSim {
  api: SimClient;
  opened: OpenResult;
  /** Why the in-page host is used, or null when the worker runs. */
  fallbackReason: string | null;
}

/**
 * Opens the simulation in a worker; when a worker cannot be created, dies, or does not answer 'open'
 * within OPEN_TIMEOUT_MS, runs the host in the page instead — except for a shared link, which rejects
 * with LinkNeedsWorkerError (the page offers the saved lab without it). A request error (bad link,
 * unknown scenario) is not a reason to fall back: the host reports those as a notice or an error reply.
 */
export interface StartOptions {
  createTransport?: () => Transport;
  createFallback?: () => Promise<Transport>;
  timeoutMs?: number;
}

export async function startSim(request: OpenRequest, options: StartOptions = {}): Promise<StartedSim> {
  const createTransport = options.createTransport ?? createWorkerTransport;
  const createFallback = options.createFallback ?? (async () => (await import('./inPageHost.ts')).createInPageTransport());
  const timeoutMs = options.timeoutMs ?? OPEN_TIMEOUT_MS;

  let reason: string;
  try {
    const api = createSimClient(createTransport());
    try {
      const opened = await withTimeout(api.open(request), timeoutMs);
      return { api, opened, fallbackReason: null };
    } catch (err) {
      if (err instanceof SimError && err.code !== 'internal') {
        api.close();
        throw err;
      }
      api.close();
      reason = err instanceof TimeoutError ? `the worker did not answer within ${timeoutMs / 1000} s` : errorText(err);
    }
  } catch (err) {
    if (err instanceof SimError) throw err;
    reason = `a worker could not be created (${errorText(err)})`;
  }
  // A link is replayed only in a worker, which the page can stop: replayed here, a hostile link could
  // freeze the tab, and every reload with #s= in the address would freeze it again.
  if (request.shared !== undefined) throw new LinkNeedsWorkerError(reason);
  const api = createSimClient(await createFallback());
  const opened = await api.open(request);
  return { api, opened, fallbackReason: reason };
}

/** startSim refused to open a shared link because no background worker could run it. */
export class LinkNeedsWorkerError extends Error {
  /** Why the worker could not be used, in words. */
  readonly reason: string;
  constructor(reason: string) {
    super(`The link was not opened: links are opened only by the simulator's background worker, and ${reason}.`);
    this.name = 'LinkNeedsWorkerError';
    this.reason = reason;
  }
}

/**
 * startSim, and when the request itself is refused (a bad shared link, an unknown scenario), a plain
 * session instead with the refusal kept as the notice the page shows.
 */
export async function startSimOrPlain(request: OpenRequest, options: StartOptions = {}): Promise<StartedSim> {
  try {
    return await startSim(request, options);
  } catch (err) {
    if (err instanceof SimError && (err.code === 'bad-link' || err.code === 'unknown-scenario')) {
      const started = await startSim({ speed: request.speed }, options);
      const notice: HostError = { code: err.code, message: err.message };
      return { ...started, opened: { ...started.opened, notice: started.opened.notice ?? notice } };
    }
    throw err;
  }
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
