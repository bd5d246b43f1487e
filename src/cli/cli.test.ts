// The headless CLI (ARCHITECTURE §7): arguments, --scenario, --state load/save, --json, stdin, exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInitialState, parseCliArgs } from './options.ts';

const TSX = join(import.meta.dirname, '../../node_modules/.bin/tsx');
const MAIN = join(import.meta.dirname, 'main.ts');
const sim = (args: string[], input?: string) => spawnSync(TSX, [MAIN, ...args], { encoding: 'utf8', input });

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
    if (!r.ok) expect(r.message).toContain('reference-lab');
    const bad = loadInitialState({ scenario: null, stateFile: 's.json', json: false, commands: [] }, () => '{"format":"other"}');
    expect(bad.ok).toBe(false);
  });
});

describe('sim', () => {
  it('prints the terminal text, one JSON object per command with --json, and exits with the last status', () => {
    const plain = sim(['-c', 'oslevel -s', '-c', 'foo']);
    expect(plain.stdout).toBe('7200-05-03-2148\n');
    expect(plain.stderr).toBe('ksh: foo:  not found.\n');
    expect(plain.status).toBe(127);
    const json = sim(['--json', '-c', 'bootlist -m normal -o']);
    expect(JSON.parse(json.stdout)).toEqual({ command: 'bootlist -m normal -o', stdout: 'hdisk0 blv=hd5 pathid=0\n', stderr: '', exitCode: 0 });
    expect(json.status).toBe(0);
  });

  it('reads lines from stdin and keeps the world in --state between runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const state = join(dir, 'lab.json');
    sim(['--state', state], 'bootlist -m normal hdisk1\n');
    expect(JSON.parse(readFileSync(state, 'utf8')).format).toBe('altdisk-session');
    expect(sim(['--state', state, '-c', 'bootlist -m normal -o']).stdout).toBe('hdisk1 blv=hd5 pathid=0\n');
    writeFileSync(join(dir, 'broken.json'), '{not json');
    const broken = sim(['--state', join(dir, 'broken.json'), '-c', 'lspv']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('is not JSON');
  });
});
