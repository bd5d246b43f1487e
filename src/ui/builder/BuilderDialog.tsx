// The scenario builder: a start lab (a built-in scenario: host, AIX level, rootvg layout) or a server the
// author describes (ServerFields), disks added, faults the simulator models (a failing disk, a disk too
// small, an altinst_rootvg left from an earlier clone, a power cut during a clone), and a custom lesson whose
// objectives are vocabulary specs (core/lessons/vocabulary.ts), proposed from the end state of a solution.
// Saves a new lab (createLab, through the host's load gate), shares a link (core/scenario/builder.ts), exports
// and imports the form as a file (builderFile.ts). The core parts load on first open; all runs in the page.
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useModalDialog } from '../layout/useModalDialog.ts';
import type { NewLabResult } from '../../protocol/index.ts';
import type { BuilderState } from '../../core/scenario/builder.ts';
import { openLabHref } from '../labs/address.ts';
import { storeCustomLesson } from '../lessons/customLesson.ts';
import { ServerFields } from './ServerFields.tsx';
import '../twin/twin.css';

export interface BuilderSource {
  createLab?(name: string, state: unknown): Promise<NewLabResult>;
}

type Core = typeof import('./builderCore.ts');

const START: BuilderState = { scenario: 'reference-lab', addDisksMB: [], failDisk: null, shrink: null, server: null, staleAltinst: null, powerCut: null };
const DESCRIBED = 'twin';

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
const FIRST_OBJECTIVES = ['{"disk": "hdisk1", "role": "altinst_rootvg"}'];

