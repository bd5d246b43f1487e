// One writer per saved lab across tabs (BUDGETS R3), with Web Locks: the lock `<name>:<lab id>`.
// A host asks for the open lab's lock with `ifAvailable`; if another holds it, it waits a short while
// (a tab being closed, or a worker the page just restarted, is releasing it: longer after a restart),
// then opens read-only with its request left waiting, and takes over when it is granted.
import type { LockManagerLike } from './hostContext.ts';
import type { Scheduler } from './playback.ts';

/** The Web Lock prefix; each lab's lock is `${WRITER_LOCK}:${labId}`. */
export const WRITER_LOCK = 'altdisk-trainer-writer';
/**
 * How long 'open' waits for a held lock: a tab that is closing, or a worker the page just restarted,
 * releases it within this time. After it, this tab opens read-only.
 */
export const LOCK_WAIT_MS = 500;
/**
 * The wait when the page restarted a dead worker (OpenRequest.restarted): the browser frees a terminated
 * worker's locks only once it is gone, which can take longer than a closing tab. Within the page's 2 s
 * open timeout, with room for storage to open.
 */
export const RESTART_LOCK_WAIT_MS = 1200;

export function labLockName(prefix: string, labId: string): string {
  return `${prefix}:${labId}`;
}

export class WriterLock {
  /** Whether this host may write the open lab: true with its lock (or without Web Locks); false: read-only. */
  writer: boolean | null = null;
  private release: (() => void) | null = null;
  /** The lock held now (by name), or null. */
  private held: string | null = null;
  private wait: AbortController | null = null;
  private generation = 0;

  constructor(
    private readonly locks: LockManagerLike | null,
    private readonly prefix: string,
    private readonly scheduler: Scheduler,
    private readonly isDisposed: () => boolean,
  ) {}

  /** Lets the lock go (and stops waiting for it). The next acquire decides again. */
  drop(): void {
    this.generation++;
    this.wait?.abort();
    this.wait = null;
    this.release?.();
    this.release = null;
    this.held = null;
  }

  /**
   * Decides whether this host writes `labId`. Without Web Locks or storage: yes. `onGranted` runs when
   * a lock not granted within `waitMs` is granted later (the other tab closed).
   */
  async acquire(labId: string, hasStore: boolean, waitMs: number, onGranted: () => void): Promise<boolean> {
    if (this.locks && this.held === labLockName(this.prefix, labId)) return (this.writer = true); // a takeover reopening its lab
    this.drop();
    const generation = this.generation;
    if (!this.locks || !hasStore) return (this.writer = true);
    const name = labLockName(this.prefix, labId);
    try {
      if (await this.request(name, generation, { ifAvailable: true })) return (this.writer = true);
      const wait = new AbortController();
      this.wait = wait;
      const waiting = this.request(name, generation, { signal: wait.signal });
      let timer: unknown;
      const got = await Promise.race([waiting, new Promise<boolean>((resolve) => (timer = this.scheduler.setTimeout(() => resolve(false), waitMs)))]);
      this.scheduler.clearTimeout(timer);
      if (generation !== this.generation) return (this.writer = false); // dropped meanwhile (disposed, another lab)
      if (got) {
        this.wait = null;
        return (this.writer = true);
      }
      void waiting.then((granted) => {
        if (!granted || generation !== this.generation) return;
        this.wait = null;
        onGranted();
      });
      return (this.writer = false);
    } catch {
      return (this.writer = true); // a Web Locks implementation that throws: behave as before locks existed
    }
  }

  /** Asks for a lock; resolves true once held (kept until drop), false if not granted. */
  private request(name: string, generation: number, options: { ifAvailable?: boolean; signal?: AbortSignal }): Promise<boolean> {
    const locks = this.locks!;
    return new Promise<boolean>((resolve) => {
      locks
        .request(name, options, (lock: unknown) => {
          // Granted after drop() (a late grant): let it go at once.
          if (!lock || this.isDisposed() || generation !== this.generation) {
            resolve(false);
            return undefined;
          }
          resolve(true);
          this.held = name;
          return new Promise<void>((release) => (this.release = release));
        })
        .catch(() => resolve(false)); // aborted (storage failed, disposed, another lab) or refused
    });
  }
}
