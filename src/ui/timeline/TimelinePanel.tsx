// The Timeline tab: every step of the lab (its line, exit code, the lifecycle state after it and what
// kind of step it was), where the lab stands, undo / redo, jump to a step, branch a new lab from a step,
// compare a step with now (the differences listed here and marked on the diagram), and the lab as a file
// (export, import as a new lab). Everything shown comes from the simulator; text is rendered as text.
import { useId, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import type { TimelineEntryView } from '../../protocol/index.ts';
import { openLabHref } from '../labs/address.ts';
import type { TimeTravelView } from './useTimeTravel.ts';
import './timeline.css';

const GROUP_TEXT: Record<TimelineEntryView['group'], string> = {
  clone: 'clone',
  wake: 'wake',
  sleep: 'sleep',
  reboot: 'reboot',
  hang: 'hang',
  cleanup: 'clean-up',
  other: '',
};

function Step({ entry, cursor, allowed, onJump }: { entry: TimelineEntryView; cursor: number; allowed: boolean; onJump(step: number): void }) {
  const current = entry.index === cursor;
  const undone = entry.index > cursor;
  return (
    <li
      className={`tl-step${current ? ' tl-step--current' : ''}${undone ? ' tl-step--undone' : ''}`}
      data-testid={`timeline.step.${entry.index}`}
      data-state={entry.lifecycle}
      data-group={entry.group}
      data-current={current}
      data-undone={undone}
      aria-current={current ? 'step' : undefined}
    >
      <span className="tl-step__n">{entry.index}</span>
      <code className="tl-step__line">{entry.line === '' ? '(empty line)' : entry.line}</code>
      {entry.exitCode !== 0 && <span className="tl-step__exit" title="exit code">exit {entry.exitCode}</span>}
      {entry.cut && <span className="tl-step__exit">^C</span>}
      {GROUP_TEXT[entry.group] && <span className={`tl-badge tl-badge--${entry.group}`}>{GROUP_TEXT[entry.group]}</span>}
      <span className="tl-step__state">{entry.lifecycle}</span>
      {undone && <span className="tl-step__undone">undone</span>}
      <button type="button" className="tl-button tl-button--small" data-testid={`timeline.jump.${entry.index}`} aria-label={`Go to step ${entry.index}`} disabled={current || !allowed} onClick={() => onJump(entry.index)}>
        Go
      </button>
    </li>
  );
}

export function TimelinePanel({ view, allowed }: { view: TimeTravelView; allowed: boolean }) {
  const { timeline, labs, note, failed, comparison, newLab, working } = view;
  const others = labs.filter((l) => l.id !== timeline?.lab);
  const [target, setTarget] = useState('');
  const [against, setAgainst] = useState('now');
  const inputId = useId();
  const withId = useId();
  const fileId = useId();
  const cursor = timeline?.cursor ?? 0;
  const total = timeline?.entries.length ?? 0;
  const step = target === '' ? cursor : Number(target);
  const validStep = Number.isInteger(step) && step >= 0 && step <= total;

  const onBranch = (e: FormEvent) => {
    e.preventDefault();
    if (validStep) void view.branch(step);
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void view.importLab(file);
  };

  return (
    <div className="tl" data-testid="timeline" aria-busy={working}>
      <div className="tl__bar" role="toolbar" aria-label="Time travel">
        <button type="button" className="tl-button" data-testid="timeline.undo" disabled={!allowed || cursor === 0} onClick={() => void view.travel({ type: 'undo' })}>
          Undo
        </button>
        <button type="button" className="tl-button" data-testid="timeline.redo" disabled={!allowed || cursor >= total} onClick={() => void view.travel({ type: 'redo' })}>
          Redo
        </button>
        <span className="tl__where" data-testid="timeline.cursor" data-cursor={cursor}>
          {timeline ? `Step ${cursor} of ${total}` : 'Loading the steps…'}
        </span>
      </div>
      {!allowed && <p className="tl__note">Undo and jumps are off during an exam.</p>}
      {timeline && !timeline.replayable && <p className="tl__note tl__note--error">{timeline.reason}</p>}
      <p className="tl__note tl__note--live" role="status" aria-live="polite" data-testid="timeline.note">
        <span className={failed ? 'tl__note--error' : undefined}>{note}</span>
        {newLab && (
          <>
            {' '}
            <a href={openLabHref(window.location.search, newLab.lab)} data-testid="timeline.newlab">
              Open “{newLab.lab.name}”
            </a>
          </>
        )}
      </p>

      <ol className="tl__list" role="list" aria-label="Steps of this lab" data-testid="timeline.list">
        <li className={`tl-step${cursor === 0 ? ' tl-step--current' : ''}`} data-testid="timeline.step.0" data-state={timeline?.startLifecycle ?? ''} data-current={cursor === 0} aria-current={cursor === 0 ? 'step' : undefined}>
          <span className="tl-step__n">0</span>
          <span className="tl-step__line tl-step__line--start">start of the scenario</span>
          <span className="tl-step__state">{timeline?.startLifecycle}</span>
          <button type="button" className="tl-button tl-button--small" data-testid="timeline.jump.0" aria-label="Go to step 0" disabled={cursor === 0 || !allowed || !timeline} onClick={() => void view.travel({ type: 'jump', step: 0 })}>
            Go
          </button>
        </li>
        {timeline?.entries.map((e) => <Step key={e.index} entry={e} cursor={cursor} allowed={allowed} onJump={(n) => void view.travel({ type: 'jump', step: n })} />)}
      </ol>

      <form className="tl__form" onSubmit={onBranch}>
        <label htmlFor={inputId}>Step</label>
        <input id={inputId} className="tl__input" type="number" min={0} max={total} inputMode="numeric" value={target} placeholder={String(cursor)} onChange={(e) => setTarget(e.target.value)} data-testid="timeline.target" />
        <button type="submit" className="tl-button" data-testid="timeline.branch" disabled={!validStep || !timeline}>
          Branch a new lab from it
        </button>
        <label htmlFor={withId}>compare with</label>
        <select id={withId} className="tl__input tl__select" value={against} onChange={(e) => setAgainst(e.target.value)} data-testid="timeline.compare.with">
          <option value="now">now (step {cursor})</option>
          {others.map((l) => (
            <option key={l.id} value={l.id}>
              lab “{l.name}”
            </option>
          ))}
        </select>
        <button type="button" className="tl-button" data-testid="timeline.compare" disabled={!validStep || !timeline} onClick={() => void view.compare({ step }, against === 'now' || !others.some((l) => l.id === against) ? { step: cursor } : { lab: against })}>
          Compare
        </button>
      </form>

      {comparison && (
        <section className="tl__compare" aria-label="Comparison" data-testid="timeline.comparison">
          <h3 className="tl__h">
            {comparison.a} → {comparison.b}
          </h3>
          {comparison.differences.length === 0 ? (
            <p className="tl__note">Nothing differs.</p>
          ) : (
            <ul className="tl__diffs" role="list" aria-label="Differences" data-testid="timeline.differences">
              {comparison.differences.map((d, i) => (
                <li key={i} data-testid="timeline.difference" data-area={d.area} data-node={d.node ? `${d.node.kind}.${d.node.name}` : ''}>
                  <span className="tl-diff__what">{d.what}</span>: <span className="tl-diff__a">{d.a}</span> → <span className="tl-diff__b">{d.b}</span>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="tl-button tl-button--small" onClick={view.clearComparison} data-testid="timeline.compare.close">
            Close the comparison
          </button>
        </section>
      )}

      <div className="tl__file">
        <button type="button" className="tl-button" data-testid="lab.export" onClick={() => void view.exportLab()}>
          Export this lab as a file
        </button>
        <label className="tl-button tl__import" htmlFor={fileId}>
          Import a lab file…
        </label>
        <input id={fileId} className="tl__file-input" type="file" accept=".json,application/json" data-testid="lab.import" onChange={onFile} />
      </div>
    </div>
  );
}
