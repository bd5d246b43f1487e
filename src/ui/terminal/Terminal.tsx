// The learner's terminal: a React component (not an emulator). Output is a role="log" of lines, input is
// one text box. Every accepted line goes to the simulator (SimApi.exec); chunks stream in as simulated
// time passes; the snapshot that comes back with 'done' drives the rest of the page.
import { memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent, Ref } from 'react';
import type { ExecDone, SimApi, SimEvent, SimSnapshot, Speed, TerminalLine } from '../../protocol/index.ts';
import { complete, completionWords, type FlagHelpRow } from './completion.ts';
import { PreviewDock } from '../preview/PreviewDock.tsx';
import type { PreviewSource } from '../preview/PreviewPanel.tsx';
import { publishTypedLine } from '../preview/previewStore.ts';
import { createHistory, historyDown, historyUp, pushHistory } from './history.ts';
import type { HistoryState } from './history.ts';
import { appendLine, appendText, clearScreen, echoText, screenFromScrollback } from './screen.ts';
import type { Screen, ScreenLine } from './screen.ts';
import { publishRunProgress } from './progressStore.ts';
import { isLong, startRun, withChunk, withEvent } from './runProgress.ts';
import type { RunProgress } from './runProgress.ts';
import { RunStatus } from './RunStatus.tsx';
import { TypeAhead } from './TypeAhead.tsx';
import { useStickToBottom } from './useStickToBottom.ts';
import './terminal.css';

export interface TerminalProps {
  api: SimApi;
  snapshot: SimSnapshot;
  scrollback: readonly TerminalLine[];
  history: readonly string[];
  commands: readonly string[];
  /** Called with the snapshot after each command. */
  onDone(done: ExecDone): void;
  /** Events other than 'clear' and 'reset' (LEDs, power, progress) as they stream. */
  onEvent?(event: SimEvent): void;
  onBusyChange?(busy: boolean): void;
  /** Lets the page run a line as if typed (SMIT's Enter=Do) and give the input focus back. */
  control?: Ref<TerminalControl>;
  /** Called when a line is sent to the simulator (before its output streams). */
  onCommandStart?(line: string): void;
  /** Text to put into the command line (a suggested command); a new nonce pastes again. */
  paste?: { text: string; nonce: number } | null;
  /** The simulation speed and its setter: offered beside a long command's progress. */
  speed?: Speed;
  onSpeed?(speed: Speed): void;
  /** What previews a typed line before Enter (issue 16); without it there is no preview panel. */
  preview?: PreviewSource;
  /** Each command's flags with their meanings (Tab after a "-"), as the host sent them when the lab opened. */
  flagHelp?: Readonly<Record<string, readonly FlagHelpRow[]>>;
}

export interface TerminalControl {
  /** Runs `line` exactly as if typed: echoed, in the history, queued while a command streams. */
  run(line: string): void;
  focus(): void;
}

