// The host test harness (tests only): an endpoint over a fake core (setup) or the real one (realSetup),
// a fake clock and its own fake-indexeddb database, with helpers to send requests and wait for their
// final reply.
import type { FromWorker, OpenRequest, ToWorker } from '../protocol/index.ts';
import { openStore, type Store } from './persistence/db.ts';
import { createHostEndpoint, labLockName, WRITER_LOCK, type HostDeps } from './simHost.ts';
import { FakeClock, fakeCore, type FakeLocks, until, type ToWorkerBody } from './testSupport.ts';

let counter = 0;
const stores: Store[] = [];
/** Closes every store the endpoints opened (call in afterEach, or mid-test to "reload"). */
export function closeStores(): void {
  for (const s of stores.splice(0)) s.close();
}

export type Tab = ReturnType<typeof setup>;
export type RealTab = ReturnType<typeof realSetup>;
type Options = { name?: string; deps?: Partial<HostDeps> };

/** An endpoint over a fake core, a fake clock and its own IndexedDB database. */
export function setup(options: Options = {}) {
  const core = fakeCore();
  return { ...harness({ ...options, deps: { core, ...options.deps } }), core };
}

/** The same over the real core (core/session); `deps` may switch storage or locks off (openStore: null). */
export function realSetup(options: Options = {}) {
  return harness(options);
}

function harness(options: Options) {
  const name = options.name ?? `host-test-${Date.now()}-${counter++}`;
  const clock = new FakeClock();
  const msgs: FromWorker[] = [];
  const openedStores: Store[] = [];
  const endpoint = createHostEndpoint((m) => msgs.push(structuredClone(m)), {
    scheduler: clock.scheduler,
    now: clock.now,
    openStore: async (hooks) => {
      const s = await openStore({ requestPersist: null, ...hooks, name });
      stores.push(s);
      openedStores.push(s);
      return s;
    },
    ...options.deps,
  });
  let id = 100;
  const send = (m: ToWorkerBody) => {
    const msg = { ...m, id: ++id } as ToWorker;
    endpoint.receive(msg);
    return msg.id;
  };
  const replies = (rid: number) => msgs.filter((m) => m.id === rid);
  const final = (rid: number) => replies(rid).find((m) => m.type === 'opened' || m.type === 'done' || m.type === 'error');
  const settled = (rid: number) => until(() => !!final(rid), `reply to ${rid}`);
  /** Sends a request and answers its first reply that is not output (opened, done, created, error ...). */
  async function request(m: ToWorkerBody): Promise<FromWorker> {
    const rid = send(m);
    const reply = () => replies(rid).find((r) => r.type !== 'chunk' && r.type !== 'event');
    await until(() => !!reply(), `reply to ${m.type}`, 30_000);
    return reply()!;
  }
  async function open(request: Partial<OpenRequest> = {}) {
    const rid = send({ type: 'open', request: { speed: 'instant', ...request } });
    await settled(rid);
    const m = final(rid)!;
    if (m.type !== 'opened') throw new Error(`open failed: ${JSON.stringify(m)}`);
    return m.result;
  }
  async function exec(line: string) {
    const rid = send({ type: 'exec', line });
    await settled(rid);
    return { rid, all: replies(rid), final: final(rid)! };
  }
  return { name, clock, msgs, send, request, replies, final, settled, open, exec, openedStores, endpoint };
}

/** The records of the lab a tab has open (the most recently used one). */
export async function records(t: { openedStores: Store[] }) {
  const store = t.openedStores[0];
  const { labs } = await store.labs();
  return store.lab(labs[0].id);
}
export const held = (locks: FakeLocks) => (id: string) => locks.isHeld(labLockName(WRITER_LOCK, id));

export const shape = (ms: FromWorker[]) =>
  ms.map((m) => (m.type === 'chunk' ? `chunk:${m.chunk.text.trim()}` : m.type === 'event' ? `event:${m.event.type}` : m.type));

