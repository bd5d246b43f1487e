// The explainer: each flag and operand of a typed line with its meaning, read from the same declaration
// as man and completion; getopt's answer for a flag it refuses; nothing runs.
import { describe, expect, it } from 'vitest';
import { explainLine, flagTable } from './explain.ts';

describe('explainLine', () => {
  it('lists each flag of an alt_disk_copy with its meaning, values kept', () => {
    const [cmd] = explainLine('alt_disk_copy -B -d hdisk1 -b update_all -l /export/7200-05-04');
    expect(cmd).toMatchObject({ name: 'alt_disk_copy', known: true, described: true });
    expect(cmd.items.map((i) => i.text)).toEqual(['-B', '-d hdisk1', '-b update_all', '-l /export/7200-05-04']);
    for (const item of cmd.items) expect(item.kind === 'flag' && item.meaning.length > 10).toBe(true);
    expect(cmd.items[0]).toMatchObject({ flag: 'B', value: null, simulated: true });
    expect(cmd.items[1]).toMatchObject({ flag: 'd', value: 'hdisk1', label: '-d targetdisks' });
  });

  it('clustered flags and attached values are split as getopt splits them', () => {
    const [cmd] = explainLine('alt_disk_copy -Bdhdisk1');
    expect(cmd.items).toMatchObject([
      { kind: 'flag', flag: 'B', text: '-B' },
      { kind: 'flag', flag: 'd', value: 'hdisk1', text: '-dhdisk1' },
    ]);
  });

  it("marks an unknown flag with getopt's own answer and leaves the rest unread", () => {
    const [cmd] = explainLine('alt_disk_copy -Q -d hdisk1');
    expect(cmd.items[0]).toEqual({ kind: 'bad-flag', text: '-Q', flag: 'Q', meaning: 'alt_disk_copy: Not a recognized flag: Q' });
    expect(cmd.items.slice(1).map((i) => i.kind)).toEqual(['unread', 'unread']);
  });

  it('a flag missing its value gets getopt\'s "requires a parameter"', () => {
    const [cmd] = explainLine('alt_disk_copy -d');
    expect(cmd.items).toEqual([{ kind: 'bad-flag', text: '-d', flag: 'd', meaning: 'alt_disk_copy: A flag requires a parameter: d' }]);
  });

  it('a flag the trainer does not model says so', () => {
    const [cmd] = explainLine('alt_disk_copy -F IY12345 -d hdisk1');
    expect(cmd.items[0]).toMatchObject({ kind: 'flag', flag: 'F', simulated: false });
  });

  it('each command of a list is explained; an unknown command says so', () => {
    const cmds = explainLine('lspv; frobnicate -x | alt_disk_copy -d hdisk1');
    expect(cmds.map((c) => [c.name, c.known])).toEqual([['lspv', true], ['frobnicate', false], ['alt_disk_copy', true]]);
    expect(explainLine('echo hello world')[0]).toMatchObject({ name: 'echo', known: true, described: false, items: [] });
  });

  it('quotes are removed and variables stay as typed', () => {
    const [cmd] = explainLine('alt_disk_copy -d "hdisk2 hdisk3" -l $DIR -b update_all');
    expect(cmd.items.map((i) => i.text)).toEqual(['-d hdisk2 hdisk3', '-l $DIR', '-b update_all']);
  });

  it('a line the shell cannot parse, or a huge one, explains nothing (and is bounded)', () => {
    expect(explainLine('alt_disk_copy "-d')).toEqual([]);
    expect(explainLine('a'.repeat(5000))).toEqual([]);
    const started = performance.now();
    explainLine(Array.from({ length: 800 }, () => '-B').join(' ').replace(/^/, 'alt_disk_copy '));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('flagTable', () => {
  it("lists each described command's flags in spec order with the man page's labels", () => {
    const table = flagTable();
    expect(table.alt_disk_copy.slice(0, 2)).toEqual([
      expect.objectContaining({ flag: 'd', label: '-d targetdisks', simulated: true }),
      expect.objectContaining({ flag: 'i', label: '-i image.data' }),
    ]);
    expect(table.alt_disk_copy.find((r) => r.flag === 'F')?.simulated).toBe(false);
    expect(table.echo).toBeUndefined();
  });
});
