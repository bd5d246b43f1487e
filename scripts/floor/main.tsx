// The floors the load bench (scripts/bench-load.ts) compares the trainer with, built with the same vite
// and React in the same run:
//   ?floor=echo           a terminal-shaped page whose Enter goes to a bare worker and back (P3's floor)
//   ?floor=graph&nodes=N  a bare React Flow picture of N nodes whose labels change on Enter (P4's floor)
// Both speak the trainer's automation contract (the "Command line" input, data-busy on the terminal),
// so scripts/lib/pageFigures.ts measures them exactly as it measures the app.
import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

const params = new URLSearchParams(window.location.search);

function Terminal({ onLine, busy, lines }: { onLine: (line: string) => void; busy: boolean; lines: string[] }) {
  const [value, setValue] = useState('');
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    onLine(e.currentTarget.value);
    setValue('');
  };
  return (
    <div data-testid="terminal" data-busy={busy ? 'true' : 'false'} style={{ height: 200, overflow: 'auto', fontFamily: 'monospace' }}>
      <pre role="log">{lines.join('\n')}</pre>
      <input aria-label="Command line" value={value} onChange={(e) => setValue(e.target.value)} onKeyDown={onKeyDown} />
    </div>
  );
}

function EchoFloor() {
  const [busy, setBusy] = useState(false);
  const [lines, setLines] = useState<string[]>([]);
  const worker = useMemo(() => new Worker(new URL('./echo.worker.ts', import.meta.url), { type: 'module' }), []);
  worker.onmessage = (event: MessageEvent<string>) => {
    setLines((l) => [...l, event.data]);
    setBusy(false);
  };
  return (
    <Terminal
      busy={busy}
      lines={lines}
      onLine={(line) => {
        setBusy(true);
        worker.postMessage(line);
      }}
    />
  );
}

function GraphFloor({ count }: { count: number }) {
  const [round, setRound] = useState(0);
  const [busy, setBusy] = useState(false);
  const columns = Math.ceil(Math.sqrt(count));
  const nodes: Node[] = useMemo(
    () =>
      Array.from({ length: count }, (_, i) => ({
        id: `n${i}`,
        position: { x: (i % columns) * 180, y: Math.floor(i / columns) * 90 },
        // A few labels change on every line, as a command changes a few disks and volume groups.
        data: { label: i % 7 === round % 7 ? `node ${i} · ${round}` : `node ${i}` },
      })),
    [count, columns, round],
  );
  const edges: Edge[] = useMemo(() => nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${i}`, target: n.id })), [nodes]);
  const timer = useRef<number | null>(null);
  return (
    <div style={{ display: 'grid', gridTemplateRows: '200px 1fr', height: '100vh' }}>
      <Terminal
        busy={busy}
        lines={[]}
        onLine={() => {
          setBusy(true);
          setRound((r) => r + 1);
          if (timer.current !== null) cancelAnimationFrame(timer.current);
          timer.current = requestAnimationFrame(() => setBusy(false));
        }}
      />
      <ReactFlow nodes={nodes} edges={edges} fitView />
    </div>
  );
}

const root = createRoot(document.getElementById('root')!);
root.render(params.get('floor') === 'graph' ? <GraphFloor count={Math.max(1, Number(params.get('nodes')) || 100)} /> : <EchoFloor />);
