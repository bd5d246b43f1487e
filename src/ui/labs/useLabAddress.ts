// Once a lab is open the address names it (?lab=<id>): a reload reopens the same lab instead of making
// another from ?scenario=, ?lesson= or a #s= link. (A link pasted into an open page's address still opens:
// useSharedLinkAddress reloads the page for it.)
import { useEffect } from 'react';
import type { LabSummary } from '../../protocol/index.ts';
import { labAddress } from './address.ts';

export function useLabAddress(lab: LabSummary | null | undefined): void {
  const id = lab?.id ?? null;
  const lesson = lab?.lesson ?? null;
  useEffect(() => {
    // A lab kept in memory only (storage off: OpenResult.lab.id 'unsaved-…') cannot be reopened by id.
    if (id === null || id.startsWith('unsaved-')) return;
    const next = labAddress(window.location.href, { id, lesson });
    if (next !== null) window.history.replaceState(window.history.state, '', next);
  }, [id, lesson]);
}