export function Terminal({ api, snapshot, scrollback, history, commands, onDone, onEvent, onBusyChange, control, onCommandStart, paste, speed, onSpeed, preview, flagHelp }: TerminalProps) {
  const prompt = snapshot.prompt;
  const [screen, setScreen] = useState<Screen>(() => screenFromScrollback(scrollback));
  const [input, setInput] = useState('');
  const [busy, setBusy] = useState(false);
  const historyRef = useRef<HistoryState>(createHistory(history));
  // Lines typed while a command runs (type-ahead): shown dimmed, run in order when the prompt returns.
  const queueRef = useRef<string[]>([]);
  const [queued, setQueued] = useState<readonly string[]>([]);
  const setQueue = useCallback((lines: string[]) => {
    queueRef.current = lines;
    setQueued(lines.slice());
  }, []);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const progressRef = useRef<RunProgress | null>(null);
  const track = useCallback((next: RunProgress | null) => {
    if (next === progressRef.current) return;
    progressRef.current = next;
    setProgress(next);
    publishRunProgress(next);
  }, []);
  const busyRef = useRef(false);
  const lastKeyWasTab = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const { stickRef, onScroll, follow } = useStickToBottom(scrollRef, logRef);
  const pendingCaret = useRef<number | null>(null);
  // Latest values for callbacks that outlive a render (streamed chunks, queued lines).
  const live = useRef({ api, snapshot, onDone, onEvent, onBusyChange, onCommandStart });
  live.current = { api, snapshot, onDone, onEvent, onBusyChange, onCommandStart };

  const words = useMemo(() => completionWords(snapshot), [snapshot]);

  const setBusyBoth = useCallback((value: boolean) => {
    busyRef.current = value;
    setBusy(value);
    live.current.onBusyChange?.(value);
  }, []);

  const run = useCallback(
    (line: string) => {
      const { api: sim, snapshot: snap } = live.current;
      stickRef.current = true;
      setScreen((s) => appendLine(s, 'input', echoText(snap.prompt, line)));
      if (snap.mode === 'shell' && line.trim() !== '') {
        historyRef.current = pushHistory(historyRef.current, line);
      } else {
        historyRef.current = { ...historyRef.current, index: historyRef.current.entries.length, draft: '' };
      }
      // Then the next typed-ahead line, or the prompt.
      const finish = () => {
        track(null);
        const [next, ...rest] = queueRef.current;
        if (next !== undefined) {
          setQueue(rest);
          run(next);
        } else if (busyRef.current) {
          setBusyBoth(false);
        }
      };
      if (snap.mode === 'shell' && line.trim() === '') {
        finish(); // an empty line typed ahead must not stall the lines after it
        return;
      }
      setBusyBoth(true);
      live.current.onCommandStart?.(line);
      track(startRun(line, snap.console));
      sim
        .exec(
          line,
          (chunk) => {
            setScreen((s) => appendText(s, chunk.stream, chunk.text));
            if (progressRef.current) track(withChunk(progressRef.current, chunk));
          },
          (event) => {
            if (progressRef.current) track(withEvent(progressRef.current, event));
            if (event.type === 'duration') return;
            if (event.type === 'clear' || event.type === 'reset') {
              // The host stores the scrollback the same way: a clear or a reset starts a new screen.
              setScreen(clearScreen);
            } else {
              live.current.onEvent?.(event);
            }
          },
        )
        .then(
          (done) => {
            // Output that did not end with a newline still ends before the next prompt.
            setScreen((s) => (s.open ? { ...s, open: false } : s));
            live.current.onDone(done);
            finish();
          },
          (err: unknown) => {
            const message = err instanceof Error ? err.message : String(err);
            setScreen((s) => appendLine(s, 'system', `[simulator] ${message}`));
            track(null);
            setQueue([]);
            setBusyBoth(false);
          },
        );
    },
    [setBusyBoth, setQueue, stickRef, track],
  );

  useImperativeHandle(
    control,
    () => ({
      run(line: string) {
        if (busyRef.current) setQueue([...queueRef.current, line]);
        else run(line);
      },
      focus: () => inputRef.current?.focus({ preventScroll: true }),
    }),
    [run],
  );

  const submit = useCallback(() => {
    const line = input;
    setInput('');
    lastKeyWasTab.current = false;
    if (busyRef.current) {
      stickRef.current = true;
      // A power cut does not wait for the running command: it stops it where it is (OUTCOMES O10),
      // then runs; the other lines typed meanwhile are dropped, as on a console that lost power.
      if (/^\s*lab\s+cut-power\b/.test(line)) {
        setQueue([line]);
        live.current.api.interrupt();
      } else {
        setQueue([...queueRef.current, line]);
      }
      return;
    }
    run(line);
  }, [input, run, setQueue, stickRef]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLInputElement>) => {
      const el = e.currentTarget;
      const wasTab = lastKeyWasTab.current;
      lastKeyWasTab.current = e.key === 'Tab';
      if (e.key === 'Enter') {
        e.preventDefault();
        submit();
        return;
      }
      if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
        e.preventDefault();
        const move = e.key === 'ArrowUp' ? historyUp(historyRef.current, input) : historyDown(historyRef.current, input);
        historyRef.current = move.state;
        setInput(move.line);
        pendingCaret.current = move.line.length;
        return;
      }
      // Tab completes; on an empty line it leaves the terminal like anywhere else (no keyboard trap).
      if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && input.trim() !== '') {
        e.preventDefault();
        const cursor = el.selectionStart ?? input.length;
        const result = complete(input, cursor, { commands, words, flags: flagHelp });
        if (result.changed) {
          setInput(result.line);
          pendingCaret.current = result.cursor;
        } else if (wasTab && result.matches.length > 1) {
          stickRef.current = true;
          setScreen((s) => appendLine(appendLine(s, 'input', echoText(prompt, input)), 'system', result.described ? result.described.join('\n') : result.matches.join('  ')));
        }
        return;
      }
      if (e.ctrlKey && !e.altKey && !e.metaKey) {
        const key = e.key.toLowerCase();
        if (key === 'l') {
          e.preventDefault();
          setScreen(clearScreen);
          return;
        }
        if (key === 'c') {
          // Let the browser copy when text is selected; otherwise it is the terminal's interrupt.
          const inputSelection = (el.selectionEnd ?? 0) - (el.selectionStart ?? 0);
          const pageSelection = window.getSelection()?.toString() ?? '';
          if (inputSelection > 0 || pageSelection !== '') return;
          e.preventDefault();
          if (busyRef.current) {
            setQueue([]);
            live.current.api.interrupt();
          } else {
            stickRef.current = true;
            setScreen((s) => appendLine(s, 'input', echoText(prompt, input)));
            setInput('');
            historyRef.current = { ...historyRef.current, index: historyRef.current.entries.length, draft: '' };
          }
          return;
        }
      }
    },
    [commands, flagHelp, input, prompt, setQueue, stickRef, submit, words],
  );

  // The typed line, for the preview (nothing is previewed while a command runs).
  useEffect(() => publishTypedLine(busy ? '' : input), [input, busy]);
  useEffect(() => () => publishTypedLine(''), []);

  // Keep the caret where history/completion put it.
  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    if (caret !== null && inputRef.current) {
      inputRef.current.setSelectionRange(caret, caret);
      pendingCaret.current = null;
    }
  }, [input]);

  // Follow new output; when the prompt is back, show its start too (a wide line may have scrolled sideways).
  useLayoutEffect(() => follow(!busy), [screen, busy, queued, progress, follow]);

  // A click anywhere in the terminal focuses the input, unless the learner is selecting text to copy.
  const onClick = useCallback((e: MouseEvent<HTMLDivElement>) => {
    if ((window.getSelection()?.toString() ?? '') !== '') return;
    if (e.target instanceof HTMLElement && e.target.closest('a, button, select')) return;
    inputRef.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    inputRef.current?.focus({ preventScroll: true });
    // A terminal that goes away mid-command (the simulator restarted) leaves no progress on the disks.
    return () => publishRunProgress(null);
  }, []);

  // A suggested command pasted from the details panel or the boot console: into the line, not run.
  const pastedNonce = useRef<number | null>(null);
  useEffect(() => {
    if (!paste || pastedNonce.current === paste.nonce) return;
    pastedNonce.current = paste.nonce;
    setInput(paste.text);
    pendingCaret.current = paste.text.length;
    lastKeyWasTab.current = false;
    inputRef.current?.focus({ preventScroll: false });
  }, [paste]);

  return (
    <section className="terminal" data-testid="terminal" data-busy={busy ? 'true' : 'false'} aria-label="Terminal" onClick={onClick}>
      <div className="terminal__scroll" ref={scrollRef} onScroll={onScroll}>
        <div className="terminal__log" role="log" aria-label="Terminal output" ref={logRef}>
          {blocksOf(screen.lines).map((block) => (
            <Block key={block.key} lines={block.lines} />
          ))}
        </div>
        {busy && progress && isLong(progress) && speed !== 'instant' && <RunStatus run={progress} speed={speed} onSpeed={onSpeed} />}
        <TypeAhead prompt={prompt} lines={queued} />
        <div className="terminal__input-row">
          <span className="terminal__prompt" aria-hidden="true">
            {busy ? '' : prompt}
          </span>
          <input
            ref={inputRef}
            className="terminal__input"
            type="text"
            aria-label="Command line"
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="send"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
      </div>
      {preview && <PreviewDock api={preview} />}
    </section>
  );
}

