// Flat cost per command: a lab that clones, wakes, sleeps, reboots and removes alternates all day keeps
// a saved state of the same size; only what exists is kept and every log is capped as AIX or ksh caps it.
import { describe, expect, it } from 'vitest';
import { errEntry, ERRLOG_MAX_ENTRIES, logError } from '../engine/errlog.ts';
import { ALT_LOG, ALT_LOG_RUNS, keepLastRuns } from '../engine/altdisk/common.ts';
import { readFile } from '../engine/fs.ts';
import { errTemplates } from '../messages/system.ts';
import type { World } from '../model/types.ts';
import type { SessionState } from './api.ts';
import { HISTSIZE } from './bounds.ts';
import { createSession, newSessionState } from './session.ts';

const host = (w: World) => w.hosts[w.console];
const rootOs = (w: World) => w.vgs[host(w).run!.rootVgid].os!;
const altLog = (w: World) => {
  const r = readFile(w, host(w), ALT_LOG);
  return r.ok ? r.value : '';
};

/** One day of practice: clone and remove, wake and sleep, boot the clone and back, -X each time. */
const CYCLE = [
  'alt_disk_copy -d hdisk1',
  'alt_rootvg_op -W -d hdisk1',
  'lsvg -l altinst_rootvg',
  'alt_rootvg_op -S',
  'alt_rootvg_op -X altinst_rootvg',
  'alt_disk_copy -d hdisk1',
  'shutdown -Fr',
  'errpt | head -3',
  'alt_rootvg_op -X old_rootvg',
  'alt_disk_copy -d hdisk0',
  'shutdown -Fr',
  'lspv',
  'alt_rootvg_op -X old_rootvg',
  'echo hi > /tmp/x',
  'history -2',
];

describe('what the issue saw, reproduced', () => {
  it('the VG image of a clone removed with -X goes once the next alt_disk_copy writes over its disk', () => {
    const s = createSession(newSessionState()!);
    s.exec('alt_disk_copy -d hdisk1');
    const first = s.world().disks.d1.vgid!;
    expect(s.exec('alt_rootvg_op -X altinst_rootvg').exitCode).toBe(0);
    // AIX keeps the VGDA on the disk after -X (importvg finds it again), so the image stays for now.
    expect(s.world().vgs[first]).toBeDefined();
    expect(s.exec('alt_disk_copy -d hdisk1').exitCode).toBe(0);
    expect(s.world().vgs[first]).toBeUndefined();
    const carried = new Set(Object.values(s.world().disks).map((d) => d.vgid).filter(Boolean));
    expect(Object.keys(s.world().vgs).sort()).toEqual([...carried].sort());
  });

  it(`alt_disk_inst.log keeps its newest ${ALT_LOG_RUNS} runs, so a copy no longer carries an ever longer log`, () => {
    const s = createSession(newSessionState()!);
    for (let i = 0; i < ALT_LOG_RUNS + 4; i++) {
      s.exec('alt_disk_copy -d hdisk1');
      s.exec('alt_rootvg_op -X altinst_rootvg');
    }
    const log = altLog(s.world());
    expect(log.match(/^cmd: /gm)).toHaveLength(ALT_LOG_RUNS);
    expect(log.split('\n')[1]).toBe('cmd: /usr/sbin/alt_disk_copy -d hdisk1');
  });

  it(`the history keeps the newest ${HISTSIZE} lines (ksh HISTSIZE) and history numbers them from the session's first line`, () => {
    const s = createSession(newSessionState()!);
    for (let i = 1; i <= 300; i++) s.exec(`echo ${i}`);
    expect(s.history()).toHaveLength(HISTSIZE);
    expect(s.history()[0]).toBe(`echo ${300 - HISTSIZE + 1}`);
    expect(s.state().historyBase).toBe(300 - HISTSIZE);
    expect(s.historyBase?.()).toBe(300 - HISTSIZE);
    expect(s.exec('history -3').stdout).toBe('299\techo 299\n300\techo 300\n301\thistory -3\n');
  });

  it(`the error log wraps at ${ERRLOG_MAX_ENTRIES} records, dropping the oldest (errdemon's circular file)`, () => {
    const w = newSessionState()!.world;
    for (let i = 0; i < ERRLOG_MAX_ENTRIES + 100; i++) logError(w, host(w), errEntry(errTemplates.errlogOn, i));
    const log = rootOs(w).errlog!;
    expect(log).toHaveLength(ERRLOG_MAX_ENTRIES);
    expect(log.at(-1)!.atMs).toBe(ERRLOG_MAX_ENTRIES + 99);
  });

  it('keepLastRuns keeps whole runs; text before the first run goes with the oldest', () => {
    const run = (n: number) => `Mon Jan ${n} 10:00:00 CST 2026\ncmd: alt_disk_copy -d hdisk${n}\nline ${n}\n`;
    const text = 'stray\n' + [1, 2, 3].map(run).join('');
    expect(keepLastRuns(text, 3)).toBe(text);
    expect(keepLastRuns(text, 2)).toBe(run(2) + run(3));
    expect(keepLastRuns('no runs at all\n', 1)).toBe('no runs at all\n');
  });
});

