import { describe, expect, it } from 'vitest';
import type { ExecDone, OutputChunk, SimApi, SimSnapshot, Travelled } from '../../protocol/index.ts';
import { travelWord, withTravel } from './travelExec.ts';

const snap = (mode: SimSnapshot['mode']) => ({ mode }) as SimSnapshot;
const done: ExecDone = { exitCode: 0, snapshot: snap('shell'), events: [] };

function harness(mode: SimSnapshot['mode'], allowed = true, fail?: string) {
  const ran: string[] = [];
  const travelled: Travelled[] = [];
  const asked: string[] = [];
  const api = withTravel(
    { exec: ((line: string) => (ran.push(line), Promise.resolve(done))) as SimApi['exec'] },
    {
      timeline: () => Promise.resolve({ timeline: { lab: 'l', cursor: 1, startLifecycle: 'noAlternate', replayable: true, reason: null, entries: [
        { index: 1, line: 'alt_disk_copy -d hdisk1', exitCode: 0, lifecycle: 'altinstAsleep', group: 'clone', cut: false },
        { index: 2, line: 'lspv', exitCode: 0, lifecycle: 'altinstAsleep', group: 'other', cut: false },
      ] } }),
      travel: (body) => (asked.push(body.type), fail ? Promise.reject(new Error(fail)) : Promise.resolve({ travel: { kind: body.type, from: 2, to: 1, snapshot: snap('shell') } as Travelled })),
      snapshot: () => snap(mode),
      allowed: () => allowed,
      onTravelled: (t) => travelled.push(t),
    },
  );
  const chunks: OutputChunk[] = [];
  const run = (line: string) => api.exec(line, (c) => chunks.push(c), () => {});
  return { ran, travelled, asked, chunks, run };
}

describe('typed undo / redo', () => {
  it('a line that is only undo or redo is a travel; anything else runs', async () => {
    expect(travelWord('  undo ')).toBe('undo');
    expect(travelWord('undo 2')).toBeNull();
    const h = harness('shell');
    await h.run(' undo');
    await h.run('redo');
    await h.run('echo undo');
    expect(h.asked).toEqual(['undo', 'redo']);
    expect(h.ran).toEqual(['echo undo']);
    expect(h.travelled).toHaveLength(2);
  });

  it('typed timeline prints the steps, the current one marked, the undone ones said so', async () => {
    const h = harness('shell');
    expect((await h.run('timeline')).exitCode).toBe(0);
    expect(h.chunks[0].text.split('\n')).toEqual([
      `     0  ${'(start of the scenario)'.padEnd(40)} noAlternate`,
      `>    1  ${'alt_disk_copy -d hdisk1'.padEnd(40)} altinstAsleep      clone`,
      `     2  ${'lspv'.padEnd(40)} altinstAsleep      undone`,
      '',
    ]);
    expect(h.ran).toEqual([]);
  });

  it('an answer to a question is never a travel (reset asks y/n)', async () => {
    const h = harness('confirm');
    await h.run('undo');
    expect(h.ran).toEqual(['undo']);
    expect(h.asked).toEqual([]);
  });

  it('a refusal and an exam are printed, with exit 1, and change nothing', async () => {
    const h = harness('shell', true, 'Nothing to undo: the lab is at the start of its scenario.');
    expect((await h.run('undo')).exitCode).toBe(1);
    expect(h.chunks[0].text).toBe('undo: Nothing to undo: the lab is at the start of its scenario.\n');
    const exam = harness('shell', false);
    expect((await exam.run('redo')).exitCode).toBe(1);
    expect(exam.asked).toEqual([]);
    expect(exam.chunks[0].text).toMatch(/redo: not available during an exam/);
  });
});
