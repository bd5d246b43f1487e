// Storage failures as one typed error, and the plain words the banner shows for each. No idb here: the
// host imports this to decide what to tell the learner without touching IndexedDB itself.
import type { StorageStatus } from '../../protocol/index.ts';

export type StorageErrorKind =
  /** The origin's storage quota is used up (QuotaExceededError). */
  | 'quota'
  /** IndexedDB is missing or refused to open (private windows, disabled storage, security errors). */
  | 'unavailable'
  /** The stored database was written by a newer version of the trainer (VersionError). */
  | 'version'
  /** Another tab holds an older connection open and the upgrade cannot proceed. */
  | 'blocked'
  /** A newer tab asked to upgrade the database; this connection closed itself so that it can. */
  | 'versionchange'
  /** Another tab wiped the saved labs (deleted the database); this connection closed itself so that it can. */
  | 'wiped'
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  | 'terminated'
  /** A read failed. */
  | 'read'
  /** A write failed for another reason. */
  | 'write'
  /** The value could not be stored (DataCloneError): a bug in what was written, not in storage. */
  | 'data';

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  constructor(kind: StorageErrorKind, detail: string, options?: { cause?: unknown }) {
    super(`${kind}: ${detail}`, options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    "Your browser's storage for this site is full, so your work is no longer being saved. " +
    'The lab keeps working in this tab, but it will be lost when you close it.',
  unavailable:
    'This browser does not let the trainer save anything (storage is turned off or unavailable, as in some ' +
    'private windows). The lab works, but nothing is kept after you close the tab.',
  version:
    'Your saved lab was written by a newer version of the trainer. This tab works in memory only; ' +
    'reload to get the newer version.',
  blocked:
    'Your saved lab is held by another open tab of the trainer. This tab works in memory only; ' +
    'close the other tab and reload to save again.',
  versionchange:
    'A newer version of the trainer was opened in another tab, so this tab stopped saving. ' +
    'The lab keeps working here in memory; reload to continue saving.',
  wiped:
    'The saved labs were wiped from another tab of the trainer, so this tab stopped saving. ' +
    'The lab keeps working here in memory; reload to start saving again.',
  terminated:
    'The browser closed the trainer\'s storage unexpectedly (site data may have been cleared). ' +
    'The lab keeps working in memory; reload to save again.',
  read:
    'Your saved lab could not be read back from the browser\'s storage. ' +
    'The lab works in memory only; reload to try again.',
  write:
    'Your last command could not be saved (the browser refused to write). ' +
    'The lab keeps working in memory; reload to try saving again.',
  data: 'Your last command produced a state that could not be saved.',
};

/** Plain words for a storage error. */
export function storageMessage(kind: StorageErrorKind): string {
  return MESSAGES[kind];
}

/** The status the host reports once storage has failed: the app keeps running in memory. */
export function memoryStatus(error: StorageError): StorageStatus {
  return { mode: 'memory', message: storageMessage(error.kind) };
}

function errorName(err: unknown): string {
  if (err && typeof err === 'object' && 'name' in err && typeof (err as { name: unknown }).name === 'string') {
    return (err as { name: string }).name;
  }
  return '';
}

/**
 * Turns anything thrown by IndexedDB into a StorageError. `fallback` is the kind used when the error's
 * name does not say more (an open failure is 'unavailable', a put failure 'write').
 */
export function toStorageError(err: unknown, fallback: StorageErrorKind): StorageError {
  if (err instanceof StorageError) return err;
  const name = errorName(err);
  const detail = err instanceof Error || (err && typeof err === 'object' && 'message' in err)
    ? `${name || 'Error'}: ${String((err as { message: unknown }).message)}`
    : String(err);
  switch (name) {
    case 'QuotaExceededError':
      return new StorageError('quota', detail, { cause: err });
    case 'VersionError':
      return new StorageError('version', detail, { cause: err });
    case 'DataCloneError':
      return new StorageError('data', detail, { cause: err });
    case 'SecurityError':
      return new StorageError('unavailable', detail, { cause: err });
    default:
      return new StorageError(fallback, detail, { cause: err });
  }
}