/** These sessions take a fraction of a second idle; the limit leaves room for a loaded CI machine. */
const SLOW_MACHINE_MS = 60_000;

describe('a long mixed session keeps a flat saved size', () => {
  /** Bytes of the state as stored, with the circular error logs counted apart. */
  function measure(state: SessionState): { bytes: number; errlogBytes: number } {
    const bytes = JSON.stringify(state).length;
    let errlogBytes = 0;
    for (const vg of Object.values(state.world.vgs)) errlogBytes += JSON.stringify(vg.os?.errlog ?? []).length;
    return { bytes, errlogBytes };
  }

  it(`${CYCLE.length * 24} commands: no growth once the history and alt_disk_inst.log are full; the error log stays under its cap`, () => {
    const s = createSession(newSessionState()!);
    const sizes: { bytes: number; errlogBytes: number }[] = [];
    for (let cycle = 0; cycle < 24; cycle++) {
      for (const line of CYCLE) {
        const r = s.exec(line);
        expect(r.stderr, line).not.toContain('internal error');
      }
      sizes.push(measure(s.state()));
      const w = s.world();
      const carried = new Set(Object.values(w.disks).map((d) => d.vgid));
      expect(Object.keys(w.vgs).every((id) => carried.has(id))).toBe(true);
    }
    // The history fills in 128 / 15 ≈ 9 cycles and the log in 4; from then on the size is flat but for
    // the error log (until it wraps) and a few digits of counters and clocks.
    const flat = sizes.slice(9).map((m) => m.bytes - m.errlogBytes);
    expect(Math.max(...flat) - Math.min(...flat)).toBeLessThan(64);
    // The error log grows by the records a reboot writes until it wraps: a bounded ceiling.
    for (const vg of Object.values(s.world().vgs)) expect((vg.os?.errlog ?? []).length).toBeLessThanOrEqual(ERRLOG_MAX_ENTRIES);
  }, SLOW_MACHINE_MS);

  it('a lab whose error logs already wrapped stays the same size, errors and all', () => {
    const start = newSessionState()!;
    const full = Array.from({ length: ERRLOG_MAX_ENTRIES }, (_, i) => errEntry(errTemplates.errlogOn, i));
    rootOs(start.world).errlog = full;
    const s = createSession(start);
    const sizes: number[] = [];
    for (let cycle = 0; cycle < 12; cycle++) {
      for (const line of CYCLE) s.exec(line);
      sizes.push(measure(s.state()).bytes);
    }
    const after = sizes.slice(9);
    expect(Math.max(...after) - Math.min(...after)).toBeLessThan(256);
    expect(Math.max(...sizes)).toBeLessThan(1.5 * 1024 * 1024);
  }, SLOW_MACHINE_MS);
});
