// "Rehearse your server": the admin pastes what a few commands printed on their own server; the page
// reads it (core/twin, loaded on first use, run here in the page: the text is never sent anywhere), lists
// what it could not read (line and why) and the defaults it used (editable), and makes a NEW saved lab
// of that server (the createLab request, checked by the host's load gate), then opens it.
import { useCallback, useEffect, useId, useState } from 'react';
import { useModalDialog } from '../layout/useModalDialog.ts';
import type { NewLabResult } from '../../protocol/index.ts';
import type { Twin, TwinOptions } from '../../core/twin/index.ts';
import { openLabHref } from '../labs/address.ts';
import './twin.css';

export interface TwinSource {
  createLab?(name: string, state: unknown): Promise<NewLabResult>;
}

type Read = { kind: 'none' } | { kind: 'problems'; lines: string[] } | { kind: 'twin'; twin: Twin };

/** The commands to run on the server, one copyable block (kept in step with core/twin TWIN_COMMANDS). */
async function commandBlock(): Promise<string> {
  const { TWIN_COMMANDS } = await import('../../core/twin/index.ts');
  return TWIN_COMMANDS.join('\n');
}

export function TwinDialog({ source, open, onClose }: { source: TwinSource | null; open: boolean; onClose: () => void }) {
  const dialogRef = useModalDialog(open);
  const titleId = useId();
  const pasteId = useId();
  const [text, setText] = useState('');
  const [commands, setCommands] = useState('');
  const [read, setRead] = useState<Read>({ kind: 'none' });
  const [options, setOptions] = useState<TwinOptions>({});
  const [note, setNote] = useState('');
  const [working, setWorking] = useState(false);
  const [link, setLink] = useState('');

  useEffect(() => {
    if (open && commands === '') void commandBlock().then(setCommands);
  }, [open, commands]);

  const parse = useCallback(
    async (opts: TwinOptions) => {
      const { twinFromPaste, problemText } = await import('../../core/twin/index.ts');
      const r = twinFromPaste(text, opts);
      if (r.ok) {
        setRead({ kind: 'twin', twin: r.value });
        setLink('');
        setNote(`Read: ${r.value.hostname}, ${r.value.disks.length} disks.`);
      } else {
        setRead({ kind: 'problems', lines: r.error.map((p) => (p.line > 0 ? problemText(p) : p.message)) });
        setNote(`${r.error.length} ${r.error.length === 1 ? 'problem' : 'problems'} to fix.`);
      }
    },
    [text],
  );

  const setOption = (key: keyof TwinOptions, value: string) => {
    const next: TwinOptions = { ...options };
    if (value.trim() === '') delete next[key];
    else if (key === 'hostname' || key === 'level') next[key] = value.trim();
    else next[key] = Number(value);
    setOptions(next);
  };

  const create = useCallback(async () => {
    if (read.kind !== 'twin' || !source?.createLab) return;
    setWorking(true);
    setNote('Saving the new lab…');
    try {
      const result = await source.createLab(`Twin of ${read.twin.hostname}`, read.twin.state);
      setNote(`Saved “${result.lab.name}”. Opening it…`);
      window.location.assign(openLabHref(window.location.search, result.lab));
    } catch (err) {
      setNote(err instanceof Error ? err.message : String(err));
      setWorking(false);
    }
  }, [read, source]);

  const share = useCallback(async () => {
    const { twinLinkFromPaste } = await import('../../core/twin/index.ts');
    const r = twinLinkFromPaste(text, options);
    if (!r.ok) return setNote(r.error);
    const url = new URL(window.location.href);
    url.search = '';
    url.hash = `s=${r.value}`;
    setLink(url.toString());
    setNote('The link is ready below.');
  }, [text, options]);

  const copy = useCallback(() => {
    void navigator.clipboard?.writeText(commands).then(
      () => setNote('The commands are copied.'),
      () => setNote('Copying was refused: select the block and copy it by hand.'),
    );
  }, [commands]);

  const editable = read.kind === 'twin' ? new Set(read.twin.defaults.map((d) => d.field).filter((f) => f !== null)) : new Set<string>();

  return (
    <dialog ref={dialogRef} className="labs twin" aria-labelledby={titleId} data-testid="twin" onClose={onClose}>
      <h2 id={titleId} className="twin__title">
        Rehearse your server
      </h2>
      <p className="twin__about">
        Paste what these commands print on your server, each output under its command line (as your terminal shows it). The trainer builds a lab with the same host name, level, disks, volume groups,
        mirrors and file systems. <strong>What you paste never leaves this browser:</strong> it is read here and nothing is sent over the network.
      </p>
      <h3 className="twin__heading">1. Run these on your server</h3>
      <pre className="twin__commands" data-testid="twin.commands" tabIndex={0} aria-label="Commands to run on your server">
        {commands}
      </pre>
      <button type="button" className="labs__button" data-testid="twin.copy" onClick={copy}>
        Copy the commands
      </button>
      <h3 className="twin__heading">2. Paste their output</h3>
      <label htmlFor={pasteId} className="twin__label">
        Output of the commands, with their command lines (for example <code>aixprod01:/# lspv</code>)
      </label>
      <textarea id={pasteId} className="twin__paste" data-testid="twin.paste" value={text} rows={12} spellCheck={false} onChange={(e) => setText(e.target.value)} />
      <div className="twin__actions">
        <button type="button" className="labs__button labs__button--primary" data-testid="twin.parse" disabled={text.trim() === ''} onClick={() => void parse(options)}>
          Read the output
        </button>
      </div>
      {read.kind === 'problems' && (
        <div className="twin__problems" data-testid="twin.problems" role="alert">
          <p>These lines could not be read; fix them (or leave that command out) and read again:</p>
          <ul>
            {read.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      )}
      {read.kind === 'twin' && (
        <>
          <h3 className="twin__heading">3. Check the server</h3>
          <ul className="twin__summary" data-testid="twin.summary">
            {read.twin.summary.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
          {read.twin.advice.map((a, i) => (
            <p key={i} className="twin__advice" data-testid="twin.advice">
              {a}
            </p>
          ))}
          <div className="twin__defaults" data-testid="twin.defaults">
            <p>{read.twin.defaults.length === 0 ? 'Nothing was filled in: every fact came from the paste.' : 'Not in the paste, so filled in (change them if they are wrong, then read again):'}</p>
            <ul>
              {read.twin.defaults.map((d, i) => (
                <li key={i}>{d.text}</li>
              ))}
            </ul>
            <div className="twin__fields">
              {(['hostname', 'level', 'diskSizeMB', 'ppSizeMB'] as const)
                .filter((f) => editable.has(f) || options[f] !== undefined)
                .map((f) => (
                  <label key={f} className="twin__field">
                    {{ hostname: 'Host name', level: 'AIX level (oslevel -s)', diskSizeMB: 'Disk size (MB)', ppSizeMB: 'PP size (MB)' }[f]}
                    <input className="labs__input" data-testid={`twin.option.${f}`} defaultValue={options[f] === undefined ? '' : String(options[f])} onChange={(e) => setOption(f, e.target.value)} />
                  </label>
                ))}
            </div>
          </div>
          <div className="twin__actions">
            <button type="button" className="labs__button labs__button--primary" data-testid="twin.create" disabled={working || !source?.createLab} onClick={() => void create()}>
              Create the lab of {read.twin.hostname}
            </button>
            <button type="button" className="labs__button" data-testid="twin.share" onClick={() => void share()}>
              Share as a link
            </button>
          </div>
          <p className="twin__about" data-testid="twin.link.about">
            A link carries the server as the trainer read it: host name, AIX level, disks with their sizes and PVIDs, volume groups, logical volumes, file systems, boot list and interim fixes. It never
            carries the text you pasted. Anyone you give the link to sees those facts.
          </p>
          {link && (
            <label className="twin__field">
              Link to this server's lab
              <input readOnly value={link} data-testid="twin.link" onFocus={(e) => e.target.select()} />
            </label>
          )}
        </>
      )}
      <p className="labs__note" role="status" aria-live="polite" data-testid="twin.note">
        {note}
      </p>
      <div className="labs__footer">
        <button type="button" className="labs__button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
