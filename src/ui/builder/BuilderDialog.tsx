// The scenario builder: a start lab (a built-in scenario: host, AIX level, rootvg layout), disks added,
// faults the simulator models (a failing disk, a disk too small), and a custom lesson whose objectives are
// vocabulary specs (core/lessons/vocabulary.ts), proposed from the end state of a solution the author types.
// Saves a new lab (createLab, through the host's load gate) or shares a link (core/scenario/builder.ts).
// The core parts load on first open; everything here runs in the page.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { NewLabResult } from '../../protocol/index.ts';
import type { BuilderState } from '../../core/scenario/builder.ts';
import { openLabHref } from '../labs/address.ts';
import { storeCustomLesson } from '../lessons/customLesson.ts';
import '../twin/twin.css';

export interface BuilderSource {
  createLab?(name: string, state: unknown): Promise<NewLabResult>;
}

type Core = typeof import('./builderCore.ts');

const START: BuilderState = { scenario: 'reference-lab', addDisksMB: [], failDisk: null, shrink: null };
const FIRST_OBJECTIVES = ['{"disk": "hdisk1", "role": "altinst_rootvg"}'];

export function BuilderDialog({ source, open, onClose }: { source: BuilderSource | null; open: boolean; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [core, setCore] = useState<Core | null>(null);
  const [state, setState] = useState<BuilderState>(START);
  const [title, setTitle] = useState('My lesson');
  const [objectives, setObjectives] = useState<string[]>(FIRST_OBJECTIVES);
  const [solution, setSolution] = useState('alt_disk_copy -d hdisk1');
  const [link, setLink] = useState('');
  const [note, setNote] = useState('');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
    if (open && !core) void import('./builderCore.ts').then(setCore);
  }, [open, core]);

  const lesson = core ? core.readLesson(title, objectives) : null;

  const share = useCallback(() => {
    if (!core || !lesson) return;
    if (!lesson.ok) return setNote(lesson.error);
    const text = core.builderLink(state, lesson.value);
    if (!text.ok) return setNote(text.error);
    const url = new URL(window.location.href);
    url.search = '';
    url.hash = `s=${text.value}`;
    setLink(url.toString());
    setNote('The link holds the start lab and the lesson. Copy it from the box below.');
  }, [core, lesson, state]);

  const create = useCallback(async () => {
    if (!core || !source?.createLab) return;
    const built = core.buildSession(state);
    if (!built.ok) return setNote(built.error);
    try {
      const result = await source.createLab(`Built: ${state.scenario}`, built.value);
      if (lesson?.ok) storeCustomLesson(state.scenario, lesson.value);
      setNote(`Saved “${result.lab.name}”. Opening it…`);
      const href = new URL(openLabHref(window.location.search, result.lab), window.location.href);
      if (lesson?.ok) href.searchParams.set('lesson', 'custom');
      window.location.assign(href.toString());
    } catch (err) {
      setNote(err instanceof Error ? err.message : String(err));
    }
  }, [core, source, state, lesson]);

  const propose = useCallback(() => {
    if (!core) return;
    const p = core.proposeFrom(state, solution.split('\n'));
    if (!p.ok) return setNote(p.error);
    setObjectives(p.value.map((s) => JSON.stringify(s)));
    setNote(`${p.value.length} objectives proposed from the end state of your solution: remove the ones you do not want.`);
  }, [core, state, solution]);

  const setDisk = (i: number, mb: number) => setState({ ...state, addDisksMB: state.addDisksMB.map((x, j) => (j === i ? mb : x)) });

  return (
    <dialog ref={dialogRef} className="labs twin" aria-labelledby={titleId} data-testid="builder" onClose={onClose}>
      <h2 id={titleId} className="twin__title">
        Scenario builder
      </h2>
      <h3 className="twin__heading">Start state</h3>
      <div className="twin__fields">
        <label className="twin__field">
          Start lab
          <select value={state.scenario} onChange={(e) => setState({ ...state, scenario: e.target.value })} data-testid="builder.scenario">
            {(core?.builderScenarios() ?? [{ id: START.scenario, title: START.scenario }]).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.id})
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="twin__about" data-testid="builder.hostname">
        {core?.scenarioText(state.scenario) ?? ''} The hostname, AIX level and rootvg layout (one disk or mirrored) come from the start lab.
      </p>
      {state.addDisksMB.map((mb, i) => (
        <label key={i} className="twin__field">
          Added disk {i + 1} (MB)
          <input type="number" min={1} value={mb} data-testid={`builder.disk.${i}`} onChange={(e) => setDisk(i, Number(e.target.value))} />
        </label>
      ))}
      <div className="twin__actions">
        <button type="button" className="labs__button" data-testid="builder.disk.add" onClick={() => setState({ ...state, addDisksMB: [...state.addDisksMB, 71680] })}>
          Add a disk
        </button>
      </div>
      <div className="twin__fields">
        <label className="twin__field">
          Failing disk (optional)
          <input value={state.failDisk ?? ''} placeholder="hdisk2" data-testid="builder.fail" onChange={(e) => setState({ ...state, failDisk: e.target.value.trim() || null })} />
        </label>
        <label className="twin__field">
          Disk made too small (optional)
          <input
            value={state.shrink?.disk ?? ''}
            placeholder="hdisk1"
            data-testid="builder.shrink"
            onChange={(e) => setState({ ...state, shrink: e.target.value.trim() ? { disk: e.target.value.trim(), sizeMB: 8192 } : null })}
          />
        </label>
      </div>
      <p className="twin__about">A power cut at a chosen phase is not simulated in the builder: use `lab cut-power` in the lab.</p>
      <h3 className="twin__heading">Custom lesson</h3>
      <label className="twin__field">
        Lesson title
        <input value={title} maxLength={80} data-testid="builder.title" onChange={(e) => setTitle(e.target.value)} />
      </label>
      <ol>
        {objectives.map((o, i) => (
          <li key={i}>
            <label className="twin__field">
              Objective {i + 1} (vocabulary, JSON)
              <input
                value={o}
                spellCheck={false}
                data-testid={`builder.objective.${i}`}
                onChange={(e) => setObjectives(objectives.map((x, j) => (j === i ? e.target.value : x)))}
              />
            </label>
            <span data-testid={`builder.objective.${i}.reads`}>{core?.readSpecText(o) ?? ''}</span>{' '}
            <button type="button" className="labs__button" onClick={() => setObjectives(objectives.filter((_, j) => j !== i))}>
              Remove objective {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <div className="twin__actions">
        <button type="button" className="labs__button" data-testid="builder.objective.add" onClick={() => setObjectives([...objectives, '{"bootlistFirst": "hdisk1"}'])}>
          Add an objective
        </button>
      </div>
      <label className="twin__field">
        Your solution (one command per line), for proposing objectives
        <textarea value={solution} rows={3} spellCheck={false} data-testid="builder.solution" onChange={(e) => setSolution(e.target.value)} />
      </label>
      <div className="twin__actions">
        <button type="button" className="labs__button" data-testid="builder.propose" disabled={!core} onClick={propose}>
          Propose from end state
        </button>
        <button type="button" className="labs__button labs__button--primary" data-testid="builder.share" disabled={!core} onClick={share}>
          Share as a link
        </button>
        <button type="button" className="labs__button" data-testid="builder.create" disabled={!core || !source?.createLab} onClick={() => void create()}>
          Save as a new lab
        </button>
        <button type="button" className="labs__button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="labs__note" role="status" aria-live="polite" data-testid="builder.note">
        {note}
      </p>
      {link && (
        <label className="twin__field">
          Link
          <input readOnly value={link} data-testid="builder.link" onFocus={(e) => e.target.select()} />
        </label>
      )}
    </dialog>
  );
}
