import { describe, expect, it } from 'vitest';
import type { ExecResult } from '../core/session/types.ts';
import { buildTimeline, MAX_WAIT_MS, startPlayback, type TimelineItem } from './playback.ts';
import { FakeClock } from './testSupport.ts';
import { outputLines, transcript } from './transcript.ts';
import type { Speed } from '../protocol/index.ts';

function result(partial: Partial<ExecResult>): ExecResult {
  return { line: 'x', stdout: '', stderr: '', exitCode: 0, chunks: [], events: [], durationMs: 0, ...partial };
}

const slow = result({
  chunks: [
    { stream: 'stdout', text: 'a\n', atMs: 0 },
    { stream: 'stdout', text: 'b\n', atMs: 1000 },
    { stream: 'stdout', text: 'c\n', atMs: 5000 },
  ],
  events: [
    { type: 'lifecycle', from: 'none', to: 'asleep', command: 'x' },
    { type: 'progress', percent: 50, label: 'copy', atMs: 3000 },
    { type: 'clear' },
  ],
  durationMs: 6000,
});

const label = (i: TimelineItem) => (i.kind === 'chunk' ? i.chunk.text.trim() : i.event.type);

function play(r: ExecResult, speed: Speed) {
  const clock = new FakeClock();
  const log: string[] = [];
  let finished: { interrupted: boolean; atMs: number } | null = null;
  const p = startPlayback({
    timeline: buildTimeline(r),
    speed,
    scheduler: clock.scheduler,
    now: clock.now,
    deliver: (i) => log.push(`${clock.t}:${label(i)}`),
    finish: (how) => {
      finished = how;
      log.push(`${clock.t}:finish${how.interrupted ? '^C' : ''}`);
    },
  });
  return { clock, log, p, finished: () => finished };
}

describe('buildTimeline', () => {
  it('orders clear first, chunks and timed events by offset, lifecycle at the end', () => {
    const t = buildTimeline(slow);
    expect(t.items.map((i) => `${i.atMs}:${label(i)}`)).toEqual(['0:clear', '0:a', '1000:b', '3000:progress', '5000:c', '6000:lifecycle']);
    expect(t.endMs).toBe(6000);
  });

  it('puts chunks before events at the same offset and never ends before the last item', () => {
    const t = buildTimeline(
      result({ events: [{ type: 'progress', percent: 1, label: 'l', atMs: 10 }], chunks: [{ stream: 'stderr', text: 'e', atMs: 10 }], durationMs: 5 }),
    );
    expect(t.items.map(label)).toEqual(['e', 'progress']);
    expect(t.endMs).toBe(10);
  });
});

describe('startPlayback', () => {
  it('instant: delivers everything and finishes synchronously', () => {
    const { log, p } = play(slow, 'instant');
    expect(p.finished).toBe(true);
    expect(log).toEqual(['0:clear', '0:a', '0:b', '0:progress', '0:c', '0:lifecycle', '0:finish']);
  });

  it('1x: posts each item when its offset has elapsed, then finishes at the duration', () => {
    const { clock, log } = play(slow, '1x');
    expect(log).toEqual(['0:clear', '0:a']);
    clock.advance(999);
    expect(log).toHaveLength(2);
    clock.advance(1);
    expect(log.at(-1)).toBe('1000:b');
    clock.advance(10_000);
    // 3000 - 1000 = 2000 ms wait (at the cap), 5000 - 3000 = 2000, 6000 - 5000 = 1000
    expect(log).toEqual(['0:clear', '0:a', '1000:b', '3000:progress', '5000:c', '6000:lifecycle', '6000:finish']);
  });

  it('10x: ten times faster', () => {
    const { clock, log } = play(slow, '10x');
    clock.advance(600);
    expect(log).toEqual(['0:clear', '0:a', '100:b', '300:progress', '500:c', '600:lifecycle', '600:finish']);
  });

  it(`caps any single wait at ${MAX_WAIT_MS} ms of real time`, () => {
    const quiet = result({ chunks: [{ stream: 'stdout', text: 's', atMs: 0 }, { stream: 'stdout', text: 'e', atMs: 60_000 }], durationMs: 600_000 });
    const { clock, log } = play(quiet, '1x');
    expect(clock.pending).toEqual([MAX_WAIT_MS]);
    clock.advance(MAX_WAIT_MS);
    expect(log).toEqual(['0:s', `${MAX_WAIT_MS}:e`]);
    clock.advance(MAX_WAIT_MS);
    expect(log.at(-1)).toBe(`${2 * MAX_WAIT_MS}:finish`);
  });

  it('a speed change mid-wait keeps the progress made and waits the rest at the new speed', () => {
    const { clock, log, p } = play(slow, '1x'); // waiting 1000 ms for 'b'
    clock.advance(500); // half-way: simulated 500
    p.setSpeed('10x'); // 500 simulated ms left → 50 real ms
    expect(clock.pending).toEqual([50]);
    clock.advance(50);
    expect(log.at(-1)).toBe('550:b');
    p.setSpeed('instant');
    expect(log.slice(-4)).toEqual(['550:progress', '550:c', '550:lifecycle', '550:finish']);
  });

  it('interrupt stops at once, reports the simulated offset reached, and cancels the timer', () => {
    const { clock, log, p, finished } = play(slow, '1x');
    clock.advance(1000);
    clock.advance(1000); // half of the 2000 ms wait for the progress event at 3000
    p.interrupt();
    expect(finished()).toEqual({ interrupted: true, atMs: 2000 });
    expect(clock.pending).toEqual([]);
    expect(log).toEqual(['0:clear', '0:a', '1000:b', '2000:finish^C']);
    p.interrupt();
    p.setSpeed('instant');
    expect(log).toHaveLength(4);
  });
});

describe('transcript', () => {
  it('splits output by stream and line, closing partial lines when the stream changes', () => {
    expect(
      outputLines([
        { stream: 'stdout', text: 'one\ntw', atMs: 0 },
        { stream: 'stdout', text: 'o\nthr', atMs: 1 },
        { stream: 'stderr', text: 'err\n', atMs: 2 },
        { stream: 'stdout', text: 'last', atMs: 3 },
      ]),
    ).toEqual([
      { kind: 'stdout', text: 'one' },
      { kind: 'stdout', text: 'two' },
      { kind: 'stdout', text: 'thr' },
      { kind: 'stderr', text: 'err' },
      { kind: 'stdout', text: 'last' },
    ]);
    expect(outputLines([{ stream: 'stdout', text: '\n\n', atMs: 0 }])).toEqual([
      { kind: 'stdout', text: '' },
      { kind: 'stdout', text: '' },
    ]);
  });

  it('echoes the input after the prompt; a clear keeps only what follows it', () => {
    const r = result({ line: 'lspv', stdout: 'hdisk0\n', chunks: [{ stream: 'stdout', text: 'hdisk0\n', atMs: 0 }] });
    expect(transcript('# ', 'lspv', r)).toEqual({
      lines: [{ kind: 'input', text: '# lspv' }, { kind: 'stdout', text: 'hdisk0' }],
      replace: false,
    });
    expect(transcript('# ', 'clear', result({ events: [{ type: 'clear' }] }))).toEqual({ lines: [], replace: true });
    expect(transcript('# ', 'x', result({ stdout: 'o\n', stderr: 'e\n' })).lines).toEqual([
      { kind: 'input', text: '# x' },
      { kind: 'stdout', text: 'o' },
      { kind: 'stderr', text: 'e' },
    ]);
  });
});
