import { describe, expect, it } from 'vitest';
import { referenceSnapshot } from '../testing/fixtures.ts';
import { commonPrefix, complete, completionWords, wordAtCursor } from './completion.ts';

const COMMAND_NAMES = ['alt_disk_copy', 'alt_disk_install', 'alt_disk_mksysb', 'alt_rootvg_op', 'bootinfo', 'bootlist', 'grep', 'lspv', 'lsvg', 'oslevel'];
const sources = { commands: COMMAND_NAMES, words: completionWords(referenceSnapshot()) };
const at = (line: string) => complete(line, line.length, sources);

describe('completion words', () => {
  it('collects disk, VG and LV names from the snapshot', () => {
    expect(completionWords(referenceSnapshot())).toEqual(['datalv', 'datavg', 'hd4', 'hd5', 'hdisk0', 'hdisk1', 'hdisk2', 'hdisk3', 'rootvg']);
    expect(completionWords(null)).toEqual([]);
  });
});

describe('complete', () => {
  it('completes a unique command name and adds a space', () => {
    expect(at('alt_disk_c')).toMatchObject({ line: 'alt_disk_copy ', cursor: 14, changed: true });
    expect(at('bootl')).toMatchObject({ line: 'bootlist ', changed: true });
    expect(at('boo')).toMatchObject({ line: 'boot', changed: true, matches: ['bootinfo', 'bootlist'] });
    expect(at('boot')).toMatchObject({ line: 'boot', changed: false, matches: ['bootinfo', 'bootlist'] });
  });

  it('extends to the common prefix of several commands', () => {
    expect(at('alt_d')).toMatchObject({ line: 'alt_disk_', changed: true, matches: ['alt_disk_copy', 'alt_disk_install', 'alt_disk_mksysb'] });
  });

  it('completes disk and VG names after the command', () => {
    expect(at('lspv hdisk')).toMatchObject({ line: 'lspv hdisk', changed: false, matches: ['hdisk0', 'hdisk1', 'hdisk2', 'hdisk3'] });
    expect(at('lsvg -l ro')).toMatchObject({ line: 'lsvg -l rootvg ', changed: true });
    expect(at('alt_disk_copy -d hdisk1')).toMatchObject({ line: 'alt_disk_copy -d hdisk1 ', changed: true });
  });

  it('completes a command again after a pipe or a semicolon', () => {
    expect(at('lspv | gre')).toMatchObject({ line: 'lspv | grep ', changed: true });
    expect(at('lspv;ossl')).toMatchObject({ changed: false, matches: [] });
    expect(at('lspv; osl')).toMatchObject({ line: 'lspv; oslevel ', changed: true });
  });

  it('completes the word at the caret, keeping the rest of the line', () => {
    const line = 'lsvg -l ro | head';
    const r = complete(line, 'lsvg -l ro'.length, sources);
    expect(r.line).toBe('lsvg -l rootvg | head');
    expect(r.cursor).toBe('lsvg -l rootvg '.length);
  });

  it('offers nothing for an empty word with many candidates, and nothing unknown', () => {
    expect(at('')).toMatchObject({ changed: false });
    expect(at('lspv ')).toMatchObject({ changed: false });
    expect(at('zz')).toMatchObject({ changed: false, matches: [] });
  });
});

describe('helpers', () => {
  it('finds the word at the caret and whether it is in command position', () => {
    expect(wordAtCursor('ls', 2)).toEqual({ start: 0, word: 'ls', commandPosition: true });
    expect(wordAtCursor('lspv hd', 7)).toEqual({ start: 5, word: 'hd', commandPosition: false });
    expect(wordAtCursor('a | b', 5)).toEqual({ start: 4, word: 'b', commandPosition: true });
  });
  it('computes common prefixes', () => {
    expect(commonPrefix(['hdisk0', 'hdisk1'])).toBe('hdisk');
    expect(commonPrefix([])).toBe('');
    expect(commonPrefix(['a', 'b'])).toBe('');
  });
});

describe('flag completion', () => {
  const flags = {
    alt_disk_copy: [
      { flag: 'd', label: '-d targetdisks', text: 'The free disk(s) to clone onto.', simulated: true },
      { flag: 'B', label: '-B', text: 'Leave the bootlist alone.', simulated: true },
      { flag: 'F', label: '-F fixes', text: 'Fixes to install.', simulated: false },
    ],
  };
  const withFlags = (line: string) => complete(line, line.length, { ...sources, flags });

  it("a lone '-' lists the command's flags with their meanings, in declaration order", () => {
    const r = withFlags('alt_disk_copy -');
    expect(r).toMatchObject({ changed: false, matches: ['-d', '-B', '-F'] });
    expect(r.described).toEqual([
      '-d targetdisks     The free disk(s) to clone onto.',
      '-B                 Leave the bootlist alone.',
      '-F fixes           Fixes to install. (not simulated in this trainer)',
    ]);
  });

  it('a unique flag completes with a space; after a separator the next command is asked', () => {
    expect(withFlags('alt_disk_copy -d hdisk1 -B')).toMatchObject({ line: 'alt_disk_copy -d hdisk1 -B ', changed: true });
    expect(withFlags('lspv; alt_disk_copy -')).toMatchObject({ matches: ['-d', '-B', '-F'] });
    expect(withFlags('lspv -').described).toBeUndefined();
  });
});
