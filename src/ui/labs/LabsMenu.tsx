// The labs menu: a header button ("Saved labs") that opens a modal dialog listing every saved lab — its
// name, scenario or lesson, command count and last use — with Open, Rename, Duplicate and Delete
// (LabsDialog.tsx). The list comes from the worker (SimClient.labs and friends).
import { lazy, Suspense, useCallback, useState } from 'react';
import type { LabSummary } from '../../protocol/index.ts';
import type { RunbookSource } from '../twin/RunbookExport.tsx';
import type { TwinSource } from '../twin/TwinDialog.tsx';
import './labs.css';

// Loaded on first use, to keep the JS before first interaction small (BUDGETS P1): the dialog (with the
// runbook export) when the menu first opens, the twin and the builder when first asked for. Each stays
// mounted after, with what was typed in it.
const LabsDialog = lazy(() => import('./LabsDialog.tsx').then((m) => ({ default: m.LabsDialog })));
const TwinDialog = lazy(() => import('../twin/TwinDialog.tsx').then((m) => ({ default: m.TwinDialog })));
const BuilderDialog = lazy(() => import('../builder/BuilderDialog.tsx').then((m) => ({ default: m.BuilderDialog })));

/** What the menu needs of the simulator (SimClient); the twin and the runbook use its optional parts. */
export interface LabsSource extends TwinSource, RunbookSource {
  labs(): Promise<LabSummary[]>;
  renameLab(lab: string, name: string): Promise<LabSummary[]>;
  duplicateLab(lab: string): Promise<LabSummary[]>;
  deleteLab(lab: string): Promise<LabSummary[]>;
}

type Open = 'none' | 'menu' | 'twin' | 'builder';

export function LabsMenu({ source, current, initial }: { source: LabsSource | null; current: string | null; initial: readonly LabSummary[] }) {
  const [open, setOpen] = useState<Open>('none');
  const [wanted, setWanted] = useState({ menu: false, twin: false, builder: false });
  const show = useCallback((which: Exclude<Open, 'none'>) => {
    setOpen(which);
    setWanted((w) => (w[which] ? w : { ...w, [which]: true }));
  }, []);
  // A dialog's close event comes after the next one opened (the menu closes as the twin opens): each
  // closes only itself.
  const closeMenu = useCallback(() => setOpen((o) => (o === 'menu' ? 'none' : o)), []);
  const closeTwin = useCallback(() => setOpen((o) => (o === 'twin' ? 'none' : o)), []);
  const closeBuilder = useCallback(() => setOpen((o) => (o === 'builder' ? 'none' : o)), []);
  const onTwin = useCallback(() => show('twin'), [show]);
  const onBuilder = useCallback(() => show('builder'), [show]);

  return (
    <>
      <button type="button" className="header-button app__labs" aria-haspopup="dialog" aria-label="Saved labs" title="Open, rename, copy or delete your saved labs" disabled={!source} onClick={() => show('menu')}>
        <span aria-hidden="true">☰</span>
        <span className="app__labs-text">Labs</span>
      </button>
      {wanted.menu && (
        <Suspense fallback={null}>
          <LabsDialog source={source} current={current} initial={initial} open={open === 'menu'} onClose={closeMenu} onTwin={onTwin} onBuilder={onBuilder} />
        </Suspense>
      )}
      {wanted.twin && (
        <Suspense fallback={null}>
          <TwinDialog source={source} open={open === 'twin'} onClose={closeTwin} />
        </Suspense>
      )}
      {wanted.builder && (
        <Suspense fallback={null}>
          <BuilderDialog source={source} open={open === 'builder'} onClose={closeBuilder} />
        </Suspense>
      )}
    </>
  );
}
