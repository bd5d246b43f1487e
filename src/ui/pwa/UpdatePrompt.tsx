// "A new version is ready": shown when a new build waits (serviceWorker.ts). The button is disabled while a
// command runs, so an update never cuts a clone in half; the page reloads into the new build, and the lab,
// saved in IndexedDB after every command, opens where it was.
import { useSyncExternalStore } from 'react';
import { applyUpdate, subscribeUpdate, updateState } from './serviceWorker.ts';
import './pwa.css';

export function UpdatePrompt({ busy }: { busy: boolean }) {
  const { ready } = useSyncExternalStore(subscribeUpdate, updateState);
  if (!ready) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update.prompt">
      <span>A new version of the trainer is ready.</span>
      <button type="button" className="header-button" data-testid="update.apply" disabled={busy} onClick={applyUpdate}>
        {busy ? 'Update after this command' : 'Update now'}
      </button>
    </div>
  );
}