export function BuilderDialog({ source, open, onClose }: { source: BuilderSource | null; open: boolean; onClose: () => void }) {
  const dialogRef = useModalDialog(open);
  const titleId = useId();
  const [core, setCore] = useState<Core | null>(null);
  const [state, setState] = useState<BuilderState>(START);
  const [title, setTitle] = useState('My lesson');
  const [objectives, setObjectives] = useState<string[]>(FIRST_OBJECTIVES);
  const [solution, setSolution] = useState('alt_disk_copy -d hdisk1');
  const [link, setLink] = useState('');
  const [note, setNote] = useState('');

  useEffect(() => {
    if (open && !core) void import('./builderCore.ts').then(setCore);
  }, [open, core]);

  // "A server you describe" chosen before the core parts arrived has no server yet: give it the default one.
  useEffect(() => {
    if (core && state.scenario === DESCRIBED && !state.server) setState((s) => ({ ...s, server: core.DEFAULT_SERVER }));
  }, [core, state.scenario, state.server]);

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
    setNote(
      state.scenario === DESCRIBED
        ? 'The link holds the server as you described it (host name, level, disks, volume groups, file systems, fixes, media), the setup steps and the lesson. Copy it from the box below.'
        : 'The link holds the start lab, the setup steps and the lesson. Copy it from the box below.',
    );
  }, [core, lesson, state]);

  const create = useCallback(async () => {
    if (!core || !source?.createLab) return;
    const built = core.buildSession(state);
    if (!built.ok) return setNote(built.error);
    try {
      const result = await source.createLab(`Built: ${state.scenario === DESCRIBED ? (state.server?.hostname ?? 'server') : state.scenario}`, built.value);
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
  const check = useMemo(() => (core ? core.formCheck(state) : null), [core, state]);

  const exportFile = useCallback(() => {
    if (!core) return;
    const c = core.compileBuilder(state);
    if (!c.ok) return setNote(c.error);
    download(core.builderFileText(state, lesson?.ok ? lesson.value : null), `builder-${state.scenario === DESCRIBED ? (state.server?.hostname ?? 'server') : state.scenario}.json`);
    setNote('The builder form and its lesson were saved as a file: Import it here to go on with it.');
  }, [core, state, lesson]);

  const importFile = useCallback(
    async (file: File | undefined) => {
      if (!core || !file) return;
      if (file.size > 65_536) return setNote('This file is too big for a builder file.');
      const read = core.readBuilderFile(await file.text());
      if (!read.ok) return setNote(`Not imported: ${read.error}`);
      setState({ ...START, ...read.value.state });
      if (read.value.lesson) {
        setTitle(read.value.lesson.title);
        setObjectives(read.value.lesson.objectives.map((o) => JSON.stringify(o)));
      }
      setNote(`Imported ${file.name}.`);
    },
    [core],
  );

  const chooseStart = (id: string) => setState({ ...state, scenario: id, server: id === DESCRIBED ? (state.server ?? core?.DEFAULT_SERVER ?? null) : state.server });

  return (
    <dialog ref={dialogRef} className="labs twin" aria-labelledby={titleId} data-testid="builder" onClose={onClose}>
      <h2 id={titleId} className="twin__title">
        Scenario builder
      </h2>
      <h3 className="twin__heading">Start state</h3>
      <div className="twin__fields">
        <label className="twin__field">
          Start lab
          <select value={state.scenario} onChange={(e) => chooseStart(e.target.value)} data-testid="builder.scenario">
            {(core?.builderScenarios() ?? [{ id: START.scenario, title: START.scenario }]).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.id})
              </option>
            ))}
            <option value={DESCRIBED}>A server you describe</option>
          </select>
        </label>
      </div>
      <p className="twin__about" data-testid="builder.hostname">
        {state.scenario === DESCRIBED
          ? `${state.server?.hostname ?? ''}: set its host name, AIX level, disks, mirrors, file systems, fixes and media below.`
          : `${core?.scenarioText(state.scenario) ?? ''} The hostname, AIX level and rootvg layout (one disk or mirrored) come from the start lab; choose "A server you describe" to set them.`}
      </p>
      {state.scenario === DESCRIBED && state.server && core && <ServerFields server={state.server} levels={core.SERVER_LEVELS} onChange={(server) => setState({ ...state, server })} />}
      {state.addDisksMB.map((mb, i) => (
        <label key={i} className="twin__field">
          Added disk {i + 1} (MB)
          <input type="number" min={1} value={mb} data-testid={`builder.disk.${i}`} onChange={(e) => setDisk(i, Number(e.target.value))} />
        </label>
      ))}
      <div className="twin__actions">
        <button type="button" className="labs__button" data-testid="builder.disk.add" onClick={() => setState({ ...state, addDisksMB: [...state.addDisksMB, 71680] })}>
          Add a new disk (found by cfgmgr)
        </button>
      </div>
      <h3 className="twin__heading">Faults</h3>
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
      <div className="twin__fields">
        <label className="twin__field">
          Stale altinst_rootvg on (optional)
          <input value={state.staleAltinst ?? ''} placeholder="hdisk1" data-testid="builder.stale" onChange={(e) => setState({ ...state, staleAltinst: e.target.value.trim() || null })} />
        </label>
        <label className="twin__field">
          Power cut during a clone onto (optional)
          <input
            value={state.powerCut?.disk ?? ''}
            placeholder="hdisk1"
            data-testid="builder.powercut.disk"
            onChange={(e) => setState({ ...state, powerCut: e.target.value.trim() ? { disk: e.target.value.trim(), phase: state.powerCut?.phase ?? 1 } : null })}
          />
        </label>
        <label className="twin__field">
          Power cut after
          <select
            value={state.powerCut?.phase ?? 1}
            disabled={!state.powerCut}
            data-testid="builder.powercut.phase"
            onChange={(e) => state.powerCut && setState({ ...state, powerCut: { ...state.powerCut, phase: e.target.value === '2' ? 2 : 1 } })}
          >
            <option value={1}>phase 1 (the copy)</option>
            <option value={2}>phase 2 (the customization)</option>
          </select>
        </label>
      </div>
      <p className={check && !check.ok ? 'twin__problems twin__status' : 'twin__about twin__status'} data-testid="builder.check" data-ok={check ? String(check.ok) : 'false'}>
        {check?.text ?? ''}
      </p>
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
        <button type="button" className="labs__button" data-testid="builder.export" disabled={!core} onClick={exportFile}>
          Export as a file
        </button>
        <label className="labs__button">
          Import a file
          <input type="file" accept=".json,application/json" className="visually-hidden" data-testid="builder.import" disabled={!core} onChange={(e) => void importFile(e.target.files?.[0])} />
        </label>
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
