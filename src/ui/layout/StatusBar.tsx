// The status strip at the bottom of the page: lifecycle state, console host, scenario, storage.
import type { SimSnapshot, StorageStatus } from '../../protocol/index.ts';
import { LifecycleStatus } from '../lifecycle/LifecycleStatus.tsx';

const STORAGE_LABELS: Record<StorageStatus['mode'], string> = {
  indexeddb: 'saved in this browser',
  memory: 'memory only',
  'read-only': 'read-only (open in another tab)',
};

export function StatusBar({ snapshot, storage }: { snapshot: SimSnapshot | null; storage: StorageStatus | null }) {
  return (
    <footer className="app__status">
      <span className="status-item">
        <span className="status-item__label">lifecycle</span>
        <LifecycleStatus lifecycle={snapshot?.lifecycle ?? null} />
      </span>
      {snapshot && (
        <span className="status-item">
          <span className="status-item__label">console</span>
          <span className="status-item__value">{snapshot.console}</span>
        </span>
      )}
      {snapshot?.scenario && (
        <span className="status-item">
          <span className="status-item__label">scenario</span>
          <span className="status-item__value">{snapshot.scenario}</span>
        </span>
      )}
      <span className="app__header-spacer" />
      <span className="status-item">
        <span className="status-item__label">storage</span>
        <span className="status-item__value">{storage ? STORAGE_LABELS[storage.mode] : '…'}</span>
      </span>
    </footer>
  );
}
