// The headless CLI (ARCHITECTURE §7): arguments, --scenario, --state load/save through the load gate,
// --json, stdin, exit status. In-process (runCli with a memory file system) so the suite does not
// depend on how fast a busy machine starts processes; one spawned run checks the wiring of main.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSessionState } from '../core/session/session.ts';
import { loadInitialState, parseCliArgs } from './options.ts';
import { runCli } from './run.ts';

/** Runs the CLI on a memory file system; `files` is changed in place as the CLI writes. */
async function sim(args: string[], files: Record<string, string> = {}, stdin: string[] = []) {
  let stdout = '';
  let stderr = '';
  const writes: string[] = [];
  const status = await runCli(args, {
    read: (p) => files[p] ?? null,
    write: (p, t) => {
      writes.push(p);
      files[p] = t;
    },
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    stdinLines: async () => stdin,
    interactive: null,
  });
  return { status, stdout, stderr, writes, files };
}

const savedLab = () => JSON.parse(JSON.stringify(newSessionState()!));
/** The saved lab's text with `insert` added after `marker` in the world (the world comes after the start). */
function withWorldKey(marker: string, insert: string): string {
  const text = JSON.stringify(savedLab());
  const at = text.lastIndexOf(marker) + marker.length;
  return text.slice(0, at) + insert + text.slice(at);
}

describe('parseCliArgs', () => {
  it.each([
    [['-c', 'lspv', '--json'], true],
    [['--scenario', 'mirrored-lab', '--state', 'x.json'], true],
    [['-c'], false],
    [['--bogus'], false],
  ] as [string[], boolean][])('%j → ok=%s', (argv, good) => {
    expect(parseCliArgs(argv).ok).toBe(good);
  });

  it('refuses an unknown scenario with the list of built-in ones, and a state file that is not a session', () => {
    const none = () => null;
    const r = loadInitialState({ scenario: 'nope', stateFile: null, json: false, commands: [] }, none);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('reference-lab');
    const bad = loadInitialState({ scenario: null, stateFile: 's.json', json: false, commands: [] }, () => '{"format":"other"}');
    expect(bad.ok).toBe(false);
  });
});

describe('sim', () => {
  it('prints the terminal text, one JSON object per command with --json, and exits with the last status', async () => {
    const plain = await sim(['-c', 'oslevel -s', '-c', 'foo']);
    expect(plain.stdout).toBe('7200-05-03-2148\n');
    expect(plain.stderr).toBe('ksh: foo:  not found.\n');
    expect(plain.status).toBe(127);
    const json = await sim(['--json', '-c', 'bootlist -m normal -o']);
    expect(JSON.parse(json.stdout)).toEqual({ command: 'bootlist -m normal -o', stdout: 'hdisk0 blv=hd5 pathid=0\n', stderr: '', exitCode: 0 });
    expect(json.status).toBe(0);
  });

  it('reads lines from stdin and keeps the world in --state between runs', async () => {
    const files: Record<string, string> = {};
    await sim(['--state', 'lab.json'], files, ['bootlist -m normal hdisk1']);
    expect(JSON.parse(files['lab.json']).format).toBe('altdisk-session');
    expect((await sim(['--state', 'lab.json', '-c', 'bootlist -m normal -o'], files)).stdout).toBe('hdisk1 blv=hd5 pathid=0\n');
  });
});

describe('sim --state: a damaged file is refused in plain words and left as it is', () => {
  const damaged: [string, string, RegExp][] = [
    ['not JSON', '{not json', /lab\.json is not JSON; it is left as it is\./],
    ['another format', '{"format":"other"}', /not a saved altdisk session/],
    ['a newer build', JSON.stringify({ ...savedLab(), version: 7 }), /newer version of the trainer \(format 7/],
    ['a disk of negative size', JSON.stringify((() => { const s = savedLab(); s.world.disks.d1.sizeMB = -1; return s; })()), /world\.disks\.d1\.sizeMB is out of range/],
    ['a prototype key in the world', withWorldKey('"disks":{', '"__proto__":{},'), /world\.disks has a forbidden key "__proto__"/],
  ];
  it.each(damaged)('%s', async (_name, text, why) => {
    const files = { 'lab.json': text };
    const r = await sim(['--state', 'lab.json', '-c', 'bootlist -m normal hdisk1'], files);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(why);
    expect(r.stderr).toMatch(/^sim: lab\.json/);
    expect(r.stdout).toBe('');
    expect(r.writes).toEqual([]);
    expect(files['lab.json']).toBe(text);
  });

  it('opens a repairable file, says what was repaired, and saves it whole', async () => {
    const s = savedLab();
    s.start = 'garbage';
    s.history = Array.from({ length: 500 }, (_, i) => `echo ${i}`);
    const files = { 'lab.json': JSON.stringify(s) };
    const r = await sim(['--state', 'lab.json', '-c', 'history -1'], files);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^sim: repaired on load: the start world was unreadable/m);
    expect(r.stderr).toMatch(/^sim: repaired on load: the command history kept its newest 128 lines/m);
    expect(r.stdout).toBe('501\thistory -1\n');
    const saved = JSON.parse(files['lab.json']);
    expect(saved.start.schema).toBe(1);
    expect(saved.history).toHaveLength(128);
  });
});

describe('sim as a process', () => {
  const TSX = join(import.meta.dirname, '../../node_modules/.bin/tsx');
  const MAIN = join(import.meta.dirname, 'main.ts');
  it('runs main.ts: output, exit status, a refused --state file untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const state = join(dir, 'lab.json');
    const ok = spawnSync(TSX, [MAIN, '--state', state, '-c', 'oslevel -s'], { encoding: 'utf8' });
    expect(ok.stdout).toBe('7200-05-03-2148\n');
    expect(ok.status).toBe(0);
    expect(JSON.parse(readFileSync(state, 'utf8')).format).toBe('altdisk-session');
    writeFileSync(state, '{"format":"altdisk-session","version":1}');
    const bad = spawnSync(TSX, [MAIN, '--state', state, '-c', 'lspv'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cannot be opened/);
    expect(readFileSync(state, 'utf8')).toBe('{"format":"altdisk-session","version":1}');
  }, 60_000);
});
