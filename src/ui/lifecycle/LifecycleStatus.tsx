// The lifecycle state in the status strip: the machine's own description for people, the state's id
// beside it for tests and the Lifecycle tab (`lifecycle.state` keeps the id as its text: the contract).
import { memo } from 'react';
import type { SimSnapshot } from '../../protocol/index.ts';
import './lifecycle.css';

export const LifecycleStatus = memo(function LifecycleStatus({ lifecycle }: { lifecycle: SimSnapshot['lifecycle'] | null }) {
  const state = lifecycle?.state ?? '';
  const description = lifecycle?.description ?? '';
  return (
    <span className="lc-status" title={description || undefined}>
      {description && <span className="lc-status__desc">{description}</span>}
      <code className="lc-status__id" data-testid="lifecycle.state" data-state={state}>
        {state}
      </code>
    </span>
  );
});
