// The tap copies exactly the SMIT-run line's output to its observer and leaves other lines alone.
import { describe, expect, it } from 'vitest';
import type { ExecDone, SimApi } from '../../protocol/index.ts';
import { referenceSnapshot } from '../testing/fixtures.ts';
import { createExecTap } from './tap.ts';

function fakeApi(): SimApi {
  return {
    open: () => Promise.reject(new Error('unused')),
    exec: (line, onChunk) => {
      onChunk({ stream: 'stdout', text: `ran ${line}\n`, atMs: 0 });
      return Promise.resolve<ExecDone>({ exitCode: line.startsWith('bad') ? 1 : 0, snapshot: referenceSnapshot(), events: [] });
    },
    interrupt: () => {},
    setSpeed: () => {},
    onStorage: () => {},
  };
}

describe('exec tap', () => {
  it('reports the expected line to the observer, and only that one', async () => {
    const tap = createExecTap();
    const api = tap.wrap(fakeApi());
    const seen: string[] = [];
    const terminal: string[] = [];
    tap.expect('alt_disk_copy -d hdisk1', { onChunk: (s, t) => seen.push(`${s}:${t}`), onDone: (c) => seen.push(`done ${c}`) });
    await api.exec('lspv', (c) => terminal.push(c.text), () => {});
    expect(seen).toEqual([]);
    await api.exec('alt_disk_copy -d hdisk1', (c) => terminal.push(c.text), () => {});
    expect(seen).toEqual(['stdout:ran alt_disk_copy -d hdisk1\n', 'done 0']);
    await api.exec('alt_disk_copy -d hdisk1', (c) => terminal.push(c.text), () => {});
    expect(seen).toHaveLength(2);
    expect(terminal).toEqual(['ran lspv\n', 'ran alt_disk_copy -d hdisk1\n', 'ran alt_disk_copy -d hdisk1\n']);
  });
});
