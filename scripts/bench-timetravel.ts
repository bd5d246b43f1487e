// npm run bench (issue 14, acceptance 4) — time travel in a long lab: 2,000 commands of clone / wake /
// sleep / -X cycles run through the host (real core, IndexedDB in node: fake-indexeddb), then:
//   1. the timeline: recorded while the commands ran (free), and its first build after a reload (every step
//      replayed once from the scenario's start, checkpoints kept)
//   2. jump to step 1,000 (target ≤ 300 ms): the state rebuilt from the checkpoint before it, the terminal
//      of that step, and the commit (state, log mark, terminal) — the whole request, median of 5
//   3. undo and redo at the end, and jump to step 1,999
// A script, not a test: it prints its table and exits 0 unless --strict is given and the target is missed.
// Options: --commands N (default 2000).
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import type { FromWorker, Request, ToWorker } from '../src/protocol/index.ts';
import { createSession, newSessionState } from '../src/core/session/session.ts';
import { restoreSessionState } from '../src/core/session/restore.ts';
import { findScenario } from '../src/core/scenario/builtins.ts';
import { openStore } from '../src/host/persistence/db.ts';
import { createHostEndpoint } from '../src/host/simHost.ts';

const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const COMMANDS = Number(argValue('--commands') ?? 2000);
const strict = process.argv.includes('--strict');
const TARGET_MS = 300;

const CYCLE = ['alt_disk_copy -d hdisk1', 'lspv', 'alt_rootvg_op -W -d hdisk1', 'lsvg -l altinst_rootvg', 'alt_rootvg_op -S -d hdisk1', 'bootlist -m normal -o', 'alt_rootvg_op -X altinst_rootvg', 'lspv'];

const waiting = new Map<number, (m: FromWorker) => void>();
const FINAL = new Set(['opened', 'done', 'error', 'timeline', 'travelled', 'branched', 'compared', 'exported', 'imported']);
const DB = `bench-timetravel-${Date.now()}`;
const makeHost = () => createHostEndpoint(
  (m) => {
    if (!FINAL.has(m.type)) return;
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    w?.(m);
  },
  {
    core: { createSession, newSessionState, restoreSessionState, scenarioTitle: (id) => findScenario(id)?.title ?? null, defaultScenario: 'reference-lab' },
    locks: null,
    openStore: (hooks) => openStore({ ...hooks, gate: restoreSessionState, name: DB, requestPersist: null }),
  },
);
let host = makeHost();
let nextId = 1;
function ask(body: Request): Promise<FromWorker> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    host.receive({ ...body, id } as ToWorker);
  });
}
async function timed(body: Request): Promise<{ ms: number; reply: FromWorker }> {
  const t0 = performance.now();
  const reply = await ask(body);
  const ms = performance.now() - t0;
  if (reply.type === 'error') throw new Error(`${body.type}: ${reply.error.message}`);
  return { ms, reply };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;

const opened = await ask({ type: 'open', request: { scenario: 'reference-lab', speed: 'instant' } });
if (opened.type !== 'opened') throw new Error('the lab did not open');
const t0 = performance.now();
for (let i = 0; i < COMMANDS; i++) {
  const r = await ask({ type: 'exec', line: CYCLE[i % CYCLE.length] });
  if (r.type !== 'done') throw new Error(`command ${i + 1}: ${JSON.stringify(r).slice(0, 200)}`);
}
console.log(`time travel in a ${COMMANDS}-command lab (run in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
const build = await timed({ type: 'timeline' });
console.log(`  timeline (recorded as the lab ran)         ${fmt(build.ms)}`);
const middle = Math.floor(COMMANDS / 2);
const jumps: number[] = [];
for (let i = 0; i < 5; i++) {
  jumps.push((await timed({ type: 'jump', step: middle })).ms);
  await timed({ type: 'jump', step: COMMANDS });
}
const jump = median(jumps);
console.log(`  jump to step ${middle} (median of 5)          ${fmt(jump)}  target ≤ ${TARGET_MS} ms  ${jump <= TARGET_MS ? 'ok' : 'MISSED'}`);
console.log(`  undo at the end                            ${fmt((await timed({ type: 'undo' })).ms)}`);
console.log(`  redo                                       ${fmt((await timed({ type: 'redo' })).ms)}`);
console.log(`  jump to step ${COMMANDS - 1}                         ${fmt((await timed({ type: 'jump', step: COMMANDS - 1 })).ms)}`);
host.dispose();
// A reload: a new host opens the saved lab; its first timeline replays every step.
host = makeHost();
await ask({ type: 'open', request: { speed: 'instant' } });
console.log(`  after a reload: timeline, first build      ${fmt((await timed({ type: 'timeline' })).ms)}`);
console.log(`  after a reload: jump to step ${middle}          ${fmt((await timed({ type: 'jump', step: middle })).ms)}`);
host.dispose();
if (strict && jump > TARGET_MS) process.exit(1);
process.exit(0);