const Line = memo(function Line({ line }: { line: ScreenLine }) {
  return <div className={`term-line term-line--${line.kind}`}>{line.text}</div>;
});

/**
 * Lines are grouped in blocks of BLOCK by their never-reused id, so appending output re-renders only
 * the last block and trimming the oldest lines only the first (P3: Enter → paint within a frame even
 * with 2,000 lines on screen). Off-screen blocks skip layout and paint (`content-visibility`).
 */
const BLOCK = 64;

function blocksOf(lines: readonly ScreenLine[]): { key: number; lines: readonly ScreenLine[] }[] {
  const blocks: { key: number; lines: ScreenLine[] }[] = [];
  for (const line of lines) {
    const key = Math.floor(line.id / BLOCK);
    const last = blocks[blocks.length - 1];
    if (last && last.key === key) last.lines.push(line);
    else blocks.push({ key, lines: [line] });
  }
  return blocks;
}

const Block = memo(
  function Block({ lines }: { lines: readonly ScreenLine[] }) {
    return (
      <div className="term-block">
        {lines.map((line) => (
          <Line key={line.id} line={line} />
        ))}
      </div>
    );
  },
  // ScreenLine objects are immutable: the same objects in the same order render the same block.
  (a, b) => a.lines.length === b.lines.length && a.lines.every((line, i) => line === b.lines[i]),
);
