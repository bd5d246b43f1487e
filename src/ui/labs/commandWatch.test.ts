import { describe, expect, it } from 'vitest';
import type { ExecDone, OutputChunk, SimApi, SimEvent } from '../../protocol/index.ts';
import { createCommandWatch, restartText } from './commandWatch.ts';

function fakeApi() {
  const runs: { onChunk: (c: OutputChunk) => void; onEvent: (e: SimEvent) => void; resolve: (d: ExecDone) => void; reject: (e: Error) => void }[] = [];
  const api: SimApi = {
    open: () => Promise.reject(new Error('unused')),
    exec: (_line, onChunk, onEvent) => new Promise<ExecDone>((resolve, reject) => runs.push({ onChunk, onEvent, resolve, reject })),
    interrupt: () => {},
    setSpeed: () => {},
    onStorage: () => {},
  };
  return { api, runs };
}

describe('createCommandWatch', () => {
  it('knows the running line, whether output came, and forgets it once it settles', async () => {
    const { api, runs } = fakeApi();
    const watch = createCommandWatch();
    const wrapped = watch.wrap(api);
    const chunks: string[] = [];
    const done = wrapped.exec('lspv', (c) => chunks.push(c.text), () => {});
    expect(watch.running()).toEqual({ line: 'lspv', started: false });
    runs[0].onChunk({ stream: 'stdout', text: 'hdisk0\n', atMs: 0 });
    expect(chunks).toEqual(['hdisk0\n']);
    expect(watch.running()).toEqual({ line: 'lspv', started: true });
    runs[0].resolve({ exitCode: 0, snapshot: null as never, events: [] });
    await done;
    expect(watch.running()).toBeNull();
  });

  it('a line that dies before any output is still known when the death is reported', async () => {
    const { api, runs } = fakeApi();
    const watch = createCommandWatch();
    const done = watch.wrap(api).exec("echo aaaa | grep -E '(a+)+b'", () => {}, () => {});
    runs[0].reject(new Error('The simulator has stopped.'));
    // The fatal listener runs before the rejection settles: the line is still there to put back.
    expect(watch.running()).toEqual({ line: "echo aaaa | grep -E '(a+)+b'", started: false });
    await done.catch(() => {});
    expect(watch.running()).toBeNull();
  });
});

describe('restartText', () => {
  it('says whether the line ran and where it is', () => {
    expect(restartText('stuck', null)).toBe('The simulator stopped (stuck); it was restarted from the saved lab.');
    expect(restartText('stuck', { line: 'lspv', started: false })).toMatch(/while running “lspv” \(stuck\).*never ran: it is back in the command line, unrun\.$/);
    expect(restartText('stuck', { line: 'alt_disk_copy -d hdisk1', started: true })).toMatch(/keeps what the command had done/);
  });
});
