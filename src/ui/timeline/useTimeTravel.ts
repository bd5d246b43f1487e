// The Timeline panel's state and actions over the simulator's time-travel requests: the timeline
// (fetched while the panel is shown and after every command), undo / redo / jump (also Ctrl+Z and
// Ctrl+Shift+Z outside the command line), branch, compare, export and import. Every travel is told to
// travelEvents.ts (a lesson counts undos like hints); `allowed` false (an exam) refuses them.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Comparison, ComparePoint, LabSummary, TimelineView, TimeTravelRequest, Travelled } from '../../protocol/index.ts';
import type { SimClient } from '../sim/client.ts';
import { notifyTravel } from './travelEvents.ts';

export type TravelSource = Pick<SimClient, 'timeTravel'> & Partial<Pick<SimClient, 'labs'>>;

export interface TimeTravelOptions {
  api: TravelSource | null;
  /** The panel is shown: keep the timeline fresh. */
  active: boolean;
  /** Changes after every command (the timeline is fetched again). */
  refreshKey: unknown;
  /** False in an exam: undo, redo and jumps are refused. */
  allowed: boolean;
  onTravelled(travel: Travelled): void;
  onCompared(comparison: Comparison | null): void;
}

export const EXAM_NOTE = 'Time travel is off during an exam.';

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Not a key press meant for a field (the command line keeps its own Ctrl+Z). */
function outsideFields(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return true;
  return !el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], dialog[open]');
}

export function useTimeTravel({ api, active, refreshKey, allowed, onTravelled, onCompared }: TimeTravelOptions) {
  const [timeline, setTimeline] = useState<TimelineView | null>(null);
  const [note, setNote] = useState('');
  const [failed, setFailed] = useState(false);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [newLab, setNewLab] = useState<{ lab: LabSummary; how: 'branch' | 'import' } | null>(null);
  const [working, setWorking] = useState(false);
  /** The other saved labs (to compare with). */
  const [labs, setLabs] = useState<readonly LabSummary[]>([]);

  /** Requests go one after another (the simulator answers one at a time): a click during a refresh waits for it. */
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const call = useCallback(
    <B extends TimeTravelRequest>(body: B, doing: string) => {
      const travel = api?.timeTravel;
      if (!travel) return Promise.resolve(null);
      const run = async () => {
        setWorking(true);
        if (doing) setNote(doing);
        setFailed(false);
        try {
          return await travel(body);
        } catch (err) {
          setFailed(true);
          setNote(message(err));
          return null;
        } finally {
          setWorking(false);
        }
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [api],
  );

  const refresh = useCallback(async () => {
    const reply = await call({ type: 'timeline' }, '');
    if (reply) setTimeline(reply.timeline);
  }, [call]);

  useEffect(() => {
    if (active) void refresh();
  }, [active, refresh, refreshKey]);

  useEffect(() => {
    if (!active || !api?.labs) return;
    let live = true;
    api.labs().then(
      (list) => live && setLabs(list),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [active, api, newLab]);

  const travel = useCallback(
    async (body: Extract<TimeTravelRequest, { type: 'undo' | 'redo' | 'jump' }>) => {
      if (!allowed) {
        setFailed(true);
        setNote(EXAM_NOTE);
        return;
      }
      const reply = await call(body, body.type === 'jump' ? `Going to step ${body.step}…` : body.type === 'undo' ? 'Undoing…' : 'Redoing…');
      if (!reply) return;
      const t = reply.travel;
      setTimeline(t.timeline);
      setNote(t.to < t.from ? `Back at step ${t.to} of ${t.timeline.entries.length}.` : `At step ${t.to} of ${t.timeline.entries.length}.`);
      onTravelled(t);
      notifyTravel({ kind: t.kind, from: t.from, to: t.to });
    },
    [allowed, call, onTravelled],
  );

  const branch = useCallback(
    async (step: number) => {
      const reply = await call({ type: 'branch', step }, `Branching from step ${step}…`);
      if (!reply) return;
      setNewLab({ lab: reply.result.lab, how: 'branch' });
      setNote(`Saved as a new lab: “${reply.result.lab.name}”.`);
    },
    [call],
  );

  const compare = useCallback(
    async (a: ComparePoint, b: ComparePoint) => {
      const reply = await call({ type: 'compare', a, b }, 'Comparing…');
      if (!reply) return;
      setComparison(reply.comparison);
      const n = reply.comparison.differences.length;
      setNote(n === 0 ? `Nothing differs between ${reply.comparison.a} and ${reply.comparison.b}.` : `${n} ${n === 1 ? 'difference' : 'differences'} between ${reply.comparison.a} and ${reply.comparison.b}.`);
      onCompared(reply.comparison);
    },
    [call, onCompared],
  );

  const clearComparison = useCallback(() => {
    setComparison(null);
    onCompared(null);
  }, [onCompared]);

  const exportLab = useCallback(async () => {
    const reply = await call({ type: 'exportLab' }, 'Writing the lab file…');
    if (!reply) return;
    const url = URL.createObjectURL(new Blob([reply.file.text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = reply.file.fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setNote(`Saved as ${reply.file.fileName}.`);
  }, [call]);

  const importLab = useCallback(
    async (file: File) => {
      if (file.size > 8 * 1024 * 1024) {
        setFailed(true);
        setNote('This file cannot be imported: it is larger than 8 MB, far more than any lab.');
        return;
      }
      const text = await file.text();
      const reply = await call({ type: 'importLab', text }, `Checking ${file.name}…`);
      if (!reply) return;
      setNewLab({ lab: reply.result.lab, how: 'import' });
      setNote(`Imported as a new lab: “${reply.result.lab.name}”.`);
    },
    [call],
  );

  // Ctrl+Z / Ctrl+Shift+Z (⌘ on a Mac) outside the command line and other fields.
  useEffect(() => {
    if (!api?.timeTravel) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'z' || !outsideFields(e.target)) return;
      e.preventDefault();
      void travel({ type: e.shiftKey ? 'redo' : 'undo' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api, travel]);

  return { timeline, labs, note, failed, comparison, newLab, working, refresh, travel, branch, compare, clearComparison, exportLab, importLab };
}

export type TimeTravelView = ReturnType<typeof useTimeTravel>;
