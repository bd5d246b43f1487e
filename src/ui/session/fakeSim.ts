// Test support for the page session: an opened lab and a simulator handle whose host events (storage,
// takeover, death) the test fires by hand. Not used by the app.
import type { HostError, OpenResult, Speed, StorageStatus } from '../../protocol/index.ts';
import type { SimClient, StartedSim } from '../sim/client.ts';
import { referenceSnapshot } from '../testing/fixtures.ts';

export function openResult(over: Partial<OpenResult> = {}): OpenResult {
  return {
    snapshot: referenceSnapshot(),
    scrollback: [],
    history: [],
    commands: ['lspv'],
    storage: { mode: 'indexeddb', message: null },
    inPage: false,
    notice: null,
    lab: { id: 'lab1', name: 'Reference lab 1', scenario: 'reference-lab', lesson: null, createdAt: 0, lastUsedAt: 0, commands: 0 },
    labs: [],
    setAside: [],
    ...over,
  };
}

export interface FakeSim extends StartedSim {
  speeds: Speed[];
  closed(): boolean;
  storage(status: StorageStatus): void;
  reopen(result: OpenResult): void;
  die(error: HostError): void;
}

export function fakeSim(opened: OpenResult = openResult()): FakeSim {
  const storage: ((s: StorageStatus) => void)[] = [];
  const reopen: ((r: OpenResult) => void)[] = [];
  const fatal: ((e: HostError) => void)[] = [];
  const speeds: Speed[] = [];
  let closed = false;
  const refuse = () => Promise.reject(new Error('not in this fake'));
  const api: SimClient = {
    open: refuse,
    exec: refuse,
    interrupt() {},
    setSpeed: (speed) => void speeds.push(speed),
    onStorage: (l) => void storage.push(l),
    onReopen: (l) => void reopen.push(l),
    onFatal: (l) => void fatal.push(l),
    link: refuse,
    labs: refuse,
    renameLab: refuse,
    duplicateLab: refuse,
    deleteLab: refuse,
    close() {
      closed = true;
    },
  };
  return {
    api,
    opened,
    fallbackReason: null,
    speeds,
    closed: () => closed,
    storage: (s) => storage.forEach((l) => l(s)),
    reopen: (r) => reopen.forEach((l) => l(r)),
    die: (e) => fatal.forEach((l) => l(e)),
  };
}
