// lsps — derived from the running ODM and the paging/dump LVs (layouts [M], messages/diag.ts).
import { describe, expect, it } from 'vitest';
import { lspsMessages as M } from '../messages/diag.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { lsps } from './lsps.ts';
import { lab } from '../testing/lab.ts';


describe('lsps', () => {
  it.each([
    [['-a'], { ok: true, value: { mode: 'all', name: null } }],
    [['-s'], { ok: true, value: { mode: 'summary', name: null } }],
    [['hd6'], { ok: true, value: { mode: 'one', name: 'hd6' } }],
    [[], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
    [['-a', '-s'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
    [['-a', 'hd6'], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
    [['-c', '-a'], { ok: false, error: { stderr: trainerMessages.notSimulated('lsps', '-c'), exitCode: 1 } }],
    [['-x'], { ok: false, error: { stderr: `${shellMessages.unknownFlag('lsps', 'x')}\n${M.usage}`, exitCode: 1 } }],
  ])('parse %j', (args, expected) => expect(lsps.parse(args)).toEqual(expected));

  it('-a: hd6 on hdisk0 active; an awake clone adds alt_hd6, neither active nor auto', () => {
    const s = lab();
    const row = 'hd6             hdisk0            rootvg         512MB     1    yes   yes    lv      0';
    expect(s.exec('lsps -a').stdout).toBe(`${M.header}\n${row}\n`);
    expect(s.exec('lsps -s').stdout).toBe(`${M.summaryHeader}\n      512MB                 1%\n`);
    s.exec('alt_disk_copy -P 1 -d hdisk1');
    expect(s.exec('lsps -a').stdout.split('\n')[2]).toBe('alt_hd6         hdisk1            altinst_rootvg   512MB     0     no    no    lv      0');
    expect(s.exec('lsps nope')).toMatchObject({ stderr: M.noSuch('nope') + '\n', exitCode: 1 });
  });

  it('a mirrored rootvg: one row per disk holding hd6', () => {
    const rows = lab('mirrored-lab').exec('lsps -a').stdout.split('\n').filter(Boolean);
    expect(rows.slice(1).map((r) => r.split(/\s+/).slice(0, 2).join(' '))).toEqual(['hd6 hdisk0', 'hd6 hdisk1']);
  });
});
